/**
 * A joint uppdrag: "Kartlägga och optimera samverkans- och mötesstrukturer", directed to RS, HSN, RUN and
 * folkhögskolestyrelsen with regionstyrelsen as samordnare, reported per tertial (seed 002).
 */
import { type Actor } from '../access/roles';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { type UppdragCommand } from './uppdrag.commands';
import { uppdragDecider } from './uppdrag.decider';
import { type UppdragEvent } from './uppdrag.events';
import { ALL_PARTS_CLOSED_KOMMENTAR, partsOwing, periodsFullyReported } from './uppdrag.parts';
import { type Uppdrag } from './uppdrag.state';
import { SAMVERKAN, samverkanRegistered } from './uppdrag.spec-fixtures';

const given = deciderSpec(uppdragDecider);

const HSN_T1 = 'Inom hälso- och sjukvårdsförvaltningen har 75 procent kommit igång med kartläggningen.';
const RS_T1 = 'För regionstyrelsens förvaltning har 40 procent kommit igång.';
const JOINT_T1 = 'Arbetet har startat: 75 procent (HSN), 40 procent (RS) och 67 procent (RUN).';

function on(
  type: Exclude<UppdragCommand['type'], 'RegisterUppdrag'>,
  data: Record<string, unknown>,
  actor: Actor,
): UppdragCommand {
  return { type, data: { uppdragId: SAMVERKAN, ...data }, metadata: meta(actor) } as UppdragCommand;
}

const report = (actor: Actor, organId: string | null | undefined, kommentar: string, period = '2023-T1') =>
  on('ReportUppdragStatus', { period, status: 'pagaende_enligt_plan', kommentar, organId }, actor);

const reported = (organId: string | null, kommentar: string, period = '2023-T1'): UppdragEvent => ({
  type: 'UppdragStatusReported',
  data: {
    uppdragId: SAMVERKAN,
    period,
    status: 'pagaende_enligt_plan',
    kommentar,
    ...(organId === null ? {} : { organId }),
  },
});

const closePart = (actor: Actor, organId: string, kommentar = 'Vår del är klar.') =>
  on('CloseUppdragPart', { organId, kommentar }, actor);

const partClosed = (organId: string, kommentar = 'Vår del är klar.'): UppdragEvent => ({
  type: 'UppdragPartClosed',
  data: { uppdragId: SAMVERKAN, organId, kommentar },
});

/** The same uppdrag directed to HSN alone: no parts. */
const onlyHsn: UppdragEvent = {
  ...samverkanRegistered,
  data: { ...samverkanRegistered.data, riktasTill: [ORGAN.HSN], samordnare: null },
};

const state = (events: UppdragEvent[]) => fold(uppdragDecider, events) as Uppdrag;

