/** The stable URIs of open data, on the base PUBLIC_BASE_URL gives (conditional.ts: baseUrlOf). */
export const uppdragUri = (base: string, id: string) =>
  `${base}/api/oppna-data/uppdrag/${encodeURIComponent(id)}`;

export const periodUri = (base: string, period: string) =>
  `${base}/api/oppna-data/perioder/${encodeURIComponent(period)}`;
