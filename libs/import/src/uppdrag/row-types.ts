/** The shapes a table's rows take on their way to commands, and what the preview shows of each. */
import { type UppdragStatus } from '@sparbar/domain';
import { type Parsed } from '../planned-command';
import { type OrganRegister } from '../resolve/organ-register';
import { type Column, type TableParameters } from './uppdrag-columns';

export interface UppdragRecord {
  row: number;
  /** Cells by column; a column the table does not have is absent (its parameter stands in). */
  cells: Partial<Record<Column, string>>;
  /** A printed row's section heading ("Uppdrag från nämnd till beredning folkhälsa"). */
  section?: { from: string; to: string } | null;
}

export interface TableContext {
  /** Who imports: every command is decided as this person (plus the importer capability). */
  actor: string;
  /** The columns the table has: an error names the heading, or else the parameter standing in. */
  columns: ReadonlySet<Column>;
  /** Without a register (older callers), organs are written as ids. */
  register?: OrganRegister;
  parameters?: TableParameters;
}

export type OrganRef = { organId: string; namn: string };

export interface RowResolution {
  row: number;
  uppdragId: string;
  ordning: number;
  text: string;
  riktasTill: OrganRef[];
  samordnare: OrganRef | null;
  givenBy: OrganRef;
  originKind: 'fullmaktige' | 'namnd';
  planYear: number;
  periodicitet: 'manad' | 'tertial';
  slutdatum: string;
  ansvarigPersonId: string;
  registrerad: string | null;
  /** The uppdrag exists already: the row only reports on it (existing-uppdrag.ts). */
  alreadyRegistered?: boolean;
  /** The periodicitet it had, where the table changes it. */
  periodicitetChangedFrom?: 'manad' | 'tertial';
  report: {
    kind: 'rapport' | 'avslutad' | 'aterkallad';
    period: string | null;
    status: UppdragStatus | null;
    kommentar: string;
    rapporterad: string | null;
  } | null;
}

export type PlannedTable = Parsed & { resolutions: RowResolution[] };
