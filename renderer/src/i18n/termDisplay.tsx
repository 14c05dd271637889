import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TERM_DISPLAYS } from '@core/ipc/termDisplays';
import { stringKeyT } from './keys';

export { TERM_DISPLAYS };

/**
 * How `[[glossary-id]]` markers show (a support-worker setting):
 * - `beside`: the person's word with the Dutch term beside it, the Dutch only
 *   at a term's first occurrence in a paragraph (the default);
 * - `dutch`: the Dutch term alone;
 * - `own`: the person's word alone.
 */
export type TermDisplay = (typeof TERM_DISPLAYS)[number];

const TermDisplayCtx = createContext<TermDisplay>('beside');

export function TermDisplayProvider({ value, children }: { value: TermDisplay | undefined; children: ReactNode }) {
  return <TermDisplayCtx.Provider value={value ?? 'beside'}>{children}</TermDisplayCtx.Provider>;
}

export function useTermDisplay(): TermDisplay {
  return useContext(TermDisplayCtx);
}

/**
 * The short names of glossary terms in a language (`glossary:terms.<id>.name`),
 * or undefined where a name is missing (the Dutch term then shows alone).
 * Never suspends: until the glossary catalog is loaded (it loads with the
 * rest after the first screen) a text shows the Dutch terms, then re-renders.
 */
export function useTermNames(lng?: string): (id: string) => string | undefined {
  const { t, i18n } = useTranslation('glossary', { useSuspense: false, ...(lng ? { lng } : {}) });
  return (id) => {
    const key = `terms.${id}.name`;
    if (!i18n?.exists?.(key, { ns: 'glossary', ...(lng ? { lng } : {}) })) return undefined;
    const name = stringKeyT(t)(key);
    return typeof name === 'string' && name.trim() ? name : undefined;
  };
}
