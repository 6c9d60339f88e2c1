/** A person as the API shows them, folded from their stream. */
import { ApiProperty } from '@nestjs/swagger';
import { type Actor, mayReadContactDetails, type PersonEvent, type Role, ROLES } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

export class AuditorMandateView {
  @ApiProperty({ format: 'date', example: '2023-01-01' }) validFrom!: string;
  @ApiProperty({ format: 'date', example: '2024-04-30' }) validTo!: string;
}

export class PersonView {
  @ApiProperty({ example: 'person-johan' }) personId!: string;
  @ApiProperty({ example: 'Johan Lindström' }) namn!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'johan.lindstrom@example.se',
    description: 'Kontaktuppgift: bara för nämndsekreterare och administratörer, annars null.',
  })
  epost!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'rs' }) organId!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty() active!: boolean;
  @ApiProperty({
    type: AuditorMandateView,
    nullable: true,
    description: 'Revisorns behörighet gäller bara dessa dagar (null: ingen revisorsbehörighet).',
  })
  auditorMandate!: AuditorMandateView | null;
  @ApiProperty({ description: 'Strömmens revision (samma som ETag).' }) revision!: number;
}

/** A person as the register holds them, e-mail address included. */
export type PersonRecord = PersonView & { epost: string };

/** The view as `actor` may see it: contact details only for those who need them (access.policy.ts). */
export function forReader(view: PersonRecord, actor: Actor): PersonView {
  return mayReadContactDetails(actor) ? view : { ...view, epost: null };
}

export function foldPersonView(events: readonly StoredEvent[]): PersonRecord | null {
  let view: PersonRecord | null = null;
  for (const stored of events) view = evolvePersonView(view, stored);
  return view;
}

export function evolvePersonView(view: PersonRecord | null, stored: StoredEvent): PersonRecord | null {
  const event = { type: stored.type, data: stored.data } as PersonEvent;
  if (event.type === 'PersonRegistered') {
    const { personId, namn, epost, organId, roles } = event.data;
    return {
      personId,
      namn,
      epost,
      organId,
      roles: [...roles],
      active: true,
      auditorMandate: null,
      revision: stored.revision,
    };
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
      return {
        ...next,
        roles: [...event.data.to],
        auditorMandate: event.data.to.includes('auditor') ? next.auditorMandate : null,
      };
    case 'PersonDeactivated':
      return { ...next, active: false };
    case 'AuditorMandateGiven':
      return { ...next, auditorMandate: { validFrom: event.data.validFrom, validTo: event.data.validTo } };
    default:
      return next;
  }
}
