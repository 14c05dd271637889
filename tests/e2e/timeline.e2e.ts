import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import arTimeline from '../../locales/ar/timeline.json';
import { openApp, shot, startHarness, type Harness } from './harness';
import { axeLines } from './lib/checks';
import { decodeQr, pickDate } from './lib/widgets';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Sunday 1 March 2026, late morning: the "today" of these tests. */
const NOW = new Date('2026-03-01T10:30:00');

/** Every rule axe runs by default (not only the WCAG tags), on the page's main content. */
const axeProblems = (page: Page): Promise<string[]> => axeLines(page, 'timeline', { include: 'main', tags: 'all' });


describe('My timeline in Chromium', () => {
  it('takes dates from the pickers, shows deadline and estimate apart, works in Arabic, carries a readable QR code, and deletes', async () => {
    const page = await h.newPage();
    await page.clock.setFixedTime(NOW);
    await openApp(h, page);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    await page.getByRole('link', { name: /My timeline/ }).click();
    await page.getByRole('heading', { level: 1, name: 'My timeline' }).waitFor();

    // No case yet: the start card leads to the form.
    await page.getByRole('link', { name: 'Enter my dates' }).click();
    await page.getByRole('heading', { level: 1, name: 'My case' }).waitFor();
    expect(page.url()).toMatch(/#\/timeline\/case$/);

    // A granted case, every date from the pickers: no date format is typed anywhere.
    await pickDate(page.getByRole('group', { name: /The day you reported/ }), '1', 'September', '2025');
    const application = page.getByRole('group', { name: /The day of your/ });
    await pickDate(application, '3', 'September', '2025');
    // Said back in words (3 September 2025 was a Wednesday).
    expect(await application.locator('.datepick__chosen').textContent()).toMatch(/You chose:\s+Wednesday,? 3 September 2025/);
    await page.getByRole('radio', { name: /algemene asielprocedure/i }).check();
    await page.getByRole('radio', { name: 'Yes, I got a permit' }).check();
    await pickDate(page.getByRole('group', { name: /The day of the decision/ }), '16', 'February', '2026');
    await pickDate(page.getByRole('group', { name: /was made/ }), '25', 'February', '2026');
    await shot(page, 'timeline-form-en');
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save and show my timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'My timeline' }).waitFor();
    expect(page.url()).toMatch(/#\/timeline$/);

    // Decision 16 February 2026: + 3 months = 16 May 2026 (legal deadline, family reunification);
    // + 14 weeks = 25 May 2026 (target for a home); + 28 weeks (the 2025 average) = 31 August 2026 (estimate).
    const deadline = page.locator('li[data-id="nareis-deadline"]');
    const target = page.locator('li[data-id="housing-target"]');
    const estimate = page.locator('li[data-id="housing-estimate"]');
    await expect(deadline.textContent()).resolves.toContain('16 May 2026');
    await expect(target.textContent()).resolves.toContain('25 May 2026');
    await expect(estimate.textContent()).resolves.toContain('31 August 2026');
    // PIP 25 February 2026 + 3 years; application 3 September 2025 + 5 years (the permit counts from the application).
    await expect(page.locator('li[data-id="integration-term-end"]').textContent()).resolves.toContain('25 February 2029');
    await expect(page.locator('li[data-id="permit-expiry"]').textContent()).resolves.toContain('3 September 2030');
    // Told apart by words ...
    await expect(deadline.locator('.tl-kind').textContent()).resolves.toBe('Legal deadline');
    await expect(target.locator('.tl-kind').textContent()).resolves.toBe('Target');
    await expect(estimate.locator('.tl-kind').textContent()).resolves.toBe('Estimate · Average in 2025');
    // ... and by the marker's shape, not colour alone: a rotated square, a square frame, a dashed ring.
    const shape = (li: Locator) =>
      li.locator('.tl-marker').evaluate((el) => {
        const s = getComputedStyle(el);
        return { transform: s.transform, borderStyle: s.borderTopStyle, round: s.borderTopLeftRadius !== '2px' && s.borderTopLeftRadius !== '0px' };
      });
    const d = await shape(deadline);
    const tg = await shape(target);
    const e = await shape(estimate);
    expect(d.transform).not.toBe('none');
    expect(tg.transform).toBe('none');
    expect(e.transform).toBe('none');
    expect(tg).toMatchObject({ borderStyle: 'solid', round: false });
    expect(e).toMatchObject({ borderStyle: 'dashed', round: true });

    // "You are here" sits after the PIP (past) and before the family reunification deadline (upcoming).
    const order = await page.locator('ol.tl > li').evaluateAll((lis) =>
      lis.map((li) => li.getAttribute('data-id') ?? (li.getAttribute('aria-current') === 'date' ? 'TODAY' : '?')),
    );
    expect(order.indexOf('pip')).toBeLessThan(order.indexOf('TODAY'));
    expect(order.indexOf('TODAY')).toBeLessThan(order.indexOf('nareis-deadline'));
    await expect(page.locator('li[aria-current="date"]').textContent()).resolves.toContain('1 March 2026');
    // What happens next: 1 March → 16 May 2026 is 76 days: "about 2 months" (more than 60 days, 15 of May's 31 days left over).
    const next = page.locator('.next-card');
    await expect(next.textContent()).resolves.toContain('Last day to apply for family reunification');
    await expect(next.textContent()).resolves.toContain('That is in about 2 months.');
    await shot(page, 'timeline-view-en');
    expect(await axeProblems(page)).toEqual([]);

    // Printed: the timeline in the person's language with the Dutch titles beside, without the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.tl-actions').isVisible()).toBe(false);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await deadline.locator('.tl-item__nl').textContent()).toContain('Laatste dag om gezinshereniging aan te vragen');
    expect(await deadline.locator('.tl-item__nl').isVisible()).toBe(true);
    await shot(page, 'timeline-print-en');
    await page.emulateMedia({ media: 'screen' });

    // Arabic: right to left, the dates still there (Gregorian, month in Arabic).
    await page.getByRole('navigation').getByRole('link', { name: 'Language' }).click();
    await page.getByRole('button', { name: /العربية/ }).click();
    // Switching language keeps the person's place: back on the timeline, now right to left.
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && location.hash === '#/timeline');
    await page.locator('li[data-id="nareis-deadline"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const arDeadline = (await page.locator('li[data-id="nareis-deadline"] .tl-item__date').textContent()) ?? '';
    expect(arDeadline).toMatch(/16\s*مايو\s*2026/);
    const arEstimate = (await page.locator('li[data-id="housing-estimate"] .tl-item__date').textContent()) ?? '';
    expect(arEstimate).toMatch(/31\s*أغسطس\s*2026/);
    // The markers sit on the right-hand side of the cards in rtl.
    const marker = await page.locator('li[data-id="nareis-deadline"] .tl-marker').boundingBox();
    const card = await page.locator('li[data-id="nareis-deadline"] .tl-card').boundingBox();
    expect(marker && card && marker.x > card.x + card.width - 1).toBe(true);
    await shot(page, 'timeline-view-ar');

    // The QR code: decoded from a screenshot of the <img>, it holds both languages as plain text.
    await page.getByRole('button', { name: /QR/ }).click();
    const img = page.locator('img.qr-panel__code');
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const text = await decodeQr(img);
    // The person's language (Arabic, titles from its catalog) first, then Dutch.
    const [arabicPart, dutchPart] = text.split('---');
    const ar = arTimeline as { milestones: Record<string, { title: string }> };
    for (const id of ['nareis-deadline', 'housing-estimate', 'permit-renewal-from']) {
      expect(arabicPart).toContain(ar.milestones[id]!.title.replace(/\[\[[^\]]+\]\]/g, '').trim().split(' ')[0]);
    }
    expect(arabicPart).toMatch(/2030/);
    expect(dutchPart).toContain('Wegwijs – mijn tijdlijn');
    expect(dutchPart).toContain('Laatste dag om gezinshereniging aan te vragen: 16-05-2026');
    expect(dutchPart).toContain('Verwachte woning (gemiddeld): 31-08-2026');
    // The furthest date (the permit end) is the first left out when the text is too long; the renewal date stays.
    expect(dutchPart).toContain('Je kunt verlenging van je vergunning aanvragen vanaf: 03-03-2030');
    expect(text).not.toContain('[EN]');
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(1000);
    await shot(page, 'timeline-qr-ar');

    // Delete everything, with one confirmation: the timeline is gone.
    // (still in Arabic: the labels come from the Arabic catalog)
    const arUi = (arTimeline as unknown as { ui: Record<string, Record<string, string>> }).ui;
    const label = (group: string, key: string) => {
      const v = arUi[group]?.[key];
      if (!v) throw new Error(`ui.${group}.${key} missing in ar`);
      return v;
    };
    const deleteGroup = Object.keys(arUi).find((g) => arUi[g]?.deleteYes) ?? '';
    await page.getByRole('button', { name: label(deleteGroup, 'delete'), exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: label(deleteGroup, 'deleteYes') }).click();
    await page.locator('.shell main a[href$="#/timeline/case"]').first().waitFor();
    expect(await page.locator('ol.tl').count()).toBe(0);
    expect(await page.locator('li[data-id]').count()).toBe(0);
    await expect(page.getByRole('status').filter({ hasText: label(deleteGroup, 'deleted') }).count()).resolves.toBe(1);

    expect(h.foreignRequests).toEqual([]);
  });

  it('shows a plain message, not a crash, for an impossible date', async () => {
    const page = await h.newPage();
    await page.clock.setFixedTime(NOW);
    await openApp(h, page, '#/language');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/timeline/case';
    });
    const application = page.getByRole('group', { name: /The day of your/ });
    await pickDate(application, '30', 'February', '2026');
    const error = application.locator('.field-error');
    await expect(error.textContent()).resolves.toContain('The date for asylum application does not exist.');
    const select = application.getByLabel('Day');
    expect(await select.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await select.getAttribute('aria-describedby')) ?? '';
    const errorBox = application.locator('[aria-live="polite"]');
    expect(describedBy.split(' ')).toContain(await errorBox.getAttribute('id'));
    await page.getByRole('button', { name: 'Save and show my timeline' }).click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).toMatch(/#\/timeline\/case$/);
    expect(h.foreignRequests).toEqual([]);
  });
});
