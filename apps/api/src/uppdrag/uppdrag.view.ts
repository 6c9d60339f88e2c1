/**
 * An uppdrag as the API shows it: folded from its own stream, so it is exact at its revision (the
 * `ETag`). The decider's state keeps only what rules need; this keeps what people read.
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  businessDateOf,
  comparePeriods,
  parsePeriod,
  PERIODICITETER,
  type Periodicitet,
  type StatusColour,
  UPPDRAG_LIFECYCLES,
  UPPDRAG_ORIGIN_KINDS,
  UPPDRAG_STATUS_PRESENTATION,
  UPPDRAG_STATUSES,
  type UppdragEvent,
  type UppdragLifecycle,
  type UppdragOriginKind,
  type UppdragStatus,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

export class UppdragOriginView {
  @ApiProperty({ example: 'regionfullmaktige' }) givenBy!: string;
  @ApiProperty({ enum: UPPDRAG_ORIGIN_KINDS }) kind!: UppdragOriginKind;
  @ApiProperty({ type: String, nullable: true, example: '2022-11-15' }) beslutsdatum!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RS 1234-2022' }) diarienummer!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '§ 123' }) paragraf!: string | null;
  @ApiProperty({ example: 2023 }) planYear!: number;
}

export class UppdragReportView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ enum: UPPDRAG_STATUSES }) status!: UppdragStatus;
  @ApiProperty({ example: 'Pågående enligt plan' }) statusLabel!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['green', 'yellow', 'red'] })
  colour!: StatusColour | null;
  @ApiProperty() kommentar!: string;
  @ApiProperty({ description: 'Vem som rapporterade (person-id).' }) reportedBy!: string;
  @ApiProperty({ description: 'Händelsetid för rapporten.' }) reportedAt!: string;
  @ApiProperty({ type: String, nullable: true }) correctedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) correctedAt!: string | null;
}

export class UppdragView {
  @ApiProperty({ example: 'styrd-inkopsprocess-2023' }) uppdragId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) beskrivning!: string | null;
  @ApiProperty({ type: [String], example: ['rs', 'hsn'] }) riktasTill!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'rs' }) samordnare!: string | null;
  @ApiProperty({ enum: PERIODICITETER }) periodicitet!: Periodicitet;
  @ApiProperty({ example: '2023-12-31' }) slutdatum!: string;
  @ApiProperty({ example: 'person-johan' }) ansvarigPersonId!: string;
  @ApiProperty({ type: UppdragOriginView }) origin!: UppdragOriginView;
  @ApiProperty({ example: '2023-01-10' }) registeredOn!: string;
  @ApiProperty({ enum: UPPDRAG_LIFECYCLES }) lifecycle!: UppdragLifecycle;
  @ApiProperty({ type: String, nullable: true, description: 'Affärsdatum för avslut eller återkallelse.' })
  endedOn!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Slutkommentaren eller skälet till återkallelsen.',
  })
  endComment!: string | null;
  @ApiProperty({ type: [UppdragReportView], description: 'Gällande rapport per period, äldst först.' })
  reports!: UppdragReportView[];
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldUppdragView(events: readonly StoredEvent[]): UppdragView | null {
  let view: UppdragView | null = null;
  for (const stored of events) view = evolve(view, stored);
  if (view) view.reports.sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!));
  return view;
}

function evolve(view: UppdragView | null, stored: StoredEvent): UppdragView | null {
  const event = { type: stored.type, data: stored.data } as UppdragEvent;
  const { actor, occurredAt } = stored.metadata;
  if (event.type === 'UppdragRegistered') {
    const { data } = event;
    return {
      uppdragId: data.uppdragId,
      text: data.text,
      beskrivning: data.beskrivning,
      riktasTill: [...data.riktasTill],
      samordnare: data.samordnare,
      periodicitet: data.periodicitet,
      slutdatum: data.slutdatum,
      ansvarigPersonId: data.ansvarigPersonId,
      origin: { ...data.origin },
      registeredOn: data.registeredOn,
      lifecycle: 'aktivt',
      endedOn: null,
      endComment: null,
      reports: [],
      revision: stored.revision,
    };
  }
  if (!view) return null;
  const next: UppdragView = { ...view, revision: stored.revision };
  switch (event.type) {
    case 'UppdragAnsvarigChanged':
      return { ...next, ansvarigPersonId: event.data.to };
    case 'UppdragPeriodicitetChanged':
      return { ...next, periodicitet: event.data.to };
    case 'UppdragSlutdatumExtended':
      return { ...next, slutdatum: event.data.to };
    case 'UppdragStatusReported': {
      const { period, status, kommentar } = event.data;
      const report = {
        period,
        ...presentation(status),
        kommentar,
        reportedBy: actor,
        reportedAt: occurredAt,
      };
      return { ...next, reports: [...next.reports, { ...report, correctedBy: null, correctedAt: null }] };
    }
    case 'UppdragReportCorrected': {
      const { period, to } = event.data;
      const reports = next.reports.map((r) =>
        r.period === period
          ? {
              ...r,
              ...presentation(to.status),
              kommentar: to.kommentar,
              correctedBy: actor,
              correctedAt: occurredAt,
            }
          : r,
      );
      return { ...next, reports };
    }
    case 'UppdragClosed':
      return {
        ...next,
        lifecycle: 'avslutat',
        endedOn: businessDateOf(occurredAt),
        endComment: event.data.kommentar,
      };
    case 'UppdragWithdrawn':
      return {
        ...next,
        lifecycle: 'aterkallat',
        endedOn: businessDateOf(occurredAt),
        endComment: event.data.reason,
      };
    default:
      return next;
  }
}

function presentation(status: UppdragStatus) {
  const { label, colour } = UPPDRAG_STATUS_PRESENTATION[status];
  return { status, statusLabel: label, colour };
}
