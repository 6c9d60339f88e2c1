/**
 * `npm run screenshots`: every page at desktop and phone width into docs/screenshots/, from the real API
 * with the demo data (needs the test PostgreSQL, like the tests).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { businessDateOf } from '@sparbar/domain';
import { TEST_NOW } from '../../../test/support/clock';
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
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
  /** Only this part of the page (an open form), instead of the whole page. */
  part?: (page: Page) => Locator;
}

/** The day the test API and browser live on (test/support/clock.ts). */
const TODAY = businessDateOf(TEST_NOW);
const YEAR = Number(TODAY.slice(0, 4));
const INTERNKONTROLL = `/internkontroll?organ=hsn&year=${YEAR}`;

/**
 * Hälso- och sjukvårdsnämndens internkontrollplan for this year, as the nämnd would have it: four
 * risks across the matrix, adopted, results for the first tertial (one avvikelse with its åtgärd under
 * way) and a risk added afterwards with its reason. Written once through the API, as the signed-in
 * secretary; the second width finds it there.
 */
async function seedInternkontroll(p: Page): Promise<void> {
  const token = await p.evaluate<string>(`JSON.parse(sessionStorage.getItem('sparbar.session')).token`);
  const headers = { authorization: `Bearer ${token}` };
  const base = `/api/internkontroll/hsn/${YEAR}`;
  if ((await p.request.get(base, { headers })).ok()) return;
  const post = async (path: string, data: Record<string, unknown>) => {
    const answer = await p.request.post(path, { data, headers });
    if (!answer.ok()) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
  };
  await post('/api/internkontroll', { organId: 'hsn', year: YEAR });
  const risks: [string, string, number, number, string, string, string, string][] = [
    [
      'inkop',
      'Inköp görs utanför upphandlade avtal',
      3,
      3,
      'Att inköp görs mot avtal',
      'Stickprov om tjugo fakturor',
      'Ekonomichef',
      'tertial',
    ],
    [
      'behorighet',
      'Behörigheter i journalsystemet tas inte bort när anställningen upphör',
      2,
      4,
      'Att behörigheter avslutas',
      'Behörighetslistan jämförs med personalsystemet',
      'Systemförvaltare',
      'tertial',
    ],
    [
      'attest',
      'Fakturor attesteras av fel person',
      1,
      3,
      'Att attestordningen följs',
      'Stickprov i ekonomisystemet',
      'Controller',
      'tertial',
    ],
  ];
  const addRisk = async (
    [id, text, sannolikhet, konsekvens, vad, hur, vem, frekvens]: (typeof risks)[number],
    reason?: string,
  ) => {
    await post(`${base}/risks`, { riskId: `risk-${id}`, text, sannolikhet, konsekvens, reason });
    await post(`${base}/kontrollmoment`, {
      riskId: `risk-${id}`,
      kontrollmomentId: `km-${id}`,
      vad,
      hur,
      vem,
      frekvens,
      reason,
    });
  };
  for (const risk of risks) await addRisk(risk);
  const adoptedOn = `${YEAR}-01-22` <= TODAY ? `${YEAR}-01-22` : TODAY;
  await post(`${base}/adoption`, { adoptedOn, paragraf: '§ 8' });
  const t1 = `${YEAR}-T1`;
  await post(`${base}/results`, {
    kontrollmomentId: 'km-inkop',
    period: t1,
    resultat: 'avvikelse',
    beskrivning: 'Tre av tjugo granskade inköp gjordes utanför avtal.',
  });
  await post(`${base}/results`, {
    kontrollmomentId: 'km-behorighet',
    period: t1,
    resultat: 'utan_anmarkning',
  });
  await post(`${base}/results`, { kontrollmomentId: 'km-attest', period: t1, resultat: 'utan_anmarkning' });
  await post(`${base}/atgarder`, {
    atgardId: 'atgard-inkop',
    kontrollmomentId: 'km-inkop',
    period: t1,
    text: 'Informera beställarna om avtalen',
    ansvarigPersonId: 'person-sara',
    dueDate: `${YEAR + 1}-01-31`,
  });
  await post(`${base}/atgarder/atgard-inkop/status`, { status: 'pagar', kommentar: 'Utbildning bokad.' });
  await addRisk(
    [
      'lakemedel',
      'Läkemedel kasseras i onödan',
      2,
      2,
      'Kassation av läkemedel',
      'Uppföljning av kassationsstatistiken',
      'Medicinskt ansvarig sjuksköterska',
      'ar',
    ],
    'Ny risk efter internrevisionens rapport.',
  );
}

