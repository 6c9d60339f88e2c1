/**
 * The shell: a skip link, the navigation the signed-in person's roles allow, and the page for the path.
 * Pages a role may not use are neither linked nor rendered.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { may } from './access';
import { forgetDirectory } from './directory';
import { ROLE_LABELS } from './format';
import { Faststallande } from './pages/faststallande';
import { Granskning } from './pages/granskning';
import { Historik } from './pages/historik';
import { Inkorg } from './pages/inkorg';
import { Internkontroll } from './pages/internkontroll';
import { MinaUppdrag } from './pages/mina-uppdrag';
import { OppnaData } from './pages/oppna-data';
import { Oversikt } from './pages/oversikt';
import { Rapportera } from './pages/rapportera';
import { Rapporter } from './pages/rapporter';
import { Register } from './pages/register';
import { RegisterDelmal } from './pages/register-delmal-edit';
import { RegisterUppdrag } from './pages/register-uppdrag';
import { SignIn } from './pages/sign-in';
import { Uppsikt, UppsiktArende } from './pages/uppsikt';
import { Link, navigate, useLocation } from './router';
import { clearSession, readSession, type Session, type SessionUser } from './session';
import { PageTitle } from './ui';

interface Page {
  path: string;
  label: string;
  allowed: (user: SessionUser) => boolean;
}

export const PAGES: Page[] = [
  { path: '/mina-uppdrag', label: 'Mina uppdrag', allowed: may.haveOwnUppdrag },
  { path: '/oversikt', label: 'Översikt', allowed: may.read },
  { path: '/granskning', label: 'Granskning', allowed: (u) => may.readLog(u) || may.verifyChain(u) },
  { path: '/register', label: 'Register', allowed: may.register },
  { path: '/uppsikt', label: 'Uppsikt', allowed: may.read },
  { path: '/internkontroll', label: 'Intern kontroll', allowed: may.read },
  { path: '/rapporter', label: 'Rapporter', allowed: may.read },
  { path: '/faststallande', label: 'Fastställande', allowed: (u) => u.roles.includes('secretary') },
  { path: '/inkorg', label: 'Inkorg', allowed: may.read },
];

/** Pages anyone may open without signing in. */
const PUBLIC_PATHS = new Set(['/oppna-data']);

export function homeOf(user: SessionUser): string {
  // Auditors come for the trail; everyone else starts at the first page their roles have.
  if (user.roles.includes('auditor')) return '/granskning';
  return PAGES.find((p) => p.allowed(user))?.path ?? '/inkorg';
}

export function App() {
  const location = useLocation();
  const [session, setSession] = useState<Session | null>(readSession);

  useEffect(() => {
    if (!session && location.path !== '/logga-in' && !PUBLIC_PATHS.has(location.path))
      navigate('/logga-in', { replace: true });
    if (session && (location.path === '/' || location.path === '/logga-in')) {
      navigate(homeOf(session.user), { replace: true });
    }
  }, [session, location.path]);

  useEffect(() => {
    document.getElementById('sidrubrik')?.focus();
  }, [location.path]);

  // Open data is for everyone: the same page signed in or not (signed in, inside the usual menu).
  if (!session && PUBLIC_PATHS.has(location.path)) {
    return (
      <Shell>
        <OppnaData />
      </Shell>
    );
  }

  if (!session || location.path === '/logga-in') {
    return (
      <Shell>
        <SignIn onSignedIn={(s) => setSession(s)} />
        <p className="narrow">
          Utan inloggning: <Link href="/oppna-data">öppna data om fullmäktiges uppdrag</Link>.
        </p>
      </Shell>
    );
  }

  const user = session.user;
  const signOut = () => {
    clearSession();
    forgetDirectory();
    setSession(null);
    navigate('/logga-in');
  };

  return (
    <Shell user={user} current={location.path} onSignOut={signOut}>
      <Route path={location.path} user={user} query={location.query} />
    </Shell>
  );
}

function Route({ path, user, query }: { path: string; user: SessionUser; query: URLSearchParams }) {
  const report = /^\/uppdrag\/([^/]+)\/rapportera$/.exec(path);
  if (report)
    return <Rapportera uppdragId={decodeURIComponent(report[1]!)} user={user} period={query.get('period')} />;
  const history = /^\/(uppdrag|delmal)\/([^/]+)\/historik$/.exec(path);
  if (history)
    return (
      <Historik kind={history[1] as 'uppdrag' | 'delmal'} id={decodeURIComponent(history[2]!)} user={user} />
    );
  const edit = /^\/register\/(uppdrag|delmal)\/([^/]+)$/.exec(path);
  if (edit && edit[1] === 'uppdrag')
    return <RegisterUppdrag uppdragId={decodeURIComponent(edit[2]!)} user={user} />;
  if (edit) return <RegisterDelmal delmalId={decodeURIComponent(edit[2]!)} user={user} />;
  const plan = /^\/internkontroll\/([^/]+)\/(\d{4})$/.exec(path);
  if (plan)
    return (
      <Internkontroll
        user={user}
        query={query}
        organId={decodeURIComponent(plan[1]!)}
        year={Number(plan[2])}
      />
    );
  const arende = /^\/uppsikt\/([^/]+)$/.exec(path);
  if (arende) return <UppsiktArende arendeId={decodeURIComponent(arende[1]!)} user={user} />;
  if (PUBLIC_PATHS.has(path)) return <OppnaData />;
  const page = PAGES.find((p) => p.path === path);
  if (!page) return <NotFound />;
  if (!page.allowed(user)) return <NotAllowed />;
  switch (page.path) {
    case '/mina-uppdrag':
      return <MinaUppdrag user={user} />;
    case '/oversikt':
      return <Oversikt user={user} />;
    case '/granskning':
      return <Granskning user={user} />;
    case '/register':
      return <Register user={user} />;
    case '/rapporter':
      return <Rapporter />;
    case '/uppsikt':
      return <Uppsikt user={user} />;
    case '/faststallande':
      return <Faststallande user={user} />;
    case '/internkontroll':
      return <Internkontroll user={user} query={query} />;
    default:
      return <Inkorg />;
  }
}

/** The menu marks the page you are on, and the section a page under it belongs to (/register/uppdrag/…). */
function currentness(path: string, current: string | undefined): 'page' | 'true' | undefined {
  if (current === path) return 'page';
  return current?.startsWith(`${path}/`) ? 'true' : undefined;
}

function Shell(props: { children: ReactNode; user?: SessionUser; current?: string; onSignOut?: () => void }) {
  const { user, current, onSignOut } = props;
  return (
    <>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <div className="header-inner">
          <span className="brand">Spårbar</span>
          {user && (
            <div className="who">
              <span>
                {user.name}{' '}
                <span className="muted">({user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')})</span>
              </span>
              <button type="button" className="link-button" onClick={onSignOut}>
                Logga ut
              </button>
            </div>
          )}
        </div>
        {user && (
          <nav aria-label="Huvudmeny" className="main-nav">
            <ul>
              {PAGES.filter((p) => p.allowed(user)).map((p) => (
                <li key={p.path}>
                  <Link href={p.path} aria-current={currentness(p.path, current)}>
                    {p.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="innehall" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

function NotFound() {
  return (
    <>
      <PageTitle>Sidan finns inte</PageTitle>
      <p>
        <Link href="/">Till startsidan</Link>
      </p>
    </>
  );
}

function NotAllowed() {
  return (
    <>
      <PageTitle>Inte tillgänglig för din roll</PageTitle>
      <p>
        <Link href="/">Till startsidan</Link>
      </p>
    </>
  );
}
