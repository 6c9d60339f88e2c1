/**
 * A realistic log, generated through the real deciders: plan years of uppdrag (monthly or tertial
 * reports, some late or missing, corrections, extensions, withdrawals, closing) and delmål with
 * indikatorer (monthly utfall, tertial bedömning, corrections, changed målvärden). Every event is what
 * `decide` returned for a valid command, with the metadata the CommandHandler writes. Streams are
 * produced one at a time (each stream's whole life is one append), so memory stays flat for any size.
 */
import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type Decider,
  type DelmalCommand,
  delmalDecider,
  delmalStream,
  type UppdragCommand,
  uppdragDecider,
  uppdragStream,
  UPPDRAG_STATUSES,
} from '@sparbar/domain';
import { type EventStore, type NewEvent, type JsonValue } from '@sparbar/event-store';

export interface LogShape {
  firstYear: number;
  years: number;
  uppdragPerYear: number;
  delmalPerYear: number;
  indikatorerPerDelmal: number;
  seed?: number;
  /**
   * The organs uppdrag are directed to and delmål belong to (default a region's: RS, HSN, RUN, …), and
   * fullmäktige, who gives the uppdrag (default regionfullmäktige): a kommun's log names a kommun's.
   */
  organs?: readonly string[];
  fullmaktige?: string;
}

export interface StreamAppend {
  stream: string;
  events: NewEvent[];
}

const ORGANS = [
  'rs',
  'hsn',
  'run',
  'folkhogskolestyrelsen',
  'beredning-kompetensforsorjning',
  'demokratiberedningen',
];
const RF = 'regionfullmaktige';

/** Who registers, extends, withdraws and closes fullmäktige's uppdrag. */
const secretaryOf = (fullmaktige: string): Actor =>
  fullmaktige === RF
    ? { personId: 'person-rf-sekreterare', roles: ['secretary'], organId: RF }
    : { personId: `person-${fullmaktige}-sekreterare`, roles: ['secretary'], organId: fullmaktige };

interface Organisation {
  organs: readonly string[];
  fullmaktige: string;
  secretary: Actor;
}

/** Small deterministic PRNG (mulberry32): the same shape gives the same log, bar ids and server times. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decides a sequence of commands on one stream, folding as it goes, and keeps the events. */
class StreamWriter<C extends { type: string; data: unknown }> {
  private state: unknown;
  readonly events: NewEvent[] = [];

  constructor(private readonly decider: Decider<C, { type: string; data: unknown }, unknown>) {
    this.state = decider.initialState();
  }

  send<T extends C['type']>(type: T, data: Extract<C, { type: T }>['data'], actor: Actor, now: string): void {
    const metadata = { actor, now, recordedAt: now };
    const command = { type, data, metadata } as unknown as C;
    const decided = this.decider.decide(command, this.state);
    const commandId = randomUUID();
    for (const event of decided) {
      this.state = this.decider.evolve(this.state, event);
      this.events.push({
        id: randomUUID(),
        type: event.type,
        data: event.data as JsonValue,
        metadata: {
          actor: actor.personId,
          occurredAt: now,
          correlationId: commandId,
          causationId: commandId,
          commandType: type,
        },
      });
    }
  }
}

const at = (year: number, month: number, day: number, hour = 9) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;

