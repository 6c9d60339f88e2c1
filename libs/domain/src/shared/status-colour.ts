/** The traffic-light colours the reports print beside statuses and bedömningar. */
export type StatusColour = 'green' | 'yellow' | 'red';
