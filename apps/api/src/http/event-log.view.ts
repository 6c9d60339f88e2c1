/** One event of an item's log as auditors read it: what, who, both times, and the request behind it. */
import { ApiProperty } from '@nestjs/swagger';
import { type StoredEvent } from '@sparbar/event-store';
import { utcInstant } from './instant';

export class LoggedEventView {
  @ApiProperty({ description: 'Plats i hela loggens ordning.' }) position!: number;
  @ApiProperty({ description: 'Plats i objektets ström (0 först).' }) revision!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'UppdragStatusReported' }) type!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Händelsens data som den lagrades (det kedjan räknar på), tider som de skrevs.',
  })
  data!: unknown;
  @ApiProperty({ description: 'Vem (person-id från token).' }) actor!: string;
  @ApiProperty({ description: 'Händelsetid: när det hände i verksamheten.' }) occurredAt!: string;
  @ApiProperty({ description: 'Servertid: när det lagrades.' }) recordedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Begärans id (x-request-id).' })
  correlationId!: string | null;
}

export function loggedEvents(events: readonly StoredEvent[]): LoggedEventView[] {
  return events.map((e) => ({
    position: e.position,
    revision: e.revision,
    eventId: e.id,
    type: e.type,
    data: e.data,
    actor: e.metadata.actor,
    occurredAt: utcInstant(e.metadata.occurredAt),
    recordedAt: utcInstant(e.recordedAt),
    correlationId: typeof e.metadata.correlationId === 'string' ? e.metadata.correlationId : null,
  }));
}
