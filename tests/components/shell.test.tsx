import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from './render';

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
    await screen.findByRole('heading', { level: 1, name: 'ماذا تريد أن تعرف؟' });
    expect(screen.getByRole('navigation')).toBeTruthy();
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
});
