/**
 * Region Västerbotten's 2023 uppdrag, delmål and indikatorer, transcribed from the public documents in
 * shared/seeds: the regionstyrelsen's plan 2023 (003: uppdrag with status Ej påbörjad, delmål with
 * "Utfall 2021" and "Mål 2023") and the delårsrapport per april 2023 (002: "Uppföljning av fullmäktiges
 * uppdrag"). Texts, recipients, periodicitet, dates, statuses, indicator names and numbers are as printed;
 * the April comments are our own short summaries of the report's long ones.
 *
 * Where the plan prints one number for an indikator, it stands in the "Mål 2023" column (no baseline).
 * Two inköp uppdrag are "Tertial: apr, aug, dec" in the plan but "Månad" in the April report: they are
 * registered as planned and changed to monthly in February, so both documents are reproduced.
 */
import { type Periodicitet, type Riktning, type UppdragStatus } from '@sparbar/domain';

export interface DemoUppdrag {
  uppdragId: string;
  givenBy: string;
  text: string;
  riktasTill: string[];
  samordnare: string | null;
  /** As registered in January (the plan). */
  periodicitet: Periodicitet;
  /** Changed before the April report, with the reason. */
  changedTo?: { periodicitet: Periodicitet; reason: string };
  slutdatum: string;
  ansvarig: string;
  /** The April report (002); none for an uppdrag the delårsrapport does not list. */
  april?: { status: UppdragStatus; kommentar: string };
}

const ALLA_NAMNDER = ['rs', 'hsn', 'run', 'folkhogskolestyrelsen'];

