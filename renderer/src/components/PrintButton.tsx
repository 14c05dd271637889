import { useTranslation } from 'react-i18next';
import type { Response } from '@core/ipc/contract';
import { api } from '../api';
import { useApp } from '../app/AppContext';
import { Icon } from './Icon';

/**
 * Prints the current page as a handout: with a second language chosen, both
 * columns print; folded sections (sources, questions) are opened for print.
 */
export function PrintButton() {
  const { t } = useTranslation();
  const { info } = useApp();
  if (!canPrint(info)) return null;

  return (
    <button
      type="button"
      className="topnav__link topnav__button no-print"
      onClick={() => void printPage(document.querySelector('main h1')?.textContent ?? 'Wegwijs')}
    >
      <Icon name="print" /> <span>{t('shell.print')}</span>
    </button>
  );
}

/** Whether to offer printing at all: a kiosk prints only on a printer its config names. */
export function canPrint(info: { mode: string; kiosk?: { allowPrint: boolean } }): boolean {
  return info.mode !== 'kiosk' || Boolean(info.kiosk?.allowPrint);
}

/** The one way the page prints; main decides how (PDF, silent kiosk printer, or refused). A failure is an outcome. */
export async function printPage(title: string): Promise<Response<'print'>['outcome']> {
  try {
    return (await api.print({ title: title.slice(0, 200) })).outcome;
  } catch {
    return 'failed';
  }
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
