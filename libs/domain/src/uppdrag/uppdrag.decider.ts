/**
 * The uppdrag's decider: registration and the changes to an uppdrag's frame (ansvarig, periodicitet,
 * slutdatum, closing, withdrawal). The rules for reports live in uppdrag.reporting.ts, those of a joint
 * uppdrag's parts in uppdrag.parts.ts.
 *
 * When an uppdrag is Avslutad as a whole: with one recipient, when it is closed (CloseUppdrag, or that
 * recipient closing "its part"). Directed to several organs, each recipient closes its own part
 * (CloseUppdragPart) and the others go on; the uppdrag is Avslutad when the last part is closed (an
 * UppdragClosed is recorded with that part's UppdragPartClosed), or earlier when the giving organ's
 * secretary, the samordnare's secretary or the regiondirektör closes it as a whole, ending every part.
 *
 * Order of checks, the same for every command: command shape and times, existence, permission, the
 * uppdrag still active, then the command's own rules. Permission comes before content so that someone
 * who may not act learns nothing from validation messages.
 */
import { authorize, mayActOnUppdrag, type UppdragAction } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { type Actor } from '../access/roles';
import { PERIODICITETER } from '../period/period';
import { withBusinessTime } from '../shared/business-time';
import { businessDateOf } from '../shared/dates';
import { DomainError } from '../shared/domain-error';
import { type Decider } from '../shared/decider';
import {
  optionalDate,
  optionalId,
  optionalNumber,
  optionalText,
  requireArray,
  requireDate,
  requireDistinct,
  requireId,
  requireObject,
  requireOneOf,
  requirePlanYear,
  requireReason,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import {
  type ChangeUppdragAnsvarig,
  type ChangeUppdragPeriodicitet,
  type ExtendUppdragSlutdatum,
  type RegisterUppdrag,
  type UppdragCommand,
} from './uppdrag.commands';
import { uppdragErrors } from './uppdrag.errors';
import { reportedPart, type UppdragEvent, type UppdragOrigin } from './uppdrag.events';
import { closePart } from './uppdrag.parts';
import { correctReport, reportStatus } from './uppdrag.reporting';
import { evolveUppdrag, initialUppdragState, type Uppdrag, type UppdragState } from './uppdrag.state';
import { UPPDRAG_ORIGIN_KINDS } from './uppdrag.status';

export function decideUppdrag(command: UppdragCommand, state: UppdragState): UppdragEvent[] {
  checkCommand(command);
  if (command.type === 'RegisterUppdrag') return register(command, state);
  if (!state.exists) throw uppdragErrors.notFound();
  const { actor } = command.metadata;
  switch (command.type) {
    case 'ChangeUppdragAnsvarig':
      return changeAnsvarig(command, active(state, actor, 'maintain', 'byta ansvarig för uppdraget'));
    case 'ChangeUppdragPeriodicitet':
      return changePeriodicitet(command, active(state, actor, 'maintain', 'ändra uppdragets periodicitet'));
    case 'ExtendUppdragSlutdatum':
      return extendSlutdatum(command, active(state, actor, 'maintain', 'förlänga uppdragets slutdatum'));
    case 'ReportUppdragStatus':
      return reportStatus(command, active(state, actor, 'report', 'rapportera på uppdraget'));
    case 'CorrectUppdragReport':
      return correctReport(command, active(state, actor, 'report', 'rätta en rapport på uppdraget'));
    case 'CloseUppdrag': {
      const uppdrag = active(state, actor, 'close', closeWhat(state));
      const kommentar = requireText(
        command.data.kommentar,
        'data.kommentar',
        'Slutkommentaren',
        TEXT_LIMITS.kommentar,
      );
      return [{ type: 'UppdragClosed', data: { uppdragId: uppdrag.uppdragId, kommentar } }];
    }
    case 'CloseUppdragPart':
      return closePart(command, active(state, actor, 'report', 'avsluta en del av uppdraget'));
    case 'WithdrawUppdrag': {
      const uppdrag = active(state, actor, 'maintain', 'återkalla uppdraget');
      const reason = requireReason(command.data.reason);
      return [{ type: 'UppdragWithdrawn', data: { uppdragId: uppdrag.uppdragId, reason } }];
    }
  }
}

function active(uppdrag: Uppdrag, actor: Actor, action: UppdragAction, what: string): Uppdrag {
  authorize(mayActOnUppdrag(actor, action, uppdrag), what);
  if (uppdrag.lifecycle !== 'aktivt') throw uppdragErrors.notActive(uppdrag.lifecycle);
  return uppdrag;
}

function closeWhat(uppdrag: Uppdrag): string {
  return uppdrag.riktasTill.length > 1
    ? 'avsluta hela uppdraget, som riktas till flera organ; avsluta i stället ert eget organs del'
    : 'avsluta uppdraget';
}

function register({ data, metadata }: RegisterUppdrag, state: UppdragState): UppdragEvent[] {
  if (state.exists) throw uppdragErrors.alreadyRegistered();
  const registeredOn = businessDateOf(metadata.now);
  // The fields the permission depends on are checked first; the rest only for someone who may register.
  const riktasTill = requireDistinct(
    requireArray(data.riktasTill, 'data.riktasTill', 'Riktas till').map((id, i) =>
      requireId(id, `data.riktasTill[${i}]`, 'Mottagande organ'),
    ),
    'data.riktasTill',
    'Riktas till',
  );
  if (riktasTill.length === 0) throw uppdragErrors.recipientRequired();
  const originInput = requireObject(data.origin, 'data.origin', 'Uppdragets ursprung');
  const givenBy = requireId(originInput.givenBy, 'data.origin.givenBy', 'Beslutande organ');
  const ansvarigPersonId = requireId(data.ansvarigPersonId, 'data.ansvarigPersonId', 'Ansvarig');
  authorize(
    mayActOnUppdrag(metadata.actor, 'register', { givenBy, riktasTill, ansvarigPersonId }),
    'registrera uppdrag som varken ges av eller riktas till ditt organ',
  );

  const samordnare = optionalId(data.samordnare, 'data.samordnare', 'Samordnare');
  if (samordnare !== null && !riktasTill.includes(samordnare)) throw uppdragErrors.samordnareNotARecipient();
  const slutdatum = requireDate(data.slutdatum, 'data.slutdatum', 'Slutdatum');
  if (slutdatum < registeredOn) throw uppdragErrors.slutdatumBeforeRegistration(slutdatum, registeredOn);
  const origin: UppdragOrigin = {
    givenBy,
    kind: requireOneOf(originInput.kind, UPPDRAG_ORIGIN_KINDS, 'data.origin.kind', 'Ursprung'),
    beslutsdatum: optionalDate(originInput.beslutsdatum, 'data.origin.beslutsdatum', 'Beslutsdatum'),
    diarienummer: optionalText(
      originInput.diarienummer,
      'data.origin.diarienummer',
      'Diarienummer',
      TEXT_LIMITS.diarienummer,
    ),
    paragraf: optionalText(originInput.paragraf, 'data.origin.paragraf', 'Paragraf', TEXT_LIMITS.paragraf),
    planYear: requirePlanYear(originInput.planYear, 'data.origin.planYear'),
  };
  if (origin.beslutsdatum !== null && origin.beslutsdatum > registeredOn) {
    throw uppdragErrors.beslutsdatumAfterRegistration(origin.beslutsdatum, registeredOn);
  }
  const ordning = optionalOrdning(data.ordning);
  return [
    {
      type: 'UppdragRegistered',
      data: {
        uppdragId: requireId(data.uppdragId, 'data.uppdragId', 'Uppdraget'),
        text: requireText(data.text, 'data.text', 'Uppdragets text', TEXT_LIMITS.uppdragText),
        beskrivning: optionalText(
          data.beskrivning,
          'data.beskrivning',
          'Beskrivningen',
          TEXT_LIMITS.beskrivning,
        ),
        riktasTill,
        samordnare,
        periodicitet: requireOneOf(data.periodicitet, PERIODICITETER, 'data.periodicitet', 'Periodicitet'),
        slutdatum,
        ansvarigPersonId,
        origin,
        registeredOn,
        // Only when given: events without it read as they always did.
        ...(ordning === null ? {} : { ordning }),
      },
    },
  ];
}

function optionalOrdning(value: unknown): number | null {
  const ordning = optionalNumber(value, 'data.ordning', 'Ordningen');
  if (ordning !== null && (!Number.isInteger(ordning) || ordning < 1)) {
    throw new DomainError('INVALID_NUMBER', 'Ordningen måste vara ett heltal från 1.', 'data.ordning');
  }
  return ordning;
}

/** Setting what is already set changes nothing, so nothing is logged (and a retry is harmless). */
function changeAnsvarig({ data }: ChangeUppdragAnsvarig, uppdrag: Uppdrag): UppdragEvent[] {
  const to = requireId(data.ansvarigPersonId, 'data.ansvarigPersonId', 'Ansvarig');
  if (to === uppdrag.ansvarigPersonId) return [];
  return [
    {
      type: 'UppdragAnsvarigChanged',
      data: { uppdragId: uppdrag.uppdragId, from: uppdrag.ansvarigPersonId, to },
    },
  ];
}

/** Reports already made keep their periods; from now on reports must fit the new periodicitet. */
function changePeriodicitet({ data }: ChangeUppdragPeriodicitet, uppdrag: Uppdrag): UppdragEvent[] {
  const to = requireOneOf(data.periodicitet, PERIODICITETER, 'data.periodicitet', 'Periodicitet');
  const reason = optionalText(data.reason, 'data.reason', 'Skäl', TEXT_LIMITS.reason);
  if (to === uppdrag.periodicitet) return [];
  return [
    {
      type: 'UppdragPeriodicitetChanged',
      data: { uppdragId: uppdrag.uppdragId, from: uppdrag.periodicitet, to, reason },
    },
  ];
}

/** Only ever later: an earlier end would strand reports already due, and is a new decision, not an extension. */
function extendSlutdatum({ data }: ExtendUppdragSlutdatum, uppdrag: Uppdrag): UppdragEvent[] {
  const to = requireDate(data.slutdatum, 'data.slutdatum', 'Nytt slutdatum');
  if (to <= uppdrag.slutdatum) throw uppdragErrors.slutdatumNotLater(uppdrag.slutdatum, to);
  const reason = requireReason(data.reason);
  return [
    {
      type: 'UppdragSlutdatumExtended',
      data: { uppdragId: uppdrag.uppdragId, from: uppdrag.slutdatum, to, reason },
    },
  ];
}

/** Business time never runs backwards (shared/business-time.ts); a report's correction may be dated back. */
export const uppdragDecider = withBusinessTime(
  { initialState: initialUppdragState, evolve: evolveUppdrag, decide: decideUppdrag } satisfies Decider<
    UppdragCommand,
    UppdragEvent,
    UppdragState
  >,
  {
    // A report is one organ's part (or the joint report) for one period: a correction may not precede it.
    subjectOf: (e) =>
      e.type === 'UppdragStatusReported' || e.type === 'UppdragReportCorrected'
        ? `${e.data.period}/${reportedPart(e.data) ?? 'gemensam'}`
        : null,
    corrections: ['UppdragReportCorrected'],
  },
);
