/**
 * An uppdrag's status as the period table and its files print it (`tableStatus`, libs/domain's
 * uppdrag.table-status): the same words and colours on Översikt and Mina uppdrag as in the reports, so
 * that what is counted is what is shown. The uppdrag list's `currentStatus` uses the same words.
 */
import {
  tableStatusText,
  UPPDRAG_TABLE_STATUS_PRESENTATION,
  type UppdragTableStatus,
} from '@sparbar/domain/shared-with-web';
import { type Colour } from '../format';
import { StatusBadge } from '../ui';

export function tableStatusColour(status: string): Colour {
  return UPPDRAG_TABLE_STATUS_PRESENTATION[status as UppdragTableStatus]?.colour ?? 'grey';
}

export function tableStatusLabel(status: string): string {
  return UPPDRAG_TABLE_STATUS_PRESENTATION[status as UppdragTableStatus]?.label ?? status;
}

/** "Ej rapporterad ännu – rapporteras senast 14 september 2023" where the deadline says more. */
export function TableStatusBadge({ status, deadline }: { status: string; deadline?: string | null }) {
  const text =
    status in UPPDRAG_TABLE_STATUS_PRESENTATION
      ? tableStatusText(status as UppdragTableStatus, deadline ?? null)
      : status;
  return <StatusBadge colour={tableStatusColour(status)}>{text}</StatusBadge>;
}
