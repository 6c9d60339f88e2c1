export { DEMO_DELMAL, DEMO_UPPDRAG, type DemoDelmal, type DemoUppdrag } from './region-vasterbotten-2023';
export { currentYearPlan, type CurrentYearPlan } from './current-year';
export { DEMO_ORGANISATIONS, type DemoOrgan, type DemoOrganisation, type DemoPerson } from './organisations';
export {
  DEMO_LOADER,
  DEMO_ORGANS,
  DEMO_PEOPLE,
  DEMO_TIMES,
  delmalIdOf,
  demoComplete,
  demoMissing,
  loadDemo,
} from './load-demo';
