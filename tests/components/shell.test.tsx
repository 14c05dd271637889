import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render';
import arCommon from '../../locales/ar/common.json';
import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';

describe('app shell', () => {
  it('starts at the language picker, naming each language in its own script', async () => {
    await renderApp({});
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Choose your language');
    const arabic = screen.getByRole('button', { name: /العربية/ });
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: /Nederlands/ })).toBeTruthy();
  });

  it('switching to Arabic translates the home screen and flips the document to rtl', async () => {
    await renderApp({});
    fireEvent.click(screen.getByRole('button', { name: /العربية/ }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    await screen.findByRole('heading', { level: 1, name: arCommon.home.title });
    expect(screen.getByRole('navigation')).toBeTruthy();
  });

  it('a change of language in the app returns to the person\'s place, and the page turns right to left with that place, not with the picker', async () => {
    await renderApp({ settings: { language: 'en' }, hash: '#/timeline' });
    await screen.findByRole('heading', { level: 1, name: enCommon.areas.timeline.title });
    window.location.hash = '#/language';
    const arabic = await screen.findByRole('button', { name: /العربية/ });
    const dirs: string[] = [];
    const titles: string[] = [];
    const seen = new MutationObserver((changes) => {
      // Each time the page's direction changes: is the picker still there?
      if (changes.some((c) => c.target === document.documentElement && c.attributeName === 'dir')) {
        dirs.push(`${document.documentElement.dir} ${document.querySelector('.picker') ? 'picker' : window.location.hash}`);
      }
      titles.push(document.querySelector('h1')?.textContent ?? '');
    });
    seen.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], childList: true, characterData: true, subtree: true });
    fireEvent.click(arabic);
    await screen.findByRole('heading', { level: 1, name: arCommon.areas.timeline.title });
    seen.disconnect();
    expect(document.documentElement.lang).toBe('ar');
    expect(dirs).toEqual(['rtl #/timeline']);
    // One render: the picker is not drawn again in Arabic on the way.
    expect(titles).not.toContain(arCommon.picker.title);
  });

  it('goes straight home when a language was chosen before, with a banner in preview', async () => {
    await renderApp({ settings: { language: 'nl' }, lng: 'nl' });
    await screen.findByRole('heading', { level: 1, name: 'Wat wil je weten?' });
    expect(screen.getByRole('status').textContent).toContain('niet bewaard');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('navigates from a home tile to its area and back', async () => {
    await renderApp({ settings: { language: 'en' } });
    fireEvent.click(await screen.findByRole('link', { name: /My rights and duties/ }));
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    expect(window.location.hash).toBe('#/rights');
  });

  it('tells the person when a damaged store file was put aside', async () => {
    await renderApp({
      settings: { language: 'en' },
      info: { version: 't', mode: 'personal', encryption: 'unavailable', notices: [{ code: 'store-recovered', backupName: 'x.bak' }] },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('x.bak');
    expect(screen.getByText(/cannot encrypt/)).toBeTruthy();
  });

  it('says texts were drafted by a computer only in a translation, not in English, the language they are written in', async () => {
    const en = await renderApp({ settings: { language: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'What do you want to know?' });
    expect(document.querySelector('.translation-note')).toBeNull();
    en.unmount();
    await renderApp({ settings: { language: 'ar' }, lng: 'ar' });
    await screen.findByRole('heading', { level: 1, name: arCommon.home.title });
    expect(document.querySelector('.translation-note')?.textContent).toContain(arCommon.shell.notReviewed);
  });

  it('lets a support worker choose how Dutch terms show, and the texts follow', async () => {
    const name = (enGlossary.terms as Record<string, { name: string }>).ind?.name;
    await renderApp({ settings: { language: 'en' }, hash: '#/settings' });
    const group = await screen.findByRole('group', { name: enCommon.settings.termDisplay.legend });
    const beside = within(group).getByRole('radio', { name: new RegExp(enCommon.settings.termDisplay.beside) }) as HTMLInputElement;
    expect(beside.checked).toBe(true);
    // Each choice shows what it looks like.
    // (Alone on its line, the word starts with a capital letter.)
    await waitFor(() => expect(beside.closest('label')?.textContent?.toLowerCase()).toContain(`${enGlossary.terms.opvang.name} (opvang)`));
    fireEvent.click(within(group).getByRole('radio', { name: new RegExp(enCommon.settings.termDisplay.own) }));
    window.location.hash = '#/glossary/nader-gehoor';
    await screen.findByRole('heading', { level: 1, name: 'nader gehoor' });
    await waitFor(() => expect(document.querySelector('.gloss-term .lead')?.textContent).toContain(`with the ${name} about`));
    expect(document.querySelector('.gloss-term .lead')?.textContent).not.toContain('IND');
  });

  it('from the settings (an area of its own, with nested routes), "start presenting" opens the procedure map', async () => {
    await renderApp({ settings: { language: 'en' }, hash: '#/settings' });
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(enCommon.settings.startPresenting) }));
    await waitFor(() => expect(window.location.hash).toBe('#/procedure'));
  });

  it('marks the route on <html data-route> only once its screen is there (the end-to-end tests wait for it)', async () => {
    await renderApp({ settings: { language: 'en' }, hash: '#/home' });
    await screen.findByRole('heading', { level: 1, name: enCommon.home.title });
    await waitFor(() => expect(document.documentElement.dataset.route).toBe('/home'));
    // The heading on screen each time the marker changes; the help area is not loaded yet, so the home
    // screen stays while it loads, and the marker must not name the help route before its screen shows.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(`${document.documentElement.dataset.route} ${document.querySelector('h1')?.textContent}`));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-route'] });
    window.location.hash = '#/help';
    await waitFor(() => expect(document.documentElement.dataset.route).toBe('/help'));
    observer.disconnect();
    expect(seen).toEqual([`/help ${enCommon.areas.help.title}`]);
  });
});
