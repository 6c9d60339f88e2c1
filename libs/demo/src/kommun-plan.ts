/**
 * A kommun's plan years in the demo: kommunfullmäktige's uppdrag in its mål och budget, to
 * kommunstyrelsen, its nämnder and its bostadsbolag (an ägardirektiv), worded as kommuner word them
 * ("Barn- och utbildningsnämnden får i uppdrag att …"); last year's (every tertial reported) and this
 * year's, 20–50 a year as issue 22 sizes a kommun, all followed up per tertial; one of last year's runs
 * over both years. Barn- och utbildningsnämnden follows two delmål and adopts its tertial report.
 * Texts and numbers are our own.
 */
import { type DelmalSpec, type PlanProfile, tenths, type UppdragSpec } from './plan-profile';

const ALLA_NAMNDER = ['ks', 'bun', 'son', 'tekn', 'mbn', 'kfn'];

/** Each nämnd's officer, who reports the uppdrag directed to it (organisations.ts). */
const ANSVARIG: Record<string, string> = {
  ks: 'person-johan',
  son: 'person-sara',
  bun: 'person-bun-handlaggare',
  tekn: 'person-tekn-handlaggare',
  mbn: 'person-mbn-handlaggare',
  kfn: 'person-kfn-handlaggare',
  bostader: 'person-johan',
};

/** [recipients, text, periods left unreported]: the first recipient's officer is ansvarig. */
type Row = [string[], string, number?];

const THIS_YEAR: Row[] = [
  [['ks'], 'Kommunstyrelsen får i uppdrag att ta fram en ny översiktsplan och lägga fram den för samråd'],
  [['ks'], 'Kommunstyrelsen får i uppdrag att införa en gemensam plattform för kommunens e-tjänster', 1],
  [
    ['ks'],
    'Kommunstyrelsen får i uppdrag att ta fram en lokalförsörjningsplan för kommunens verksamheter för de kommande tio åren',
  ],
  [
    ALLA_NAMNDER,
    'Samtliga nämnder får i uppdrag att minska sjukfrånvaron bland medarbetarna; kommunstyrelsen samordnar',
  ],
  [['ks'], 'Kommunstyrelsen får i uppdrag att utreda en gemensam servicefunktion för ekonomi, lön och HR'],
  [
    ['ks'],
    'Kommunstyrelsen får i uppdrag att ta fram en klimatplan med mål för minskade utsläpp från kommunens verksamheter',
  ],
  [
    ['bun'],
    'Barn- och utbildningsnämnden får i uppdrag att öka andelen elever i årskurs 9 som är behöriga till gymnasieskolan',
  ],
  [
    ['bun'],
    'Barn- och utbildningsnämnden får i uppdrag att ta fram en plan för förskolans lokaler utifrån befolkningsprognosen',
  ],
  [['bun'], 'Barn- och utbildningsnämnden får i uppdrag att minska den ogiltiga frånvaron i grundskolan', 1],
  [
    ['bun'],
    'Barn- och utbildningsnämnden får i uppdrag att utveckla studie- och yrkesvägledningen i samverkan med det lokala näringslivet',
  ],
  [
    ['bun', 'kfn'],
    'Barn- och utbildningsnämnden och kultur- och fritidsnämnden får i uppdrag att erbjuda alla elever i grundskolan en avgiftsfri fritidsaktivitet',
  ],
  [
    ['son'],
    'Socialnämnden får i uppdrag att utveckla hemtjänsten så att varje brukare möter färre olika medarbetare',
  ],
  [
    ['son'],
    'Socialnämnden får i uppdrag att minska kostnaderna för externa placeringar inom individ- och familjeomsorgen',
    1,
  ],
  [['son'], 'Socialnämnden får i uppdrag att ta fram en plan för fler platser i särskilt boende till 2030'],
  [['son'], 'Socialnämnden får i uppdrag att införa digital tillsyn nattetid i hemtjänsten'],
  [
    ['son', 'bun'],
    'Socialnämnden och barn- och utbildningsnämnden får i uppdrag att stärka det tidiga förebyggande arbetet för barn och unga',
  ],
  [['tekn'], 'Tekniska nämnden får i uppdrag att byta ut gatubelysningen till LED-armaturer i hela tätorten'],
  [['tekn'], 'Tekniska nämnden får i uppdrag att ta fram en plan för förnyelse av vatten- och avloppsnätet'],
  [
    ['tekn'],
    'Tekniska nämnden får i uppdrag att bygga ut gång- och cykelvägnätet enligt den antagna cykelplanen',
    1,
  ],
  [['tekn'], 'Tekniska nämnden får i uppdrag att minska matsvinnet i kommunens kök'],
  [['mbn'], 'Miljö- och byggnadsnämnden får i uppdrag att korta handläggningstiden för bygglov'],
  [['mbn'], 'Miljö- och byggnadsnämnden får i uppdrag att genomföra en tillsynskampanj för enskilda avlopp'],
  [['mbn'], 'Miljö- och byggnadsnämnden får i uppdrag att göra ansökan om bygglov och anmälan helt digital'],
  [['kfn'], 'Kultur- och fritidsnämnden får i uppdrag att utreda meröppet på biblioteken i kommundelarna'],
  [
    ['kfn'],
    'Kultur- och fritidsnämnden får i uppdrag att ta fram en plan för upprustning av kommunens idrottsanläggningar',
  ],
  [['bostader'], 'Bostadsbolaget får i uppdrag att bygga minst 100 nya hyreslägenheter under mandatperioden'],
];

