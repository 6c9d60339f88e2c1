/**
 * The reminders and escalations that went out, filed under the item they were about. Filed once the
 * whole log up to the cutoff is read: a delivery's stream is its own, not its item's.
 */
import { internkontrollPlanId, type PaminnelseEvent, type PaminnelseSent } from '@sparbar/domain';
import { inYear, type Logged } from './logged-event';
import { type PaketItems, type PaketPaminnelse } from './model';

export class PaminnelserFold {
  private readonly sent: Logged<PaminnelseSent>[] = [];

  constructor(
    private readonly organId: string,
    private readonly year: number,
  ) {}

  /** Keeps what went out; a send that started, failed or is uncertain is no delivery. */
  apply(e: Logged<PaminnelseEvent>): void {
    if (e.type === 'PaminnelseSent') this.sent.push(e);
  }

  /** Files each delivery under its item in the package; those about other items are left out. */
  fileUnder(items: PaketItems): void {
    const planId = internkontrollPlanId(this.organId, this.year);
    for (const e of this.sent) {
      const d = e.data;
      const paminnelse: PaketPaminnelse = {
        period: d.period,
        kind: d.kind,
        channel: d.channel,
        recipientPersonId: d.recipientPersonId,
        deadline: d.deadline,
        // Business time, as the reports it is compared with: the worker's clock when it sent.
        sentAt: e.occurredAt,
        position: e.position,
      };
      if (d.itemKind === 'uppdrag' && inYear(d.period, this.year))
        items.uppdrag.get(d.itemId)?.paminnelser.push(paminnelse);
      if (d.itemKind === 'uppsiktsarende') items.arenden.get(d.itemId)?.paminnelser.push(paminnelse);
      if (d.itemKind === 'kontrollmoment' && d.planId === planId)
        items.moments.get(d.itemId)?.paminnelser.push(paminnelse);
      if (d.itemKind === 'atgard' && d.planId === planId)
        items.atgarder.get(d.itemId)?.paminnelser.push(paminnelse);
    }
  }
}
