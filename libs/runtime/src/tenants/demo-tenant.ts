/**
 * A tenant provisioned with demo data (`demo: true` in `POST /api/plattform/organisationer` or in
 * `lagg-upp`'s file): it gets the demo organisation of its kind (libs/demo) — a region Region
 * Västerbotten's organs and years, a kommun a kommun's organs and its last and current plan years — so
 * that a new user opening it sees an organisation of that kind at work. Its organs are the demo's; the
 * demo loader registers them, dated before the history that names them, through the same
 * `registerOrganStructure` provisioning uses, and provisioning checks the structure first and that
 * every organ is in the log after.
 */
import { DEMO_ORGANISATIONS, loadDemo } from '@sparbar/demo';
import { type ProvisionTenantInput, TenancyError } from '@sparbar/tenancy';

/** A provisioning as given: `organs` may be left out when `demo` is true. */
export type ProvisionRequest = Omit<ProvisionTenantInput, 'organs' | 'content'> & {
  organs?: ProvisionTenantInput['organs'];
  demo?: boolean;
};

export function withDemoData(request: ProvisionRequest, clock: () => Date): ProvisionTenantInput {
  const { demo, organs, ...rest } = request;
  if (demo !== true) return { ...rest, organs: organs ?? [] };
  if (organs && organs.length > 0) {
    throw new TenancyError(
      'INVALID_TENANT',
      'Med demodata får organisationen demoorganisationens organ: ange inga egna',
      'organs',
    );
  }
  // An unknown kind is refused by provisioning itself, naming `kind`: no demo of it to give.
  const organisation = DEMO_ORGANISATIONS[request.kind as keyof typeof DEMO_ORGANISATIONS];
  return {
    ...rest,
    organs: organisation?.organs ?? [],
    content: async (store, tenant) => {
      await loadDemo(store, clock, tenant.kind);
    },
  };
}