/**
 * HSN's and RS's reports for Tertial 1 2023 adopted at their meetings, so the public page has something
 * to show; written once through the API with the secretaries' development tokens.
 */
async function seedAdoptions(p: Page): Promise<void> {
  const adoptions = [
    ['hsn', 'person-maria', '45'],
    ['rs', 'person-ida', '112'],
  ] as const;
  for (const [organId, personId, paragraf] of adoptions) {
    const signedIn = await p.request.post('/api/auth/dev-token', { data: { personId } });
    const { token } = (await signedIn.json()) as { token: string };
    const answer = await p.request.post('/api/perioder/2023-T1/faststallelser', {
      data: { organId, meetingDate: '2023-05-24', paragraf },
      headers: { authorization: `Bearer ${token}` },
    });
    // 409: adopted already (the second width).
    if (!answer.ok() && answer.status() !== 409)
      throw new Error(`${organId}: ${answer.status()} ${await answer.text()}`);
  }
}

const SHOTS: Shot[] = [
  { name: 'logga-in', who: null, go: async (p) => void (await p.goto('/logga-in')) },
  { name: 'mina-uppdrag', who: 'Johan Lindström', go: async (p) => void (await p.goto('/mina-uppdrag')) },
  {
    name: 'rapportera',
    who: 'Johan Lindström',
    go: async (p) => {
      await p.goto('/uppdrag/rv-2023-u01-samverkansstrukturer/rapportera?period=2023-T2');
      await p.getByLabel('Kommentar', { exact: true }).waitFor();
    },
  },
  {
    name: 'historik',
    who: 'Johan Lindström',
    go: async (p) => void (await p.goto('/uppdrag/rv-2023-u01-samverkansstrukturer/historik')),
  },
  { name: 'oversikt', who: 'Regiondirektören', go: async (p) => void (await p.goto('/oversikt')) },
  {
    // A tertial no report came in for: the counts and the table both say Ej rapporterad.
    name: 'oversikt-ej-rapporterad',
    who: 'Regiondirektören',
    go: async (p) => {
      await p.goto('/oversikt');
      await p.getByLabel('Nämnd eller styrelse').selectOption('hsn');
      await p.getByLabel('Period', { exact: true }).selectOption('2023-T2');
      await p.getByRole('heading', { name: 'Uppdragen i Tertial 2 2023' }).waitFor();
    },
  },
  {
    name: 'uppsikt',
    who: 'Ida Berglund',
    go: async (p) => {
      await p.goto('/uppsikt');
      await p.getByRole('table').waitFor();
    },
  },
  {
    // The first tertial of the year, which Regionala utvecklingsnämnden has adopted in the demo.
    name: 'uppsikt-faststalld',
    who: 'Ida Berglund',
    go: async (p) => {
      await p.goto('/uppsikt');
      await p.getByLabel('Period', { exact: true }).selectOption(`${YEAR}-T1`);
      await p
        .getByRole('cell', { name: /Fastställd \d/ })
        .first()
        .waitFor();
    },
  },
  {
    // A nämnd's secretary: the form to record the adoption, and the adoptions of the period so far.
    name: 'faststallande',
    who: 'Maria Holm',
    go: async (p) => {
      await p.goto('/faststallande');
      await p.getByRole('form', { name: /^Fastställ rapporten/ }).waitFor();
      await p
        .getByText(/Fastställd av regionala utvecklingsnämnden/)
        .first()
        .waitFor();
    },
  },
  {
    // The måluppfyllelse charts where the demo has delmål and indikatorer: regionstyrelsen, Tertial 2 2023.
    name: 'oversikt-diagram',
    who: 'Regiondirektören',
    go: async (p) => {
      await p.goto('/oversikt');
      await p.getByLabel('Nämnd eller styrelse').selectOption('rs');
      await p.getByLabel('Period', { exact: true }).selectOption('2023-T2');
      await p.getByRole('table', { name: 'Indikatorer per nämnd', exact: true }).waitFor();
    },
  },
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
  {
    // Several missed periods of one uppdrag in one go: the card's form, opened (an uppdrag of two
    // nämnder, so the form also asks whose report).
    name: 'mina-uppdrag-flera-perioder',
    who: 'Johan Lindström',
    go: async (p) => {
      await p.goto('/mina-uppdrag');
      await p
        .locator('li.due-card', { hasText: 'Säkra tillgången till vårdplatser' })
        .getByRole('button', { name: /Rapportera flera perioder/ })
        .click();
      await p.getByRole('group', { name: 'Perioder att rapportera' }).waitFor();
    },
    part: (p) => p.locator('li.due-card', { has: p.locator('form.bulk-report') }),
  },
  {
    // The auditor's package, filled in: organ, year, the log at the end of a day, the format.
    name: 'granskning-paket',
    who: 'Per Revisor',
    go: async (p) => {
      await p.goto('/granskning');
      const paket = p.getByRole('form', { name: 'Granskningspaket' });
      await paket.getByLabel('Loggen vid dygnets slut').fill(TODAY);
      await paket.getByLabel('PDF').check();
    },
    part: (p) => p.locator('section', { has: p.getByRole('heading', { name: 'Granskningspaket' }) }),
  },
  // The secretary's inkorg: the escalations of reports missing past their deadline.
  { name: 'inkorg', who: 'Maria Holm', go: async (p) => void (await p.goto('/inkorg')) },
  { name: 'rapporter', who: 'Regiondirektören', go: async (p) => void (await p.goto('/rapporter')) },
  { name: 'register', who: 'Ida Berglund', go: async (p) => void (await p.goto('/register')) },
  {
    name: 'internkontroll',
    who: 'Maria Holm',
    go: async (p) => {
      await seedInternkontroll(p);
      await p.goto(INTERNKONTROLL);
      await p.getByRole('form', { name: 'Lägg till en risk' }).waitFor();
    },
  },
  {
    name: 'internkontroll-revisor',
    who: 'Per Revisor',
    go: async (p) => {
      await p.goto(INTERNKONTROLL);
      await p.getByRole('table', { name: 'Åtgärder' }).waitFor();
    },
  },
  {
    name: 'register-uppdrag',
    who: 'Ida Berglund',
    go: async (p) => {
      await p.goto('/register/uppdrag/rv-2023-u01-samverkansstrukturer');
      await p.getByRole('form', { name: 'Förläng slutdatum' }).waitFor();
    },
  },
  {
    name: 'register-delmal',
    who: 'Ida Berglund',
    go: async (p) => {
      await p.goto('/register/delmal/rv-2023-rs-delmal-01');
      await p.getByRole('form', { name: 'Avsluta delmålet' }).waitFor();
    },
  },
  {
    // Last: its adoptions would otherwise show in the pages after it.
    name: 'oppna-data',
    who: null,
    go: async (p) => {
      await seedAdoptions(p);
      await p.goto('/oppna-data');
      await p.getByRole('heading', { level: 2, name: /^Uppdrag \([1-9]\d*\)$/ }).waitFor();
    },
  },
];

/** `npm run screenshots -- register` takes only the pages whose names start so. */
const ONLY = process.argv[2] ?? '';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const web = await startWebTest();
  try {
    for (const [label, width, height] of WIDTHS) {
      // sessionStorage belongs to one tab: each person keeps one page.
      const pages = new Map<string, Page & { problems: string[] }>();
      const contexts: BrowserContext[] = [];
      for (const shot of SHOTS.filter((s) => s.name.startsWith(ONLY))) {
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
        const path = join(OUT, `${shot.name}-${label}.png`);
        if (shot.part) await shot.part(page).screenshot({ path });
        else await page.screenshot({ path, fullPage: true });
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
