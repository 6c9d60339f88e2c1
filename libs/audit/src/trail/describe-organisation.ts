/** What each organ and person event (master data) means in words, and which fields it changed. */
import { ORGAN_TYP_LABELS, type OrganEvent, type PersonEvent, type Role, ROLE_LABELS } from '@sparbar/domain';
import { change, type Described, set } from './changes';
import { listText, named } from './format';
import { type Names } from './names';

const roles = (rs: readonly Role[]) =>
  rs.length === 0 ? 'inga roller' : listText(rs.map((r) => ROLE_LABELS[r] ?? r));

export function describeOrgan(event: OrganEvent, names: Names): Described {
  switch (event.type) {
    case 'OrganRegistered': {
      const d = event.data;
      const parent = d.parentOrganId ? `, under ${named(names, 'organ', d.parentOrganId)}` : '';
      return {
        description: `Organ registrerat: ${d.namn} (${d.kortnamn}), ${(ORGAN_TYP_LABELS[d.typ] ?? d.typ).toLowerCase()}${parent}`,
        changes: [
          set('namn', d.namn),
          set('kortnamn', d.kortnamn),
          set('typ', d.typ),
          set('parentOrganId', d.parentOrganId),
        ],
      };
    }
    case 'OrganRenamed': {
      const { from, to } = event.data;
      return {
        description: `Organet bytte namn från ${from.namn} (${from.kortnamn}) till ${to.namn} (${to.kortnamn})`,
        changes: [
          ...(from.namn !== to.namn ? [change('namn', from.namn, to.namn)] : []),
          ...(from.kortnamn !== to.kortnamn ? [change('kortnamn', from.kortnamn, to.kortnamn)] : []),
        ],
      };
    }
    case 'OrganParentChanged':
      return {
        description: `Överordnat organ ändrat från ${named(names, 'organ', event.data.from)} till ${named(names, 'organ', event.data.to)}`,
        changes: [change('parentOrganId', event.data.from, event.data.to)],
      };
    case 'OrganDeactivated':
      return { description: 'Organet avvecklat', changes: [change('active', true, false)] };
  }
}

export function describePerson(event: PersonEvent, names: Names): Described {
  switch (event.type) {
    case 'PersonRegistered': {
      const d = event.data;
      const organ = d.organId ? `, ${named(names, 'organ', d.organId)}` : '';
      return {
        description: `Person registrerad: ${d.namn} (${d.epost})${organ}; ${roles(d.roles)}`,
        changes: [
          set('namn', d.namn),
          set('epost', d.epost),
          set('organId', d.organId),
          set('roles', d.roles),
        ],
      };
    }
    case 'PersonRenamed':
      return {
        description: `Namn ändrat från ${event.data.from} till ${event.data.to}`,
        changes: [change('namn', event.data.from, event.data.to)],
      };
    case 'PersonEmailChanged':
      return {
        description: `E-postadress ändrad från ${event.data.from} till ${event.data.to}`,
        changes: [change('epost', event.data.from, event.data.to)],
      };
    case 'PersonOrganChanged':
      return {
        description: `Organ ändrat från ${named(names, 'organ', event.data.from)} till ${named(names, 'organ', event.data.to)}`,
        changes: [change('organId', event.data.from, event.data.to)],
      };
    case 'PersonRolesChanged':
      return {
        description: `Roller ändrade från ${roles(event.data.from)} till ${roles(event.data.to)}`,
        changes: [change('roles', event.data.from, event.data.to)],
      };
    case 'PersonDeactivated':
      return { description: 'Personen avaktiverad', changes: [change('active', true, false)] };
    case 'AuditorMandateGiven':
      return {
        description: `Revisionsuppdrag ${event.data.validFrom} – ${event.data.validTo}`,
        changes: [set('auditorMandate', { validFrom: event.data.validFrom, validTo: event.data.validTo })],
      };
  }
}
