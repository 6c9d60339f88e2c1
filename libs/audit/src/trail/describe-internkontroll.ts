/**
 * What each event of a nämnd's internkontrollplan means in words. A change made after the nämnd
 * adopted the plan says so, so the trail tells the adopted plan from what was changed in it later.
 * Risks, kontrollmoment and åtgärder are named by their text as the log gave it (see state.ts).
 */
import {
  ATGARD_STATUS_LABELS,
  FREKVENS_LABELS,
  type InternkontrollEvent,
  kontrollPeriodLabel,
  parseKontrollPeriod,
} from '@sparbar/domain';
import { type Described } from './changes';
import { dateText } from './describe-paminnelse';
import { named } from './format';
import { type Names, planPartKey } from './names';

export function describeInternkontroll(event: InternkontrollEvent, names: Names): Described | undefined {
  const d = event.data;
  const part = (kind: 'risk' | 'kontrollmoment' | 'atgard', id: string) =>
    `"${named(names, kind, planPartKey(d.organId, d.year, id))}"`;
  const organ = named(names, 'organ', d.organId);
  switch (event.type) {
    case 'InternkontrollplanCreated':
      return { description: `Internkontrollplan ${d.year} upprättad för ${organ}`, changes: [] };
    case 'RiskAdded': {
      const e = event.data;
      return {
        description: `Risk tillagd${afterAdoption(e)}: ${e.text} (sannolikhet ${e.sannolikhet}, konsekvens ${e.konsekvens}, riskvärde ${e.riskvarde})`,
        changes: [
          { field: 'text', from: null, to: e.text },
          { field: 'riskvarde', from: null, to: e.riskvarde },
        ],
      };
    }
    case 'RiskReassessed': {
      const e = event.data;
      return {
        description:
          `Risk ${part('risk', e.riskId)} omvärderad${afterAdoption(e)}: riskvärde ${e.from.riskvarde} → ${e.to.riskvarde} ` +
          `(sannolikhet ${e.from.sannolikhet} → ${e.to.sannolikhet}, konsekvens ${e.from.konsekvens} → ${e.to.konsekvens})`,
        changes: [{ field: 'riskbedomning', from: e.from, to: e.to }],
      };
    }
    case 'KontrollmomentAdded': {
      const e = event.data;
      return {
        description:
          `Kontrollmoment tillagt${afterAdoption(e)} för risken ${part('risk', e.riskId)}: ${e.vad}; ` +
          `${e.hur}; ${e.vem}; ${FREKVENS_LABELS[e.frekvens] ?? e.frekvens}`,
        changes: [
          { field: 'vad', from: null, to: e.vad },
          { field: 'frekvens', from: null, to: e.frekvens },
        ],
      };
    }
    case 'InternkontrollplanAdopted': {
      const e = event.data;
      const paragraf = e.paragraf ? `, ${e.paragraf}` : '';
      return {
        description: `Internkontrollplan ${e.year} fastställd av ${organ} ${dateText(e.adoptedOn)}${paragraf}`,
        changes: [{ field: 'adoptedOn', from: null, to: e.adoptedOn }],
      };
    }
    case 'KontrollresultatRecorded': {
      const e = event.data;
      const moment = `kontrollmoment ${part('kontrollmoment', e.kontrollmomentId)} för ${periodOf(e.period)}`;
      return {
        description:
          e.resultat === 'avvikelse'
            ? `Avvikelse i ${moment}: ${e.beskrivning ?? ''}`
            : `Utan anmärkning i ${moment}`,
        changes: [{ field: 'resultat', from: null, to: e.resultat }],
      };
    }
    case 'AtgardAdded': {
      const e = event.data;
      return {
        description:
          `Åtgärd för avvikelsen i kontrollmoment ${part('kontrollmoment', e.kontrollmomentId)} för ${periodOf(e.period)}: ` +
          `${e.text}; ansvarig ${named(names, 'person', e.ansvarigPersonId)}; klar senast ${dateText(e.dueDate)}`,
        changes: [
          { field: 'text', from: null, to: e.text },
          { field: 'ansvarigPersonId', from: null, to: e.ansvarigPersonId },
          { field: 'dueDate', from: null, to: e.dueDate },
          { field: 'status', from: null, to: e.status },
        ],
      };
    }
    case 'AtgardStatusChanged': {
      const e = event.data;
      const kommentar = e.kommentar ? `: ${e.kommentar}` : '';
      return {
        description: `Åtgärd ${part('atgard', e.atgardId)} ändrad från ${ATGARD_STATUS_LABELS[e.from] ?? e.from} till ${ATGARD_STATUS_LABELS[e.to] ?? e.to}${kommentar}`,
        changes: [{ field: 'status', from: e.from, to: e.to }],
      };
    }
    default:
      return undefined;
  }
}

function afterAdoption(change: { changesAdoptedPlan: boolean }): string {
  return change.changesAdoptedPlan ? ' i den fastställda planen' : '';
}

function periodOf(period: string): string {
  const parsed = parseKontrollPeriod(period);
  return parsed ? kontrollPeriodLabel(parsed) : period;
}
