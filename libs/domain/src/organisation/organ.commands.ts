/** What an administrator asks of an organ. */
import { type DomainCommand } from '../shared/decider';
import { type OrganisationSlag, type OrganTyp } from './organ.typ';

export type RegisterOrgan = DomainCommand<
  'RegisterOrgan',
  {
    organId: string;
    namn: string;
    /** As the reports abbreviate it: RS, HSN, RUN. */
    kortnamn: string;
    typ: OrganTyp;
    /** The organ it belongs under, e.g. a beredning under fullmäktige or a nämnd. */
    parentOrganId?: string | null;
    /**
     * The kind of organisation it is registered in, when the sender knows it (provisioning does): the
     * type must then be one that kind has (ORGAN_TYPER_FOR). Not recorded: it is the organisation's.
     */
    organisation?: OrganisationSlag;
  }
>;

export type RenameOrgan = DomainCommand<'RenameOrgan', { organId: string; namn: string; kortnamn: string }>;

export type ChangeOrganParent = DomainCommand<
  'ChangeOrganParent',
  { organId: string; parentOrganId: string | null }
>;

export type DeactivateOrgan = DomainCommand<'DeactivateOrgan', { organId: string; reason: string }>;

export type OrganCommand = RegisterOrgan | RenameOrgan | ChangeOrganParent | DeactivateOrgan;