export function* realisticLog(shape: LogShape): Generator<StreamAppend> {
  const rnd = random(shape.seed ?? 4711);
  const fullmaktige = shape.fullmaktige ?? RF;
  const org: Organisation = {
    organs: shape.organs ?? ORGANS,
    fullmaktige,
    secretary: secretaryOf(fullmaktige),
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
  for (let y = shape.firstYear; y < shape.firstYear + shape.years; y++) {
    // Interleave the two kinds so that any stretch of the log has both, as in real use.
    const total = shape.uppdragPerYear + shape.delmalPerYear;
    let u = 0;
    let d = 0;
    for (let i = 0; i < total; i++) {
      const wantUppdrag = u * total < shape.uppdragPerYear * (i + 1);
      if (wantUppdrag && u < shape.uppdragPerYear) yield uppdragLife(org, y, u++, rnd, pick);
      else yield delmalLife(org, y, d++, shape.indikatorerPerDelmal, rnd, pick);
    }
  }
}

function uppdragLife(
  org: Organisation,
  year: number,
  n: number,
  rnd: () => number,
  pick: <T>(a: readonly T[]) => T,
): StreamAppend {
  const uppdragId = `${year}-${String(n).padStart(4, '0')}`;
  const w = new StreamWriter<UppdragCommand>(uppdragDecider as never);
  const recipients = [...new Set([pick(org.organs), ...(rnd() < 0.4 ? [pick(org.organs)] : [])])];
  const organ = recipients[0];
  const manad = rnd() < 0.6;
  let ansvarig: Actor = {
    personId: `person-${organ}-${Math.floor(rnd() * 40)}`,
    roles: ['officer'],
    organId: organ,
  };
  w.send(
    'RegisterUppdrag',
    {
      uppdragId,
      text: `Uppdrag ${uppdragId}: införa och följa upp åtgärd ${n} inom ${organ}`,
      riktasTill: recipients,
      samordnare: recipients.length > 1 ? recipients[0] : null,
      periodicitet: manad ? 'manad' : 'tertial',
      slutdatum: `${year}-12-31`,
      ansvarigPersonId: ansvarig.personId,
      origin: {
        givenBy: org.fullmaktige,
        kind: 'fullmaktige',
        beslutsdatum: `${year - 1}-11-22`,
        diarienummer: `RS ${year - 1}/${n}`,
        planYear: year,
      },
    },
    org.secretary,
    at(year, 1, 16),
  );
  const withdrawAt = rnd() < 0.04 ? 3 + Math.floor(rnd() * 6) : 99;
  const extended = rnd() < 0.15;
  const months = extended ? 18 : 12;
  for (let m = 1; m <= months; m++) {
    const py = year + Math.floor((m - 1) / 12);
    const pm = ((m - 1) % 12) + 1;
    const [ry, rm] = pm === 12 ? [py + 1, 1] : [py, pm + 1];
    if (m === withdrawAt) {
      w.send(
        'WithdrawUppdrag',
        { uppdragId, reason: 'Inte längre aktuellt efter omorganisation' },
        org.secretary,
        at(py, pm, 20),
      );
      return { stream: uppdragStream(uppdragId), events: w.events };
    }
    if (m === 6 && rnd() < 0.03) {
      const next: Actor = { ...ansvarig, personId: `person-${organ}-${40 + Math.floor(rnd() * 10)}` };
      w.send(
        'ChangeUppdragAnsvarig',
        { uppdragId, ansvarigPersonId: next.personId },
        org.secretary,
        at(py, pm, 10),
      );
      ansvarig = next;
    }
    if (m === 12 && extended) {
      const reason = 'Beredningen behöver förlänga rapporteringen ett halvår framåt';
      w.send(
        'ExtendUppdragSlutdatum',
        { uppdragId, slutdatum: `${year + 1}-06-30`, reason },
        org.secretary,
        at(py, 12, 1),
      );
    }
    const due = manad ? true : pm % 4 === 0;
    if (!due || rnd() < 0.05) continue; // a missing report: what the period table marks "ej rapporterad"
    const period = manad ? `${py}-${String(pm).padStart(2, '0')}` : `${py}-T${pm / 4}`;
    const status = m === 1 ? 'ej_paborjad' : pick(UPPDRAG_STATUSES.slice(1));
    const kommentar = `Rapport för ${period}: arbetet fortskrider, ${Math.floor(rnd() * 100)} procent av delmomenten klara.`;
    w.send('ReportUppdragStatus', { uppdragId, period, status, kommentar }, ansvarig, at(ry, rm, 5));
    if (rnd() < 0.08) {
      const corrected = { status: pick(UPPDRAG_STATUSES.slice(1)), kommentar: `${kommentar} Rättad siffra.` };
      w.send(
        'CorrectUppdragReport',
        { uppdragId, period, ...corrected, reason: 'Fel siffra i första rapporten' },
        ansvarig,
        at(ry, rm, 8),
      );
    }
  }
  const [cy, cm] = extended ? [year + 1, 7] : [year + 1, 1];
  w.send(
    'CloseUppdrag',
    { uppdragId, kommentar: 'Uppdraget är genomfört och avslutas.' },
    org.secretary,
    at(cy, cm, 20),
  );
  return { stream: uppdragStream(uppdragId), events: w.events };
}

function delmalLife(
  org: Organisation,
  year: number,
  n: number,
  indikatorer: number,
  rnd: () => number,
  pick: <T>(a: readonly T[]) => T,
): StreamAppend {
  const delmalId = `${year}-${String(n).padStart(4, '0')}`;
  const organId = pick(org.organs);
  const secretary: Actor = { personId: `person-${organId}-sekreterare`, roles: ['secretary'], organId };
  const officer: Actor = {
    personId: `person-${organId}-${Math.floor(rnd() * 40)}`,
    roles: ['officer'],
    organId,
  };
  const w = new StreamWriter<DelmalCommand>(delmalDecider as never);
  const regionmal = { id: `rm-${1 + (n % 12)}`, namn: `Regionmål ${1 + (n % 12)}` };
  w.send(
    'DefineDelmal',
    { delmalId, organId, planYear: year, regionmal, text: `Delmål ${delmalId} för ${organId}` },
    secretary,
    at(year, 2, 1),
  );
  const malvarden: number[] = [];
  for (let i = 0; i < indikatorer; i++) {
    const malvarde = 50 + Math.floor(rnd() * 950);
    malvarden.push(malvarde);
    w.send(
      'AddIndikator',
      {
        delmalId,
        indikatorId: `ind-${i}`,
        namn: `Indikator ${i} för ${delmalId}`,
        enhet: 'antal',
        baseline: { year: year - 2, value: Math.floor(malvarde * 0.8) },
        malvarde: rnd() < 0.05 ? null : malvarde,
        riktning: rnd() < 0.3 ? 'lower_is_better' : 'higher_is_better',
      },
      secretary,
      at(year, 2, 2),
    );
  }
  for (let m = 1; m <= 12; m++) {
    const [ry, rm] = m === 12 ? [year + 1, 1] : [year, m + 1];
    const period = `${year}-${String(m).padStart(2, '0')}`;
    for (let i = 0; i < indikatorer; i++) {
      if (m === 6 && rnd() < 0.02) {
        const reason = 'Nämnden har beslutat ett nytt målvärde';
        w.send(
          'ChangeIndikatorMalvarde',
          { delmalId, indikatorId: `ind-${i}`, malvarde: malvarden[i] + 10, reason },
          secretary,
          at(year, 6, 1),
        );
      }
      const utfall = rnd() < 0.04 ? null : Math.round(malvarden[i] * (0.6 + rnd() * 0.6));
      w.send(
        'RecordIndikatorUtfall',
        { delmalId, indikatorId: `ind-${i}`, period, utfall },
        officer,
        at(ry, rm, 10),
      );
      if (rnd() < 0.04) {
        const reason = 'Utfallet var felräknat';
        w.send(
          'CorrectIndikatorUtfall',
          { delmalId, indikatorId: `ind-${i}`, period, utfall: (utfall ?? 0) + 7, reason },
          officer,
          at(ry, rm, 12),
        );
      }
    }
    if (m % 4 === 0) {
      const bedomning = pick(['helt', 'delvis', 'inte'] as const);
      const kommentar = `Bedömning för ${year}-T${m / 4}: målet uppfylls ${bedomning}.`;
      const data = {
        delmalId,
        period: `${year}-T${m / 4}`,
        bedomning,
        prognos: pick(['helt', 'delvis', 'inte'] as const),
        kommentar,
      };
      w.send('AssessDelmal', data, secretary, at(ry, rm, 15));
      if (rnd() < 0.05) {
        w.send(
          'CorrectDelmalAssessment',
          { ...data, bedomning: 'delvis', reason: 'Omprövad efter dialog' },
          secretary,
          at(ry, rm, 18),
        );
      }
    }
  }
  w.send('CloseDelmal', { delmalId, kommentar: 'Planåret är slut.' }, secretary, at(year + 1, 2, 1));
  return { stream: delmalStream(delmalId), events: w.events };
}

/** Appends with several writers at once (the store commits them together); returns the event count. */
export async function appendLog(
  store: EventStore,
  appends: Iterable<StreamAppend>,
  options: { writers?: number; limit?: number } = {},
): Promise<number> {
  const iterator = appends[Symbol.iterator]();
  let count = 0;
  const writer = async () => {
    for (;;) {
      if (options.limit !== undefined && count >= options.limit) return;
      const next = iterator.next();
      if (next.done) return;
      count += next.value.events.length;
      await store.appendToStream(next.value.stream, next.value.events, { expectedRevision: 'no_stream' });
    }
  };
  await Promise.all(Array.from({ length: options.writers ?? 8 }, writer));
  return count;
}
