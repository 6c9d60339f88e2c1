/**
 * `npm run screenshots`: every page at desktop and phone width into docs/screenshots/, from the real API
 * with the demo data (needs the test PostgreSQL, like the tests).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { openPage, signIn, startWebTest } from './support/browser';

const OUT = resolve(__dirname, '../../../docs/screenshots');
const WIDTHS = [
  ['desktop', 1280, 900],
  ['mobil', 390, 844],
] as const;

interface Shot {
  name: string;
  who: string | null;
  go: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'logga-in', who: null, go: async (p) => void (await p.goto('/logga-in')) },
  { name: 'mina-uppdrag', who: 'Johan Lindström', go: async (p) => void (await p.goto('/mina-uppdrag')) },
  {
    name: 'rapportera',
    who: 'Johan Lindström',
    go: async (p) => {
      await p.goto('/uppdrag/rv-2023-u01-samverkansstrukturer/rapportera?period=2023-T2');
      await p.getByLabel('Kommentar').waitFor();
    },
  },
  {
    name: 'historik',
    who: 'Johan Lindström',
    go: async (p) => void (await p.goto('/uppdrag/rv-2023-u01-samverkansstrukturer/historik')),
  },
  { name: 'oversikt', who: 'Regiondirektören', go: async (p) => void (await p.goto('/oversikt')) },
  {
    name: 'granskning',
    who: 'Per Revisor',
    go: async (p) => {
      await p.goto('/granskning');
      await p.getByRole('button', { name: 'Sök' }).click();
      await p.getByRole('button', { name: 'Kontrollera kedjan' }).click();
      await p.getByText('Kedjan är obruten').waitFor();
    },
  },
  { name: 'inkorg', who: 'Johan Lindström', go: async (p) => void (await p.goto('/inkorg')) },
  { name: 'rapporter', who: 'Regiondirektören', go: async (p) => void (await p.goto('/rapporter')) },
  { name: 'register', who: 'Ida Berglund', go: async (p) => void (await p.goto('/register')) },
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const web = await startWebTest();
  try {
    for (const [label, width, height] of WIDTHS) {
      // sessionStorage belongs to one tab: each person keeps one page.
      const pages = new Map<string, Page & { problems: string[] }>();
      const contexts: BrowserContext[] = [];
      for (const shot of SHOTS) {
        const key = shot.who ?? '';
        if (!pages.has(key)) {
          const context = await web.context(width, height);
          contexts.push(context);
          const page = await openPage(context);
          if (shot.who) await signIn(page, shot.who);
          pages.set(key, page);
        }
        const page = pages.get(key)!;
        page.problems.length = 0;
        await shot.go(page);
        await page.waitForLoadState('networkidle');
        await page
          .locator('.loading')
          .first()
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        await page.screenshot({ path: join(OUT, `${shot.name}-${label}.png`), fullPage: true });
        if (page.problems.length > 0) console.warn(shot.name, page.problems);
      }
      for (const context of contexts) await context.close();
    }
  } finally {
    await web.close();
  }
  console.log(`screenshots in ${OUT}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
