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
  reportedPart,
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
import { utcInstant } from '../http/instant';

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

/** One recipient's own part of an uppdrag directed to several organs. */
export class UppdragPartView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ description: 'Organet är uppdragets samordnare.' }) samordnare!: boolean;
  @ApiProperty({ description: 'Organet har avslutat sin del (eller hela uppdraget är avslutat).' })
  closed!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Affärsdatum då organet avslutade sin del.' })
  closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Organets slutkommentar för sin del.' })
  closingComment!: string | null;
  @ApiProperty({ type: [UppdragReportView], description: 'Organets egen rapport per period, äldst först.' })
  reports!: UppdragReportView[];
}

export class UppdragPartsSummaryView {
  @ApiProperty({ example: 4 }) total!: number;
  @ApiProperty({ example: 3, description: 'Delar som är avslutade.' }) closed!: number;
  @ApiProperty({ example: '3 av 4 nämnder klara' }) text!: string;
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
  @ApiProperty({
    type: [UppdragReportView],
    description:
      'Den samlade rapporten per period, äldst först: samordnarens, eller uppdragets enda när det riktas till ett organ.',
  })
  reports!: UppdragReportView[];
  @ApiProperty({
    type: [UppdragPartView],
    description:
      'Varje mottagande organs egen del, i riktasTill-ordning; tom när uppdraget riktas till ett organ.',
  })
  parts!: UppdragPartView[];
  @ApiProperty({
    type: UppdragPartsSummaryView,
    nullable: true,
    description: 'Hur många delar som är klara; null när uppdraget riktas till ett organ.',
  })
  partsSummary!: UppdragPartsSummaryView | null;
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldUppdragView(events: readonly StoredEvent[]): UppdragView | null {
  let view: UppdragView | null = null;
  for (const stored of events) view = evolve(view, stored);
  if (!view) return null;
  const ended = view.lifecycle === 'avslutat';
  const parts = view.parts.map((p) => ({ ...p, closed: p.closed || ended, reports: byPeriod(p.reports) }));
  const closed = parts.filter((p) => p.closed).length;
  const partsSummary =
    parts.length === 0
      ? null
      : { total: parts.length, closed, text: `${closed} av ${parts.length} nämnder klara` };
  return { ...view, reports: byPeriod(view.reports), parts, partsSummary };
}

function byPeriod(reports: UppdragReportView[]): UppdragReportView[] {
  return [...reports].sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!));
}

function evolve(view: UppdragView | null, stored: StoredEvent): UppdragView | null {
  const event = { type: stored.type, data: stored.data } as UppdragEvent;
  const { actor } = stored.metadata;
  const occurredAt = utcInstant(stored.metadata.occurredAt);
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
      parts:
        data.riktasTill.length > 1
          ? data.riktasTill.map((organId) => ({
              organId,
              samordnare: organId === data.samordnare,
              closed: false,
              closedOn: null,
              closingComment: null,
              reports: [],
            }))
          : [],
      partsSummary: null,
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
      const added = (reports: UppdragReportView[]) => [
        ...reports,
        { ...report, correctedBy: null, correctedAt: null },
      ];
      return withReports(next, reportedPart(event.data), added);
    }
    case 'UppdragReportCorrected': {
      const { period, to } = event.data;
      const corrected = (reports: UppdragReportView[]) =>
        reports.map((r) =>
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
      return withReports(next, reportedPart(event.data), corrected);
    }
    case 'UppdragPartClosed': {
      const { organId, kommentar } = event.data;
      const parts = next.parts.map((p) =>
        p.organId === organId
          ? { ...p, closed: true, closedOn: businessDateOf(occurredAt), closingComment: kommentar }
          : p,
      );
      return { ...next, parts };
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

/** A report event changes its part's reports, or (no organ) the joint ones. */
function withReports(
  view: UppdragView,
  part: string | null,
  change: (reports: UppdragReportView[]) => UppdragReportView[],
): UppdragView {
  if (part === null) return { ...view, reports: change(view.reports) };
  const parts = view.parts.map((p) => (p.organId === part ? { ...p, reports: change(p.reports) } : p));
  return { ...view, parts };
}

function presentation(status: UppdragStatus) {
  const { label, colour } = UPPDRAG_STATUS_PRESENTATION[status];
  return { status, statusLabel: label, colour };
}
