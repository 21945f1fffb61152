import { type MouseEvent, useEffect, useRef } from 'react';

import { type Language, useTexts } from './i18n';
import { mayOpen, type PageId, pageOfPath, pagesFor, pathOf, type UserView } from './navigation';
import { GoalsPage } from './pages/goals-page';
import { PagePlaceholder } from './pages/page-placeholder';
import { RequestsPage } from './pages/requests-page';
import { RulesPage } from './pages/rules-page';
import { SituationPage } from './pages/situation-page';
import { navigate, usePath } from './router';
import { signInUrl, signOut, useSession } from './session';

function Page({ page, user }: { page: PageId; user: UserView }) {
  switch (page) {
    case 'situation':
      return <SituationPage />;
    case 'rules':
      return <RulesPage user={user} />;
    case 'requests':
      return <RequestsPage user={user} />;
    case 'goals':
      return <GoalsPage />;
    default:
      return <PagePlaceholder page={page} />;
  }
}

function followLink(event: MouseEvent<HTMLAnchorElement>, path: string) {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(path);
}

export function App() {
  const { t, language, setLanguage } = useTexts();
  const session = useSession();
  const path = usePath();
  const mainRef = useRef<HTMLElement>(null);
  const user = session.status === 'signed-in' ? session.user : undefined;
  const pages = user ? pagesFor(user) : [];
  const current = pageOfPath(path);

  useEffect(() => {
    if (user && path === '/' && pages.length > 0) window.history.replaceState(null, '', pathOf(pages[0]));
    if (user && path === '/' && pages.length > 0) window.dispatchEvent(new Event('workbench:navigate'));
  }, [user, path, pages]);

  useEffect(() => {
    const title = current ? t.pages[current] : t.appTitle;
    document.title = `${title} – ${t.appTitle}`;
    mainRef.current?.focus({ preventScroll: true });
  }, [current, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-title">{t.appTitle}</span>
          <span className="brand-subtitle">{t.appSubtitle}</span>
        </div>
        <div className="header-tools">
          <label className="language">
            {t.language}{' '}
            <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <option value="nb">Norsk bokmål</option>
              <option value="en">English</option>
            </select>
          </label>
          {user ? (
            <>
              <span className="user" data-testid="user">
                {t.signedInAs} <strong>{user.displayName}</strong>
                {user.agency ? ` (${user.agency})` : ''}
              </span>
              <button type="button" onClick={() => void signOut()}>
                {t.signOut}
              </button>
            </>
          ) : session.status === 'signed-out' ? (
            <a className="button" href={signInUrl(path, language)}>
              {t.signIn}
            </a>
          ) : null}
        </div>
      </header>
      {user && (
        <nav aria-label={t.mainNavigation} className="main-nav">
          <ul>
            {pages.map((page) => (
              <li key={page}>
                <a
                  href={pathOf(page)}
                  aria-current={page === current ? 'page' : undefined}
                  onClick={(event) => followLink(event, pathOf(page))}
                >
                  {t.pages[page]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} ref={mainRef}>
        {session.status === 'loading' && <p>{t.loading}</p>}
        {session.status === 'signed-out' && (
          <section>
            <h1>{t.notSignedInTitle}</h1>
            <p>{t.notSignedInText}</p>
            <p>
              <a className="button" href={signInUrl(path, language)}>
                {t.signIn}
              </a>
            </p>
          </section>
        )}
        {user && current && mayOpen(user, current) && <Page page={current} user={user} />}
        {user && current && !mayOpen(user, current) && (
          <section>
            <h1>{t.noAccessTitle}</h1>
            <p>{t.noAccessText}</p>
          </section>
        )}
        {user && !current && path !== '/' && <p>{t.notFound}</p>}
        {user && pages.length === 0 && (
          <section>
            <h1>{t.noAccessTitle}</h1>
            <p>{t.noAccessText}</p>
          </section>
        )}
      </main>
    </>
  );
}
