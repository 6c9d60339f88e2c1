/**
 * A region and a kommun side by side, each provisioned with the demo of its kind (`demo: true`, issue
 * 22), read through the front on their own hosts at the test day (18 June 2025): the kommun has a
 * kommun's organs only — the demo's, not the development seed's region ones — kommunfullmäktige's
 * uppdrag to its nämnder in Swedish, tertial reports and barn- och utbildningsnämnden's Översikt for T1;
 * the region has Region Västerbotten's. Provisioning demo data with organs of one's own is refused.
 */
import { currentYearPlan } from '@sparbar/demo';
import { testClock } from '../../../test/support/clock';
import { eventually } from './support/api-harness';
import { startTenantFront, type TenantFront } from './support/tenant-front';
import { TEST_DATABASE_URL } from '../../../test/support/postgres';

type Organ = { organId: string; namn: string; typ: string };
type UppdragList = {
  items: { uppdragId: string; text: string; riktasTill: string[]; periodicitet: string; planYear: number }[];
};
type Maluppfyllelse = { sammanfattning: string; counts: { uppdrag: Record<string, number> } };
type PeriodTable = { rows: { uppdragId: string; text: string; tableStatus: string }[] };

describe('a region and a kommun provisioned with demo data', () => {
  let front: TenantFront;
  let kommun: string;
  let region: string;
  const plan = currentYearPlan(testClock(), 'kommun');

  const demoBody = (tenantId: string, kind: string) => ({
    tenantId,
    namn: kind === 'kommun' ? 'Demokommunen' : 'Region Västerbotten',
    kind,
    hosts: [front.hostOf(tenantId)],
    serverUrl: TEST_DATABASE_URL,
    demo: true,
  });
  const read = async <T>(tenantId: string, path: string, personId = 'person-regiondirektor') =>
    front.on(tenantId, 'GET', path, { token: await front.tokenOf(tenantId, personId) }) as Promise<{
      status: number;
      body: T;
    }>;

  beforeAll(async () => {
    front = await startTenantFront();
    kommun = front.idOf('demokommun');
    region = front.idOf('demoregion');
    const provisioned = await front.provision(demoBody(kommun, 'kommun'));
    expect(provisioned.status).toBe(201);
    expect(provisioned.body).toMatchObject({ tenantId: kommun, kind: 'kommun', state: 'active' });
    expect((await front.provision(demoBody(region, 'region'))).status).toBe(201);
  }, 240_000);

  afterAll(() => front?.close());

  it("gives the kommun a kommun's organs and people, and the region a region's", async () => {
    const organs = (await read<Organ[]>(kommun, '/api/organs')).body;
    expect(organs.map((o) => o.namn)).toEqual(
      expect.arrayContaining([
        'Kommunfullmäktige',
        'Kommunstyrelsen',
        'Barn- och utbildningsnämnden',
        'Socialnämnden',
        'Tekniska nämnden',
        'Miljö- och byggnadsnämnden',
      ]),
    );
    expect(organs.map((o) => o.typ)).not.toEqual(expect.arrayContaining(['regionfullmaktige']));
    expect(organs.map((o) => o.organId)).not.toContain('hsn');
    const regionOrgans = (await read<Organ[]>(region, '/api/organs')).body.map((o) => o.namn);
    expect(regionOrgans).toEqual(
      expect.arrayContaining(['Regionfullmäktige', 'Hälso- och sjukvårdsnämnden']),
    );
    expect(regionOrgans).not.toContain('Kommunfullmäktige');
    // The development people are the kommun's, in its organs.
    const users = await front.on(kommun, 'GET', '/api/auth/dev-users');
    expect(users.body.map((u: { name: string }) => u.name)).toContain('Kommundirektören');
  });

  it("lists kommunfullmäktige's uppdrag to its nämnder in a kommun's words, 20–50 a year, per tertial", async () => {
    const answer = await eventually(
      () => read<UppdragList>(kommun, '/api/uppdrag?limit=500'),
      (a) => a.status === 200 && a.body.items.length === plan.uppdrag.length,
      60_000,
    );
    const list = answer.body.items;
    for (const year of [2024, 2025]) {
      const count = list.filter((u) => u.planYear === year).length;
      expect(count).toBeGreaterThanOrEqual(20);
      expect(count).toBeLessThanOrEqual(50);
    }
    expect(list.every((u) => u.periodicitet === 'tertial')).toBe(true);
    expect(list.map((u) => u.text)).toContain(
      'Barn- och utbildningsnämnden får i uppdrag att minska den ogiltiga frånvaron i grundskolan',
    );
    const regionList = (
      await eventually(
        () => read<UppdragList>(region, '/api/uppdrag?limit=500'),
        (a) => a.status === 200 && a.body.items.some((u) => u.uppdragId.startsWith('demo-2025-')),
        60_000,
      )
    ).body.items;
    expect(regionList.map((u) => u.uppdragId)).toContain('demo-2025-u01-digitala-vardmoten');
    expect(regionList.some((u) => u.uppdragId.startsWith('demo-kommun-'))).toBe(false);
  });

  it("shows barn- och utbildningsnämnden's Översikt for T1 2025: its uppdrag, its delmål, a late report", async () => {
    const oversikt = await eventually(
      () => read<Maluppfyllelse>(kommun, '/api/perioder/2025-T1/maluppfyllelse?organ=bun'),
      (a) => a.status === 200 && (a.body.counts.uppdrag.totalt ?? 0) > 0,
      60_000,
    );
    expect(oversikt.body.sammanfattning).toBe(
      'Totalt 2 delmål, varav 0 uppnås, 1 uppnås delvis och 0 uppnås inte. 1 saknar bedömning.',
    );
    // This year's, and last year's as Avslutad: closed in January, after their T3 reports.
    const bun = plan.uppdrag.filter((u) => u.riktasTill.includes('bun') && u.slutdatum >= '2024-12-31');
    const closed = bun.filter((u) => u.closed !== null);
    expect(closed.length).toBeGreaterThan(0);
    expect(oversikt.body.counts.uppdrag.totalt).toBe(bun.length);
    expect(oversikt.body.counts.uppdrag.avslutad).toBe(closed.length);
    const late = bun.filter((u) => u.missing.includes('2025-T1'));
    expect(late.length).toBeGreaterThan(0);
    expect(oversikt.body.counts.uppdrag.ej_rapporterad).toBe(late.length);
    const table = await eventually(
      () => read<PeriodTable>(kommun, '/api/perioder/2025-T1/uppdrag?organ=bun'),
      (a) => a.status === 200 && a.body.rows.length === bun.length,
      60_000,
    );
    const row = (id: string) => table.body.rows.find((r) => r.uppdragId === id);
    for (const u of late) expect(row(u.uppdragId)?.tableStatus).toBe('ej_rapporterad');
    for (const u of closed) expect(row(u.uppdragId)?.tableStatus).toBe('avslutad');
    expect(table.body.rows.every((r) => /får i uppdrag att/.test(r.text))).toBe(true);
  }, 90_000);

  it('has the platform list both, healthy, with their logs', async () => {
    const listed = await front.list();
    const of = (id: string) => listed.find((t) => t.tenantId === id);
    expect(of(kommun)).toMatchObject({ kind: 'kommun', health: 'ok' });
    expect(of(kommun)!.events).toBeGreaterThan(plan.uppdrag.length * 2);
    expect(of(region)).toMatchObject({ kind: 'region', health: 'ok' });
  });

  it('refuses demo data with organs of its own, naming organs, and makes nothing', async () => {
    const id = front.idOf('egna-organ');
    const refused = await front.provision({
      ...demoBody(id, 'kommun'),
      organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'organs' }] });
    expect((await front.list()).map((t) => t.tenantId)).not.toContain(id);
  });
});
