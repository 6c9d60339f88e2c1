/**
 * The witnessed head as mailed to the auditors when a tertial closes: a copy of the head outside both
 * the database and the server, in their own mailboxes. The text holds the witness as JSON exactly as
 * written (signature included), so it can be posted to POST /api/granskning/kedja/verifiering or checked
 * with the public key it also carries.
 */
import { type Witness, witnessInWords } from './witness-record';

export interface TertialClose {
  year: number;
  tertial: 1 | 2 | 3;
}

export interface WitnessMail {
  subject: string;
  text: string;
  /** Stable per tertial: a receiving system that drops duplicates by Message-ID drops a resend. */
  messageId: string;
}

/** The last tertial that had closed at `now` (tertials end 30 April, 31 August, 31 December, Swedish time). */
export function lastClosedTertial(now: Date): TertialClose {
  const [year, month] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: 'numeric',
  })
    .formatToParts(now)
    .filter((p) => p.type === 'year' || p.type === 'month')
    .map((p) => Number(p.value));
  if (month <= 4) return { year: year - 1, tertial: 3 };
  return { year, tertial: month <= 8 ? 1 : 2 };
}

export function witnessMail(w: Witness, close: TertialClose, publicKeyPem: string): WitnessMail {
  const period = `tertial ${close.tertial} ${close.year}`;
  const text = [
    `Hej,`,
    ``,
    `T${period.slice(1)} har stängt. Här är ${witnessInWords(w)}: händelsekedjans huvud som arbetaren`,
    `har signerat och skrivit utanför databasen. Spara brevet. Skicka JSON-blocket nedan till`,
    `POST /api/granskning/kedja/verifiering för att se att loggen fortfarande bygger vidare på det.`,
    ``,
    `Position: ${w.position}`,
    `Händelser: ${w.eventCount}`,
    `Hash: ${w.hash}`,
    `Bevittnat: ${w.recordedAt}`,
    ``,
    JSON.stringify(w, null, 2),
    ``,
    `Vittnesnyckeln (Ed25519, publik) att kontrollera signaturen med:`,
    publicKeyPem.trim(),
    ``,
    `Spårbar`,
  ].join('\n');
  return {
    subject: `Spårbar: händelsekedjans huvud vid stängningen av ${period}`,
    text,
    messageId: `<vittne-${close.year}-t${close.tertial}-${w.position}@sparbar>`,
  };
}