export const DEMO_UPPDRAG: readonly DemoUppdrag[] = [
  {
    uppdragId: 'rv-2023-u01-samverkansstrukturer',
    givenBy: 'regionfullmaktige',
    text: 'Kartlägga och optimera samverkans- och mötesstrukturer för att frigöra tid och eller minska bemanning',
    riktasTill: ALLA_NAMNDER,
    samordnare: 'rs',
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-johan',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Arbetet är igång i alla förvaltningar, i olika grad (HSF 75 %, RSF 40 %, RUF 67 %). Några delar blir klara i juni med redovisad frigjord tid, resten under hösten.',
    },
  },
  {
    uppdragId: 'rv-2023-u02-styrd-inkopsprocess',
    givenBy: 'regionfullmaktige',
    text: 'Införa styrd inköpsprocess och standardsortiment för att minska inköpskostnaderna',
    riktasTill: ['hsn', 'rs'],
    samordnare: null,
    periodicitet: 'tertial',
    changedTo: {
      periodicitet: 'manad',
      reason: 'Följs upp varje månad enligt delårsrapporten per april 2023.',
    },
    slutdatum: '2023-12-31',
    ansvarig: 'person-johan',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Riktlinjerna för inköp är kommunicerade och Digge svarar på inköpsfrågor. Anskaffning av nytt inköpssystem förbereds; arbetssätt för direktupphandling och köp utan avtal tas fram under året.',
    },
  },
  {
    uppdragId: 'rv-2023-u03-forstudie-logistik',
    givenBy: 'regionfullmaktige',
    text: 'Genomföra förstudie för att se över logistik och inköpsflödet för medicinskt förbrukningsmateriel och hjälpmedel i syfte att minska totalkostnaden.',
    riktasTill: ['hsn', 'rs'],
    samordnare: null,
    periodicitet: 'tertial',
    changedTo: {
      periodicitet: 'manad',
      reason: 'Följs upp varje månad enligt delårsrapporten per april 2023.',
    },
    slutdatum: '2023-12-31',
    ansvarig: 'person-sara',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Logistikstrategi och behovsunderlag är framtagna och justeras efter remiss. Läkemedels- och hjälpmedelsflödena behöver utredas mer. Beslutsunderlaget går till ledningsgrupperna i maj.',
    },
  },
  {
    uppdragId: 'rv-2023-u04-kartlaggning-tjanster',
    givenBy: 'regionfullmaktige',
    text: 'Genomföra kartläggning av tjänster och funktioner som kan optimeras, arbetsuppgifter som kan effektiviseras och delar där ambitionen kan sänkas alternativt pausas.',
    riktasTill: ALLA_NAMNDER,
    samordnare: 'rs',
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-johan',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Alla förvaltningar kartlägger arbetsuppgifter som kan tas bort eller vänta. Anställningsstopp gäller från 27 april, med en process för dispens.',
    },
  },
  {
    uppdragId: 'rv-2023-u05-primarvardsbestallning',
    givenBy: 'regionfullmaktige',
    text: 'Genomföra en genomlysning av primärvårdsbeställningen och drift för förbättrad tillgänglighet och kostnadspåverkan',
    riktasTill: ['rs'],
    samordnare: null,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-johan',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar: 'Påbörjat efter en sen start; nuläget för drift och beställning analyseras.',
    },
  },
  {
    uppdragId: 'rv-2023-u06-kompetens-kartlagga',
    givenBy: 'regionfullmaktige',
    text: 'Kartlägga de projekt och aktörer som arbetar med kompetensförsörjningen i och för Västerbotten.',
    riktasTill: ['beredning-kompetensforsorjning'],
    samordnare: null,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-kompetens',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Kontakt tagen med andra regioners HR-enheter. Organisationer och företag är inbjudna till beredningens möte i maj; kartläggningen görs med regionala utvecklingsförvaltningen.',
    },
  },
  {
    uppdragId: 'rv-2023-u07-kompetens-antidiskriminering',
    givenBy: 'regionfullmaktige',
    text: 'Titta på vilka antidiskrimineringsåtgärder som görs inom ramen för de rekryteringsinsatser som pågår i länet. Föreslå metoder och förbereda hur regionan kan bidra till en långsiktig plan i tidsperspektivet 5-20 år gällande framtida kompetensförsörjning för Västerbotten.',
    riktasTill: ['beredning-kompetensforsorjning'],
    samordnare: null,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-kompetens',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Egen organisation undersöks med HR och andra regioners arbete studeras. Metodförslagen hinns inte med i år; beredningen behöver förlänga den delen ett år.',
    },
  },
  {
    uppdragId: 'rv-2023-u08-demokrati-valdeltagande',
    givenBy: 'regionfullmaktige',
    text: 'Analysera skillnader i röstdeltagande och utveckling av valdeltagande i Västerbotten. Kartlägga om det finns skillnader i Västerbotten beroende på bostadsort i synen på demokratin och fattade beslut. Kartlägga hur regionen och kommunerna arbetar med att nå ut till underrepresenterade grupper för att stärka demokratin.',
    riktasTill: ['demokratiberedningen'],
    samordnare: null,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-demokrati',
    april: {
      status: 'pagaende_enligt_plan',
      kommentar:
        'Valstatistik från SCB väntas till mötet i juni. Medborgardialoger och enkäter pågår (den digitala stänger 1 juni). Dialog förs med kommunerna om hur de når underrepresenterade grupper.',
    },
  },
  {
    uppdragId: 'rv-2023-u09-folkhalsopolitisk-strategi',
    givenBy: 'rs',
    text: 'Utarbeta folkhälsopolitisk strategi',
    riktasTill: ['beredning-folkhalsa'],
    samordnare: null,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarig: 'person-johan',
  },
];

export interface DemoIndikator {
  namn: string;
  enhet: string | null;
  baseline2021: number | null;
  /** null: "Svar saknas" in the plan. */
  mal2023: number | null;
  riktning: Riktning;
}

export interface DemoDelmal {
  regionmal: { id: string; namn: string };
  text: string;
  indikatorer: DemoIndikator[];
}

