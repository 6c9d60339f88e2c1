export const OPEN_DATA_SETTINGS = 'sparbar:OpenDataSettings';

export interface OpenDataSettings {
  /** The catalogue's contact point (OPEN_DATA_CONTACT_EMAIL). */
  contactEmail: string;
  /** The stable URIs' base (PUBLIC_BASE_URL); the request's own address when unset. */
  publicBaseUrl: string | undefined;
}
