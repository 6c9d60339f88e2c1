/**
 * A region's current plan year in the demo (Region Västerbotten's organs): five uppdrag from
 * regionfullmäktige, one of them over two plan years, HSN's two delmål, and Regionala
 * utvecklingsnämnden adopting its tertial report. Texts and numbers are our own, in the style of
 * 2023's; the regionmål are 2023's.
 */
import { type PlanProfile, tenths } from './plan-profile';

export const REGION_PLAN: PlanProfile = {
  fullmaktige: 'regionfullmaktige',
  delmalOrgan: 'hsn',
  adoptedBy: { organId: 'run', diarium: 'RUN' },
  uppdrag: (Y, registeredOn) => [
    {
      uppdragId: `demo-${Y}-u01-digitala-vardmoten`,
      planYear: Y,
      text: 'Öka andelen digitala vårdmöten i primärvården och redovisa effekterna på tillgängligheten',
      riktasTill: ['hsn'],
      periodicitet: 'manad',
      slutdatum: `${Y}-12-31`,
      ansvarig: 'person-johan',
      registeredOn,
      leftOwing: 0,
    },
    {
      uppdragId: `demo-${Y}-u02-hyrpersonal`,
      planYear: Y,
      text: 'Minska kostnaderna för hyrpersonal enligt den regionala handlingsplanen',
      riktasTill: ['hsn'],
      periodicitet: 'manad',
      slutdatum: `${Y}-12-31`,
      ansvarig: 'person-johan',
      registeredOn,
      leftOwing: 1,
    },
    {
      uppdragId: `demo-${Y}-u03-lokalforsorjning`,
      planYear: Y,
      text: 'Ta fram en lokalförsörjningsplan för regionens verksamheter 2025–2035',
      riktasTill: ['rs'],
      periodicitet: 'tertial',
      slutdatum: `${Y}-12-31`,
      ansvarig: 'person-sara',
      registeredOn,
      leftOwing: 0,
    },
    {
      uppdragId: `demo-${Y}-u04-kollektivtrafik`,
      planYear: Y,
      text: 'Utreda ett gemensamt biljettsystem för länets kollektivtrafik tillsammans med kommunerna',
      riktasTill: ['run'],
      periodicitet: 'manad',
      slutdatum: `${Y}-12-31`,
      ansvarig: 'person-sara',
      registeredOn,
      leftOwing: 2,
    },
    {
      uppdragId: `demo-${Y - 1}-f01-vardplatser`,
      planYear: Y - 1,
      text: 'Säkra tillgången till vårdplatser genom en länsgemensam plan för bemanning (flerårigt uppdrag)',
      riktasTill: ['hsn', 'rs'],
      periodicitet: 'manad',
      slutdatum: `${Y}-12-31`,
      ansvarig: 'person-johan',
      registeredOn: `${Y - 1}-02-01`,
      leftOwing: 1,
    },
  ],
  // HSN's two delmål of the year (regionstyrelsen's plan of the year is left for the user to fill).
  delmal: (Y) => [
    {
      delmalId: `demo-${Y}-hsn-delmal-01`,
      regionmal: { id: 'regionmal-8', namn: 'Mål 8. Vi har en långsiktigt hållbar ekonomi' },
      text: 'Hälso- och sjukvårdens kostnader ska inte öka snabbare än intäkterna',
      indikatorer: [
        { indikatorId: 'ind-1', namn: 'Nettokostnadsutveckling', enhet: '%', malvarde: 3, baseline: 4.5 },
        {
          indikatorId: 'ind-2',
          namn: 'Kostnad för hyrpersonal',
          enhet: 'mnkr',
          malvarde: 250,
          baseline: 310,
        },
      ],
      utfall: (i) => ({ 'ind-1': tenths(4.2 - i * 0.4), 'ind-2': 300 - i * 20 }),
      owingLast: false,
    },
    {
      delmalId: `demo-${Y}-hsn-delmal-02`,
      regionmal: {
        id: 'regionmal-7',
        namn: 'Mål 7. Vi är en attraktiv arbetsgivare med personal som trivs och utvecklas hos oss',
      },
      text: 'Fler medarbetare i hälso- och sjukvården ska vilja rekommendera regionen som arbetsgivare',
      indikatorer: [
        {
          indikatorId: 'ind-1',
          namn: 'Andel som rekommenderar regionen',
          enhet: '%',
          malvarde: 75,
          baseline: 68,
        },
        { indikatorId: 'ind-2', namn: 'Sjukfrånvaro', enhet: '%', malvarde: 6, baseline: 7.1 },
      ],
      utfall: (i) => ({ 'ind-1': 69 + i * 2, 'ind-2': tenths(7 - i * 0.3) }),
      owingLast: true,
    },
  ],
};
