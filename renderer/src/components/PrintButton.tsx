import { useTranslation } from 'react-i18next';
import { api, isPreview } from '../api';
import { useApp } from '../app/AppContext';
import { Icon } from './Icon';

/**
 * Prints the current page as a handout: with a second language chosen, both
 * columns print; folded sections (sources, questions) are opened for print.
 */
export function PrintButton() {
  const { t } = useTranslation();
  const { info } = useApp();
  if (info.kiosk && !info.kiosk.allowPrint) return null;

  async function print() {
    const title = document.querySelector('main h1')?.textContent ?? 'Wegwijs';
    if (isPreview || info.kiosk) await api.printPage();
    else await api.printToPdf({ title: title.slice(0, 200) });
  }

  return (
    <button type="button" className="topnav__link topnav__button no-print" onClick={() => void print()}>
      <Icon name="print" /> <span>{t('shell.print')}</span>
    </button>
  );
}

/** Opens every <details> for printing and closes the ones that were closed afterwards. */
export function installPrintExpansion(): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
