import { type Actor } from '../access/roles';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { type DelmalCommand } from './delmal.commands';
import { delmalDecider } from './delmal.decider';
import { type DelmalEvent } from './delmal.events';
import { klimatDefined, onKlimat, TJANSTERESOR, tjansteresorAdded } from './delmal.spec-fixtures';

const given = deciderSpec(delmalDecider);

const recordedT1: DelmalEvent = {
  type: 'IndikatorUtfallRecorded',
  data: {
    delmalId: klimatDefined.data.delmalId,
    indikatorId: TJANSTERESOR,
    period: '2023-T1',
    malvarde: 1010,
    riktning: 'lower_is_better',
    utfall: 1061,
    kvot: 0.9519,
    bedomning: 'delvis',
  },
};
const assessedT1: DelmalEvent = {
  type: 'DelmalAssessed',
  data: {
    delmalId: klimatDefined.data.delmalId,
    period: '2023-T1',
    bedomning: 'delvis',
    prognos: 'delvis',
    kommentar: 'Delvis.',
  },
};

const scenarios: Record<string, (actor: Actor) => { history: DelmalEvent[]; command: DelmalCommand }> = {
  define: (actor) => ({
    history: [],
    command: { type: 'DefineDelmal', data: { ...klimatDefined.data }, metadata: meta(actor) },
  }),
  'add indikator': (actor) => ({
    history: [klimatDefined],
    command: onKlimat(
      'AddIndikator',
      { indikatorId: 'indikator-energi', namn: 'Mängd köpt energi', riktning: 'lower_is_better' },
      actor,
    ),
  }),
  'change målvärde': (actor) => ({
    history: [klimatDefined, tjansteresorAdded],
    command: onKlimat(
      'ChangeIndikatorMalvarde',
      { indikatorId: TJANSTERESOR, malvarde: 1000, reason: 'Reviderad plan.' },
      actor,
    ),
  }),
  'record utfall': (actor) => ({
    history: [klimatDefined, tjansteresorAdded],
    command: onKlimat(
      'RecordIndikatorUtfall',
      { indikatorId: TJANSTERESOR, period: '2023-T1', utfall: 1061 },
      actor,
    ),
  }),
  'correct utfall': (actor) => ({
    history: [klimatDefined, tjansteresorAdded, recordedT1],
    command: onKlimat(
      'CorrectIndikatorUtfall',
      { indikatorId: TJANSTERESOR, period: '2023-T1', utfall: 1000, reason: 'Fel.' },
      actor,
    ),
  }),
  assess: (actor) => ({
    history: [klimatDefined],
    command: onKlimat(
      'AssessDelmal',
      { period: '2023-T1', bedomning: 'delvis', prognos: 'delvis', kommentar: 'Delvis.' },
      actor,
    ),
  }),
  'correct assessment': (actor) => ({
    history: [klimatDefined, assessedT1],
    command: onKlimat(
      'CorrectDelmalAssessment',
      { period: '2023-T1', bedomning: 'inte', prognos: 'delvis', kommentar: 'Inte.', reason: 'Fel.' },
      actor,
    ),
  }),
  close: (actor) => ({ history: [klimatDefined], command: onKlimat('CloseDelmal', {}, actor) }),
};

const ALL = Object.keys(scenarios);
const REPORTING = ['record utfall', 'correct utfall', 'assess', 'correct assessment'];

// The klimat delmål belongs to regionstyrelsen's plan.
const matrix: [string, Actor, string[]][] = [
  ['the secretary of the nämnd (RS)', ACTOR.idaSekreterareRs, ALL],
  ['an officer of the nämnd (RS)', ACTOR.johanRs, REPORTING],
  ['the secretary of another nämnd (HSN)', ACTOR.mariaSekreterareHsn, []],
  ['an officer of another nämnd (HSN)', ACTOR.saraHsn, []],
  ['the regiondirektör (reads, does not write a nämnd’s plan)', ACTOR.direktor, []],
  ['an auditor', ACTOR.revisor, []],
  ['an administrator', ACTOR.admin, []],
  ['someone who may only import, even with the organ', { ...ACTOR.onlyImporter, organId: ORGAN.RS }, []],
];

describe('who may do what on a delmål', () => {
  describe.each(matrix)('%s', (_who, actor, allowed) => {
    it.each(ALL)('%s', (name) => {
      const { history, command } = scenarios[name](actor);
      if (allowed.includes(name)) {
        expect(delmalDecider.decide(command, fold(delmalDecider, history)).length).toBeGreaterThan(0);
      } else {
        given(history).when(command).thenThrows('FORBIDDEN');
      }
    });
  });

  it('refuses a backdated utfall without the importer role, and accepts it with', () => {
    const { history, command } = scenarios['record utfall'](ACTOR.johanRs);
    const backdated = {
      ...command,
      metadata: meta(ACTOR.johanRs, '2023-05-03T09:30:00+02:00', '2025-01-10T08:00:00+01:00'),
    };
    given(history).when(backdated).thenThrows('BACKDATING_NOT_ALLOWED');
    const importer = { ...ACTOR.johanRs, roles: ['officer', 'importer'] as const };
    const imported = {
      ...command,
      metadata: meta(importer, '2023-05-03T09:30:00+02:00', '2025-01-10T08:00:00+01:00'),
    };
    expect(delmalDecider.decide(imported, fold(delmalDecider, history))).toHaveLength(1);
  });
});
