import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PARTICIPATION } from '@core/content/participation';
import { RIGHTS_AND_DUTIES, SITUATIONS } from '@core/content/rights';
import participation from '../../locales/en/participation.json';
import rights from '../../locales/en/rights.json';
import enGlossary from '../../locales/en/glossary.json';
import { renderApp } from './render';

const en = { settings: { language: 'en' as const } };
const titleOf = (id: string) => rights.items[id as keyof typeof rights.items].title;
const partTitleOf = (id: string) => participation.items[id as keyof typeof participation.items].title;
const shown = () => [...document.querySelectorAll<HTMLElement>('article.item')].map((a) => a.dataset.item);

function setToday(y: number, m: number, d: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, m - 1, d, 12, 0, 0));
}
beforeEach(() => setToday(2026, 11, 22));
afterEach(() => vi.useRealTimers());

describe('My rights and duties', () => {
  it('asks for the situation when there is no case, and lists nothing before that', async () => {
    await renderApp({ ...en, hash: '#/rights' });
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    for (const s of SITUATIONS) expect((screen.getByRole('radio', { name: rights.situations[s] }) as HTMLInputElement).checked).toBe(false);
    expect(shown()).toEqual([]);
  });

  it('for each situation, lists exactly the rights, duties and ways to take part that apply to it', async () => {
    await renderApp({ ...en, hash: '#/rights' });
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    for (const s of SITUATIONS) {
      fireEvent.click(screen.getByRole('radio', { name: rights.situations[s] }));
      // On 22 Nov 2026 every item is in force (the latest start is 1 Nov 2025; the only end is 4 Mar 2027).
      const want = [
        ...RIGHTS_AND_DUTIES.filter((i) => i.situations.includes(s)).map((i) => i.id),
        ...PARTICIPATION.filter((p) => p.phases.includes(s)).map((p) => p.id),
      ];
      expect(shown().sort()).toEqual(want.sort());
    }
  });

  it('puts rights and duties in their own groups, each item with a paragraph, who to ask and sources', async () => {
    await renderApp({ ...en, hash: '#/rights' });
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    fireEvent.click(screen.getByRole('radio', { name: rights.situations.minor }));
    const rightsGroup = screen.getByRole('region', { name: 'Your rights' });
    const dutiesGroup = screen.getByRole('region', { name: 'What is expected of you' });
    expect(within(rightsGroup).getByRole('heading', { name: titleOf('guardian') })).toBeTruthy();
    expect(within(dutiesGroup).queryByRole('heading', { name: titleOf('guardian') })).toBeNull();
    expect(within(dutiesGroup).getByRole('heading', { name: titleOf('cooperate') })).toBeTruthy();

    const guardian = within(rightsGroup).getByRole('article', { name: titleOf('guardian') });
    // "guardian (voogd)": the text's own word with the Dutch; [[nidos]] as the person's word with the Dutch beside it.
    const nidosName = (enGlossary.terms as Record<string, { name: string }>).nidos?.name;
    await waitFor(() => expect(guardian.textContent).toContain(`You get a guardian (voogd) from ${nidosName} (Nidos)`));
    expect(within(guardian).getByText('Who to ask')).toBeTruthy();
    const who = guardian.querySelector<HTMLElement>('.who')!;
    const nidos = within(who).getByRole('link', { name: /Nidos/ });
    expect(nidos.querySelector('bdi[lang="nl"]')?.textContent).toBe('Nidos');
    expect(nidos.textContent).toMatch(/^Nidos: .* \(Nidos\)$/);
    expect(nidos.getAttribute('href')).toBe('#/help/nidos');
    expect(within(guardian).getByText(/Sources \(2\)/).closest('details')?.open).toBe(false);
  });

  it('the child alone does not see the duty to leave; the refused person does', async () => {
    await renderApp({ ...en, hash: '#/rights' });
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    fireEvent.click(screen.getByRole('radio', { name: rights.situations.minor }));
    expect(screen.queryByRole('heading', { name: titleOf('duty-to-leave') })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: rights.situations.rejected }));
    expect(screen.getByRole('heading', { name: titleOf('duty-to-leave') })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: titleOf('guardian') })).toBeNull();
  });

  it('hides what is no longer in force: temporary protection after 4 March 2027', async () => {
    setToday(2027, 3, 5);
    await renderApp({ ...en, hash: '#/rights', caseData: { procedure: 'temporary-protection', dates: {} } });
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    // Preselected from the case.
    expect((screen.getByRole('radio', { name: rights.situations.ukraine }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('heading', { name: titleOf('temporary-protection') })).toBeNull();
    expect(screen.getByRole('heading', { name: titleOf('ukraine-vehicle') })).toBeTruthy();
  });

  it('preselects the situation from the case: a granted decision', async () => {
    await renderApp({ ...en, hash: '#/rights', caseData: { procedure: 'asylum', decisionOutcome: 'granted', dates: {} } });
    await screen.findByRole('heading', { level: 1, name: 'My rights and duties' });
    expect((screen.getByRole('radio', { name: rights.situations.granted }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/We chose this from what you entered in My timeline/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: titleOf('family-reunification') })).toBeTruthy();
    expect(screen.getByRole('heading', { name: partTitleOf('voorinburgering') })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Can I work\? Check it here/ }).getAttribute('href')).toBe('#/work');
  });

  it('shows one item on its own page', async () => {
    await renderApp({ ...en, hash: '#/rights/volunteering' });
    await screen.findByRole('heading', { level: 1, name: partTitleOf('volunteering') });
    expect(screen.getByText('Taking part')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Can I work\?/ }).getAttribute('href')).toBe('#/work');
    const forWhom = screen.getByRole('heading', { level: 2, name: 'For whom is this?' }).nextElementSibling as HTMLElement;
    expect([...forWhom.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      PARTICIPATION.find((p) => p.id === 'volunteering')!.phases.map((p) => rights.situations[p]),
    );
  });
  it('a right with a rule number shows the number from the rule, never a raw placeholder', async () => {
    await renderApp({ ...en, hash: '#/rights/temporary-protection' });
    await screen.findByRole('heading', { level: 1 });
    const lead = document.querySelector('.lead')!.textContent!;
    expect(lead).toContain('at least 2 working days before you start');
    expect(document.body.textContent).not.toContain('{{');
  });
});
