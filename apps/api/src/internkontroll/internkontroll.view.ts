/**
 * A nämnd's internkontrollplan for a year as the API shows it: risks with their place in the 4×4
 * matrix, kontrollmoment, adoption, results and åtgärder. Folded from its stream, exact at its revision.
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  ATGARD_STATUSES,
  type AtgardStatus,
  FREKVENSER,
  type Frekvens,
  type InternkontrollEvent,
  KONTROLLRESULTAT,
  type Kontrollresultat,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { utcInstant } from '../http/instant';

export class KontrollmomentView {
  @ApiProperty() kontrollmomentId!: string;
  @ApiProperty() vad!: string;
  @ApiProperty() hur!: string;
  @ApiProperty() vem!: string;
  @ApiProperty({ enum: FREKVENSER }) frekvens!: Frekvens;
  @ApiProperty({ description: 'Tillagt efter att planen fastställdes.' }) changesAdoptedPlan!: boolean;
}

export class RiskView {
  @ApiProperty() riskId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ minimum: 1, maximum: 4 }) sannolikhet!: number;
  @ApiProperty({ minimum: 1, maximum: 4 }) konsekvens!: number;
  @ApiProperty({ description: 'Sannolikhet × konsekvens (1–16).' }) riskvarde!: number;
  @ApiProperty({ description: 'Tillagd efter att planen fastställdes.' }) changesAdoptedPlan!: boolean;
  @ApiProperty({ type: [KontrollmomentView] }) kontrollmoment!: KontrollmomentView[];
}

export class KontrollresultatView {
  @ApiProperty() kontrollmomentId!: string;
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ enum: KONTROLLRESULTAT }) resultat!: Kontrollresultat;
  @ApiProperty({ type: String, nullable: true }) beskrivning!: string | null;
  @ApiProperty({ format: 'date' }) recordedOn!: string;
  @ApiProperty() recordedBy!: string;
}

export class AtgardView {
  @ApiProperty() atgardId!: string;
  @ApiProperty() kontrollmomentId!: string;
  @ApiProperty() period!: string;
  @ApiProperty() text!: string;
  @ApiProperty() ansvarigPersonId!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: ATGARD_STATUSES }) status!: AtgardStatus;
  @ApiProperty({ type: String, nullable: true }) kommentar!: string | null;
}

export class PlanChangeView {
  @ApiProperty({ enum: ['RiskAdded', 'RiskReassessed', 'KontrollmomentAdded'] }) event!: string;
  @ApiProperty({ example: 'risk-inkop', description: 'Risken eller kontrollmomentet som ändringen gäller.' })
  itemId!: string;
  @ApiProperty({ example: 'Ny risk: Inköp görs utanför avtal' }) beskrivning!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ description: 'Händelsetid.' }) occurredAt!: string;
  @ApiProperty() by!: string;
}

export class InternkontrollplanView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ example: 2023 }) year!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) adoptedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraf!: string | null;
  @ApiProperty({ description: 'Antal ändringar av planen efter att den fastställdes.' })
  changesAfterAdoption!: number;
  @ApiProperty({
    type: [PlanChangeView],
    description: 'Ändringarna efter fastställandet, var och en med sitt skäl, i tidsordning.',
  })
  changes!: PlanChangeView[];
  @ApiProperty({ type: [RiskView] }) risks!: RiskView[];
  @ApiProperty({
    description: 'Riskmatrisen 4×4: antal risker per sannolikhet (rad 0 = 1) och konsekvens (kolumn 0 = 1).',
    type: 'array',
    items: { type: 'array', items: { type: 'integer' } },
  })
  riskmatris!: number[][];
  @ApiProperty({ type: [KontrollresultatView] }) results!: KontrollresultatView[];
  @ApiProperty({ type: [AtgardView] }) atgarder!: AtgardView[];
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldInternkontrollplanView(events: readonly StoredEvent[]): InternkontrollplanView | null {
  let view: InternkontrollplanView | null = null;
  for (const stored of events) view = evolve(view, stored);
  if (!view) return null;
  const riskmatris = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const risk of view.risks) riskmatris[risk.sannolikhet - 1][risk.konsekvens - 1]++;
  return { ...view, riskmatris };
}

function evolve(view: InternkontrollplanView | null, stored: StoredEvent): InternkontrollplanView | null {
  const event = { type: stored.type, data: stored.data } as InternkontrollEvent;
  if (event.type === 'InternkontrollplanCreated') {
    return {
      organId: event.data.organId,
      year: event.data.year,
      adoptedOn: null,
      paragraf: null,
      changesAfterAdoption: 0,
      changes: [],
      risks: [],
      riskmatris: [],
      results: [],
      atgarder: [],
      revision: stored.revision,
    };
  }
  if (!view) return null;
  const next = { ...view, revision: stored.revision };
  /** Counts and lists a change to the adopted plan; anything before adoption is just the plan. */
  const changed = (
    flag: boolean,
    change: Pick<PlanChangeView, 'itemId' | 'beskrivning'> & { reason: string | null },
  ): Pick<InternkontrollplanView, 'changesAfterAdoption' | 'changes'> =>
    flag
      ? {
          changesAfterAdoption: next.changesAfterAdoption + 1,
          changes: [
            ...next.changes,
            {
              event: stored.type,
              ...change,
              occurredAt: utcInstant(stored.metadata.occurredAt),
              by: stored.metadata.actor,
            },
          ],
        }
      : { changesAfterAdoption: next.changesAfterAdoption, changes: next.changes };
  switch (event.type) {
    case 'RiskAdded': {
      const { riskId, text, sannolikhet, konsekvens, riskvarde, changesAdoptedPlan } = event.data;
      const risk = {
        riskId,
        text,
        sannolikhet,
        konsekvens,
        riskvarde,
        changesAdoptedPlan,
        kontrollmoment: [],
      };
      const change = { itemId: riskId, beskrivning: `Ny risk: ${text}`, reason: event.data.reason };
      return { ...next, risks: [...next.risks, risk], ...changed(changesAdoptedPlan, change) };
    }
    case 'RiskReassessed': {
      const { riskId, from, to, changesAdoptedPlan } = event.data;
      const risk = next.risks.find((r) => r.riskId === riskId);
      const risks = next.risks.map((r) => (r.riskId === riskId ? { ...r, ...to } : r));
      const change = {
        itemId: riskId,
        beskrivning: `Risken ${risk?.text ?? riskId} omvärderad: riskvärde ${from.riskvarde} → ${to.riskvarde}`,
        reason: event.data.reason,
      };
      return { ...next, risks, ...changed(changesAdoptedPlan, change) };
    }
    case 'KontrollmomentAdded': {
      const { riskId, kontrollmomentId, vad, hur, vem, frekvens, changesAdoptedPlan } = event.data;
      const moment = { kontrollmomentId, vad, hur, vem, frekvens, changesAdoptedPlan };
      const risks = next.risks.map((r) =>
        r.riskId === riskId ? { ...r, kontrollmoment: [...r.kontrollmoment, moment] } : r,
      );
      const change = {
        itemId: kontrollmomentId,
        beskrivning: `Nytt kontrollmoment: ${vad}`,
        reason: event.data.reason,
      };
      return { ...next, risks, ...changed(changesAdoptedPlan, change) };
    }
    case 'InternkontrollplanAdopted':
      return { ...next, adoptedOn: event.data.adoptedOn, paragraf: event.data.paragraf };
    case 'KontrollresultatRecorded': {
      const { kontrollmomentId, period, resultat, beskrivning, recordedOn } = event.data;
      const result = {
        kontrollmomentId,
        period,
        resultat,
        beskrivning,
        recordedOn,
        recordedBy: stored.metadata.actor,
      };
      return { ...next, results: [...next.results, result] };
    }
    case 'AtgardAdded': {
      const { atgardId, kontrollmomentId, period, text, ansvarigPersonId, dueDate, status } = event.data;
      const atgard = {
        atgardId,
        kontrollmomentId,
        period,
        text,
        ansvarigPersonId,
        dueDate,
        status,
        kommentar: null,
      };
      return { ...next, atgarder: [...next.atgarder, atgard] };
    }
    case 'AtgardStatusChanged': {
      const { atgardId, to, kommentar } = event.data;
      const atgarder = next.atgarder.map((a) =>
        a.atgardId === atgardId ? { ...a, status: to, kommentar: kommentar ?? a.kommentar } : a,
      );
      return { ...next, atgarder };
    }
    default:
      return next;
  }
}