const LAST_YEAR: Row[] = [
  [
    ['ks'],
    'Kommunstyrelsen får i uppdrag att ta fram ett nytt näringslivsprogram tillsammans med det lokala näringslivet',
  ],
  [
    ['ks'],
    'Kommunstyrelsen får i uppdrag att se över kommunens styrdokument och upphäva dem som inte längre behövs',
  ],
  [['ks'], 'Kommunstyrelsen får i uppdrag att införa en kommungemensam modell för medborgardialog'],
  [
    ALLA_NAMNDER,
    'Samtliga nämnder får i uppdrag att kartlägga arbetsuppgifter som kan effektiviseras eller digitaliseras; kommunstyrelsen samordnar',
  ],
  [
    ['ks'],
    'Kommunstyrelsen får i uppdrag att utreda förutsättningarna för ett nytt bostadsområde i tätortens norra del',
  ],
  [['ks'], 'Kommunstyrelsen får i uppdrag att ta fram en plan för trygghetsskapande åtgärder i centrum'],
  [
    ['bun'],
    'Barn- och utbildningsnämnden får i uppdrag att införa en sammanhållen skoldag för elever i årskurs 1–3',
  ],
  [['bun'], 'Barn- och utbildningsnämnden får i uppdrag att se över skolskjutsorganisationen'],
  [['bun'], 'Barn- och utbildningsnämnden får i uppdrag att öka andelen legitimerade lärare i grundskolan'],
  [
    ['bun'],
    'Barn- och utbildningsnämnden får i uppdrag att ta fram en handlingsplan för elevhälsans förebyggande arbete',
  ],
  [['son'], 'Socialnämnden får i uppdrag att utreda behovet av trygghetsboende'],
  [['son'], 'Socialnämnden får i uppdrag att minska andelen hushåll med långvarigt ekonomiskt bistånd'],
  [['son'], 'Socialnämnden får i uppdrag att införa välfärdsteknik i särskilt boende'],
  [['son'], 'Socialnämnden får i uppdrag att stärka stödet till anhöriga som vårdar en närstående'],
  [
    ['tekn'],
    'Tekniska nämnden får i uppdrag att ta fram en plan för laddinfrastruktur vid kommunens parkeringar',
  ],
  [['tekn'], 'Tekniska nämnden får i uppdrag att minska energianvändningen i kommunens fastigheter'],
  [['tekn'], 'Tekniska nämnden får i uppdrag att införa insamling av matavfall i hela kommunen'],
  [['mbn'], 'Miljö- och byggnadsnämnden får i uppdrag att ta fram en plan för livsmedelskontrollen'],
  [
    ['mbn'],
    'Miljö- och byggnadsnämnden får i uppdrag att förbättra servicen till företagen i myndighetsutövningen',
  ],
  [['kfn'], 'Kultur- och fritidsnämnden får i uppdrag att ta fram ett kulturpolitiskt program'],
  [['kfn'], 'Kultur- och fritidsnämnden får i uppdrag att utveckla den öppna fritidsverksamheten för unga'],
  [
    ['bostader'],
    'Bostadsbolaget får i uppdrag att energieffektivisera sitt bestånd i linje med kommunens klimatmål',
  ],
];

