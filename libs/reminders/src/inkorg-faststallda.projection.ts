/**
 * What the inbox needs to leave out reminders settled by adoption (faststallelse.reminders.ts in the
 * domain): which organ adopted which period (`PeriodReportAdopted`), and each person's organ now (from
 * the person's events), since a reminder is settled for a recipient once the recipient's own organ has
 * adopted. A projection of its own, as inkorg-amnen.projection.ts explains: a new one is built from the
 * log at its first start.
 */
import { FASTSTALLELSE_STREAM_PREFIX, periodsSettledBy, STREAM_PREFIXES } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type Projection } from '@sparbar/projections';

export const INKORG_FASTSTALLDA_TABLE = 'inkorg_faststallda';
export const INKORG_MOTTAGARE_TABLE = 'inkorg_mottagare';

export const inkorgFaststalldaProjection: Projection = {
  name: 'inkorg_faststallda',
  // 2: a tertial's adoption also keeps a row for each of its months (periodsSettledBy).
  foldVersion: 2,
  tables: [
    {
      name: INKORG_FASTSTALLDA_TABLE,
      columns: `
        organ_id text NOT NULL,
        period   text NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (period, organ_id)`,
      orderBy: 'period, organ_id',
      indexes: [],
    },
    {
      name: INKORG_MOTTAGARE_TABLE,
      columns: `
        person_id text PRIMARY KEY,
        organ_id  text,
        position  bigint NOT NULL`,
      orderBy: 'person_id',
      indexes: [],
    },
  ],

  async applyBatch(tx, events, tables) {
    const adopted = new Map<string, { organ_id: string; period: string; position: number }>();
    const people = new Map<string, { person_id: string; organ_id: string | null; position: number }>();
    for (const e of events) {
      const adoption = adoptionOf(e);
      // One row per period the adoption settles: a tertial's months too, so the inbox joins on the period.
      if (adoption)
        for (const period of periodsSettledBy(adoption.period))
          adopted.set(`${period}/${adoption.organId}`, {
            ...rowOf({ organId: adoption.organId, period }),
            position: e.position,
          });
      const person = personOrganOf(e);
      if (person)
        people.set(person.personId, {
          person_id: person.personId,
          organ_id: person.organId,
          position: e.position,
        });
    }
    if (adopted.size > 0) {
      const table = tables[INKORG_FASTSTALLDA_TABLE];
      await tx.query(
        `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(null::${table}, $1::jsonb)
         ON CONFLICT (period, organ_id) DO NOTHING`,
        [JSON.stringify([...adopted.values()])],
      );
    }
    if (people.size > 0) {
      const table = tables[INKORG_MOTTAGARE_TABLE];
      await tx.query(
        `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(null::${table}, $1::jsonb)
         ON CONFLICT (person_id) DO UPDATE SET organ_id = EXCLUDED.organ_id, position = EXCLUDED.position`,
        [JSON.stringify([...people.values()])],
      );
    }
  },
};

function rowOf(a: { organId: string; period: string }) {
  return { organ_id: a.organId, period: a.period };
}

function adoptionOf(event: StoredEvent): { organId: string; period: string } | null {
  if (event.type !== 'PeriodReportAdopted' || !event.stream.startsWith(FASTSTALLELSE_STREAM_PREFIX))
    return null;
  const { organId, period } = event.data as { organId: string; period: string };
  return { organId, period };
}

function personOrganOf(event: StoredEvent): { personId: string; organId: string | null } | null {
  if (!event.stream.startsWith(STREAM_PREFIXES.person)) return null;
  const data = event.data as { personId: string; organId?: string | null; to?: string | null };
  if (event.type === 'PersonRegistered') return { personId: data.personId, organId: data.organId ?? null };
  if (event.type === 'PersonOrganChanged') return { personId: data.personId, organId: data.to ?? null };
  return null;
}