const MAL = {
  1: 'Mål 1. Västerbotten har världens bästa och mest jämlika hälsa',
  2: 'Mål 2. Västerbotten är det barnvänligaste länet',
  3: 'Mål 3. Västerbotten har trygga invånare med inflytande och delaktighet och ett rikt samt aktivt kultur- och föreningsliv',
  4: 'Mål 4. Västerbotten är en ledande miljöregion',
  5: 'Mål 5. Vi har en nära, tillgänglig och personcentrerad vård i hela länet',
  6: 'Mål 6. Vi levererar jämlik och jämställd hälso- och sjukvård av hög kvalitet',
  7: 'Mål 7. Vi är en attraktiv arbetsgivare med personal som trivs och utvecklas hos oss',
  8: 'Mål 8. Vi har en långsiktigt hållbar ekonomi',
  9: 'Mål 9. Vi är en inkluderande, attraktiv och innovativ samverkanspartner',
  10: 'Mål 10. Vi är ledande inom forskning, innovation och digitalisering',
  11: 'Mål 11. Västerbotten är en attraktiv och jämställd region att leva och verka i samt flytta till',
} as const;

const mal = (n: keyof typeof MAL) => ({ id: `regionmal-${n}`, namn: MAL[n] });
const up = (
  namn: string,
  mal2023: number | null,
  baseline2021: number | null = null,
  enhet: string | null = null,
): DemoIndikator => ({
  namn,
  enhet,
  baseline2021,
  mal2023,
  riktning: 'higher_is_better',
});
const down = (
  namn: string,
  mal2023: number | null,
  baseline2021: number | null = null,
  enhet: string | null = null,
): DemoIndikator => ({
  ...up(namn, mal2023, baseline2021, enhet),
  riktning: 'lower_is_better',
});

