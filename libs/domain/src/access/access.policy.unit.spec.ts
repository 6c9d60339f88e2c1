import { ACTOR, ORGAN } from '../testing/fixtures';
import {
  mayActOnDelmal,
  mayActOnInternkontroll,
  mayActOnUppdrag,
  mayActOnUppsiktsarende,
  mayImport,
  mayMaintainMasterData,
  mayRead,
  mayReadContactDetails,
  mayReadLog,
  mayVerifyChain,
} from './access.policy';

// The deciders' specs test every command for every role; these pin down the reading rules and the
// policy functions the edge may call directly to show or hide actions.
describe('the access policy', () => {
  it('lets every role but a bare importer read uppdrag, delmål and master data', () => {
    for (const actor of [ACTOR.johanRs, ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.revisor, ACTOR.admin]) {
      expect(mayRead(actor)).toBe(true);
    }
    expect(mayRead(ACTOR.onlyImporter)).toBe(false);
    expect(mayRead({ personId: 'p', roles: [] })).toBe(false);
  });

  it("shows people's e-mail addresses only to secretaries and administrators", () => {
    for (const actor of [ACTOR.idaSekreterareRs, ACTOR.mariaSekreterareHsn, ACTOR.admin]) {
      expect(mayReadContactDetails(actor)).toBe(true);
    }
    for (const actor of [ACTOR.johanRs, ACTOR.direktor, ACTOR.revisor, ACTOR.migrering, ACTOR.onlyImporter]) {
      expect(mayReadContactDetails(actor)).toBe(false);
    }
  });

  it('shows the raw log only to auditors and the regiondirektör', () => {
    expect(mayReadLog(ACTOR.revisor)).toBe(true);
    expect(mayReadLog(ACTOR.direktor)).toBe(true);
    for (const actor of [ACTOR.johanRs, ACTOR.idaSekreterareRs, ACTOR.admin, ACTOR.onlyImporter]) {
      expect(mayReadLog(actor)).toBe(false);
    }
  });

  it('lets those who read the log, and administrators, verify the hash chain and export its head', () => {
    for (const actor of [ACTOR.revisor, ACTOR.direktor, ACTOR.migrering, ACTOR.admin]) {
      expect(mayVerifyChain(actor)).toBe(true);
    }
    for (const actor of [
      ACTOR.johanRs,
      ACTOR.idaSekreterareRs,
      ACTOR.mariaSekreterareHsn,
      ACTOR.onlyImporter,
    ]) {
      expect(mayVerifyChain(actor)).toBe(false);
    }
    // Verifying does not open the log: an administrator still may not read who did what.
    expect(mayReadLog(ACTOR.admin)).toBe(false);
  });

  it('lets only the importer capability run an import', () => {
    expect(mayImport(ACTOR.migrering)).toBe(true);
    expect(mayImport(ACTOR.onlyImporter)).toBe(true);
    for (const actor of [ACTOR.johanRs, ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.admin, ACTOR.revisor]) {
      expect(mayImport(actor)).toBe(false);
    }
  });

  it('leaves master data to administrators', () => {
    expect(mayMaintainMasterData(ACTOR.admin)).toBe(true);
    expect(mayMaintainMasterData(ACTOR.direktor)).toBe(false);
  });

  it('ties officers and secretaries to their organ', () => {
    const uppdrag = {
      givenBy: ORGAN.RF,
      riktasTill: [ORGAN.HSN, ORGAN.RS],
      ansvarigPersonId: 'someone-else',
    };
    expect(mayActOnUppdrag(ACTOR.saraHsn, 'report', uppdrag)).toBe(true);
    expect(mayActOnUppdrag(ACTOR.saraHsn, 'maintain', uppdrag)).toBe(false);
    expect(mayActOnUppdrag(ACTOR.elisabethRun, 'report', uppdrag)).toBe(false);
    expect(mayActOnDelmal(ACTOR.johanRs, 'report', { organId: ORGAN.RS })).toBe(true);
    expect(mayActOnDelmal(ACTOR.johanRs, 'define', { organId: ORGAN.RS })).toBe(false);
    expect(mayActOnDelmal(ACTOR.idaSekreterareRs, 'define', { organId: ORGAN.HSN })).toBe(false);
  });

  it('gives uppsikt to regionstyrelsen and the answer to the organ concerned', () => {
    const arende = { regionstyrelsenId: ORGAN.RS, organId: ORGAN.HSN };
    for (const action of ['record', 'close'] as const) {
      expect(mayActOnUppsiktsarende(ACTOR.idaSekreterareRs, action, arende)).toBe(true);
      expect(mayActOnUppsiktsarende(ACTOR.direktor, action, arende)).toBe(true);
      expect(mayActOnUppsiktsarende(ACTOR.johanRs, action, arende)).toBe(false);
      expect(mayActOnUppsiktsarende(ACTOR.mariaSekreterareHsn, action, arende)).toBe(false);
    }
    expect(mayActOnUppsiktsarende(ACTOR.mariaSekreterareHsn, 'answer', arende)).toBe(true);
    expect(mayActOnUppsiktsarende(ACTOR.saraHsn, 'answer', arende)).toBe(true);
    for (const actor of [ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.elisabethRun, ACTOR.revisor]) {
      expect(mayActOnUppsiktsarende(actor, 'answer', arende)).toBe(false);
    }
  });

  it('leaves a nämnd’s internkontrollplan to the nämnd', () => {
    const plan = { organId: ORGAN.HSN };
    expect(mayActOnInternkontroll(ACTOR.mariaSekreterareHsn, 'maintain', plan)).toBe(true);
    expect(mayActOnInternkontroll(ACTOR.saraHsn, 'maintain', plan)).toBe(false);
    expect(mayActOnInternkontroll(ACTOR.saraHsn, 'report', plan)).toBe(true);
    for (const actor of [ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.revisor, ACTOR.admin]) {
      expect(mayActOnInternkontroll(actor, 'report', plan)).toBe(false);
    }
  });
});
