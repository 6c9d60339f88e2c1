/**
 * Every write endpoint, with what it takes to call it: a fresh item in the state it acts on, two valid
 * bodies (for two concurrent writers), one invalid body and the field it must be refused for, and who
 * may call it. The role matrix, the conflict tests and the fuzz tests all run over this one list.
 */
import { type ApiHarness } from './api-harness';
import {
  type ActorKey,
  indikatorBody,
  newId,
  setup,
  THIS_MONTH,
  uppdragBody,
  delmalBody,
  YEAR,
} from './fixtures';

type Body = Record<string, unknown>;

export interface Prepared {
  path: string;
  /** The stream the endpoint writes to. */
  stream: string;
  /** Where the item is read (GET). */
  resource: string;
  body: Body;
  /** Another valid body, with a different effect. */
  other: Body;
}

export interface WriteEndpointCase {
  name: string;
  /** Creates a new stream (201, no If-Match). */
  create?: boolean;
  allowed: readonly ActorKey[];
  prepare(api: ApiHarness): Promise<Prepared>;
  invalid: { body: (valid: Body) => Body; field: string };
}

const UPPDRAG_MAINTAIN: ActorKey[] = ['secretaryRecipient', 'secretaryGiver', 'regiondirektor'];
/**
 * The test uppdrag goes to RS and HSN with RS as samordnare: its joint report (no organId) and its
 * closing as a whole are not HSN's to write; HSN reports and closes its own part (joint-uppdrag e2e).
 */
const UPPDRAG_JOINT: ActorKey[] = ['secretaryGiver', 'regiondirektor'];
const DELMAL_MAINTAIN: ActorKey[] = ['secretaryRecipient'];
const DELMAL_REPORT: ActorKey[] = ['secretaryRecipient', 'officerRecipient'];
const ADMIN: ActorKey[] = ['admin'];

const onUppdrag =
  (suffix: string, body: Body, other: Body, reported = false) =>
  async (api: ApiHarness) => {
    const id = await setup.uppdrag(api);
    if (reported) await setup.report(api, id);
    return {
      path: `/api/uppdrag/${id}${suffix}`,
      stream: `uppdrag-${id}`,
      resource: `/api/uppdrag/${id}`,
      body,
      other,
    };
  };

const onDelmal =
  (
    suffix: (indikatorId: string) => string,
    body: Body,
    other: Body,
    state: 'plain' | 'indikator' | 'utfall' | 'assessed',
  ) =>
  async (api: ApiHarness) => {
    const id = await setup.delmal(api);
    let indikatorId = '';
    if (state === 'indikator' || state === 'utfall') indikatorId = await setup.indikator(api, id);
    if (state === 'utfall') await setup.utfall(api, id, indikatorId);
    if (state === 'assessed') await setup.assessment(api, id);
    return {
      path: `/api/delmal/${id}${suffix(indikatorId)}`,
      stream: `delmal-${id}`,
      resource: `/api/delmal/${id}`,
      body,
      other,
    };
  };

