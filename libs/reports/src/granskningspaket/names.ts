/**
 * Names as they were at the cutoff: the organ's, the organs that gave its uppdrag, and everyone's the
 * package names — who reported and answered, who was reminded, who is responsible for an åtgärd.
 */
import { type OrganEvent, type PersonEvent } from '@sparbar/domain';
import { type Logged } from './logged-event';
import { type PaketItems } from './model';

export class NamesFold {
  private readonly people = new Map<string, string>();
  private readonly organs = new Map<string, string>();

  constructor(private readonly organId: string) {}

  /** The organ's name; the id until its stream names it. */
  get organNamn(): string {
    return this.organs.get(this.organId) ?? this.organId;
  }

  applyOrgan(e: Logged<OrganEvent>): void {
    if (e.type === 'OrganRegistered') this.organs.set(e.data.organId, e.data.namn);
    if (e.type === 'OrganRenamed') this.organs.set(e.data.organId, e.data.to.namn);
  }

  /** Every organ that gave one of the package's uppdrag, by id in id order, with its name. */
  organer(items: PaketItems): Record<string, string> {
    const named = new Set([...items.uppdrag.values()].map((u) => u.givetAv));
    return Object.fromEntries([...named].sort().map((id) => [id, this.organs.get(id) ?? id] as const));
  }

  applyPerson(e: Logged<PersonEvent>): void {
    if (e.type === 'PersonRegistered') this.people.set(e.data.personId, e.data.namn);
    if (e.type === 'PersonRenamed') this.people.set(e.data.personId, e.data.to);
  }

  /** Every person the items name (and `also`: who recorded the adoptions), by id in id order, with their name (or the id if the log has none). */
  personer(items: PaketItems, also: readonly string[] = []): Record<string, string> {
    const named = new Set<string>(also);
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
