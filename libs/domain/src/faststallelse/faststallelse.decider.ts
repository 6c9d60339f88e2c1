/**
 * A nämnd's report for a period, once adopted (fastställd). The secretary records the nämnd's decision:
 * meeting date, § and diarienummer. From then on the period is locked for that organ (see
 * faststallelse.lock.ts); regionstyrelsen and fullmäktige record that they received and handled it.
 *
 * Adopted once. A second adoption is refused unless it is a re-adoption: the nämnd adopted a corrected
 * report at a later meeting. It is then recorded with the adoption it replaces (`previous`), and the
 * lock refers to the latest. The same or an earlier meeting again is a mistake, refused as a conflict.
 *
 * Order of checks as in the other deciders: command shape and times, permission, input, state rules.
 */
import { authorize, mayAdoptPeriodReport, mayRecordPeriodReportHandling } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { lastDayOf } from '../period/period.calendar';
import { formatPeriod, requirePeriod } from '../period/period';
import { businessDateOf } from '../shared/dates';
import { NO_CORRECTIONS, withBusinessTime } from '../shared/business-time';
import { type Decider } from '../shared/decider';
import {
  optionalText,
  requireDate,
  requireId,
  requireOneOf,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import {
  type AdoptPeriodReport,
  type FaststallelseCommand,
  type RecordPeriodReportHandling,
} from './faststallelse.commands';
import { faststallelseErrors } from './faststallelse.errors';
import { type FaststallelseEvent, HANDLING_BODIES, HANDLING_KINDS } from './faststallelse.events';
import {
  evolveFaststallelse,
  type FaststallelseState,
  initialFaststallelseState,
} from './faststallelse.state';

export function decideFaststallelse(
  command: FaststallelseCommand,
  state: FaststallelseState,
): FaststallelseEvent[] {
  checkCommand(command);
  return command.type === 'AdoptPeriodReport' ? adopt(command, state) : recordHandling(command, state);
}

function adopt({ data, metadata }: AdoptPeriodReport, state: FaststallelseState): FaststallelseEvent[] {
  const organId = requireId(data.organId, 'data.organId', 'Organet');
  authorize(
    mayAdoptPeriodReport(metadata.actor, organId),
    'registrera nämndens fastställande; det gör nämndens sekreterare',
  );
  const period = requirePeriod(data.period);
  const meetingDate = requireDate(data.meetingDate, 'data.meetingDate', 'Sammanträdesdag');
  const today = businessDateOf(metadata.now);
  if (meetingDate > today) throw faststallelseErrors.dateInFuture(meetingDate, today, 'data.meetingDate');
  const lastDay = lastDayOf(period);
  if (meetingDate <= lastDay) throw faststallelseErrors.beforePeriodEnd(period, lastDay);
  const paragraf = requireText(data.paragraf, 'data.paragraf', 'Paragraf', TEXT_LIMITS.paragraf);
  const diarienummer = optionalText(
    data.diarienummer,
    'data.diarienummer',
    'Diarienummer',
    TEXT_LIMITS.diarienummer,
  );
  const previous = state.adopted ? state.latest : null;
  if (previous !== null && meetingDate <= previous.meetingDate)
    throw faststallelseErrors.alreadyAdopted(previous);
  return [
    {
      type: 'PeriodReportAdopted',
      data: { organId, period: formatPeriod(period), meetingDate, paragraf, diarienummer, previous },
    },
  ];
}

function recordHandling(
  { data, metadata }: RecordPeriodReportHandling,
  state: FaststallelseState,
): FaststallelseEvent[] {
  const byOrganId = requireId(data.byOrganId, 'data.byOrganId', 'Det behandlande organet');
  authorize(
    mayRecordPeriodReportHandling(metadata.actor, byOrganId),
    'registrera behandlingen; det gör regionstyrelsens eller fullmäktiges sekreterare',
  );
  const organId = requireId(data.organId, 'data.organId', 'Organet');
  const period = formatPeriod(requirePeriod(data.period));
  const by = requireOneOf(data.by, HANDLING_BODIES, 'data.by', 'Behandlas av');
  const kind = requireOneOf(data.kind, HANDLING_KINDS, 'data.kind', 'Typ av behandling');
  const date = requireDate(data.date, 'data.date', 'Sammanträdesdag');
  const today = businessDateOf(metadata.now);
  if (date > today) throw faststallelseErrors.dateInFuture(date, today, 'data.date');
  const paragraf = requireText(data.paragraf, 'data.paragraf', 'Paragraf', TEXT_LIMITS.paragraf);
  if (!state.adopted) throw faststallelseErrors.notAdopted();
  if (date < state.latest.meetingDate)
    throw faststallelseErrors.handlingBeforeAdoption(date, state.latest.meetingDate);
  const same = state.handlings.some(
    (h) => h.by === by && h.kind === kind && h.date === date && h.paragraf === paragraf,
  );
  if (same) return [];
  return [
    { type: 'PeriodReportHandlingRecorded', data: { organId, period, by, byOrganId, kind, date, paragraf } },
  ];
}

/** Business time never runs backwards (shared/business-time.ts); nothing here is dated back. */
export const faststallelseDecider = withBusinessTime(
  {
    initialState: initialFaststallelseState,
    evolve: evolveFaststallelse,
    decide: decideFaststallelse,
  } satisfies Decider<FaststallelseCommand, FaststallelseEvent, FaststallelseState>,
  NO_CORRECTIONS,
);
