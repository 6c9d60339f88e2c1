/**
 * What a tenant's application takes from the tenant directory besides its schema (issue 22): its kind
 * of organisation (a kommun's administrator registers a kommun's organs only).
 */
import { kommunBody, startTenantFront, type TenantFront } from './support/tenant-front';

describe("a tenant's application, configured from the directory", () => {
  let front: TenantFront;
  let kommun: string;
  let region: string;

  beforeAll(async () => {
    front = await startTenantFront();
    kommun = front.idOf('umea');
    region = front.idOf('region-vb');
    expect((await front.provision(kommunBody(kommun, front.hostOf(kommun)))).status).toBe(201);
    const provisioned = await front.provision({
      tenantId: region,
      namn: 'Region Västerbotten',
      kind: 'region',
      hosts: [front.hostOf(region)],
      serverUrl: kommunBody(region, '').serverUrl,
      organs: [{ organId: 'rf', namn: 'Regionfullmäktige', kortnamn: 'RF', typ: 'regionfullmaktige' }],
    });
    expect(provisioned.status).toBe(201);
  });

  afterAll(() => front?.close());

  const organ = (organId: string, typ: string, parentOrganId: string) => ({
    organId,
    namn: `Organet ${organId}`,
    kortnamn: organId.toUpperCase(),
    typ,
    parentOrganId,
  });
  const organIds = async (tenantId: string) =>
    (await front.on(tenantId, 'GET', '/api/organs', { token: await front.tokenOf(tenantId) })).body.map(
      (o: { organId: string }) => o.organId,
    );

  it("refuses a region's organ type in a kommun, naming the field, and registers nothing", async () => {
    const token = await front.tokenOf(kommun);
    const before = await organIds(kommun);
    for (const typ of ['regionstyrelse', 'regionfullmaktige']) {
      const answer = await front.on(kommun, 'POST', '/api/organs', {
        token,
        body: organ('styrelsen', typ, 'kf'),
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'INVALID_VALUE', errors: [{ field: 'typ' }] });
      expect(answer.body.detail).toContain('kommunstyrelse');
    }
    expect(await organIds(kommun)).toEqual(before);
    const bolag = await front.on(kommun, 'POST', '/api/organs', {
      token,
      body: organ('umea-energi', 'bolag', 'kf'),
    });
    expect(bolag.status).toBe(201);
    expect(bolag.body).toMatchObject({ organId: 'umea-energi', typ: 'bolag' });
  });

  it("refuses a kommun's organ type in a region", async () => {
    const token = await front.tokenOf(region);
    for (const typ of ['bolag', 'kommunstyrelse']) {
      const answer = await front.on(region, 'POST', '/api/organs', {
        token,
        body: organ('x-bolag', typ, 'rf'),
      });
      expect(answer.status).toBe(400);
      expect({ typ, body: answer.body }).toMatchObject({
        typ,
        body: { code: 'INVALID_VALUE', errors: [{ field: 'typ' }] },
      });
    }
    expect(await organIds(region)).not.toContain('x-bolag');
    const namnd = await front.on(region, 'POST', '/api/organs', {
      token,
      body: organ('hsn2', 'namnd', 'rf'),
    });
    expect(namnd.status).toBe(201);
  });
});
