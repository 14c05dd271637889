import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetRehearsals, layOutRehearsal, markRehearsed, rehearse, setRehearsalStage } from '../../renderer/src/app/rehearsal';

/** A stage as React leaves a hidden Activity's screen in it: its elements hidden (display: none). */
function stageWithScreen(): HTMLElement {
  const stage = document.createElement('div');
  const screen = stage.appendChild(document.createElement('section'));
  screen.style.setProperty('display', 'none', 'important');
  screen.appendChild(document.createElement('h1')).textContent = 'The procedure step by step';
  return stage;
}

afterEach(() => {
  forgetRehearsals();
  setRehearsalStage(null);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a rehearsed screen laid out once (app/rehearsal.ts)', () => {
  it('is a copy, shown to layout but to nobody else, in the page only while it is laid out', () => {
    const main = document.body.appendChild(Object.assign(document.createElement('main'), { id: 'main' }));
    const stage = stageWithScreen();
    setRehearsalStage(stage);
    rehearse({ path: '/procedure', Screen: () => null, key: 'en:procedure' });
    markRehearsed('en:procedure');
    const appended = vi.spyOn(main, 'append');
    expect(layOutRehearsal('en:procedure')).toBe(true);
    const copy = appended.mock.calls[0]![0] as HTMLElement;
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(copy.inert).toBe(true);
    expect(copy.style.visibility).toBe('hidden');
    expect(copy.style.blockSize).toBe('0px');
    // The copy's screen is shown (to layout); the stage's own stays as React left it.
    expect((copy.firstElementChild as HTMLElement).style.display).toBe('');
    expect(copy.querySelector('h1')?.textContent).toBe('The procedure step by step');
    expect((stage.firstElementChild as HTMLElement).style.display).toBe('none');
    // Gone again: the page is as it was.
    expect(main.children.length).toBe(0);
    expect(copy.isConnected).toBe(false);
  });

  it('does nothing for a screen that is not on the stage, not rendered yet, or with no page to lay it out in', () => {
    const main = document.body.appendChild(Object.assign(document.createElement('main'), { id: 'main' }));
    setRehearsalStage(stageWithScreen());
    rehearse({ path: '/procedure', Screen: () => null, key: 'en:procedure' });
    const appended = vi.spyOn(main, 'append');
    expect(layOutRehearsal('en:procedure'), 'not rendered yet').toBe(false);
    markRehearsed('en:procedure');
    expect(layOutRehearsal('en:work'), 'another screen').toBe(false);
    main.id = '';
    expect(layOutRehearsal('en:procedure'), 'no page main').toBe(false);
    expect(appended).not.toHaveBeenCalled();
  });
});
