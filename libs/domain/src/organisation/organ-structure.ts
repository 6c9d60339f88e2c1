/**
 * An organisation's organ structure as a whole, as a platform administrator provisions it: every organ
 * of a type its kind of organisation has (a kommun has kommunfullmäktige, not regionfullmäktige), one
 * fullmäktige at the top, at most one styrelse of the organisation, and every parent among the organs
 * before the organ under it. Pure: the organs as they are to be registered, in order.
 */
import { DomainError } from '../shared/domain-error';
import {
  isFullmaktige,
  isOrganisationensStyrelse,
  ORGAN_TYP_LABELS,
  ORGAN_TYPER_FOR,
  ORGANISATION_SLAG,
  ORGANISATION_SLAG_LABELS,
  type OrganisationSlag,
  type OrganTyp,
} from './organ.typ';

export interface PlannedOrgan {
  organId: string;
  typ: OrganTyp;
  parentOrganId?: string | null;
}

/** Refuses (INVALID_VALUE, naming the organ and its field) a structure its kind of organisation cannot have. */
export function checkOrganStructure(slag: OrganisationSlag, organs: readonly PlannedOrgan[]): void {
  if (!ORGANISATION_SLAG.includes(slag)) {
    throw invalid(`Organisationen måste vara en region eller en kommun, inte "${String(slag)}".`, 'kind');
  }
  const allowed = ORGAN_TYPER_FOR[slag];
  const kind = ORGANISATION_SLAG_LABELS[slag].toLowerCase();
  const seen = new Set<string>();
  organs.forEach((organ, i) => {
    if (!allowed.includes(organ.typ)) {
      const label = ORGAN_TYP_LABELS[organ.typ] ?? String(organ.typ);
      throw invalid(
        `Organet ${organ.organId} är av typen ${label.toLowerCase()}, som en ${kind} inte har (${allowed
          .map((t) => ORGAN_TYP_LABELS[t].toLowerCase())
          .join(', ')}).`,
        `organs[${i}].typ`,
      );
    }
    const parent = organ.parentOrganId ?? null;
    if (isFullmaktige(organ.typ) && parent !== null) {
      throw invalid(
        `${ORGAN_TYP_LABELS[organ.typ]} står överst och hör inte under något organ.`,
        `organs[${i}]`,
      );
    }
    if (parent !== null && !seen.has(parent)) {
      throw invalid(
        `Organet ${organ.organId} hör under ${parent}, som inte finns före det i listan.`,
        `organs[${i}].parentOrganId`,
      );
    }
    seen.add(organ.organId);
  });
  const fullmaktige = organs.filter((o) => isFullmaktige(o.typ));
  if (fullmaktige.length !== 1) {
    throw invalid(
      `En ${kind} har ett fullmäktige (${ORGAN_TYP_LABELS[allowed[0]].toLowerCase()}); här finns ${fullmaktige.length}.`,
      'organs',
    );
  }
  if (organs.filter((o) => isOrganisationensStyrelse(o.typ)).length > 1) {
    throw invalid(`En ${kind} har en ${ORGAN_TYP_LABELS[allowed[1]].toLowerCase()}, inte flera.`, 'organs');
  }
}

function invalid(message: string, field: string): DomainError {
  return new DomainError('INVALID_VALUE', message, field);
}
