/**
 * The delmål's decider: defining a delmål in a nämnd's plan, and closing it. Indikatorer are decided in
 * delmal.indikatorer.ts, the nämnd's own bedömning in delmal.assessment.ts.
 *
 * Order of checks, as for uppdrag: command shape and times, existence, permission, still open, then
 * the command's own rules.
 */
import { authorize, type DelmalAction, mayActOnDelmal } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { type Actor } from '../access/roles';
import { withBusinessTime } from '../shared/business-time';
import { type Decider } from '../shared/decider';
import {
  optionalText,
  requireId,
  requireObject,
  requirePlanYear,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import { assessDelmal, correctDelmalAssessment } from './delmal.assessment';
import { type DefineDelmal, type DelmalCommand } from './delmal.commands';
import { delmalErrors } from './delmal.errors';
import { type DelmalEvent } from './delmal.events';
import {
  addIndikator,
  changeIndikatorMalvarde,
  correctIndikatorUtfall,
  recordIndikatorUtfall,
} from './delmal.indikatorer';
import { type Delmal, type DelmalState, evolveDelmal, initialDelmalState } from './delmal.state';

export function decideDelmal(command: DelmalCommand, state: DelmalState): DelmalEvent[] {
  checkCommand(command);
  if (command.type === 'DefineDelmal') return define(command, state);
  if (!state.exists) throw delmalErrors.notFound();
  const { actor } = command.metadata;
  switch (command.type) {
    case 'AddIndikator':
      return addIndikator(command, open(state, actor, 'maintain', 'lägga till indikatorer på delmålet'));
    case 'ChangeIndikatorMalvarde':
      return changeIndikatorMalvarde(command, open(state, actor, 'maintain', 'ändra indikatorns målvärde'));
    case 'RecordIndikatorUtfall':
      return recordIndikatorUtfall(command, open(state, actor, 'report', 'registrera utfall på delmålet'));
    case 'CorrectIndikatorUtfall':
      return correctIndikatorUtfall(command, open(state, actor, 'report', 'rätta utfall på delmålet'));
    case 'AssessDelmal':
      return assessDelmal(command, open(state, actor, 'report', 'bedöma delmålet'));
    case 'CorrectDelmalAssessment':
      return correctDelmalAssessment(command, open(state, actor, 'report', 'rätta bedömningen av delmålet'));
    case 'CloseDelmal': {
      const delmal = open(state, actor, 'maintain', 'avsluta delmålet');
      const kommentar = optionalText(
        command.data.kommentar,
        'data.kommentar',
        'Kommentaren',
        TEXT_LIMITS.kommentar,
      );
      return [{ type: 'DelmalClosed', data: { delmalId: delmal.delmalId, kommentar } }];
    }
  }
}

function open(delmal: Delmal, actor: Actor, action: DelmalAction, what: string): Delmal {
  authorize(mayActOnDelmal(actor, action, delmal), what);
  if (delmal.closed) throw delmalErrors.closed();
  return delmal;
}

function define({ data, metadata }: DefineDelmal, state: DelmalState): DelmalEvent[] {
  if (state.exists) throw delmalErrors.alreadyDefined();
  const organId = requireId(data.organId, 'data.organId', 'Nämnden');
  authorize(mayActOnDelmal(metadata.actor, 'define', { organId }), 'lägga delmål i en annan nämnds plan');
  const regionmal = requireObject(data.regionmal, 'data.regionmal', 'Regionmålet');
  return [
    {
      type: 'DelmalDefined',
      data: {
        delmalId: requireId(data.delmalId, 'data.delmalId', 'Delmålet'),
        organId,
        planYear: requirePlanYear(data.planYear, 'data.planYear'),
        regionmal: {
          id: requireId(regionmal.id, 'data.regionmal.id', 'Regionmålet'),
          namn: requireText(
            regionmal.namn,
            'data.regionmal.namn',
            'Regionmålets namn',
            TEXT_LIMITS.regionmalNamn,
          ),
        },
        text: requireText(data.text, 'data.text', 'Delmålets text', TEXT_LIMITS.delmalText),
      },
    },
  ];
}

/**
 * Business time never runs backwards (shared/business-time.ts); a correction of an utfall or a bedömning
 * may be dated back, not before what it corrects.
 */
export const delmalDecider = withBusinessTime(
  { initialState: initialDelmalState, evolve: evolveDelmal, decide: decideDelmal } satisfies Decider<
    DelmalCommand,
    DelmalEvent,
    DelmalState
  >,
  {
    subjectOf: (e) => {
      if (e.type === 'IndikatorUtfallRecorded' || e.type === 'IndikatorUtfallCorrected')
        return `utfall ${e.data.indikatorId} ${e.data.period}`;
      if (e.type === 'DelmalAssessed' || e.type === 'DelmalAssessmentCorrected')
        return `bedömning ${e.data.period}`;
      return null;
    },
    corrections: ['IndikatorUtfallCorrected', 'DelmalAssessmentCorrected'],
  },
);
