/**
 * A delmål as the API shows it: its indikatorer with every utfall and computed bedömning, and the
 * nämnd's own bedömningar per period. Folded from its stream, exact at its revision (the `ETag`).
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  BEDOMNINGAR,
  type Bedomning,
  comparePeriods,
  type DelmalEvent,
  parsePeriod,
  RIKTNINGAR,
  type Riktning,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { utcInstant } from '../http/instant';

export class BaselineView {
  @ApiProperty({ example: 2021 }) year!: number;
  @ApiProperty({ example: 1061 }) value!: number;
}

export class UtfallView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null: svar saknas.' }) utfall!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Utfall i förhållande till målvärdet.' })
  kvot!: number | null;
  @ApiProperty({ enum: BEDOMNINGAR }) bedomning!: Bedomning;
  @ApiProperty({ type: Number, nullable: true, description: 'Målvärdet bedömningen gjordes mot.' })
  malvarde!: number | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) correctedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) correctedAt!: string | null;
}

export class IndikatorView {
  @ApiProperty() indikatorId!: string;
  @ApiProperty() namn!: string;
  @ApiProperty({ type: String, nullable: true }) enhet!: string | null;
  @ApiProperty({ type: BaselineView, nullable: true }) baseline!: BaselineView | null;
  @ApiProperty({ type: Number, nullable: true }) malvarde!: number | null;
  @ApiProperty({ enum: RIKTNINGAR }) riktning!: Riktning;
  @ApiProperty({ type: [UtfallView] }) utfall!: UtfallView[];
}

export class AssessmentView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ enum: BEDOMNINGAR }) bedomning!: Bedomning;
  @ApiProperty({ enum: BEDOMNINGAR }) prognos!: Bedomning;
  @ApiProperty() kommentar!: string;
  @ApiProperty() assessedBy!: string;
  @ApiProperty() assessedAt!: string;
  @ApiProperty({ type: String, nullable: true }) correctedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) correctedAt!: string | null;
}

export class RegionmalView {
  @ApiProperty({ example: 'regionmal-1' }) id!: string;
  @ApiProperty() namn!: string;
}

export class DelmalView {
  @ApiProperty() delmalId!: string;
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ example: 2023 }) planYear!: number;
  @ApiProperty({ type: RegionmalView }) regionmal!: RegionmalView;
  @ApiProperty() text!: string;
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: String, nullable: true }) closingComment!: string | null;
  @ApiProperty({ type: [IndikatorView] }) indikatorer!: IndikatorView[];
  @ApiProperty({ type: [AssessmentView] }) assessments!: AssessmentView[];
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldDelmalView(events: readonly StoredEvent[]): DelmalView | null {
  let view: DelmalView | null = null;
  for (const stored of events) view = evolve(view, stored);
  if (!view) return null;
  const byPeriod = (a: { period: string }, b: { period: string }) =>
    comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!);
  for (const indikator of view.indikatorer) indikator.utfall.sort(byPeriod);
  view.assessments.sort(byPeriod);
  return view;
}

function evolve(view: DelmalView | null, stored: StoredEvent): DelmalView | null {
  const event = { type: stored.type, data: stored.data } as DelmalEvent;
  const { actor } = stored.metadata;
  const occurredAt = utcInstant(stored.metadata.occurredAt);
  if (event.type === 'DelmalDefined') {
    const { delmalId, organId, planYear, regionmal, text } = event.data;
    return {
      delmalId,
      organId,
      planYear,
      regionmal: { ...regionmal },
      text,
      closed: false,
      closingComment: null,
      indikatorer: [],
      assessments: [],
      revision: stored.revision,
    };
  }
  if (!view) return null;
  const next: DelmalView = { ...view, revision: stored.revision };
  const indikator = (indikatorId: string, change: (i: IndikatorView) => IndikatorView) => ({
    ...next,
    indikatorer: next.indikatorer.map((i) => (i.indikatorId === indikatorId ? change(i) : i)),
  });
  switch (event.type) {
    case 'IndikatorAdded': {
      const { indikatorId, namn, enhet, baseline, malvarde, riktning } = event.data;
      const added = { indikatorId, namn, enhet, baseline, malvarde, riktning, utfall: [] };
      return { ...next, indikatorer: [...next.indikatorer, added] };
    }
    case 'IndikatorMalvardeChanged':
      return indikator(event.data.indikatorId, (i) => ({ ...i, malvarde: event.data.to }));
    case 'IndikatorUtfallRecorded': {
      const { indikatorId, period, utfall, kvot, bedomning, malvarde } = event.data;
      const recorded = {
        period,
        utfall,
        kvot,
        bedomning,
        malvarde,
        recordedBy: actor,
        recordedAt: occurredAt,
      };
      return indikator(indikatorId, (i) => ({
        ...i,
        utfall: [...i.utfall, { ...recorded, correctedBy: null, correctedAt: null }],
      }));
    }
    case 'IndikatorUtfallCorrected': {
      const { indikatorId, period, to } = event.data;
      return indikator(indikatorId, (i) => ({
        ...i,
        utfall: i.utfall.map((u) =>
          u.period === period ? { ...u, ...to, correctedBy: actor, correctedAt: occurredAt } : u,
        ),
      }));
    }
    case 'DelmalAssessed': {
      const { period, bedomning, prognos, kommentar } = event.data;
      const assessed = { period, bedomning, prognos, kommentar, assessedBy: actor, assessedAt: occurredAt };
      return {
        ...next,
        assessments: [...next.assessments, { ...assessed, correctedBy: null, correctedAt: null }],
      };
    }
    case 'DelmalAssessmentCorrected': {
      const { period, to } = event.data;
      const assessments = next.assessments.map((a) =>
        a.period === period ? { ...a, ...to, correctedBy: actor, correctedAt: occurredAt } : a,
      );
      return { ...next, assessments };
    }
    case 'DelmalClosed':
      return { ...next, closed: true, closingComment: event.data.kommentar };
    default:
      return next;
  }
}
