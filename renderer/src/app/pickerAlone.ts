import type { Root } from 'react-dom/client';
import { DEFAULT_LANGUAGE, getLanguage, isLanguageCode, type LanguageCode, type Script } from '@core/i18n/languages';
import type { Settings } from '@core/ipc/contract';
import { api } from '../api';
import { afterFirstScreen, fontsAfterFirstScreen, markFirstScreen } from './firstScreen';
import type { StartData, StartOptions, Started } from './start';
import { loadWholeApp } from './wholeApp';

/**
 * A person's first start: the picker prerendered into the page (pages/FirstStartPicker.tsx) is the whole
 * app until a language is chosen. Its buttons are real buttons: a click (or Enter, or Space) on one is
 * all this needs, so it works as it is, without React; nothing is drawn again and a focus already there
 * stays. React and the rest of the app load once the picker is on screen, while the person reads the
 * names, and React then takes the picker over (hydration); a choice made before they are there waits for
 * them, with the root busy.
 */

type StartAgainTexts = { errorTitle?: string; errorText?: string; errorRestart?: string };
/**
 * Each language's "start again": its catalog's `app` texts, as the error boundary shows them, and nothing
 * else of the catalog (scripts/vite/startAgainTexts.mjs).
 */
const startAgainTexts = import.meta.glob<StartAgainTexts>('../../../locales/*/common.json', { eager: true, query: '?start-again', import: 'default' });
/** A language's "start again", where its catalog has all three texts. */
function startAgainIn(code: LanguageCode): Required<StartAgainTexts> | null {
  const texts = startAgainTexts[`../../../locales/${code}/common.json`];
  return texts?.errorTitle && texts.errorText && texts.errorRestart ? (texts as Required<StartAgainTexts>) : null;
}

/** Takes the prerendered picker in `root` over; `options` are React's, for the root a choice makes. */
export function startWithPickerAlone(root: HTMLElement, data: StartData, options: StartOptions): Started {
  // The busy state the page is served with ends here: the buttons work from now on.
  delete root.dataset.firstScreen;
  root.removeAttribute('aria-busy');
  // The route on screen, as App.tsx marks it (the end-to-end tests read it).
  document.documentElement.dataset.route = '/';
  /** React's root here, once it takes the picker over (hydration), then the whole app's. */
  let react: Root | undefined;
  let choosing = false;
  /** Taken out of the page (`unmount`): nothing more happens here. */
  let stopped = false;

  /**
   * Starts the whole app in that language at its home screen, in the same root, as a person's later starts
   * begin, and saves the choice, as the app's own picker does (AppContext `chooseLanguage`). Until home is
   * committed the root is busy; a second choice meanwhile is not taken.
   */
  const choose = async (language: LanguageCode) => {
    if (choosing || stopped) return;
    choosing = true;
    root.setAttribute('aria-busy', 'true');
    // The button chosen shows it while the rest of the app loads (base.css).
    root.querySelector(`.picker [data-language="${language}"]`)?.classList.add('picker__button--chosen');
    const settings: Settings = { ...data.settings, language };
    const done = () => root.removeAttribute('aria-busy');
    try {
      const { renderWholeApp } = await loadWholeApp();
      if (stopped) return;
      root.removeEventListener('click', onClick);
      // Busy until home is committed (and the picker gone).
      react = await renderWholeApp(root, { ...data, settings }, { committed: done, react, options });
    } catch (error) {
      root.removeEventListener('click', onClick);
      if (stopped) return;
      console.error(`[renderer] the app could not start: ${error instanceof Error ? error.name : 'error'}`);
      react?.unmount();
      // Not busy any more, then the view and its focus: a screen reader reads a busy region later.
      done();
      showStartAgain(root, language);
      return;
    }
    if (stopped) {
      // Taken out while the app was being prepared: it goes too.
      react.unmount();
      return;
    }
    // Home is there whether or not the choice is saved; unsaved, the next start asks again.
    try {
      await api.saveSettings(settings);
    } catch {
      console.error('[renderer] the language chosen was not saved');
    }
  };

  function onClick(event: MouseEvent) {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('.picker [data-language]') : null;
    const language = button?.dataset.language;
    if (button && root.contains(button) && isLanguageCode(language)) void choose(language);
  }
  root.addEventListener('click', onClick);

  markFirstScreen();
  // The fonts of the names on screen, each in its own script.
  fontsAfterFirstScreen([...root.querySelectorAll<HTMLElement>('.picker [data-script]')].map((b) => b.dataset.script as Script));
  // Loaded while the person reads the names, so a choice rarely waits for it. React then takes the picker
  // over, so that a choice finds React running (a first render in a new root takes longer); then the
  // areas' code.
  afterFirstScreen(() => {
    void loadWholeApp()
      .then((whole) => {
        if (!choosing && !stopped) {
          // From its commit on, React's handler takes the clicks.
          let marked = false;
          const hydrated = () => {
            root.removeEventListener('click', onClick);
            // For the tests: the picker is React's now.
            if (!marked) performance.mark('picker-hydrated');
            marked = true;
          };
          react = whole.hydratePicker(root, (code) => void choose(code), hydrated, options);
        }
        return whole.prefetchAreaCode();
      })
      .catch(() => undefined);
  });

  return {
    unmount: () => {
      stopped = true;
      root.removeEventListener('click', onClick);
      react?.unmount();
    },
  };
}

/**
 * In place of the picker when the rest of the app cannot be loaded (its files are damaged, say): a calm
 * "start again", as the error boundary shows it (components/StartAgainView.tsx), in the language just
 * chosen, and in English beside it (a draft translation may be unclear, and the picker was in English).
 * Made here, without React: React may be what could not be loaded.
 */
function showStartAgain(root: HTMLElement, language: LanguageCode): void {
  const english = startAgainIn(DEFAULT_LANGUAGE)!;
  const chosen = language === DEFAULT_LANGUAGE ? null : startAgainIn(language);
  const texts = chosen ?? english;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, props: Record<string, string> = {}) => {
    const made = document.createElement(tag);
    made.textContent = text;
    for (const [name, value] of Object.entries(props)) made.setAttribute(name, value);
    return made;
  };
  const button = element('button', texts.errorRestart, { type: 'button', class: 'button button--primary button--huge' });
  button.addEventListener('click', () => window.location.reload());
  const view = element('main', '', { class: 'start-again', 'aria-labelledby': 'start-again-h' });
  view.append(element('h1', texts.errorTitle, { id: 'start-again-h' }), element('p', texts.errorText), button);
  if (chosen) {
    // In its own script's font (base.css): the page is still the English picker's.
    const { intl, dir, script } = getLanguage(language);
    Object.assign(view, { lang: intl, dir });
    view.dataset.script = script;
    const inEnglish = { lang: getLanguage(DEFAULT_LANGUAGE).intl, dir: 'ltr' };
    // Read as the two words, without the dot.
    button.append(' ', element('span', '· ', { 'aria-hidden': 'true' }), element('span', english.errorRestart, inEnglish));
    view.insertBefore(element('p', `${english.errorTitle}. ${english.errorText}`, inEnglish), button);
  }
  root.replaceChildren(view);
  button.focus();
}
