import { Suspense, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isPreview } from '../api';
import { useApp } from '../app/AppContext';
import { Icon } from './Icon';
import { TranslationNote } from './TranslationNote';
import { PrintButton } from './PrintButton';
import { rememberPlace } from '../app/lastPlace';
import { afterPaint } from '../app/firstScreen';
import { CONTENT_CHECKED } from '@core/content/meta';
import { rulePeriodFor } from '@core/rules/periods';
import { formatDate } from '../i18n/format';

/** The frame of every screen after the language picker: landmarks, skip link, header, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { info, wipeSession } = useApp();
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // After a route change the new page starts at its top, and focus moves to it, so keyboard and
  // screen-reader users start there too. Focus alone scrolled a tall page to its middle (it brings the
  // element into view, centred). Focus moves once the new page is painted: moving it at once made the
  // browser lay the page out there and then, and again for the frame. Scrolling to the top needs no layout.
  // Not on the frame's first screen (the page starts at its top then, and a screen reader there).
  const first = useRef(true);
  const focusAtCommit = useRef<Element | null>(null);
  useEffect(() => rememberPlace(location), [location]);
  // Where focus was as the new screen was committed, before its pages' own effects ran.
  useLayoutEffect(() => {
    focusAtCommit.current = document.activeElement;
  }, [location]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const before = document.activeElement;
    const main = mainRef.current;
    // A new page that put focus on something of its own (the search page its box) keeps it.
    if (main && before && before !== focusAtCommit.current && before !== main && main.contains(before)) return;
    return afterPaint(() => {
      // Unless the person has already put focus somewhere on the new page.
      const now = document.activeElement;
      if (now === before || now === null || now === document.body) main?.focus({ preventScroll: true });
    });
  }, [location]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        {t('shell.skipToContent')}
      </a>
      {isPreview && (
        <div className="banner banner--preview" role="status">
          <Icon name="info" /> {t('shell.previewBanner')}
        </div>
      )}
      {info.encryption === 'unavailable' && (
        <div className="banner banner--warning" role="status">
          <Icon name="warning" /> {t('shell.noEncryption')}
        </div>
      )}
      {info.notices.map((n) => (
        <div key={n.backupName} className="banner banner--warning" role="alert">
          <Icon name="warning" /> {t('shell.storeRecovered', { file: n.backupName })}
        </div>
      ))}
      <header className="topbar">
        <Link href="/home" className="brand">
          <Icon name="route" size={28} />
          <span>{t('app.name')}</span>
        </Link>
        {info.kiosk?.locationName && <span className="topbar__location">{info.kiosk.locationName}</span>}
        <nav aria-label={t('shell.mainNav')} className="topnav">
          <Link href="/home" className="topnav__link" aria-current={location === '/home' ? 'page' : undefined}>
            <Icon name="home" /> <span>{t('shell.home')}</span>
          </Link>
          <Link href="/search" className="topnav__link" aria-current={location.startsWith('/search') ? 'page' : undefined}>
            <Icon name="search" /> <span>{t('shell.search')}</span>
          </Link>
          <Link href="/language" className="topnav__link">
            <Icon name="globe" /> <span>{t('shell.language')}</span>
          </Link>
          <PrintButton />
          {!info.kiosk && (
            <Link href="/settings" className="topnav__link" aria-current={location === '/settings' ? 'page' : undefined}>
              <Icon name="settings" /> <span>{t('shell.settings')}</span>
            </Link>
          )}
          {info.kiosk && (
            <button type="button" className="button button--finish" onClick={() => void wipeSession()}>
              <Icon name="close" /> {t('kiosk.finish')}
            </button>
          )}
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {/* A page's catalogs load when it first opens; locally this takes a few milliseconds. */}
        <Suspense fallback={<p className="loading" aria-busy="true" />}>{children}</Suspense>
      </main>
      <footer className="footer">
        <TranslationNote />
        <p>{t('shell.disclaimer')}</p>
        <p className="footer__rules">
          {t('shell.rulesAsOf', { date: formatDate(todayPeriodStart(), i18n.language) })}{' '}
          {t('shell.checkedOn', { date: formatDate(CONTENT_CHECKED, i18n.language) })}
        </p>
      </footer>
    </div>
  );
}

/** A link back up; `href` is absolute (from the app's root), also inside an area's nested routes. */
/** The first day of the rules in force today (the footer says which rules the app shows). */
function todayPeriodStart(): string {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return rulePeriodFor(today).from ?? today;
}

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={`~${href}`} className="backlink">
      <Icon name="arrow-back" /> <span>{label}</span>
    </Link>
  );
}

/** The head of an area's first screen: the way back home, the area's title and its lead text. */
export function AreaHead({ title, lead }: { title: string; lead: string }) {
  const { t } = useTranslation('common');
  return (
    <>
      <BackLink href="/home" label={t('shell.home')} />
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
    </>
  );
}
