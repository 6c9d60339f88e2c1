// The web application, built into dist/web and served by the API (apps/api/src/web). No React plugin:
// esbuild compiles the JSX, and nothing here needs fast refresh to be built.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  // The domain's pure rules (who may do what, status names) are shared with the API, not copied: one
  // module, libs/domain/src/shared-with-web.ts, and only that (also a dependency-cruiser rule).
  resolve: {
    alias: [
      {
        find: /^@sparbar\/domain\/shared-with-web$/,
        replacement: here('../../libs/domain/src/shared-with-web.ts'),
      },
    ],
  },
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: process.env.WEB_OUT_DIR ?? here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  logLevel: 'warn',
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