const laidOut = (Y: number, rows: Row[], registeredOn: string): UppdragSpec[] =>
  rows.map(([riktasTill, text, leftOwing = 0], i) => ({
    uppdragId: `demo-kommun-${Y}-u${String(i + 1).padStart(2, '0')}`,
    planYear: Y,
    text,
    riktasTill,
    periodicitet: 'tertial',
    slutdatum: `${Y}-12-31`,
    ansvarig: ANSVARIG[riktasTill[0]],
    registeredOn,
    leftOwing,
  }));

const delmal = (Y: number): DelmalSpec[] => [
  {
    delmalId: `demo-kommun-${Y}-bun-delmal-01`,
    regionmal: {
      id: 'kommunmal-2',
      namn: 'Mål 2. Alla barn och elever ges förutsättningar att nå kunskapsmålen',
    },
    text: 'Fler elever i årskurs 9 ska vara behöriga till gymnasieskolans yrkesprogram',
    indikatorer: [
      {
        indikatorId: 'ind-1',
        namn: 'Andel elever i årskurs 9 behöriga till yrkesprogram',
        enhet: '%',
        malvarde: 90,
        baseline: 84,
      },
      {
        indikatorId: 'ind-2',
        namn: 'Ogiltig frånvaro i grundskolan',
        enhet: '%',
        malvarde: 2,
        baseline: 3.1,
      },
    ],
    utfall: (i) => ({ 'ind-1': 85 + i * 2, 'ind-2': tenths(3 - i * 0.3) }),
    owingLast: false,
  },
  {
    delmalId: `demo-kommun-${Y}-bun-delmal-02`,
    regionmal: { id: 'kommunmal-4', namn: 'Mål 4. Kommunen är en attraktiv arbetsgivare' },
    text: 'Sjukfrånvaron bland barn- och utbildningsförvaltningens medarbetare ska minska',
    indikatorer: [
      { indikatorId: 'ind-1', namn: 'Sjukfrånvaro', enhet: '%', malvarde: 6, baseline: 7.4 },
      {
        indikatorId: 'ind-2',
        namn: 'Andel medarbetare som rekommenderar kommunen som arbetsgivare',
        enhet: '%',
        malvarde: 70,
        baseline: 63,
      },
    ],
    utfall: (i) => ({ 'ind-1': tenths(7.2 - i * 0.3), 'ind-2': 64 + i * 2 }),
    owingLast: true,
  },
];

export const KOMMUN_PLAN: PlanProfile = {
  fullmaktige: 'kf',
  delmalOrgan: 'bun',
  adoptedBy: { organId: 'bun', diarium: 'BUN' },
  uppdrag: (Y, registeredOn) => [
    ...laidOut(Y - 1, LAST_YEAR, `${Y - 1}-01-16`),
    {
      uppdragId: `demo-kommun-${Y - 1}-f01-vattenverk`,
      planYear: Y - 1,
      text: 'Tekniska nämnden får i uppdrag att planera och bygga det nya vattenverket (flerårigt uppdrag)',
      riktasTill: ['tekn', 'ks'],
      periodicitet: 'tertial',
      slutdatum: `${Y}-12-31`,
      ansvarig: ANSVARIG.tekn,
      registeredOn: `${Y - 1}-02-01`,
      leftOwing: 0,
    },
    ...laidOut(Y, THIS_YEAR, registeredOn),
  ],
  delmal,
};