describe('each recipient of a joint uppdrag reports its own part', () => {
  it("records HSN's report as HSN's part", () => {
    given([samverkanRegistered])
      .when(report(ACTOR.saraHsn, ORGAN.HSN, HSN_T1))
      .then([reported(ORGAN.HSN, HSN_T1)]);
  });

  it('lets HSN and RS report the same period differently, each part kept apart from the joint report', () => {
    const history = [samverkanRegistered, reported(ORGAN.HSN, HSN_T1)];
    given(history)
      .when(report(ACTOR.johanRs, ORGAN.RS, RS_T1))
      .then([reported(ORGAN.RS, RS_T1)]);
    const after = state([...history, reported(ORGAN.RS, RS_T1), reported(null, JOINT_T1)]);
    expect(after.parts[ORGAN.HSN].reports['2023-T1'].kommentar).toBe(HSN_T1);
    expect(after.parts[ORGAN.RS].reports['2023-T1'].kommentar).toBe(RS_T1);
    expect(after.parts[ORGAN.RUN].reports).toEqual({});
    expect(after.reports['2023-T1'].kommentar).toBe(JOINT_T1);
  });

  it('refuses a second report of the same part and period, but not of another part', () => {
    const history = [samverkanRegistered, reported(ORGAN.HSN, HSN_T1)];
    given(history)
      .when(report(ACTOR.mariaSekreterareHsn, ORGAN.HSN, 'Igen.'))
      .thenThrows('PERIOD_ALREADY_REPORTED', { field: 'data.period' });
    given(history)
      .when(report(ACTOR.idaSekreterareRs, null, JOINT_T1))
      .then([reported(null, JOINT_T1)]);
  });

  it('corrects one part and leaves the others as they were', () => {
    const command = on(
      'CorrectUppdragReport',
      {
        period: '2023-T1',
        status: 'pagaende_delvis_enligt_plan',
        kommentar: 'Endast 60 procent har kommit igång.',
        reason: 'Siffran var fel.',
        organId: ORGAN.HSN,
      },
      ACTOR.saraHsn,
    );
    const history = [samverkanRegistered, reported(ORGAN.HSN, HSN_T1), reported(ORGAN.RS, RS_T1)];
    const [corrected] = given(history)
      .when(command)
      .then([
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: SAMVERKAN,
            period: '2023-T1',
            from: { status: 'pagaende_enligt_plan', kommentar: HSN_T1 },
            to: { status: 'pagaende_delvis_enligt_plan', kommentar: 'Endast 60 procent har kommit igång.' },
            reason: 'Siffran var fel.',
            organId: ORGAN.HSN,
          },
        },
      ]);
    const after = state([...history, corrected]);
    expect(after.parts[ORGAN.HSN].reports['2023-T1'].status).toBe('pagaende_delvis_enligt_plan');
    expect(after.parts[ORGAN.RS].reports['2023-T1'].kommentar).toBe(RS_T1);
  });

  it('refuses to correct a part that has no report for the period, even when another part has one', () => {
    const command = on(
      'CorrectUppdragReport',
      { period: '2023-T1', status: 'pagaende_enligt_plan', kommentar: 'x', reason: 'y', organId: ORGAN.RUN },
      ACTOR.elisabethRun,
    );
    given([samverkanRegistered, reported(ORGAN.HSN, HSN_T1)])
      .when(command)
      .thenThrows('NO_REPORT_FOR_PERIOD', { field: 'data.period' });
  });

  it('refuses, with a 400 naming organId, a report for an organ the uppdrag is not directed to', () => {
    given([samverkanRegistered])
      .when(report(ACTOR.direktor, ORGAN.KOMPETENS, 'x'))
      .thenThrows('ORGAN_NOT_A_RECIPIENT', { field: 'data.organId', message: 'riktas inte till' });
    given([samverkanRegistered])
      .when(report(ACTOR.direktor, 'inte ett id!', 'x'))
      .thenThrows('INVALID_ID', { field: 'data.organId' });
  });

  it("refuses an organ reporting another recipient's part", () => {
    given([samverkanRegistered])
      .when(report(ACTOR.saraHsn, ORGAN.RS, 'x'))
      .thenThrows('FORBIDDEN', { message: 'varje mottagare rapporterar sin egen del' });
  });
});

describe('who writes the joint report', () => {
  it.each([
    ['the samordnare’s officer (RS)', ACTOR.johanRs],
    ['the samordnare’s secretary (RS)', ACTOR.idaSekreterareRs],
    [
      'the ansvarig (Ida)',
      { ...ACTOR.idaSekreterareRs, roles: ['officer'] as const, organId: ORGAN.KOMPETENS },
    ],
    ['the giving organ’s secretary', ACTOR.sekreterareRf],
    ['the regiondirektör', ACTOR.direktor],
  ])('%s may', (_who, actor) => {
    given([samverkanRegistered])
      .when(report(actor, null, JOINT_T1))
      .then([reported(null, JOINT_T1)]);
  });

  it.each([
    ['an officer of another recipient (HSN)', ACTOR.saraHsn],
    ['the secretary of another recipient (HSN)', ACTOR.mariaSekreterareHsn],
  ])('%s may not, and is pointed to its own part', (_who, actor) => {
    given([samverkanRegistered])
      .when(report(actor, undefined, JOINT_T1))
      .thenThrows('FORBIDDEN', { message: 'ert eget organs del (organId)' });
  });

  it('treats a report named for the only recipient as the uppdrag’s report', () => {
    given([onlyHsn])
      .when(report(ACTOR.saraHsn, ORGAN.HSN, HSN_T1))
      .then([reported(null, HSN_T1)]);
  });
});

