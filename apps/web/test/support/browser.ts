/**
 * Browser tests of the web application: the real API (startTestApi, with the demo data) serving a
 * fresh build of apps/web, driven in Debian's Chromium by playwright-core. The build is kept per content
 * of the sources, so test files share it and a run after an edit builds anew.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { type ApiHarness, startTestApi } from '../../../api/test/support/api-harness';
import { testClock } from '../../../../test/support/clock';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../../../..');
const WEB = join(ROOT, 'apps/web');

/** What the build depends on: the app's sources and the domain files it imports. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(WEB, 'src'));
  // The pages import the domain's labels, periods and access policy: any of it may change the build.
  walk(join(ROOT, 'libs/domain/src'));
  hash.update(readFileSync(join(WEB, 'index.html'))).update(readFileSync(join(WEB, 'vite.config.mjs')));
  return hash.digest('hex').slice(0, 16);
}

export function buildWebApp(): string {
  const dir = join(tmpdir(), `sparbar-web-${sourceHash()}`);
  if (existsSync(join(dir, 'index.html'))) return dir;
  const building = `${dir}.tmp-${process.pid}`;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(WEB, 'vite.config.mjs')], {
    cwd: ROOT,
    env: { ...process.env, WEB_OUT_DIR: building, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  try {
    renameSync(building, dir);
  } catch {
    // Another test file built the same sources first: theirs is as good.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

export interface WebTest {
  api: ApiHarness;
  browser: Browser;
  /** A fresh browser profile (its own sessionStorage) at a width. */
  context(width?: number, height?: number): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The API with the demo data serving the web app; `env` adds to its environment (an OIDC provider, say). */
export async function startWebTest(env: Record<string, string> = {}): Promise<WebTest> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const webDir = buildWebApp();
  const api = await startTestApi({ WEB_DIR: webDir, DEMO_DATA: 'true', ...env });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Chromium on Linux takes its locale (and so the date fields' åååå-mm-dd) from LANGUAGE, not from
    // --lang, and only one it has a translation for: Debian's chromium-l10n package.
    env: { ...process.env, LANGUAGE: 'sv_SE' } as Record<string, string>,
    // The machine's network is closed: Chromium's own background connections would only fail.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Date fields in Swedish form (åååå-mm-dd), as users here see them.
      '--lang=sv-SE',
    ],
  });
  return {
    api,
    browser,
    async context(width = 1280, height = 900) {
      const context = await browser.newContext({
        baseURL: api.url,
        viewport: { width, height },
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
      });
      // The pages live on the API's day (test/support/clock.ts), not on the day the suite runs.
      await context.clock.setFixedTime(testClock());
      return context;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await api.close();
    },
  };
}

/** A page that records what the browser complains about (a blocked script, a failed request). */
export type ProblemPage = Page & { problems: string[] };

export async function openPage(context: BrowserContext): Promise<ProblemPage> {
  const page = (await context.newPage()) as ProblemPage;
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A refusal the page shows the user (400 with field errors, 409 conflict) is logged by Chromium too.
    const shownRefusal = /Failed to load resource: .* status of (400|409) /.test(message.text());
    if (message.type() === 'error' && !shownRefusal) page.problems.push(`console: ${message.text()}`);
  });
  return page;
}

/**
 * The hooks most browser test files share: one served app for the file, a fresh context and page before
 * each test, no browser problems after it, and everything closed at the end. `use` hands the app and each
 * test's page to the file's own variables.
 */
export function usePagePerTest(
  use: { web(web: WebTest): void; page(page: ProblemPage): void },
  start: () => Promise<WebTest> = () => startWebTest(),
): void {
  let web: WebTest | undefined;
  let page: ProblemPage | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    web = await start();
    use.web(web);
  }, 180_000);
  beforeEach(async () => {
    const context = await web!.context();
    contexts.push(context);
    page = await openPage(context);
    use.page(page);
  });
  afterEach(() => {
    expect(page?.problems).toEqual([]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await web?.close();
  });
}

export async function signIn(page: Page, name: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByRole('button', { name: `Logga in som ${name}` }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical findings on the page as it is now. The script is evaluated through
 * the DevTools protocol, which the page's content security policy (script-src 'self') does not govern.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every axe-core finding, whatever its impact (minor and moderate too). */
export async function allA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export const PHONE = { width: 390, height: 844 };

/**
 * What makes the page wider than a phone (390 px), laid out at that width for a moment: empty when
 * document.documentElement.scrollWidth <= innerWidth, i.e. nothing scrolls sideways (WCAG 1.4.10). A
 * table may scroll inside its own box; the page itself may not. Otherwise the widths and the outermost
 * elements that reach past the right edge, to say what to fix.
 */
export async function widerThanPhone(page: Page): Promise<string[]> {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    // Evaluated as text: the Node type check has no DOM library.
    return await page.evaluate<string[]>(`new Promise((resolve) => requestAnimationFrame(() => {
      const { scrollWidth } = document.documentElement;
      if (scrollWidth <= innerWidth) return resolve([]);
      const past = [...document.querySelectorAll('body *')].filter((el) => {
        const right = el.getBoundingClientRect().right;
        const parent = el.parentElement.getBoundingClientRect().right;
        return right > innerWidth + 0.5 && parent <= innerWidth + 0.5;
      });
      resolve([\`scrollWidth \${scrollWidth} > innerWidth \${innerWidth}\`, ...past.slice(0, 10).map(
        (el) => \`\${el.tagName.toLowerCase()}.\${[...el.classList].join('.')} reaches \${Math.round(el.getBoundingClientRect().right)} px\`,
      )]);
    }))`);
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Waits until the field is marked invalid (aria-invalid="true"), as it is once the API's 400 is shown. */
export async function markedInvalid(field: Locator): Promise<void> {
  await field.locator('xpath=self::*[@aria-invalid="true"]').waitFor();
}
