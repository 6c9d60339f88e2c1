# syntax=docker/dockerfile:1
# Spårbar: one image for both processes.
#   api (default):  node dist/apps/api/src/main.js
#   worker:         node --max-semi-space-size=128 dist/apps/worker/src/main.js  (a larger young generation: rebuilds spend less in GC)
# Configuration through the environment: PORT, WORKER_PORT, DATABASE_URL, DATA_DIR, EVENTSTOREDB_URL,
# REDIS_URL, LOG_LEVEL (see docker-compose.yml).

ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: all dependencies, compile TypeScript (tsc + tsc-alias) to dist/ ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build \
    && test -f dist/apps/api/src/main.js \
    && test -f dist/apps/worker/src/main.js

# --- production dependencies only ---
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime: slim, no compiler, no dev dependencies, not root ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
# Code and dependencies stay owned by root (read-only to the app); only the data folder is writable
# (used by the embedded store, when no DATABASE_URL is given).
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
