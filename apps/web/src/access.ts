/**
 * What the signed-in person is offered. The rules are the domain's own (libs/domain/src/access), so a
 * button is shown exactly when the API would accept the command; the API still decides.
 */
import {
  type DelmalAccessFacts,
  mayActOnDelmal,
  mayActOnUppdrag,
  mayRead,
  mayReadLog,
  mayVerifyChain,
  type UppdragAccessFacts,
} from '@sparbar/domain/access/access.policy';
import { type Actor } from '@sparbar/domain/access/roles';
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
  /** Registering: secretaries (for uppdrag their organ gives or receives) and the regiondirektör. */
  register: (user: SessionUser) => user.roles.includes('regiondirektor') || user.roles.includes('secretary'),
  /** A delmål in a nämnd's plan: its own secretary only (the regiondirektör reads but does not write). */
  defineDelmal: (user: SessionUser) =>
    user.organId !== null && mayActOnDelmal(actorOf(user), 'define', { organId: user.organId }),
  maintainDelmal: (user: SessionUser, delmal: DelmalAccessFacts) =>
    mayActOnDelmal(actorOf(user), 'maintain', delmal),
  reportOnDelmal: (user: SessionUser, delmal: DelmalAccessFacts) =>
    mayActOnDelmal(actorOf(user), 'report', delmal),
  /** Officers and secretaries have uppdrag of their own to follow. */
  haveOwnUppdrag: (user: SessionUser) => user.roles.includes('officer') || user.roles.includes('secretary'),
};
