/**
 * One event of every type of uppdrag, delmål, organ and person, shaped like Region Västerbotten's 2023
 * reports, with the stream each lives on: what the describing specs run through. Typed against the
 * domain's event unions, so a changed event shape fails to compile here first.
 */
import {
  type DelmalEvent,
  delmalStream,
  type OrganEvent,
  organStream,
  type PersonEvent,
  personStream,
  type UppdragEvent,
  uppdragStream,
} from '@sparbar/domain';
import { namesFrom } from './names';

export const U = '2023-inkop';
export const D = 'rs-2023-klimat';
export const IND = 'tjansteresor';

export const NAMES = namesFrom({
  'person:person-johan': 'Johan Ström',
  'person:person-sara': 'Sara Berg',
  'organ:hsn': 'HSN',
  'organ:rs': 'RS',
  'organ:regionfullmaktige': 'RF',
  [`indikator:${D}/${IND}`]: 'Klimatutsläpp från tjänsteresor',
});

const r1 = { status: 'pagaende_enligt_plan' as const, kommentar: 'Riktlinjerna är kommunicerade.' };
const r2 = { status: 'pagaende_delvis_enligt_plan' as const, kommentar: 'Upphandlingen är försenad.' };

export const UPPDRAG_EVENTS: UppdragEvent[] = [
  {
    type: 'UppdragRegistered',
    data: {
      uppdragId: U,
      text: 'Införa styrd inköpsprocess',
      beskrivning: null,
      riktasTill: ['hsn', 'rs'],
      samordnare: 'rs',
      periodicitet: 'manad',
      slutdatum: '2023-12-31',
      ansvarigPersonId: 'person-johan',
      origin: {
        givenBy: 'regionfullmaktige',
        kind: 'fullmaktige',
        beslutsdatum: '2022-11-22',
        diarienummer: 'RS 2022/1234',
        paragraf: '§ 145',
        planYear: 2023,
      },
      registeredOn: '2023-01-16',
    },
  },
  { type: 'UppdragAnsvarigChanged', data: { uppdragId: U, from: 'person-johan', to: 'person-sara' } },
  { type: 'UppdragPeriodicitetChanged', data: { uppdragId: U, from: 'manad', to: 'tertial', reason: null } },
  {
    type: 'UppdragSlutdatumExtended',
    data: { uppdragId: U, from: '2023-12-31', to: '2024-06-30', reason: 'Upphandlingen dröjer' },
  },
  { type: 'UppdragStatusReported', data: { uppdragId: U, period: '2023-04', ...r1 } },
  {
    type: 'UppdragReportCorrected',
    data: { uppdragId: U, period: '2023-04', from: r1, to: r2, reason: 'Fel status i första rapporten' },
  },
  { type: 'UppdragClosed', data: { uppdragId: U, kommentar: 'Inköpsprocessen är införd.' } },
  { type: 'UppdragPartClosed', data: { uppdragId: U, organId: 'hsn', kommentar: 'HSN:s del är klar.' } },
  { type: 'UppdragWithdrawn', data: { uppdragId: U, reason: 'Inte längre aktuellt' } },
];

const matning = { malvarde: 1010, riktning: 'lower_is_better' as const };
const a1 = { bedomning: 'delvis' as const, prognos: 'delvis' as const, kommentar: 'Resandet minskar.' };