describe('reports written before parts existed', () => {
  it('fold as the joint report: an event without organ is the uppdrag’s report, as it always was', () => {
    const old: UppdragEvent = {
      type: 'UppdragStatusReported',
      data: { uppdragId: SAMVERKAN, period: '2023-T1', status: 'pagaende_enligt_plan', kommentar: JOINT_T1 },
    };
    const after = state([samverkanRegistered, old]);
    expect(after.reports['2023-T1'].kommentar).toBe(JOINT_T1);
    expect(Object.values(after.parts).every((part) => Object.keys(part.reports).length === 0)).toBe(true);
    given([samverkanRegistered, old])
      .when(report(ACTOR.idaSekreterareRs, null, 'Igen.'))
      .thenThrows('PERIOD_ALREADY_REPORTED');
    given([samverkanRegistered, old])
      .when(report(ACTOR.saraHsn, ORGAN.HSN, HSN_T1))
      .then([reported(ORGAN.HSN, HSN_T1)]);
  });
});

describe('closing one part', () => {
  it('closes HSN’s part with its final comment while RS goes on reporting', () => {
    given([samverkanRegistered])
      .when(closePart(ACTOR.mariaSekreterareHsn, ORGAN.HSN))
      .then([partClosed(ORGAN.HSN)]);
    const history = [samverkanRegistered, partClosed(ORGAN.HSN)];
    expect(state(history).lifecycle).toBe('aktivt');
    given(history)
      .when(report(ACTOR.johanRs, ORGAN.RS, RS_T1))
      .then([reported(ORGAN.RS, RS_T1)]);
    given(history)
      .when(report(ACTOR.idaSekreterareRs, null, JOINT_T1))
      .then([reported(null, JOINT_T1)]);
  });

  it('refuses further reports, corrections and a second close of a closed part', () => {
    const history = [samverkanRegistered, reported(ORGAN.HSN, HSN_T1), partClosed(ORGAN.HSN)];
    given(history)
      .when(report(ACTOR.saraHsn, ORGAN.HSN, 'x', '2023-T2'))
      .thenThrows('UPPDRAG_PART_CLOSED', { field: 'data.organId' });
    const correction = on(
      'CorrectUppdragReport',
      { period: '2023-T1', status: 'pagaende_enligt_plan', kommentar: 'x', reason: 'y', organId: ORGAN.HSN },
      ACTOR.saraHsn,
    );
    given(history).when(correction).thenThrows('UPPDRAG_PART_CLOSED');
    given(history).when(closePart(ACTOR.mariaSekreterareHsn, ORGAN.HSN)).thenThrows('UPPDRAG_PART_CLOSED');
  });

  it('ends the whole uppdrag when the last open part is closed', () => {
    const history = [samverkanRegistered, partClosed(ORGAN.RS), partClosed(ORGAN.HSN), partClosed(ORGAN.RUN)];
    const events = given(history)
      .when(closePart(ACTOR.direktor, ORGAN.FHS))
      .then([
        partClosed(ORGAN.FHS),
        { type: 'UppdragClosed', data: { uppdragId: SAMVERKAN, kommentar: ALL_PARTS_CLOSED_KOMMENTAR } },
      ]);
    expect(state([...history, ...events]).lifecycle).toBe('avslutat');
  });

  it('is for the organ’s own people: another recipient may not close it, nor an organ not addressed', () => {
    given([samverkanRegistered])
      .when(closePart(ACTOR.idaSekreterareRs, ORGAN.HSN))
      .thenThrows('FORBIDDEN', { message: 'avsluta delen för hsn' });
    given([samverkanRegistered])
      .when(closePart(ACTOR.direktor, ORGAN.KOMPETENS))
      .thenThrows('ORGAN_NOT_A_RECIPIENT', { field: 'data.organId' });
    given([samverkanRegistered])
      .when(closePart(ACTOR.mariaSekreterareHsn, ORGAN.HSN, ' '))
      .thenThrows('TEXT_REQUIRED', { field: 'data.kommentar' });
  });

  it('closes an uppdrag with a single recipient as a whole: its part is the uppdrag', () => {
    given([onlyHsn])
      .when(closePart(ACTOR.mariaSekreterareHsn, ORGAN.HSN, 'Klart.'))
      .then([{ type: 'UppdragClosed', data: { uppdragId: SAMVERKAN, kommentar: 'Klart.' } }]);
  });
});

