import { useEffect } from 'react';
import { LANGUAGES, type LanguageCode, type Script } from '@core/i18n/languages';
import { isDraft } from '@core/i18n/confidence';
import type { AppInfo } from '@core/ipc/contract';
import { fontsAfterFirstScreen } from '../app/firstScreen';
import { AVAILABLE_LANGUAGES, metaOf } from '../i18n/meta';

type Offered = (typeof LANGUAGES)[number];

/** The languages the picker offers: those with catalogs, and on a kiosk those its set-up allows. */
export function offeredLanguages(kiosk: AppInfo['kiosk']): Offered[] {
  return LANGUAGES.filter((l) => AVAILABLE_LANGUAGES.has(l.code) && (!kiosk || kiosk.languages.includes(l.code)));
}

/**
 * The language picker as it looks. Each language is named in its own script, so a person who cannot read
 * the Latin script still finds theirs. Its texts come in as props, so it needs neither i18next nor the
 * router: the app's picker (./LanguagePicker.tsx) gives it the catalog's, and the benchmark's
 * same-first-screen page (bench/floor-picker) shows it alone, to tell the app's own start-up cost from
 * the cost of this screen. At a person's first start it is prerendered into the page, and its buttons work
 * without React (app/pickerAlone.ts).
 */
export function PickerView({
  title,
  hint,
  languages,
  current,
  onPick,
}: {
  title: string;
  hint: string;
  languages: Offered[];
  current: string | null;
  onPick: (code: LanguageCode) => void;
}) {
  // Each name in its own script's font, once the picker is on screen.
  const scripts = [...new Set(languages.map((l) => l.script))].join(' ');
  useEffect(() => fontsAfterFirstScreen(scripts.split(' ') as Script[]), [scripts]);

  return (
    <main className="picker" id="main" tabIndex={-1}>
      <div className="picker__head">
        {/* Drawn by the stylesheet, not by <Icon>: an inline style is refused by the CSP in the prerendered page. */}
        <span aria-hidden="true" className="icon picker__globe" />
        <h1>{title}</h1>
        <p className="picker__hint">{hint}</p>
      </div>
      <ul className="picker__grid" role="list">
        {languages.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              className="box picker__button"
              lang={l.intl}
              dir={l.dir}
              data-script={l.script}
              // What a person's first start reads, before React is there (app/pickerAlone.ts).
              data-language={l.code}
              aria-current={current === l.code ? 'true' : undefined}
              onClick={() => onPick(l.code)}
            >
              <span className="picker__native">{l.nativeName}</span>
              <span className="picker__english" lang="en" dir="ltr">
                {l.englishName}
              </span>
              {l.code !== 'en' && isDraft(metaOf(l.code)?.confidence) && (
                // A machine translation nobody has vouched for: said in the language itself, and in English.
                <span className="picker__draft">
                  <span>{metaOf(l.code)?.draftLabel}</span> · <span lang="en">{metaOf('en')?.draftLabel}</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
