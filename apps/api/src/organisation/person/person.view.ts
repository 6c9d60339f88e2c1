/** A person as the API shows them, folded from their stream. */
import { ApiProperty } from '@nestjs/swagger';
import { type PersonEvent, type Role, ROLES } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

export class PersonView {
  @ApiProperty({ example: 'person-johan' }) personId!: string;
  @ApiProperty({ example: 'Johan Lindström' }) namn!: string;
  @ApiProperty({ example: 'johan.lindstrom@example.se' }) epost!: string;
  @ApiProperty({ type: String, nullable: true, example: 'rs' }) organId!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldPersonView(events: readonly StoredEvent[]): PersonView | null {
  let view: PersonView | null = null;
  for (const stored of events) view = evolvePersonView(view, stored);
  return view;
}

export function evolvePersonView(view: PersonView | null, stored: StoredEvent): PersonView | null {
  const event = { type: stored.type, data: stored.data } as PersonEvent;
  if (event.type === 'PersonRegistered') {
    const { personId, namn, epost, organId, roles } = event.data;
    return { personId, namn, epost, organId, roles: [...roles], active: true, revision: stored.revision };
  }
  if (!view) return null;
  const next = { ...view, revision: stored.revision };
  switch (event.type) {
    case 'PersonRenamed':
      return { ...next, namn: event.data.to };
    case 'PersonEmailChanged':
      return { ...next, epost: event.data.to };
    case 'PersonOrganChanged':
      return { ...next, organId: event.data.to };
    case 'PersonRolesChanged':
      return { ...next, roles: [...event.data.to] };
    case 'PersonDeactivated':
      return { ...next, active: false };
    default:
      return next;
  }
}
