/**
 * The checks across streams that the organisation's use cases make before anything is appended: an
 * organ stays out from under itself and under active organs only, a person belongs to an active organ,
 * and an e-mail address belongs to one active person.
 */
import { organStream, personStream } from '@sparbar/domain';
import { changeOrganParent } from '../src/organisation/change-organ-parent';
import { changePersonEmail } from '../src/organisation/change-person-email';
import { changePersonOrgan } from '../src/organisation/change-person-organ';
import { deactivateOrgan } from '../src/organisation/deactivate-organ';
import { deactivatePerson } from '../src/organisation/deactivate-person';
import { registerOrgan } from '../src/organisation/register-organ';
import { registerPerson } from '../src/organisation/register-person';
import {
  admin,
  given,
  openTestApplication,
  organ,
  refused,
  type TestApplication,
} from './organisation-fixtures';

let t: TestApplication;

beforeAll(async () => {
  t = await openTestApplication('app_organisation');
  await given(t, {
    organs: [
      organ('rf', 'regionfullmaktige', null),
      organ('hsn', 'namnd', 'rf'),
      organ('hsn-beredning', 'beredning', 'hsn'),
      organ('hsn-utskott', 'beredning', 'hsn-beredning'),
      organ('avvecklad', 'namnd', 'rf'),
    ],
  });
  await deactivateOrgan(t.app, { organId: 'avvecklad', reason: 'Nämnden slogs ihop med HSN.' }, admin);
});
afterAll(() => t.close());

describe('moving an organ', () => {
  it('cannot put it under its own descendant, however far down', async () => {
    const result = await refused(t, [organStream('hsn')], () =>
      changeOrganParent(t.app, { organId: 'hsn', parentOrganId: 'hsn-utskott' }, admin),
    );
    expect(result).toEqual({
      code: 'ORGAN_CANNOT_BE_OWN_PARENT',
      field: 'data.parentOrganId',
      appended: false,
    });
  });

  it('cannot put it under a wound-up or unknown organ', async () => {
    const wound = await refused(t, [organStream('hsn-utskott')], () =>
      changeOrganParent(t.app, { organId: 'hsn-utskott', parentOrganId: 'avvecklad' }, admin),
    );
    const unknown = await refused(t, [organStream('hsn-utskott')], () =>
      changeOrganParent(t.app, { organId: 'hsn-utskott', parentOrganId: 'finns-inte' }, admin),
    );
    expect(wound).toEqual({ code: 'ORGAN_DEACTIVATED', field: 'data.parentOrganId', appended: false });
    expect(unknown).toEqual({ code: 'ORGAN_NOT_FOUND', field: 'data.parentOrganId', appended: false });
  });

  it('moves it sideways, and answers with the stream up to the new revision', async () => {
    const written = await changeOrganParent(t.app, { organId: 'hsn-utskott', parentOrganId: 'hsn' }, admin);
    expect(written.events.map((e) => e.type)).toEqual(['OrganParentChanged']);
    expect(written.stream.map((e) => e.type)).toEqual(['OrganRegistered', 'OrganParentChanged']);
    expect(written.revision).toBe(1);
  });
});

describe('registering an organ', () => {
  it('cannot register it under a wound-up organ', async () => {
    const result = await refused(t, [organStream('ny-beredning')], () =>
      registerOrgan(t.app, organ('ny-beredning', 'beredning', 'avvecklad'), admin),
    );
    expect(result).toEqual({ code: 'ORGAN_DEACTIVATED', field: 'data.parentOrganId', appended: false });
  });
});

describe('a person and their organ', () => {
  const person = (personId: string, organId: string | null, epost = `${personId}@example.se`) => ({
    personId,
    namn: 'Karin Ek',
    epost,
    organId,
    roles: ['officer' as const],
  });

  it('cannot be registered in a wound-up organ, nor in one that does not exist', async () => {
    const wound = await refused(t, [personStream('person-karin')], () =>
      registerPerson(t.app, t.masterData, person('person-karin', 'avvecklad'), admin),
    );
    const unknown = await refused(t, [personStream('person-karin')], () =>
      registerPerson(t.app, t.masterData, person('person-karin', 'finns-inte'), admin),
    );
    expect(wound).toEqual({ code: 'ORGAN_DEACTIVATED', field: 'data.organId', appended: false });
    expect(unknown).toEqual({ code: 'ORGAN_NOT_FOUND', field: 'data.organId', appended: false });
  });

  it('cannot be moved to a wound-up organ', async () => {
    await registerPerson(t.app, t.masterData, person('person-olle', 'hsn'), admin);
    const result = await refused(t, [personStream('person-olle')], () =>
      changePersonOrgan(t.app, { personId: 'person-olle', organId: 'avvecklad' }, admin),
    );
    expect(result).toEqual({ code: 'ORGAN_DEACTIVATED', field: 'data.organId', appended: false });
  });
});

describe('one e-mail address per active person', () => {
  const person = (personId: string, epost: string) => ({
    personId,
    namn: 'Lena Berg',
    epost,
    organId: 'hsn',
    roles: ['officer' as const],
  });

  it('refuses a second person with an address in use, however it is written', async () => {
    await registerPerson(t.app, t.masterData, person('person-lena', 'lena.berg@example.se'), admin);
    const result = await refused(t, [personStream('person-lena-2')], () =>
      registerPerson(t.app, t.masterData, person('person-lena-2', ' Lena.Berg@Example.se '), admin),
    );
    expect(result).toEqual({ code: 'DUPLICATE_VALUE', field: 'data.epost', appended: false });
  });

  it("refuses changing to another person's address, not to one's own", async () => {
    await registerPerson(t.app, t.masterData, person('person-nils', 'nils@example.se'), admin);
    const result = await refused(t, [personStream('person-nils')], () =>
      changePersonEmail(
        t.app,
        t.masterData,
        { personId: 'person-nils', epost: 'lena.berg@example.se' },
        admin,
      ),
    );
    expect(result).toEqual({ code: 'DUPLICATE_VALUE', field: 'data.epost', appended: false });
    const own = await changePersonEmail(
      t.app,
      t.masterData,
      { personId: 'person-nils', epost: 'NILS.ny@example.se' },
      admin,
    );
    expect(own.events.map((e) => e.type)).toEqual(['PersonEmailChanged']);
  });

  it('frees the address of a deactivated person', async () => {
    await registerPerson(t.app, t.masterData, person('person-gunnar', 'gunnar@example.se'), admin);
    await deactivatePerson(t.app, { personId: 'person-gunnar', reason: 'Slutat.' }, admin);
    const written = await registerPerson(
      t.app,
      t.masterData,
      person('person-gunnar-2', 'gunnar@example.se'),
      admin,
    );
    expect(written.events.map((e) => e.type)).toEqual(['PersonRegistered']);
  });
});
