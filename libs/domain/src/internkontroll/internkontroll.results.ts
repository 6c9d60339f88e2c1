/**
 * Following the adopted plan: the result of each kontrollmoment per period (utan anmärkning, or an
 * avvikelse with what was found), and the åtgärder for an avvikelse until they are klara.
 *
 * No result before adoption: until the nämnd has decided the plan, there is nothing to follow. A
 * result is recorded once per kontrollmoment and period; an åtgärd is due after the avvikelse it
 * remedies was found, and a klar åtgärd stays klar (more work is a new åtgärd, so the log shows it).
 */
import { businessDateOf } from '../shared/dates';
import { lookup } from '../shared/records';
import {
  optionalText,
  requireDate,
  requireId,
  requireOneOf,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import {
  type AddAtgard,
  type ChangeAtgardStatus,
  type RecordKontrollresultat,
} from './internkontroll.commands';
import { internkontrollErrors } from './internkontroll.errors';
import { ATGARD_STATUSES, type InternkontrollEvent, KONTROLLRESULTAT } from './internkontroll.events';
import { formatKontrollPeriod, requireKontrollPeriod } from './internkontroll.frekvens';
import { type Internkontrollplan, resultKey } from './internkontroll.state';

export function recordResult(
  { data, metadata }: RecordKontrollresultat,
  plan: Internkontrollplan,
): InternkontrollEvent[] {
  if (plan.adoptedOn === null) throw internkontrollErrors.notAdopted();
  const kontrollmomentId = requireId(data.kontrollmomentId, 'data.kontrollmomentId', 'Kontrollmomentet');
  const moment = lookup(plan.kontrollmoment, kontrollmomentId);
  if (!moment) throw internkontrollErrors.kontrollmomentNotFound(kontrollmomentId);
  const today = businessDateOf(metadata.now);
  const period = formatKontrollPeriod(requireKontrollPeriod(data.period, moment.frekvens, plan.year, today));
  if (lookup(plan.results, resultKey(kontrollmomentId, period))) {
    throw internkontrollErrors.resultAlreadyRecorded(period);
  }
  const resultat = requireOneOf(data.resultat, KONTROLLRESULTAT, 'data.resultat', 'Resultat');
  const beskrivning = optionalText(
    data.beskrivning,
    'data.beskrivning',
    'Beskrivningen',
    TEXT_LIMITS.kommentar,
  );
  if (resultat === 'avvikelse' && beskrivning === null)
    throw internkontrollErrors.avvikelseNeedsDescription();
  return [
    {
      type: 'KontrollresultatRecorded',
      data: {
        organId: plan.organId,
        year: plan.year,
        kontrollmomentId,
        period,
        resultat,
        beskrivning,
        recordedOn: today,
      },
    },
  ];
}

export function addAtgard({ data }: AddAtgard, plan: Internkontrollplan): InternkontrollEvent[] {
  const atgardId = requireId(data.atgardId, 'data.atgardId', 'Åtgärden');
  if (lookup(plan.atgarder, atgardId)) throw internkontrollErrors.atgardAlreadyAdded();
  const kontrollmomentId = requireId(data.kontrollmomentId, 'data.kontrollmomentId', 'Kontrollmomentet');
  if (!lookup(plan.kontrollmoment, kontrollmomentId)) {
    throw internkontrollErrors.kontrollmomentNotFound(kontrollmomentId);
  }
  const period = typeof data.period === 'string' ? data.period : '';
  const result = lookup(plan.results, resultKey(kontrollmomentId, period));
  if (!result || result.resultat !== 'avvikelse') throw internkontrollErrors.noAvvikelse(period || '–');
  const dueDate = requireDate(data.dueDate, 'data.dueDate', 'Slutdatum');
  if (dueDate <= result.recordedOn) {
    throw internkontrollErrors.atgardDueNotAfterAvvikelse(dueDate, result.recordedOn);
  }
  return [
    {
      type: 'AtgardAdded',
      data: {
        organId: plan.organId,
        year: plan.year,
        atgardId,
        kontrollmomentId,
        period,
        text: requireText(data.text, 'data.text', 'Åtgärden', TEXT_LIMITS.uppdragText),
        ansvarigPersonId: requireId(data.ansvarigPersonId, 'data.ansvarigPersonId', 'Ansvarig'),
        dueDate,
        status: 'planerad',
      },
    },
  ];
}

export function changeAtgardStatus(
  { data }: ChangeAtgardStatus,
  plan: Internkontrollplan,
): InternkontrollEvent[] {
  const atgardId = requireId(data.atgardId, 'data.atgardId', 'Åtgärden');
  const atgard = lookup(plan.atgarder, atgardId);
  if (!atgard) throw internkontrollErrors.atgardNotFound(atgardId);
  const to = requireOneOf(data.status, ATGARD_STATUSES, 'data.status', 'Status');
  const kommentar = optionalText(data.kommentar, 'data.kommentar', 'Kommentaren', TEXT_LIMITS.kommentar);
  if (to === atgard.status) return [];
  if (atgard.status === 'klar') throw internkontrollErrors.atgardDone();
  return [
    {
      type: 'AtgardStatusChanged',
      data: { organId: plan.organId, year: plan.year, atgardId, from: atgard.status, to, kommentar },
    },
  ];
}
