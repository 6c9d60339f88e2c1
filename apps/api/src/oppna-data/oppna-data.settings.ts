export const OPEN_DATA_SETTINGS = 'sparbar:OpenDataSettings';

export interface OpenDataSettings {
  /** The catalogue's contact point (OPEN_DATA_CONTACT_EMAIL). */
  contactEmail: string;
}
