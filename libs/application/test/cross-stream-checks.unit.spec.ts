/**
 * The checks a use case makes on other streams before its decider's events are appended: named organs
 * and people exist and are active, and a fullmäktige uppdrag is given by regionfullmäktige. A refusal
 * appends nothing.
 */
import { delmalStream, uppdragStream } from '@sparbar/domain';
import { KLIMAT, klimatDefined } from '@sparbar/domain/delmal/delmal.spec-fixtures';
import { ACTOR, ORGAN, PERSON } from '@sparbar/domain/testing/fixtures';
import { INKOP, inkopRegistered, registerInkop } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { defineDelmal } from '../src/delmal/define-delmal';
import { changeUppdragAnsvarig } from '../src/uppdrag/change-uppdrag-ansvarig';
import { registerUppdrag } from '../src/uppdrag/register-uppdrag';
import { given, organ, person } from './support/given';

const write = (actor: (typeof ACTOR)[keyof typeof ACTOR]) => ({
  actor: { ...actor, roles: [...actor.roles] },
  requestId: 'spec',
});

const organisation = (
  overrides: {
    hsn?: boolean;
    johan?: boolean;
    rf?: 'regionfullmaktige' | 'kommunfullmaktige' | 'namnd';
    rs?: 'regionstyrelse' | 'kommunstyrelse';
  } = {},
) => [
  ...organ(ORGAN.RF, overrides.rf ?? 'regionfullmaktige'),
  ...organ(ORGAN.RS, overrides.rs ?? 'regionstyrelse'),
  ...organ(ORGAN.HSN, 'namnd', overrides.hsn ?? true),
  ...person(PERSON.johan, ['officer'], ORGAN.RS, overrides.johan ?? true),
];

describe('registerUppdrag', () => {
  const input = registerInkop().data;

  it('registers when the recipients, the giver and the ansvarig exist and are active', async () => {
    const { app, appended } = await given(...organisation());
    await registerUppdrag(app, input, write(ACTOR.direktor));
    expect(await appended(uppdragStream(INKOP))).toEqual([
      expect.objectContaining({ type: 'UppdragRegistered' }),
    ]);
  });

  it('refuses a recipient nobody registered', async () => {
    const { app, appended } = await given(...organisation());
    const unknown = { ...input, riktasTill: [ORGAN.HSN, 'organ-som-inte-finns'] };
    await expect(registerUppdrag(app, unknown, write(ACTOR.direktor))).rejects.toMatchObject({
      code: 'ORGAN_NOT_FOUND',
      field: 'data.riktasTill[1]',
    });
    expect(await appended(uppdragStream(INKOP))).toEqual([]);
  });

  it('refuses a deactivated recipient', async () => {
    const { app, appended } = await given(...organisation({ hsn: false }));
    await expect(registerUppdrag(app, input, write(ACTOR.direktor))).rejects.toMatchObject({
      code: 'ORGAN_DEACTIVATED',
      field: 'data.riktasTill[0]',
    });
    expect(await appended(uppdragStream(INKOP))).toEqual([]);
  });

  it('refuses a deactivated ansvarig', async () => {
    const { app, appended } = await given(...organisation({ johan: false }));
    await expect(registerUppdrag(app, input, write(ACTOR.direktor))).rejects.toMatchObject({
      code: 'PERSON_DEACTIVATED',
      field: 'data.ansvarigPersonId',
    });
    expect(await appended(uppdragStream(INKOP))).toEqual([]);
  });

  it("takes a fullmäktige uppdrag from a kommun's kommunfullmäktige", async () => {
    const { app, appended } = await given(...organisation({ rf: 'kommunfullmaktige', rs: 'kommunstyrelse' }));
    await registerUppdrag(app, input, write(ACTOR.direktor));
    expect(await appended(uppdragStream(INKOP))).toEqual([
      expect.objectContaining({ type: 'UppdragRegistered' }),
    ]);
  });

  it('refuses a fullmäktige uppdrag given by anything but fullmäktige', async () => {
    const { app, appended } = await given(...organisation({ rf: 'namnd' }));
    await expect(registerUppdrag(app, input, write(ACTOR.direktor))).rejects.toMatchObject({
      code: 'INVALID_VALUE',
      field: 'data.origin.givenBy',
    });
    expect(await appended(uppdragStream(INKOP))).toEqual([]);
  });

  it('takes a nämnd’s own uppdrag from a nämnd', async () => {
    const { app, appended } = await given(...organisation());
    const fromHsn = { ...input, origin: { ...input.origin, givenBy: ORGAN.HSN, kind: 'namnd' as const } };
    await registerUppdrag(app, fromHsn, write(ACTOR.direktor));
    expect(await appended(uppdragStream(INKOP))).toHaveLength(1);
  });
});

describe('changeUppdragAnsvarig', () => {
  const registered = { stream: uppdragStream(INKOP), ...inkopRegistered };

  it('hands the uppdrag to an active person', async () => {
    const { app, appended } = await given(registered, ...person(PERSON.sara, ['officer'], ORGAN.HSN));
    await changeUppdragAnsvarig(
      app,
      { uppdragId: INKOP, ansvarigPersonId: PERSON.sara },
      write(ACTOR.direktor),
    );
    expect(await appended(uppdragStream(INKOP))).toEqual([
      { type: 'UppdragAnsvarigChanged', data: { uppdragId: INKOP, from: PERSON.johan, to: PERSON.sara } },
    ]);
  });

  it('refuses a person nobody registered', async () => {
    const { app, appended } = await given(registered);
    await expect(
      changeUppdragAnsvarig(app, { uppdragId: INKOP, ansvarigPersonId: PERSON.sara }, write(ACTOR.direktor)),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND', field: 'data.ansvarigPersonId' });
    expect(await appended(uppdragStream(INKOP))).toEqual([]);
  });

  it('refuses a deactivated person', async () => {
    const { app, appended } = await given(registered, ...person(PERSON.sara, ['officer'], ORGAN.HSN, false));
    await expect(
      changeUppdragAnsvarig(app, { uppdragId: INKOP, ansvarigPersonId: PERSON.sara }, write(ACTOR.direktor)),
    ).rejects.toMatchObject({ code: 'PERSON_DEACTIVATED', field: 'data.ansvarigPersonId' });
    expect(await appended(uppdragStream(INKOP))).toEqual([]);
  });
});

describe('defineDelmal', () => {
  const input = klimatDefined.data;

  it('puts the delmål in an active nämnd’s plan', async () => {
    const { app, appended } = await given(...organ(ORGAN.RS, 'regionstyrelse'));
    await defineDelmal(app, input, write(ACTOR.idaSekreterareRs));
    expect(await appended(delmalStream(KLIMAT))).toEqual([{ type: 'DelmalDefined', data: input }]);
  });

  it('refuses an organ nobody registered', async () => {
    const { app, appended } = await given();
    await expect(defineDelmal(app, input, write(ACTOR.idaSekreterareRs))).rejects.toMatchObject({
      code: 'ORGAN_NOT_FOUND',
      field: 'data.organId',
    });
    expect(await appended(delmalStream(KLIMAT))).toEqual([]);
  });

  it('refuses a deactivated organ', async () => {
    const { app, appended } = await given(...organ(ORGAN.RS, 'regionstyrelse', false));
    await expect(defineDelmal(app, input, write(ACTOR.idaSekreterareRs))).rejects.toMatchObject({
      code: 'ORGAN_DEACTIVATED',
      field: 'data.organId',
    });
    expect(await appended(delmalStream(KLIMAT))).toEqual([]);
  });
});
