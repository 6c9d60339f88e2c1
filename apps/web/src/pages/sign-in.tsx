/**
 * Signing in, as GET /api/auth/config says: with the organisation's OIDC provider ("Logga in" goes there,
 * and it sends the browser back here with a code; see oidc.ts), or locally with one development user per
 * role (GET /api/auth/dev-users, which answers 404 when a provider is configured).
 */
import { useEffect, useState } from 'react';
import { callbackParams, finishSignIn, type OidcConfig, type SignInConfig, startSignIn } from '../oidc';
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
  const config = useAsync(() => getJson<SignInConfig>('/api/auth/config'), 'auth-config');
  if (config.loading) return <Loading what="Hämtar inloggning" />;
  if (config.data?.mode === 'oidc') return <OidcSignIn config={config.data} onSignedIn={onSignedIn} />;
  return <DevSignIn onSignedIn={onSignedIn} />;
}

function OidcSignIn({ config, onSignedIn }: { config: OidcConfig; onSignedIn: (session: Session) => void }) {
  const [params] = useState(callbackParams);
  const [busy, setBusy] = useState(params !== null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!params) return;
    let current = true;
    finishSignIn(config, params).then(
      (signedIn) => {
        if (!current) return;
        const session = {
          token: signedIn.token,
          user: signedIn.user,
          expiresAt: Date.now() + signedIn.expiresIn * 1000,
        };
        saveSession(session);
        onSignedIn(session);
      },
      (e: unknown) => {
        if (!current) return;
        setError(asApiError(e));
        setBusy(false);
      },
    );
    return () => {
      current = false;
    };
  }, [config, params, onSignedIn]);

  const signIn = () => {
    setBusy(true);
    setError(null);
    startSignIn(config).catch((e: unknown) => {
      setError(asApiError(e));
      setBusy(false);
    });
  };

  return (
    <div className="narrow">
      <PageTitle>Logga in</PageTitle>
      <p>
        Spårbar följer upp fullmäktiges uppdrag och nämndernas delmål. Du loggar in med organisationens
        inloggning.
      </p>
      <ErrorMessage error={error} />
      {config.clientId ? (
        <button type="button" className="button primary" disabled={busy} onClick={signIn}>
          {busy ? 'Loggar in …' : 'Logga in'}
        </button>
      ) : (
        <div className="alert alert-info" role="alert">
          Inloggningen är inte konfigurerad: AUTH_CLIENT_ID saknas. Kontakta den som administrerar Spårbar.
        </div>
      )}
    </div>
  );
}

function DevSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
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
