/** An organ as the API shows it, folded from its stream. */
import { ApiProperty } from '@nestjs/swagger';
import { ORGAN_TYPER, type OrganEvent, type OrganTyp } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

export class OrganView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ example: 'Hälso- och sjukvårdsnämnden' }) namn!: string;
  @ApiProperty({ example: 'HSN' }) kortnamn!: string;
  @ApiProperty({ enum: ORGAN_TYPER }) typ!: OrganTyp;
  @ApiProperty({ type: String, nullable: true, example: 'regionfullmaktige' }) parentOrganId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, nullable: true }) deactivationReason!: string | null;
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

export function foldOrganView(events: readonly StoredEvent[]): OrganView | null {
  let view: OrganView | null = null;
  for (const stored of events) view = evolveOrganView(view, stored);
  return view;
}

export function evolveOrganView(view: OrganView | null, stored: StoredEvent): OrganView | null {
  const event = { type: stored.type, data: stored.data } as OrganEvent;
  if (event.type === 'OrganRegistered') {
    const { organId, namn, kortnamn, typ, parentOrganId } = event.data;
    return {
      organId,
      namn,
      kortnamn,
      typ,
      parentOrganId,
      active: true,
      deactivationReason: null,
      revision: stored.revision,
    };
  }
  if (!view) return null;
  const next = { ...view, revision: stored.revision };
  switch (event.type) {
    case 'OrganRenamed':
      return { ...next, ...event.data.to };
    case 'OrganParentChanged':
      return { ...next, parentOrganId: event.data.to };
    case 'OrganDeactivated':
      return { ...next, active: false, deactivationReason: event.data.reason };
    default:
      return next;
  }
}
