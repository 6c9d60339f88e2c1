/**
 * Who is signed in: the token and the person it was issued for, kept in sessionStorage so that closing
 * the tab signs out and another tab can be someone else (useful when testing roles side by side).
 */
import { type Role } from '@sparbar/domain/shared-with-web';

export interface SessionUser {
  personId: string;
  name: string;
  roles: Role[];
  organId: string | null;
}

export interface Session {
  token: string;
  user: SessionUser;
  expiresAt: number;
}

const KEY = 'sparbar.session';

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (!session.token || session.expiresAt < Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
