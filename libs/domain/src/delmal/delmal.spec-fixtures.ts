/**
 * Regionstyrelsens delmål from its plan 2023 (seed 003), Mål 4 "Västerbotten är en ledande
 * miljöregion": minska klimatutsläppen från regionens trafik, with its two indikatorer.
 */
import { type Actor } from '../access/roles';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { type DelmalCommand } from './delmal.commands';
import { type DelmalDefined, type IndikatorAdded } from './delmal.events';

export const KLIMAT = 'delmal-rs-2023-klimat';
export const TJANSTERESOR = 'indikator-tjansteresor';
export const PATIENTTRANSPORTER = 'indikator-patienttransporter';

export const klimatDefined: DelmalDefined = {
  type: 'DelmalDefined',
  data: {
    delmalId: KLIMAT,
    organId: ORGAN.RS,
    planYear: 2023,
    regionmal: { id: 'regionmal-4', namn: 'Mål 4. Västerbotten är en ledande miljöregion' },
    text: 'Minska klimatutsläppen från regionens trafik',
  },
};

/** "Klimatutsläpp från tjänsteresor 1 061 → 1 010": lower is better. */
export const tjansteresorAdded: IndikatorAdded = {
  type: 'IndikatorAdded',
  data: {
    delmalId: KLIMAT,
    indikatorId: TJANSTERESOR,
    namn: 'Klimatutsläpp från tjänsteresor',
    enhet: 'ton CO2e',
    baseline: { year: 2021, value: 1061 },
    malvarde: 1010,
    riktning: 'lower_is_better',
  },
};

/** Added without målvärde: the plan says "Svar saknas". */
export const patienttransporterAdded: IndikatorAdded = {
  type: 'IndikatorAdded',
  data: {
    delmalId: KLIMAT,
    indikatorId: PATIENTTRANSPORTER,
    namn: 'Klimatutsläpp från patienttransporter',
    enhet: 'ton CO2e',
    baseline: { year: 2021, value: 1038 },
    malvarde: null,
    riktning: 'lower_is_better',
  },
};

/** A command on the klimat delmål, by default from Johan (officer at RS) in early May 2023. */
export function onKlimat<T extends Exclude<DelmalCommand['type'], 'DefineDelmal'>>(
  type: T,
  data: Omit<Extract<DelmalCommand, { type: T }>['data'], 'delmalId'>,
  actor: Actor = ACTOR.johanRs,
  now?: string,
): Extract<DelmalCommand, { type: T }> {
  return { type, data: { delmalId: KLIMAT, ...data }, metadata: meta(actor, now) } as Extract<
    DelmalCommand,
    { type: T }
  >;
}
