/**
 * A nämnd's adoption of its report for a period as the API shows it: the meeting, § and diarienummer,
 * earlier adoptions it replaced, and regionstyrelsen's and fullmäktige's handling. Folded from its
 * stream (after a write) or the read model's rows (the list), exact at its revision (`ETag`).
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  adoptionLabel,
  type FaststallelseEvent,
  HANDLING_BODIES,
  HANDLING_KINDS,
  type HandlingBody,
  type HandlingKind,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

export class BeslutView {
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ example: '45' }) paragraf!: string;
}

export class HandlingView {
  @ApiProperty({ enum: HANDLING_BODIES }) by!: HandlingBody;
  @ApiProperty({ example: 'rs' }) byOrganId!: string;
  @ApiProperty({ enum: HANDLING_KINDS, description: 'received: anmäld; handled: behandlad.' })
  kind!: HandlingKind;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() paragraf!: string;
  @ApiProperty() recordedBy!: string;
}

export class FaststallelseView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ format: 'date', description: 'Sammanträdesdag för det gällande fastställandet.' })
  meetingDate!: string;
  @ApiProperty({ example: '45' }) paragraf!: string;
  @ApiProperty({ type: String, nullable: true }) diarienummer!: string | null;
  @ApiProperty() adoptedBy!: string;
  @ApiProperty({
    description: 'Tidigare fastställanden som ett senare sammanträde ersatte, äldst först.',
    type: [BeslutView],
  })
  previous!: BeslutView[];
  @ApiProperty({ type: [HandlingView] }) handlings!: HandlingView[];
  @ApiProperty({ example: 'Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45' }) text!: string;
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

/** What the fold needs of an event: from its stream, or a row of the fastställanden read model. */
export type FoldableFaststallelse = Pick<StoredEvent, 'type' | 'data' | 'revision'> &
  ({ metadata: { actor: string } } | { actor: string });

const actorOf = (e: FoldableFaststallelse) => ('metadata' in e ? e.metadata.actor : e.actor);

/** `organNamn`: the organ's name for the text (its id when unknown). */
export function foldFaststallelseView(
  events: readonly FoldableFaststallelse[],
  organNamn?: string,
): FaststallelseView | null {
  let view: FaststallelseView | null = null;
  for (const stored of events) view = evolve(view, stored, organNamn);
  return view;
}

function evolve(
  view: FaststallelseView | null,
  stored: FoldableFaststallelse,
  organNamn: string | undefined,
): FaststallelseView | null {
  const event = { type: stored.type, data: stored.data } as FaststallelseEvent;
  const actor = actorOf(stored);
  if (event.type === 'PeriodReportAdopted') {
    const { organId, period, meetingDate, paragraf, diarienummer, previous } = event.data;
    return {
      organId,
      period,
      meetingDate,
      paragraf,
      diarienummer,
      adoptedBy: actor,
      previous: previous ? [...(view?.previous ?? []), { ...previous }] : [],
      handlings: view?.handlings ?? [],
      text: adoptionLabel(organNamn ?? organId, meetingDate, paragraf),
      revision: stored.revision,
    };
  }
  if (view && event.type === 'PeriodReportHandlingRecorded') {
    const { by, byOrganId, kind, date, paragraf } = event.data;
    return {
      ...view,
      handlings: [...view.handlings, { by, byOrganId, kind, date, paragraf, recordedBy: actor }],
      revision: stored.revision,
    };
  }
  return view;
}
