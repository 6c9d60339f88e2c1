import { type Actor } from '../access/roles';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN, PERSON } from '../testing/fixtures';
import { type UppdragCommand } from './uppdrag.commands';
import { uppdragDecider } from './uppdrag.decider';
import { type UppdragEvent } from './uppdrag.events';
import { inkopAprilReported, inkopRegistered, onInkop, registerInkop } from './uppdrag.spec-fixtures';

const given = deciderSpec(uppdragDecider);

/** Each command with a history in which it would succeed for someone allowed to send it. */
const scenarios: Record<string, (actor: Actor) => { history: UppdragEvent[]; command: UppdragCommand }> = {
  register: (actor) => ({
    history: [],
    command: { ...registerInkop(), metadata: { ...registerInkop().metadata, actor } },
  }),
  'change ansvarig': (actor) => ({
    history: [inkopRegistered],
    command: onInkop('ChangeUppdragAnsvarig', { ansvarigPersonId: PERSON.sara }, actor),
  }),
  'change periodicitet': (actor) => ({
    history: [inkopRegistered],
    command: onInkop('ChangeUppdragPeriodicitet', { periodicitet: 'tertial' }, actor),
  }),
  'extend slutdatum': (actor) => ({
    history: [inkopRegistered],
    command: onInkop(
      'ExtendUppdragSlutdatum',
      { slutdatum: '2024-06-30', reason: 'Försenad upphandling.' },
      actor,
    ),
  }),
  report: (actor) => ({
    history: [inkopRegistered],
    command: onInkop(
      'ReportUppdragStatus',
      { period: '2023-04', status: 'pagaende_enligt_plan', kommentar: 'Pågår.' },
      actor,
    ),
  }),
  correct: (actor) => ({
    history: [inkopRegistered, inkopAprilReported],
    command: onInkop(
      'CorrectUppdragReport',
      {
        period: '2023-04',
        status: 'pagaende_delvis_enligt_plan',
        kommentar: 'Pågår delvis.',
        reason: 'Fel status.',
      },
      actor,
    ),
  }),
  close: (actor) => ({
    history: [inkopRegistered],
    command: onInkop('CloseUppdrag', { kommentar: 'Klart.' }, actor),
  }),
  withdraw: (actor) => ({
    history: [inkopRegistered],
    command: onInkop('WithdrawUppdrag', { reason: 'Inte längre aktuellt.' }, actor),
  }),
};

const ALL = Object.keys(scenarios);
const REPORTING = ['report', 'correct'];
/** A recipient's secretary closes its own part of a joint uppdrag, never the whole (see the parts spec). */
const ALL_BUT_CLOSE = ALL.filter((name) => name !== 'close');

// The inköp uppdrag is given by regionfullmäktige to HSN and RS; Johan (RS) is ansvarig.
const matrix: [string, Actor, string[]][] = [
  ['the ansvarig officer', ACTOR.johanRs, REPORTING],
  [
    'the ansvarig officer, even when working in another organ',
    { ...ACTOR.johanRs, organId: ORGAN.RUN },
    REPORTING,
  ],
  ['an officer of a recipient nämnd (HSN)', ACTOR.saraHsn, REPORTING],
  ['an officer of an organ not involved (RUN)', ACTOR.elisabethRun, []],
  ['the secretary of a recipient (RS)', ACTOR.idaSekreterareRs, ALL_BUT_CLOSE],
  ['the secretary of a recipient (HSN)', ACTOR.mariaSekreterareHsn, ALL_BUT_CLOSE],
  ['the secretary of the giving organ (regionfullmäktige)', ACTOR.sekreterareRf, ALL],
  ['the secretary of an organ not involved (RUN)', ACTOR.sekreterareRun, []],
  ['a secretary without organ', { personId: 'person-x', roles: ['secretary'] }, []],
  ['the regiondirektör', ACTOR.direktor, ALL],
  ['an auditor (read-only)', ACTOR.revisor, []],
  ['an administrator (master data only)', ACTOR.admin, []],
  ['someone who may only import', ACTOR.onlyImporter, []],
  ['someone without roles', { personId: 'person-y', roles: [], organId: ORGAN.RS }, []],
];

describe('who may do what on an uppdrag', () => {
  describe.each(matrix)('%s', (_who, actor, allowed) => {
    it.each(ALL)('%s', (name) => {
      const { history, command } = scenarios[name](actor);
      if (allowed.includes(name)) {
        const events = uppdragDecider.decide(command, fold(uppdragDecider, history));
        expect(events.length).toBeGreaterThan(0);
      } else {
        given(history).when(command).thenThrows('FORBIDDEN', { message: 'Du har inte behörighet att' });
      }
    });
  });

  it('checks permission before content, so a refused person learns nothing from validation', () => {
    const { history, command } = scenarios.report(ACTOR.revisor);
    given(history)
      .when({ ...command, data: { ...command.data, period: 'nonsens' } } as UppdragCommand)
      .thenThrows('FORBIDDEN');
  });
});

describe('business time on uppdrag commands', () => {
  const MAY_2023 = '2023-05-03T09:30:00+02:00';
  const MARCH_2025 = '2025-03-10T14:00:00+01:00';
  const reportApril = (actor: Actor, now: string, recordedAt: string) => ({
    ...onInkop('ReportUppdragStatus', {
      period: '2023-04',
      status: 'pagaende_enligt_plan',
      kommentar: 'Pågår.',
    }),
    metadata: meta(actor, now, recordedAt),
  });

  it('lets an importer migrate a report written in May 2023 with its original business time', () => {
    given([inkopRegistered])
      .when(reportApril(ACTOR.migrering, MAY_2023, MARCH_2025))
      .then([{ type: 'UppdragStatusReported', data: { ...inkopAprilReported.data, kommentar: 'Pågår.' } }]);
  });

  it('judges "has the period begun" by business time, not by the time of import', () => {
    const command = reportApril(ACTOR.migrering, MAY_2023, MARCH_2025);
    given([inkopRegistered])
      .when({ ...command, data: { ...command.data, period: '2023-06' } })
      .thenThrows('PERIOD_NOT_STARTED');
  });

  it('refuses a backdated report from anyone without the importer role', () => {
    given([inkopRegistered])
      .when(reportApril(ACTOR.johanRs, MAY_2023, MARCH_2025))
      .thenThrows('BACKDATING_NOT_ALLOWED', { field: 'metadata.now' });
  });

  it('refuses a business time ahead of the server, even for an importer', () => {
    given([inkopRegistered])
      .when(reportApril(ACTOR.migrering, MARCH_2025, MAY_2023))
      .thenThrows('BUSINESS_TIME_IN_FUTURE', { field: 'metadata.now' });
  });

  it('does not let the importer role alone act', () => {
    given([inkopRegistered])
      .when(reportApril(ACTOR.onlyImporter, MAY_2023, MARCH_2025))
      .thenThrows('FORBIDDEN');
  });
});