export const DELMAL_EVENTS: DelmalEvent[] = [
  {
    type: 'DelmalDefined',
    data: {
      delmalId: D,
      organId: 'rs',
      planYear: 2023,
      regionmal: { id: 'regionmal-4', namn: 'Mål 4. Västerbotten är en ledande miljöregion' },
      text: 'Minska klimatutsläppen från regionens trafik',
    },
  },
  {
    type: 'IndikatorAdded',
    data: {
      delmalId: D,
      indikatorId: IND,
      namn: 'Klimatutsläpp från tjänsteresor',
      enhet: 'ton CO2e',
      baseline: { year: 2021, value: 1061 },
      malvarde: 1010,
      riktning: 'lower_is_better',
    },
  },
  {
    type: 'IndikatorMalvardeChanged',
    data: { delmalId: D, indikatorId: IND, from: 1010, to: null, reason: 'Nytt mått utreds' },
  },
  {
    type: 'IndikatorUtfallRecorded',
    data: {
      delmalId: D,
      indikatorId: IND,
      period: '2023-04',
      ...matning,
      utfall: 1200,
      kvot: 0.8417,
      bedomning: 'delvis',
    },
  },
  {
    type: 'IndikatorUtfallCorrected',
    data: {
      delmalId: D,
      indikatorId: IND,
      period: '2023-04',
      ...matning,
      from: { utfall: 1200, kvot: 0.8417, bedomning: 'delvis' },
      to: { utfall: 1000, kvot: 1.01, bedomning: 'helt' },
      reason: 'Felräknat',
    },
  },
  { type: 'DelmalAssessed', data: { delmalId: D, period: '2023-T1', ...a1 } },
  {
    type: 'DelmalAssessmentCorrected',
    data: { delmalId: D, period: '2023-T1', from: a1, to: { ...a1, bedomning: 'inte' }, reason: 'Omprövad' },
  },
  { type: 'DelmalClosed', data: { delmalId: D, kommentar: null } },
];

export const ORGAN_EVENTS: OrganEvent[] = [
  {
    type: 'OrganRegistered',
    data: {
      organId: 'beredning-folkhalsa',
      namn: 'Folkhälsoberedningen',
      kortnamn: 'FHB',
      typ: 'beredning',
      parentOrganId: 'regionfullmaktige',
    },
  },
  {
    type: 'OrganRenamed',
    data: {
      organId: 'beredning-folkhalsa',
      from: { namn: 'Folkhälsoberedningen', kortnamn: 'FHB' },
      to: { namn: 'Beredningen för folkhälsa', kortnamn: 'BFH' },
    },
  },
  {
    type: 'OrganParentChanged',
    data: { organId: 'beredning-folkhalsa', from: 'regionfullmaktige', to: 'rs' },
  },
  { type: 'OrganDeactivated', data: { organId: 'beredning-folkhalsa', reason: 'Slogs ihop med RUN' } },
];

export const PERSON_EVENTS: PersonEvent[] = [
  {
    type: 'PersonRegistered',
    data: {
      personId: 'person-ida',
      namn: 'Ida Lund',
      epost: 'ida.lund@regionvasterbotten.se',
      organId: 'rs',
      roles: ['secretary'],
    },
  },
  { type: 'PersonRenamed', data: { personId: 'person-ida', from: 'Ida Lund', to: 'Ida Nordin' } },
  {
    type: 'PersonEmailChanged',
    data: {
      personId: 'person-ida',
      from: 'ida.lund@regionvasterbotten.se',
      to: 'ida.nordin@regionvasterbotten.se',
    },
  },
  { type: 'PersonOrganChanged', data: { personId: 'person-ida', from: 'rs', to: 'hsn' } },
  {
    type: 'PersonRolesChanged',
    data: { personId: 'person-ida', from: ['secretary'], to: ['secretary', 'auditor'] },
  },
  {
    type: 'AuditorMandateGiven',
    data: { personId: 'person-ida', validFrom: '2023-01-01', validTo: '2024-04-30' },
  },
  { type: 'PersonDeactivated', data: { personId: 'person-ida', reason: 'Slutat' } },
];

/** Each fixture with the stream it is stored on. */
export const onStream = {
  uppdrag: (e: UppdragEvent) => ({ ...e, stream: uppdragStream(U) }),
  delmal: (e: DelmalEvent) => ({ ...e, stream: delmalStream(D) }),
  organ: (e: OrganEvent) => ({ ...e, stream: organStream('beredning-folkhalsa') }),
  person: (e: PersonEvent) => ({ ...e, stream: personStream('person-ida') }),
};