/** Regionstyrelsen's delmål 2023 (plan 003, section 2), in the plan's order. */
export const DEMO_DELMAL: readonly DemoDelmal[] = [
  {
    regionmal: mal(1),
    text: 'Beställningen och uppföljningen av hälsovalet är jämställdhetsintegrerad',
    indikatorer: [up('Jämställdhetsintegrering av beställningen, *(3=helt genomfört, 0=ej påbörjat)', 3)],
  },
  {
    regionmal: mal(1),
    text: 'Jämlikhetsanalyser av vårddata genomförs',
    indikatorer: [up('Antal verksamheter som genomfört jämlikhetsanalyser av vårddata', 2)],
  },
  {
    regionmal: mal(2),
    text: 'Strukturerade arbetssätt för att arbeta utifrån ett barnrättsperspektiv utvecklas inom regionstyrelsens verksamheter',
    indikatorer: [up('Plan för strukturerat arbete med barnrättsperspektiv är framtagen', null)],
  },
  {
    regionmal: mal(3),
    text: 'Utveckla, erbjuda och etablera fler stöd för självservice för invånaren',
    indikatorer: [
      up('Antal inloggningar på 1177', 3_500_000),
      up('Användandet av självservice', 276_230, 209_266),
      up('Antal digitala vårdmöten', 15_000, 26_078),
      up('Antal inloggningar per invånare 1177 och år', 10, 13.27),
    ],
  },
  {
    regionmal: mal(3),
    text: 'Öka användningen av klarspråk',
    indikatorer: [up('Antal utbildningar i klarspråk som erbjuds till regionstyrelsens förvaltning', 5)],
  },
  {
    regionmal: mal(3),
    text: 'Regionstyrelsen ska stödja regionens förmågeutveckling och själv göra en förflyttning av den egna verksamhetens förmåga till civil beredskap',
    indikatorer: [up('Stödjer Regionstyrelsen regionens förmågeutveckling enligt plan', null)],
  },
  {
    regionmal: mal(4),
    text: 'Minska klimatutsläppen från regionens trafik',
    indikatorer: [
      down('Klimatutsläpp från tjänsteresor', 1_010, 1_061),
      down('Klimatutsläpp från patienttransporter', 1_007, 1_038),
    ],
  },
  {
    regionmal: mal(4),
    text: 'Regionen minskar energianvändning och klimatpåverkan',
    indikatorer: [
      down(
        'Lokalyta som regionen äger och hyr ska inte ökas till år 2030 i jämförelse med 2020',
        673_177,
        673_394,
      ),
      down('Mängd köpt energi', 99.1, 103),
    ],
  },
  {
    regionmal: mal(4),
    text: 'Öka andelen källsorterat avfall',
    indikatorer: [
      up('Andel källsorterat avfall', 35, 19, '%'),
      up('Antal enheter inom sjukhusen som nyttjar ny avfallsservice', 100),
    ],
  },
  {
    regionmal: mal(4),
    text: 'Minska varor och tjänsters klimatpåverkan',
    indikatorer: [
      up(
        'Utvecklat modell för övergripande klimatberäkningar kopplat till inköp av varor och tjänster',
        null,
      ),
      up('Miljökrav ställs i prioriterade upphandlingar', 60, null, '%'),
    ],
  },
  {
    regionmal: mal(5),
    text: 'Hälsovalet ställer tydligare krav på styrning och uppföljning av tillgänglighet, hälsofrämjande insatser och psykisk hälsa',
    indikatorer: [
      up('Andel hälsocentraler som erbjuder strukturerad samverkan kring HLT för barn 0-16år', 100, 84, '%'),
      up(
        'Andel utförda hälsoundersökningar av antal listade 40- 50- och 60- åriga kvinnor och män',
        70,
        10.6,
        '%',
      ),
      up(
        'Andel återkopplade kontakter samma dag (rådgivning eller tidsbokning) av antal inkommande samtal/kontakter',
        95,
        61,
        '%',
      ),
      up(
        'Andel kvinnor och män som får en medicinsk bedömning inom 3 dagar i enlighet med vårdgarantin',
        90,
        72,
        '%',
      ),
    ],
  },
  {
    regionmal: mal(6),
    text: 'Utveckla uppföljningen av sjukdomsförebyggande insatser vid tobaksbruk',
    indikatorer: [up('Antal patienter som tagit del av avgiftsfri tobaksavvänjning i primärvården', 60)],
  },
  {
    regionmal: mal(7),
    text: 'Chefer har starkare förutsättningar att leda',
    indikatorer: [
      up('Hållbart medarbetarengagemang för chefer ska öka', 85),
      down('Antal medarbetare per chef', 55, null, '%'),
    ],
  },
  {
    regionmal: mal(7),
    text: 'Strategier för flexibla och administrativa arbetsplatser är implementerade',
    indikatorer: [up('Medarbetare som använder möjligheten att jobba på distans i någon omfattning', 1_600)],
  },
  {
    regionmal: mal(7),
    text: 'Vi har en etablerad och känd strategi för kompetensförsörjning',
    indikatorer: [up('Antal beslutade åtgärder i kompetensförsörjningsstrategin som är påbörjade', 5)],
  },
  {
    regionmal: mal(8),
    text: 'Arbetet med en gemensam lednings- och styrningsmodell är påbörjat',
    indikatorer: [
      up(
        'Antal ledningsgrupper som påbörjat arbetet med enhetlig modell för ledning och styrning inom Region Västerbotten',
        10,
      ),
    ],
  },
  {
    regionmal: mal(8),
    text: 'Minska kostnaderna för tjänsteresor',
    indikatorer: [
      down('Minska kostnaderna för tjänsteresor med 15 procent jämfört med utfall 2022', -15, null, '%'),
    ],
  },
  {
    regionmal: mal(8),
    text: 'Minskade drift- och förvaltningskostnader inom Digitalisering och Service',
    indikatorer: [
      down(
        'Minska drift- och förvaltningskostnader med 17 miljoner kronor inom Digitalisering och Service jämfört med budget 2023.',
        -17,
        null,
        'mnkr',
      ),
    ],
  },
  {
    regionmal: mal(9),
    text: 'Färdplanen Nära Vård 2030 i Västerbotten är känd och implementeringen är påbörjad i samverkan med kommunerna',
    indikatorer: [
      up('Antal huvudmän (kommuner och regioner) som har fattat beslut om färdplanen Nära vård 2030', 16),
    ],
  },
  {
    regionmal: mal(10),
    text: 'Säkerställa att digitaliseringsstrategin används på ett ändamålsenligt sätt och ger avsett resultat',
    indikatorer: [
      up('Antal interna och externa digitala möten', 150_000, 278_553),
      up('Effekthemtagning för digitalisering', 90_000_000),
      up('Intelligent automation, antal arbetstimmar som automatiseras', 120_000),
    ],
  },
  {
    regionmal: mal(10),
    text: 'Vi är ledande inom vår forskning om medicinsk teknik och strålningsfysik och utvecklar forskningsområdet informationsteknik',
    indikatorer: [
      up('Antal doktorander inom forskningsområdet informationsteknik', 1),
      up('Antal forskningspublikationer inom forskningsområdet informationsteknik', 0),
      up('Antal forskningsansökningar inom forskningsområdet informationsteknik', 0),
    ],
  },
  {
    regionmal: mal(11),
    text: 'Region Västerbotten är en central aktör i Västerbottens jämställdhetsarbete',
    indikatorer: [up('Antal aktiviteter i samverkan som genomförs', 5)],
  },
  {
    regionmal: mal(11),
    text: 'Stärka Region Västerbottens varumärke',
    indikatorer: [up('Antal beslutade aktiviteter i varumärkesplanen som är påbörjade', 3)],
  },
];

