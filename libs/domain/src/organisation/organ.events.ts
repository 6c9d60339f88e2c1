/**
 * What can happen to an organ. Master data is event-sourced because auditors ask for the log of its
 * changes too ("which nämnd was this beredning under when the uppdrag was given?").
 */
import { type DomainEvent } from '../shared/decider';
import { type OrganTyp } from './organ.typ';

export type OrganNamn = { namn: string; kortnamn: string };

export type OrganRegistered = DomainEvent<
  'OrganRegistered',
  { organId: string; namn: string; kortnamn: string; typ: OrganTyp; parentOrganId: string | null }
>;

export type OrganRenamed = DomainEvent<'OrganRenamed', { organId: string; from: OrganNamn; to: OrganNamn }>;

export type OrganParentChanged = DomainEvent<
  'OrganParentChanged',
  { organId: string; from: string | null; to: string | null }
>;

export type OrganDeactivated = DomainEvent<'OrganDeactivated', { organId: string; reason: string }>;

export type OrganEvent = OrganRegistered | OrganRenamed | OrganParentChanged | OrganDeactivated;

export const ORGAN_EVENT_TYPES = [
  'OrganRegistered',
  'OrganRenamed',
  'OrganParentChanged',
  'OrganDeactivated',
] as const satisfies readonly OrganEvent['type'][];
