/**
 * An uppsiktsärende as the API shows it: what regionstyrelsen asked, of whom, by when; every answer
 * with who gave it and when; the conclusion. Folded from its stream, exact at its revision (`ETag`).
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  UPPSIKT_ITEM_KINDS,
  type UppsiktEvent,
  type UppsiktItemKind,
  UPPSIKTSARENDE_KINDS,
  type UppsiktsarendeKind,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { utcInstant } from '../http/instant';

export class UppsiktItemView {
  @ApiProperty({ enum: UPPSIKT_ITEM_KINDS }) kind!: UppsiktItemKind;
  @ApiProperty() id!: string;
}

export class UppsiktAnswerView {
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date' }) answeredOn!: string;
  @ApiProperty() answeredBy!: string;
  @ApiProperty() answeredAt!: string;
  @ApiProperty({ description: 'Svaret kom efter svarsdatum.' }) late!: boolean;
}

export class UppsiktsarendeView {
  @ApiProperty() arendeId!: string;
  @ApiProperty({ example: 'rs' }) regionstyrelsenId!: string;
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ type: UppsiktItemView, nullable: true }) item!: UppsiktItemView | null;
  @ApiProperty({ enum: UPPSIKTSARENDE_KINDS }) kind!: UppsiktsarendeKind;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ format: 'date' }) recordedOn!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: [UppsiktAnswerView] }) answers!: UppsiktAnswerView[];
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: String, nullable: true }) conclusion!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedBy!: string | null;
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldUppsiktsarendeView(events: readonly StoredEvent[]): UppsiktsarendeView | null {
  let view: UppsiktsarendeView | null = null;
  for (const stored of events) view = evolve(view, stored);
  return view;
}

function evolve(view: UppsiktsarendeView | null, stored: StoredEvent): UppsiktsarendeView | null {
  const event = { type: stored.type, data: stored.data } as UppsiktEvent;
  const { actor } = stored.metadata;
  const occurredAt = utcInstant(stored.metadata.occurredAt);
  if (event.type === 'UppsiktsarendeRecorded') {
    const { arendeId, regionstyrelsenId, organId, item, kind, text, dueDate, recordedOn } = event.data;
    return {
      arendeId,
      regionstyrelsenId,
      organId,
      item: item ? { ...item } : null,
      kind,
      text,
      dueDate,
      recordedOn,
      recordedBy: actor,
      answers: [],
      closed: false,
      conclusion: null,
      closedOn: null,
      closedBy: null,
      revision: stored.revision,
    };
  }
  if (!view) return null;
  const next = { ...view, revision: stored.revision };
  switch (event.type) {
    case 'UppsiktsarendeAnswered': {
      const { text, answeredOn } = event.data;
      const answer = {
        text,
        answeredOn,
        answeredBy: actor,
        answeredAt: occurredAt,
        late: answeredOn > view.dueDate,
      };
      return { ...next, answers: [...next.answers, answer] };
    }
    case 'UppsiktsarendeClosed':
      return {
        ...next,
        closed: true,
        conclusion: event.data.conclusion,
        closedOn: event.data.closedOn,
        closedBy: actor,
      };
    default:
      return next;
  }
}