/** A nämnd's adoption of its report for a period, as its secretary records it the day after the meeting. */
export interface DemoFaststallelse {
  organId: string;
  period: string;
  meetingDate: string;
  paragraf: string;
  diarienummer: string | null;
  recordedAt: string;
  /** Regionstyrelsen's and fullmäktige's handling of the adopted report, as their secretaries record it. */
  behandlingar: {
    by: 'regionstyrelsen' | 'fullmaktige';
    byOrganId: string;
    kind: 'received' | 'handled';
    date: string;
    paragraf: string;
    recordedAt: string;
  }[];
}

/**
 * Tertial 1 2023 adopted by Regionala utvecklingsnämnden and Folkhögskolestyrelsen at their May
 * meetings; regionstyrelsen received both in June, and fullmäktige handled the nämnd's. (Hälso- och
 * sjukvårdsnämnden's and regionstyrelsen's tertial stay open, for the reports still to be written.)
 */
export const DEMO_FASTSTALLELSER: readonly DemoFaststallelse[] = [
  {
    organId: 'run',
    period: '2023-T1',
    meetingDate: '2023-05-25',
    paragraf: '62',
    diarienummer: 'RUN 2023/118',
    recordedAt: '2023-05-26T10:00:00+02:00',
    behandlingar: [
      {
        by: 'regionstyrelsen',
        byOrganId: 'rs',
        kind: 'received',
        date: '2023-06-13',
        paragraf: '118',
        recordedAt: '2023-06-14T10:00:00+02:00',
      },
      {
        by: 'fullmaktige',
        byOrganId: 'regionfullmaktige',
        kind: 'handled',
        date: '2023-06-20',
        paragraf: '75',
        recordedAt: '2023-06-21T10:00:00+02:00',
      },
    ],
  },
  {
    organId: 'folkhogskolestyrelsen',
    period: '2023-T1',
    meetingDate: '2023-05-30',
    paragraf: '31',
    diarienummer: null,
    recordedAt: '2023-05-31T10:00:00+02:00',
    behandlingar: [
      {
        by: 'regionstyrelsen',
        byOrganId: 'rs',
        kind: 'received',
        date: '2023-06-13',
        paragraf: '119',
        recordedAt: '2023-06-14T10:05:00+02:00',
      },
    ],
  },
];
