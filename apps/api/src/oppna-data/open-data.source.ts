/**
 * The public data, read once per request from the fastställanden and period facts read models (no
 * stream is read), and shaped per
 * uppdrag: its adopted history (one entry per organ and adopted period, the adoption in force). The
 * organisation's names come from the directory; fullmäktige is the organ of type regionfullmaktige.
 */
import { Inject, Injectable } from '@nestjs/common';
import { UPPDRAG_TABLE_STATUS_PRESENTATION } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { ReadModelBehindError } from '@sparbar/projections';
import { adoptedChanges, type AdoptedStatus, adoptedStatuses } from '@sparbar/reports';
import { SQL_DATABASE } from '@sparbar/runtime';
import { problem, ProblemError } from '../http/problem';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { fromPeriodFacts } from '../perioder/period-facts';
import { type AdoptedEntryView, type OpenUppdragView } from './open-data.views';

export interface OpenData {
  uppdrag: OpenUppdragView[];
  changes: AdoptedEntryView[];
  /** Recorded time of the newest adoption: what Last-Modified says; null before the first. */
  lastModified: string | null;
  organisation: string;
}

export interface OpenDataFilter {
  namnd?: string;
  ar?: number;
  status?: string;
}

@Injectable()
export class OpenDataSource {
  /** Each adoption's rows, final once read (see adoptedStatuses). */
  private readonly cache = new Map<string, AdoptedStatus[]>();

  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  async read(): Promise<OpenData> {
    const { organs } = await this.directory.current();
    const fullmaktige = [...organs.values()].find((o) => o.typ === 'regionfullmaktige');
    const names = new Map([...organs.values()].map((o) => [o.organId, o.namn]));
    const data = fullmaktige
      ? await fromPeriodFacts(() => adoptedStatuses(this.sql, fullmaktige.organId, this.cache)).catch(
          (error: unknown) => {
            if (!(error instanceof ReadModelBehindError)) throw error;
            throw new ProblemError(
              problem(
                503,
                'READ_MODEL_UNAVAILABLE',
                'Fastställandena har ännu inte kommit ikapp. Försök igen strax.',
              ),
            );
          },
        )
      : { adoptions: [], current: [], all: [] };
    const entry = (s: AdoptedStatus) => entryView(s, names.get(s.organId) ?? s.organId);
    const byUppdrag = new Map<string, OpenUppdragView>();
    for (const s of data.current) {
      const view = byUppdrag.get(s.uppdragId) ?? {
        id: s.uppdragId,
        text: s.text,
        planYear: s.planYear,
        historik: [],
      };
      view.text = s.text;
      view.historik.push(entry(s));
      byUppdrag.set(s.uppdragId, view);
    }
    const uppdrag = [...byUppdrag.values()].sort(
      (a, b) => a.planYear - b.planYear || a.id.localeCompare(b.id),
    );
    for (const u of uppdrag)
      u.historik.sort((a, b) => a.period.localeCompare(b.period) || a.organId.localeCompare(b.organId));
    const last = data.adoptions.at(-1);
    return {
      uppdrag,
      changes: adoptedChanges(data.all).map(entry),
      lastModified: last ? new Date(last.recordedAt).toISOString() : null,
      organisation: fullmaktige ? (names.get(fullmaktige.organId) ?? fullmaktige.organId) : 'Regionen',
    };
  }
}

/** The uppdrag with only the adopted entries that pass the filter; those left with none are dropped. */
export function filtered(uppdrag: readonly OpenUppdragView[], filter: OpenDataFilter): OpenUppdragView[] {
  const keep = (e: AdoptedEntryView) =>
    (filter.namnd === undefined || e.organId === filter.namnd) &&
    (filter.ar === undefined || e.period.startsWith(`${filter.ar}-`)) &&
    (filter.status === undefined || e.status === filter.status);
  return uppdrag
    .map((u) => ({ ...u, historik: u.historik.filter(keep) }))
    .filter((u) => u.historik.length > 0);
}

function entryView(s: AdoptedStatus, organ: string): AdoptedEntryView {
  return {
    uppdragId: s.uppdragId,
    period: s.period,
    organId: s.organId,
    organ,
    status: s.tableStatus,
    statusText: UPPDRAG_TABLE_STATUS_PRESENTATION[s.tableStatus].label,
    kommentar: s.kommentar,
    reportPeriod: s.reportPeriod,
    carriedForward: s.carriedForward,
    meetingDate: s.adoption.meetingDate,
    paragraf: s.adoption.paragraf,
    adoptedRecordedAt: new Date(s.adoption.recordedAt).toISOString(),
    adoptionId: s.adoption.eventId,
  };
}
