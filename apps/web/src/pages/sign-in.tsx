/**
 * Local sign-in: one development user per role (GET /api/auth/dev-users). With an identity provider
 * configured the API answers 404 here, and the page says to use the organisation's sign-in.
 */
import { useState } from 'react';
import { getJson, postJson } from '../api';
import { ROLE_LABELS } from '../format';
import { type Session, type SessionUser, saveSession } from '../session';
import { asApiError, ErrorMessage, Loading, PageTitle, useAsync } from '../ui';
import { type ApiError } from '../api';

interface DevToken {
  token: string;
  expiresIn: number;
  user: SessionUser;
}

export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const users = useAsync(() => getJson<SessionUser[]>('/api/auth/dev-users'), 'dev-users');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const signIn = async (user: SessionUser) => {
    setBusy(user.personId);
    setError(null);
    try {
      const { body } = await postJson<DevToken>('/api/auth/dev-token', { personId: user.personId });
      const session = { token: body.token, user: body.user, expiresAt: Date.now() + body.expiresIn * 1000 };
      saveSession(session);
      onSignedIn(session);
    } catch (e) {
      setError(asApiError(e));
      setBusy(null);
    }
  };

  return (
    <div className="narrow">
      <PageTitle>Logga in</PageTitle>
      <p>
        Spårbar följer upp fullmäktiges uppdrag och nämndernas delmål. Här, utan organisationens inloggning,
        väljer du vem du är bland utvecklingsanvändarna – en per roll.
      </p>
      <ErrorMessage error={error} />
      {users.loading && <Loading what="Hämtar användare" />}
      {users.error &&
        (users.error.status === 404 ? (
          <div className="alert alert-info" role="alert">
            Logga in via organisationens inloggning.
          </div>
        ) : (
          <ErrorMessage error={users.error} />
        ))}
      {users.data && (
        <ul className="user-list" aria-label="Utvecklingsanvändare">
          {users.data.map((user) => (
            <li key={user.personId}>
              <button
                type="button"
                className="user-button"
                disabled={busy !== null}
                onClick={() => void signIn(user)}
              >
                <span className="user-name">Logga in som {user.name}</span>
                <span className="muted">
                  {user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}
                  {user.organId ? ` · ${organLabel(user.organId)}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Before signing in the organ register cannot be read: short ids are abbreviations (RS, HSN). */
function organLabel(organId: string): string {
  return organId.length <= 4 ? organId.toUpperCase() : organId[0]!.toUpperCase() + organId.slice(1);
}
