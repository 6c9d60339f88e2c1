/**
 * Names as they were at the cutoff: the organ's, and everyone's the package names — who reported and
 * answered, who was reminded, who is responsible for an åtgärd.
 */
import { type OrganEvent, type PersonEvent } from '@sparbar/domain';
import { type Logged } from './logged-event';
import { type PaketItems } from './model';

export class NamesFold {
  private readonly people = new Map<string, string>();
  /** The id until the organ's stream names it. */
  organNamn: string;

  constructor(organId: string) {
    this.organNamn = organId;
  }

  /** Fed the organ's own stream only. */
  applyOrgan(e: Logged<OrganEvent>): void {
    if (e.type === 'OrganRegistered') this.organNamn = e.data.namn;
    if (e.type === 'OrganRenamed') this.organNamn = e.data.to.namn;
  }

  applyPerson(e: Logged<PersonEvent>): void {
    if (e.type === 'PersonRegistered') this.people.set(e.data.personId, e.data.namn);
    if (e.type === 'PersonRenamed') this.people.set(e.data.personId, e.data.to);
  }

  /** Every person the items name, by id in id order, with their name (or the id if the log has none). */
  personer(items: PaketItems): Record<string, string> {
    const named = new Set<string>();
    for (const u of items.uppdrag.values()) {
      for (const r of u.rapporter) named.add(r.by);
      for (const p of u.paminnelser) named.add(p.recipientPersonId);
    }
    for (const a of items.arenden.values()) {
      for (const svar of a.svar) named.add(svar.by);
      for (const p of a.paminnelser) named.add(p.recipientPersonId);
    }
    for (const m of items.moments.values()) for (const p of m.paminnelser) named.add(p.recipientPersonId);
    for (const a of items.atgarder.values()) {
      named.add(a.ansvarigPersonId);
      for (const p of a.paminnelser) named.add(p.recipientPersonId);
    }
    return Object.fromEntries([...named].sort().map((id) => [id, this.people.get(id) ?? id] as const));
  }
}
