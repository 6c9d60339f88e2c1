/**
 * Every uppdrag, delmål and fastställande command's use case by its type: what an adapter that receives commands as
 * data (the import's command files and sheets) runs, so it decides exactly as the API does. `stream`
 * names the stream a command writes, or null when its data names no id to route it by.
 */
import {
  type DelmalCommandType,
  delmalStream,
  type FaststallelseCommand,
  faststallelseStream,
  formatPeriod,
  parsePeriod,
  type UppdragCommandType,
  uppdragStream,
} from '@sparbar/domain';
import { addIndikator } from './delmal/add-indikator';
import { assessDelmal } from './delmal/assess-delmal';
import { changeIndikatorMalvarde } from './delmal/change-indikator-malvarde';
import { closeDelmal } from './delmal/close-delmal';
import { correctDelmalAssessment } from './delmal/correct-delmal-assessment';
import { correctIndikatorUtfall } from './delmal/correct-indikator-utfall';
import { defineDelmal } from './delmal/define-delmal';
import { recordIndikatorUtfall } from './delmal/record-indikator-utfall';
import { adoptPeriodReport } from './faststallelse/adopt-period-report';
import { recordPeriodReportHandling } from './faststallelse/record-period-report-handling';
import { changeUppdragAnsvarig } from './uppdrag/change-uppdrag-ansvarig';
import { changeUppdragPeriodicitet } from './uppdrag/change-uppdrag-periodicitet';
import { closeUppdrag } from './uppdrag/close-uppdrag';
import { closeUppdragPart } from './uppdrag/close-uppdrag-part';
import { correctUppdragReport } from './uppdrag/correct-uppdrag-report';
import { extendUppdragSlutdatum } from './uppdrag/extend-uppdrag-slutdatum';
import { registerUppdrag } from './uppdrag/register-uppdrag';
import { reportUppdragStatus } from './uppdrag/report-uppdrag-status';
import { withdrawUppdrag } from './uppdrag/withdraw-uppdrag';
import { type Application, type WriteContext, type Written } from './write/application';

export type CommandType = UppdragCommandType | DelmalCommandType | FaststallelseCommand['type'];

/** A use case taking its command's data as it came; the decider refuses data of the wrong shape. */
export interface UseCaseByType {
  stream(data: Readonly<Record<string, unknown>>): string | null;
  run(
    app: Application,
    data: Readonly<Record<string, unknown>>,
    write: WriteContext,
  ): Promise<Written<unknown>>;
}

type UseCase<I> = (app: Application, input: I, write: WriteContext) => Promise<Written<unknown>>;

const onUppdrag = <I>(useCase: UseCase<I>): UseCaseByType => ({
  stream: ({ uppdragId }) => (typeof uppdragId === 'string' ? uppdragStream(uppdragId) : null),
  run: (app, data, write) => useCase(app, data as I, write),
});

const onDelmal = <I>(useCase: UseCase<I>): UseCaseByType => ({
  stream: ({ delmalId }) => (typeof delmalId === 'string' ? delmalStream(delmalId) : null),
  run: (app, data, write) => useCase(app, data as I, write),
});

/** An adoption's stream is named by its organ and period (history of meetings, imported). */
const onFaststallelse = <I>(useCase: UseCase<I>): UseCaseByType => ({
  stream: ({ organId, period }) => {
    const parsed = parsePeriod(period);
    return typeof organId === 'string' && parsed ? faststallelseStream(organId, formatPeriod(parsed)) : null;
  },
  run: (app, data, write) => useCase(app, data as I, write),
});

export const COMMANDS_BY_TYPE: Readonly<Record<CommandType, UseCaseByType>> = {
  RegisterUppdrag: onUppdrag(registerUppdrag),
  ChangeUppdragAnsvarig: onUppdrag(changeUppdragAnsvarig),
  ChangeUppdragPeriodicitet: onUppdrag(changeUppdragPeriodicitet),
  ExtendUppdragSlutdatum: onUppdrag(extendUppdragSlutdatum),
  ReportUppdragStatus: onUppdrag(reportUppdragStatus),
  CorrectUppdragReport: onUppdrag(correctUppdragReport),
  CloseUppdrag: onUppdrag(closeUppdrag),
  CloseUppdragPart: onUppdrag(closeUppdragPart),
  WithdrawUppdrag: onUppdrag(withdrawUppdrag),
  DefineDelmal: onDelmal(defineDelmal),
  AddIndikator: onDelmal(addIndikator),
  ChangeIndikatorMalvarde: onDelmal(changeIndikatorMalvarde),
  RecordIndikatorUtfall: onDelmal(recordIndikatorUtfall),
  CorrectIndikatorUtfall: onDelmal(correctIndikatorUtfall),
  AssessDelmal: onDelmal(assessDelmal),
  CorrectDelmalAssessment: onDelmal(correctDelmalAssessment),
  CloseDelmal: onDelmal(closeDelmal),
  AdoptPeriodReport: onFaststallelse(adoptPeriodReport),
  RecordPeriodReportHandling: onFaststallelse(recordPeriodReportHandling),
};

/** The use case of a command type, or undefined for a type that has none (`toString` included). */
export function useCaseOf(type: string): UseCaseByType | undefined {
  return Object.hasOwn(COMMANDS_BY_TYPE, type) ? COMMANDS_BY_TYPE[type as CommandType] : undefined;
}
