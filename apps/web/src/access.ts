/**
 * What the signed-in person is offered. The rules are the domain's own (libs/domain/src/access), so a
 * button is shown exactly when the API would accept the command; the API still decides.
 */
import {
  type DelmalAccessFacts,
  mayActOnDelmal,
  mayActOnUppdrag,
  mayActOnUppsiktsarende,
  mayAdoptPeriodReport,
  mayRecordPeriodReportHandling,
  mayActOnInternkontroll,
  mayRead,
  mayReportUppdragPart,
  mayReadLog,
  mayVerifyChain,
  type UppdragAccessFacts,
  type UppsiktAccessFacts,
  type Actor,
} from '@sparbar/domain/shared-with-web';
import { type SessionUser } from './session';

function actorOf(user: SessionUser): Actor {
  return { personId: user.personId, roles: user.roles, organId: user.organId };
}

export const may = {
  read: (user: SessionUser) => mayRead(actorOf(user)),
  readLog: (user: SessionUser) => mayReadLog(actorOf(user)),
  verifyChain: (user: SessionUser) => mayVerifyChain(actorOf(user)),
  reportOn: (user: SessionUser, uppdrag: UppdragAccessFacts) =>
    mayActOnUppdrag(actorOf(user), 'report', uppdrag),
  /** Whose report on a joint uppdrag: an organ's own part (its id), or null for the joint report. */
  reportPart: (user: SessionUser, uppdrag: UppdragAccessFacts, part: string | null) =>
    mayReportUppdragPart(actorOf(user), uppdrag, part),
  /** Registering: secretaries (for uppdrag their organ gives or receives) and the regiondirektör. */
  register: (user: SessionUser) => user.roles.includes('regiondirektor') || user.roles.includes('secretary'),
  /** A delmål in a nämnd's plan: its own secretary only (the regiondirektör reads but does not write). */
  defineDelmal: (user: SessionUser) =>
    user.organId !== null && mayActOnDelmal(actorOf(user), 'define', { organId: user.organId }),
  maintainDelmal: (user: SessionUser, delmal: DelmalAccessFacts) =>
    mayActOnDelmal(actorOf(user), 'maintain', delmal),
  reportOnDelmal: (user: SessionUser, delmal: DelmalAccessFacts) =>
    mayActOnDelmal(actorOf(user), 'report', delmal),
  /** Recording an uppsiktsärende: regionstyrelsen's secretary and the regiondirektör. */
  recordUppsikt: (user: SessionUser, regionstyrelsenId: string) =>
    mayActOnUppsiktsarende(actorOf(user), 'record', { regionstyrelsenId, organId: '' }),
  closeUppsikt: (user: SessionUser, arende: UppsiktAccessFacts) =>
    mayActOnUppsiktsarende(actorOf(user), 'close', arende),
  /** Answering: the organ's own secretary or officers, nobody else. */
  answerUppsikt: (user: SessionUser, arende: UppsiktAccessFacts) =>
    mayActOnUppsiktsarende(actorOf(user), 'answer', arende),
  /** A nämnd's internkontrollplan: its secretary maintains it; secretary and officers report on it. */
  maintainInternkontroll: (user: SessionUser, organId: string) =>
    mayActOnInternkontroll(actorOf(user), 'maintain', { organId }),
  reportInternkontroll: (user: SessionUser, organId: string) =>
    mayActOnInternkontroll(actorOf(user), 'report', { organId }),
  /** A nämnd's adoption of its period report: its own secretary only. */
  adoptReport: (user: SessionUser, organId: string) => mayAdoptPeriodReport(actorOf(user), organId),
  /** Regionstyrelsen's or fullmäktige's handling of an adopted report: that organ's secretary. */
  recordHandling: (user: SessionUser, byOrganId: string) =>
    mayRecordPeriodReportHandling(actorOf(user), byOrganId),
  /** Officers and secretaries have uppdrag of their own to follow. */
  haveOwnUppdrag: (user: SessionUser) => user.roles.includes('officer') || user.roles.includes('secretary'),
};
