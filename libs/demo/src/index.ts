export { DEMO_DELMAL, DEMO_UPPDRAG, type DemoDelmal, type DemoUppdrag } from './region-vasterbotten-2023';
export { DEMO_ORGANS, DEMO_PEOPLE, DEMO_TIMES, delmalIdOf, demoMissing, loadDemo } from './load-demo';