describe('closing the whole joint uppdrag', () => {
  const close = (actor: Actor) => on('CloseUppdrag', { kommentar: 'Strukturerna är optimerade.' }, actor);
  const closed: UppdragEvent = {
    type: 'UppdragClosed',
    data: { uppdragId: SAMVERKAN, kommentar: 'Strukturerna är optimerade.' },
  };

  it.each([
    ['the samordnare’s secretary', ACTOR.idaSekreterareRs],
    ['the giving organ’s secretary', ACTOR.sekreterareRf],
    ['the regiondirektör', ACTOR.direktor],
  ])('%s may, ending every part still open', (_who, actor) => {
    given([samverkanRegistered, partClosed(ORGAN.HSN)])
      .when(close(actor))
      .then([closed]);
    given([samverkanRegistered, closed])
      .when(report(ACTOR.elisabethRun, ORGAN.RUN, 'x'))
      .thenThrows('UPPDRAG_CLOSED');
  });

  it('a recipient’s secretary may not: HSN closing would close it for RS, RUN and the others', () => {
    given([samverkanRegistered])
      .when(close(ACTOR.mariaSekreterareHsn))
      .thenThrows('FORBIDDEN', { message: 'avsluta i stället ert eget organs del' });
  });
});

describe('which parts still owe a period (what reminders ask for)', () => {
  it('owes the open parts without a report of their own; a closed part owes nothing', () => {
    const uppdrag = state([samverkanRegistered, reported(ORGAN.HSN, HSN_T1), partClosed(ORGAN.FHS)]);
    expect(partsOwing(uppdrag, '2023-T1')).toEqual([ORGAN.RS, ORGAN.RUN]);
    expect(periodsFullyReported(uppdrag)).toEqual([]);
    const all = state([
      samverkanRegistered,
      reported(ORGAN.HSN, HSN_T1),
      reported(ORGAN.RS, RS_T1),
      reported(ORGAN.RUN, 'RUN: 67 procent.'),
      partClosed(ORGAN.FHS),
    ]);
    expect(partsOwing(all, '2023-T1')).toEqual([]);
    expect(periodsFullyReported(all)).toEqual(['2023-T1']);
  });

  it('lets a joint report stand for the parts while no part has been reported (as before parts existed)', () => {
    expect(partsOwing(state([samverkanRegistered]), '2023-T1')).toBeNull();
    expect(periodsFullyReported(state([samverkanRegistered, reported(null, JOINT_T1)]))).toEqual(['2023-T1']);
    expect(partsOwing(state([samverkanRegistered, reported(null, JOINT_T1)]), '2023-T1')).toEqual([]);
    const mixed = state([samverkanRegistered, reported(null, JOINT_T1), reported(ORGAN.HSN, HSN_T1)]);
    expect(partsOwing(mixed, '2023-T1')).toEqual([ORGAN.RS, ORGAN.RUN, ORGAN.FHS]);
  });

  it('has no parts on an uppdrag with one recipient', () => {
    expect(partsOwing(state([onlyHsn]), '2023-T1')).toBeNull();
  });
});
