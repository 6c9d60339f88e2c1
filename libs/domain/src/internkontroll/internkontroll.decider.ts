/**
 * The nämnd's internkontrollplan for a year: risks judged by sannolikhet and konsekvens, kontrollmoment
 * per risk, adopted by the nämnd at a date. Before adoption the plan is a draft and changes freely;
 * after it, each change needs a reason and is recorded as a change to the adopted plan, because an
 * auditor compares what the nämnd decided with what was followed. Results and åtgärder live in
 * internkontroll.results.ts.
 *
 * Order of checks as in the other deciders: shape and times, existence, permission, then the rules.
 */
import { authorize, type InternkontrollAction, mayActOnInternkontroll } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { businessDateOf } from '../shared/dates';
import { NO_CORRECTIONS, withBusinessTime } from '../shared/business-time';
import { type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { lookup } from '../shared/records';
import {
  optionalText,
  requireDate,
  requireId,
  requireOneOf,
  requirePlanYear,
  requireReason,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import {
  type AddKontrollmoment,
  type AddRisk,
  type AdoptInternkontrollplan,
  type CreateInternkontrollplan,
  type InternkontrollCommand,
  type ReassessRisk,
} from './internkontroll.commands';
import { internkontrollErrors } from './internkontroll.errors';
import { type InternkontrollEvent, type Riskbedomning } from './internkontroll.events';
import { FREKVENSER } from './internkontroll.frekvens';
import { addAtgard, changeAtgardStatus, recordResult } from './internkontroll.results';
import {
  evolveInternkontroll,
  initialInternkontrollState,
  type Internkontrollplan,
  type InternkontrollState,
} from './internkontroll.state';

export function decideInternkontroll(
  command: InternkontrollCommand,
  state: InternkontrollState,
): InternkontrollEvent[] {
  checkCommand(command);
  if (command.type === 'CreateInternkontrollplan') return create(command, state);
  if (!state.exists) throw internkontrollErrors.notFound();
  const plan = (action: InternkontrollAction, what: string): Internkontrollplan => {
    authorize(mayActOnInternkontroll(command.metadata.actor, action, state), what);
    return state;
  };
  switch (command.type) {
    case 'AddRisk':
      return addRisk(command, plan('maintain', 'ändra en annan nämnds internkontrollplan'));
    case 'ReassessRisk':
      return reassessRisk(command, plan('maintain', 'ändra en annan nämnds internkontrollplan'));
    case 'AddKontrollmoment':
      return addKontrollmoment(command, plan('maintain', 'ändra en annan nämnds internkontrollplan'));
    case 'AdoptInternkontrollplan':
      return adopt(command, plan('maintain', 'fastställa internkontrollplanen'));
    case 'RecordKontrollresultat':
      return recordResult(command, plan('report', 'rapportera resultat i en annan nämnds internkontroll'));
    case 'AddAtgard':
      return addAtgard(command, plan('report', 'lägga till åtgärder i en annan nämnds internkontroll'));
    case 'ChangeAtgardStatus':
      return changeAtgardStatus(command, plan('report', 'ändra åtgärder i en annan nämnds internkontroll'));
  }
}

function create(
  { data, metadata }: CreateInternkontrollplan,
  state: InternkontrollState,
): InternkontrollEvent[] {
  const organId = requireId(data.organId, 'data.organId', 'Nämnden');
  authorize(
    mayActOnInternkontroll(metadata.actor, 'maintain', { organId }),
    'upprätta internkontrollplan för en annan nämnd',
  );
  const year = requirePlanYear(data.year, 'data.year', 'Året');
  if (state.exists) throw internkontrollErrors.alreadyCreated();
  return [{ type: 'InternkontrollplanCreated', data: { organId, year } }];
}

/** A draft changes freely (a reason is kept if given); an adopted plan only with a reason. */
function planChange(plan: Internkontrollplan, reason: unknown) {
  if (plan.adoptedOn === null) {
    return {
      changesAdoptedPlan: false,
      reason: optionalText(reason, 'data.reason', 'Skäl', TEXT_LIMITS.reason),
    };
  }
  return {
    changesAdoptedPlan: true,
    reason: requireReason(reason, 'data.reason', 'Skäl till ändringen av den fastställda planen'),
  };
}

/** 1–4 each; anything else is not a point on the matrix. */
function requireRiskbedomning(data: { sannolikhet: unknown; konsekvens: unknown }): Riskbedomning {
  const level = (value: unknown, field: string, label: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4) {
      throw new DomainError('INVALID_NUMBER', `${label} måste vara ett heltal från 1 till 4.`, field);
    }
    return value;
  };
  const sannolikhet = level(data.sannolikhet, 'data.sannolikhet', 'Sannolikhet');
  const konsekvens = level(data.konsekvens, 'data.konsekvens', 'Konsekvens');
  return { sannolikhet, konsekvens, riskvarde: sannolikhet * konsekvens };
}

const ref = (plan: Internkontrollplan) => ({ organId: plan.organId, year: plan.year });

function addRisk({ data }: AddRisk, plan: Internkontrollplan): InternkontrollEvent[] {
  const riskId = requireId(data.riskId, 'data.riskId', 'Risken');
  if (lookup(plan.risks, riskId)) throw internkontrollErrors.riskAlreadyAdded();
  const text = requireText(data.text, 'data.text', 'Riskens beskrivning', TEXT_LIMITS.uppdragText);
  const bedomning = requireRiskbedomning(data);
  return [
    {
      type: 'RiskAdded',
      data: { ...ref(plan), riskId, text, ...bedomning, ...planChange(plan, data.reason) },
    },
  ];
}

function reassessRisk({ data }: ReassessRisk, plan: Internkontrollplan): InternkontrollEvent[] {
  const riskId = requireId(data.riskId, 'data.riskId', 'Risken');
  const from = lookup(plan.risks, riskId);
  if (!from) throw internkontrollErrors.riskNotFound(riskId);
  const to = requireRiskbedomning(data);
  const change = planChange(plan, data.reason);
  if (to.sannolikhet === from.sannolikhet && to.konsekvens === from.konsekvens) return [];
  return [{ type: 'RiskReassessed', data: { ...ref(plan), riskId, from: { ...from }, to, ...change } }];
}

function addKontrollmoment({ data }: AddKontrollmoment, plan: Internkontrollplan): InternkontrollEvent[] {
  const riskId = requireId(data.riskId, 'data.riskId', 'Risken');
  if (!lookup(plan.risks, riskId)) throw internkontrollErrors.riskNotFound(riskId);
  const kontrollmomentId = requireId(data.kontrollmomentId, 'data.kontrollmomentId', 'Kontrollmomentet');
  if (lookup(plan.kontrollmoment, kontrollmomentId)) throw internkontrollErrors.kontrollmomentAlreadyAdded();
  return [
    {
      type: 'KontrollmomentAdded',
      data: {
        ...ref(plan),
        riskId,
        kontrollmomentId,
        vad: requireText(data.vad, 'data.vad', 'Vad som kontrolleras', TEXT_LIMITS.uppdragText),
        hur: requireText(data.hur, 'data.hur', 'Hur det kontrolleras', TEXT_LIMITS.uppdragText),
        vem: requireText(data.vem, 'data.vem', 'Vem som kontrollerar', TEXT_LIMITS.namn),
        frekvens: requireOneOf(data.frekvens, FREKVENSER, 'data.frekvens', 'Frekvens'),
        ...planChange(plan, data.reason),
      },
    },
  ];
}

function adopt({ data, metadata }: AdoptInternkontrollplan, plan: Internkontrollplan): InternkontrollEvent[] {
  if (plan.adoptedOn !== null) throw internkontrollErrors.alreadyAdopted(plan.adoptedOn);
  const adoptedOn = requireDate(data.adoptedOn, 'data.adoptedOn', 'Beslutsdatum');
  const today = businessDateOf(metadata.now);
  if (adoptedOn > today) throw internkontrollErrors.adoptionInFuture(adoptedOn, today);
  const paragraf = optionalText(data.paragraf, 'data.paragraf', 'Paragraf', TEXT_LIMITS.paragraf);
  const riskIds = Object.keys(plan.risks);
  const covered = new Set(Object.values(plan.kontrollmoment).map((k) => k.riskId));
  if (riskIds.length === 0 || riskIds.some((id) => !covered.has(id))) throw internkontrollErrors.incomplete();
  return [{ type: 'InternkontrollplanAdopted', data: { ...ref(plan), adoptedOn, paragraf } }];
}

/** Business time never runs backwards (shared/business-time.ts); nothing here is dated back. */
export const internkontrollDecider = withBusinessTime(
  {
    initialState: initialInternkontrollState,
    evolve: evolveInternkontroll,
    decide: decideInternkontroll,
  } satisfies Decider<InternkontrollCommand, InternkontrollEvent, InternkontrollState>,
  NO_CORRECTIONS,
);