export const WRITE_ENDPOINTS: readonly WriteEndpointCase[] = [
  // Uppdrag
  {
    name: 'POST /api/uppdrag (register)',
    create: true,
    allowed: UPPDRAG_MAINTAIN,
    prepare: async () => {
      const body = uppdragBody();
      return {
        path: '/api/uppdrag',
        stream: `uppdrag-${body.uppdragId}`,
        resource: `/api/uppdrag/${body.uppdragId}`,
        body,
        other: { ...body, text: 'Ett annat uppdrag' },
      };
    },
    invalid: { body: (b) => ({ ...b, periodicitet: 'vecka' }), field: 'periodicitet' },
  },
  {
    name: 'POST /api/uppdrag/:id/ansvarig',
    allowed: UPPDRAG_MAINTAIN,
    prepare: onUppdrag('/ansvarig', { ansvarigPersonId: 'person-sara' }, { ansvarigPersonId: 'person-ida' }),
    invalid: { body: () => ({ ansvarigPersonId: 'inte ett id' }), field: 'ansvarigPersonId' },
  },
  {
    name: 'POST /api/uppdrag/:id/periodicitet',
    allowed: UPPDRAG_MAINTAIN,
    prepare: onUppdrag(
      '/periodicitet',
      { periodicitet: 'tertial', reason: 'Rapporteras i delårsrapporterna' },
      { periodicitet: 'tertial', reason: 'Beslut i nämnden' },
    ),
    invalid: { body: () => ({ periodicitet: 7 }), field: 'periodicitet' },
  },
  {
    name: 'POST /api/uppdrag/:id/slutdatum',
    allowed: UPPDRAG_MAINTAIN,
    prepare: onUppdrag(
      '/slutdatum',
      { slutdatum: `${YEAR + 2}-06-30`, reason: 'Beredningen behöver ett år till' },
      { slutdatum: `${YEAR + 3}-06-30`, reason: 'Två år till' },
    ),
    invalid: { body: () => ({ slutdatum: `${YEAR + 2}-02-30`, reason: 'x' }), field: 'slutdatum' },
  },
  {
    name: 'POST /api/uppdrag/:id/reports',
    allowed: UPPDRAG_JOINT,
    prepare: onUppdrag(
      '/reports',
      { period: THIS_MONTH, status: 'pagaende_enligt_plan', kommentar: 'Upphandlingen är klar.' },
      { period: THIS_MONTH, status: 'pagaende_delvis_enligt_plan', kommentar: 'Försenad leverans.' },
    ),
    invalid: { body: (b) => ({ ...b, period: `${YEAR}-13` }), field: 'period' },
  },
  {
    name: 'POST /api/uppdrag/:id/reports/:period/corrections',
    allowed: UPPDRAG_JOINT,
    prepare: onUppdrag(
      `/reports/${THIS_MONTH}/corrections`,
      { status: 'pagaende_delvis_enligt_plan', kommentar: 'Rättad: delvis.', reason: 'Fel status angiven' },
      { status: 'pagaende_ej_enligt_plan', kommentar: 'Rättad: behöver stöd.', reason: 'Läget var sämre' },
      true,
    ),
    invalid: { body: (b) => ({ ...b, status: 'klar' }), field: 'status' },
  },
  {
    name: 'POST /api/uppdrag/:id/close',
    allowed: UPPDRAG_JOINT,
    prepare: onUppdrag(
      '/close',
      { kommentar: 'Genomfört under året.' },
      { kommentar: 'Avslutat i årsredovisningen.' },
    ),
    invalid: { body: () => ({ kommentar: 123 }), field: 'kommentar' },
  },
  {
    name: 'POST /api/uppdrag/:id/close-part',
    allowed: ['secretaryRecipient', 'officerRecipient', 'regiondirektor'],
    prepare: onUppdrag(
      '/close-part',
      { organId: 'hsn', kommentar: 'HSN:s del är genomförd.' },
      { organId: 'hsn', kommentar: 'HSN:s del avslutas i årsrapporten.' },
    ),
    invalid: { body: (b) => ({ ...b, organId: 'h s n' }), field: 'organId' },
  },
  {
    name: 'POST /api/uppdrag/:id/withdraw',
    allowed: UPPDRAG_MAINTAIN,
    prepare: onUppdrag('/withdraw', { reason: 'Inte längre aktuellt' }, { reason: 'Ersatt av nytt uppdrag' }),
    invalid: { body: () => ({ reason: 'x'.repeat(4_001) }), field: 'reason' },
  },
  // Delmål
  {
    name: 'POST /api/delmal (define)',
    create: true,
    allowed: DELMAL_MAINTAIN,
    prepare: async () => {
      const body = delmalBody();
      return {
        path: '/api/delmal',
        stream: `delmal-${body.delmalId}`,
        resource: `/api/delmal/${body.delmalId}`,
        body,
        other: { ...body, text: 'Ett annat delmål' },
      };
    },
    invalid: { body: (b) => ({ ...b, planYear: 1999 }), field: 'planYear' },
  },
  {
    name: 'POST /api/delmal/:id/indikatorer',
    allowed: DELMAL_MAINTAIN,
    prepare: (api) => onDelmal(() => '/indikatorer', indikatorBody(), indikatorBody(), 'plain')(api),
    invalid: { body: (b) => ({ ...b, riktning: 'upp' }), field: 'riktning' },
  },
  {
    name: 'POST /api/delmal/:id/indikatorer/:indikatorId/malvarde',
    allowed: DELMAL_MAINTAIN,
    prepare: onDelmal(
      (i) => `/indikatorer/${i}/malvarde`,
      { malvarde: 1000, reason: 'Nytt beslut i nämnden' },
      { malvarde: 990, reason: 'Skärpt mål' },
      'indikator',
    ),
    invalid: { body: () => ({ malvarde: 'tio', reason: 'x' }), field: 'malvarde' },
  },
  {
    name: 'POST /api/delmal/:id/indikatorer/:indikatorId/utfall',
    allowed: DELMAL_REPORT,
    prepare: onDelmal(
      (i) => `/indikatorer/${i}/utfall`,
      { period: THIS_MONTH, utfall: 1030 },
      { period: THIS_MONTH, utfall: 1100 },
      'indikator',
    ),
    invalid: { body: () => ({ period: THIS_MONTH }), field: 'utfall' },
  },
  {
    name: 'POST /api/delmal/:id/indikatorer/:indikatorId/utfall/:period/corrections',
    allowed: DELMAL_REPORT,
    prepare: onDelmal(
      (i) => `/indikatorer/${i}/utfall/${THIS_MONTH}/corrections`,
      { utfall: 1020, reason: 'Felräknat' },
      { utfall: null, reason: 'Siffran går inte att lita på' },
      'utfall',
    ),
    invalid: { body: () => ({ utfall: 1, reason: null }), field: 'reason' },
  },
  {
    name: 'POST /api/delmal/:id/assessments',
    allowed: DELMAL_REPORT,
    prepare: onDelmal(
      () => '/assessments',
      { period: THIS_MONTH, bedomning: 'delvis', prognos: 'helt', kommentar: 'Nära målet.' },
      { period: THIS_MONTH, bedomning: 'inte', prognos: 'delvis', kommentar: 'Långt kvar.' },
      'plain',
    ),
    invalid: { body: (b) => ({ ...b, prognos: 'kanske' }), field: 'prognos' },
  },
  {
    name: 'POST /api/delmal/:id/assessments/:period/corrections',
    allowed: DELMAL_REPORT,
    prepare: onDelmal(
      () => `/assessments/${THIS_MONTH}/corrections`,
      { bedomning: 'helt', prognos: 'helt', kommentar: 'Uppnått.', reason: 'Ny mätning' },
      { bedomning: 'inte', prognos: 'inte', kommentar: 'Inte uppnått.', reason: 'Fel underlag' },
      'assessed',
    ),
    invalid: { body: (b) => ({ ...b, kommentar: '   ' }), field: 'kommentar' },
  },
  {
    name: 'POST /api/delmal/:id/close',
    allowed: DELMAL_MAINTAIN,
    prepare: onDelmal(() => '/close', { kommentar: 'Året är slut.' }, { kommentar: null }, 'plain'),
    invalid: { body: () => ({ extra: 1 }), field: 'extra' },
  },
  // Organs
  {
    name: 'POST /api/organs (register)',
    create: true,
    allowed: ADMIN,
    prepare: async () => {
      const organId = newId('organ');
      const body = {
        organId,
        namn: 'Beredningen för demokrati',
        kortnamn: 'Demokrati',
        typ: 'beredning',
        parentOrganId: 'regionfullmaktige',
      };
      return {
        path: '/api/organs',
        stream: `organ-${organId}`,
        resource: `/api/organs/${organId}`,
        body,
        other: { ...body, namn: 'Demokratiberedningen' },
      };
    },
    invalid: { body: (b) => ({ ...b, typ: 'kommun' }), field: 'typ' },
  },
  {
    name: 'POST /api/organs/:id/rename',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.organ(api);
      return {
        path: `/api/organs/${id}/rename`,
        stream: `organ-${id}`,
        resource: `/api/organs/${id}`,
        body: { namn: 'Nytt namn', kortnamn: 'NN' },
        other: { namn: 'Annat namn', kortnamn: 'AN' },
      };
    },
    invalid: { body: () => ({ namn: 'Namn', kortnamn: 'x'.repeat(21) }), field: 'kortnamn' },
  },
  {
    name: 'POST /api/organs/:id/parent',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.organ(api);
      return {
        path: `/api/organs/${id}/parent`,
        stream: `organ-${id}`,
        resource: `/api/organs/${id}`,
        body: { parentOrganId: 'rs' },
        other: { parentOrganId: 'run' },
      };
    },
    invalid: { body: () => ({ parentOrganId: 'a b' }), field: 'parentOrganId' },
  },
  {
    name: 'POST /api/organs/:id/deactivate',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.organ(api);
      return {
        path: `/api/organs/${id}/deactivate`,
        stream: `organ-${id}`,
        resource: `/api/organs/${id}`,
        body: { reason: 'Avvecklad' },
        other: { reason: 'Sammanslagen' },
      };
    },
    invalid: { body: () => ({ reason: '' }), field: 'reason' },
  },
  // Persons
  {
    name: 'POST /api/persons (register)',
    create: true,
    allowed: ADMIN,
    prepare: async () => {
      const personId = newId('person');
      const body = {
        personId,
        namn: 'Elin Berg',
        epost: `${personId}@example.se`,
        organId: 'hsn',
        roles: ['officer'],
      };
      return {
        path: '/api/persons',
        stream: `person-${personId}`,
        resource: `/api/persons/${personId}`,
        body,
        other: { ...body, namn: 'Elin Bergström', epost: `${personId}.2@example.se` },
      };
    },
    invalid: { body: (b) => ({ ...b, epost: 'inte-en-adress' }), field: 'epost' },
  },
  {
    name: 'POST /api/persons/:id/rename',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.person(api);
      return {
        path: `/api/persons/${id}/rename`,
        stream: `person-${id}`,
        resource: `/api/persons/${id}`,
        body: { namn: 'Nytt Namn' },
        other: { namn: 'Annat Namn' },
      };
    },
    invalid: { body: () => ({ namn: ['a'] }), field: 'namn' },
  },
  {
    name: 'POST /api/persons/:id/email',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.person(api);
      return {
        path: `/api/persons/${id}/email`,
        stream: `person-${id}`,
        resource: `/api/persons/${id}`,
        body: { epost: `${id}.ny@example.se` },
        other: { epost: `${id}.annan@example.se` },
      };
    },
    invalid: { body: () => ({ epost: 42 }), field: 'epost' },
  },
  {
    name: 'POST /api/persons/:id/organ',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.person(api);
      return {
        path: `/api/persons/${id}/organ`,
        stream: `person-${id}`,
        resource: `/api/persons/${id}`,
        body: { organId: 'rs' },
        other: { organId: 'run' },
      };
    },
    invalid: { body: () => ({}), field: 'organId' },
  },
  {
    name: 'POST /api/persons/:id/roles',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.person(api);
      return {
        path: `/api/persons/${id}/roles`,
        stream: `person-${id}`,
        resource: `/api/persons/${id}`,
        body: { roles: ['secretary'] },
        other: { roles: ['officer', 'secretary'] },
      };
    },
    invalid: { body: () => ({ roles: ['kung'] }), field: 'roles' },
  },
  {
    name: 'POST /api/persons/:id/auditor-mandate',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.person(api, { roles: ['auditor'], organId: null });
      return {
        path: `/api/persons/${id}/auditor-mandate`,
        stream: `person-${id}`,
        resource: `/api/persons/${id}`,
        body: { validFrom: `${YEAR}-01-01`, validTo: `${YEAR + 1}-04-30` },
        other: { validFrom: `${YEAR}-01-01`, validTo: `${YEAR + 1}-06-30` },
      };
    },
    invalid: { body: () => ({ validFrom: `${YEAR}-01-01`, validTo: '30 april' }), field: 'validTo' },
  },
  {
    name: 'POST /api/persons/:id/deactivate',
    allowed: ADMIN,
    prepare: async (api) => {
      const id = await setup.person(api);
      return {
        path: `/api/persons/${id}/deactivate`,
        stream: `person-${id}`,
        resource: `/api/persons/${id}`,
        body: { reason: 'Slutat' },
        other: { reason: 'Flyttat' },
      };
    },
    invalid: { body: () => ({ reason: 'x', occurredAt: 'igår' }), field: 'occurredAt' },
  },
];
