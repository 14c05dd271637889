/**
 * A calm "start again" where a screen cannot go on: the error boundary's (app/ErrorBoundary.tsx). Its
 * texts come in as props, so it needs no i18next. A first start whose rest of the app cannot be loaded
 * shows the same, made without React (app/pickerAlone.ts `showStartAgain`).
 */
export function StartAgainView({ title, text, button, onRestart }: { title: string; text: string; button: string; onRestart(): void }) {
  return (
    <main className="start-again" aria-labelledby="start-again-h">
      <h1 id="start-again-h">{title}</h1>
      <p>{text}</p>
      <button type="button" className="button button--primary button--huge" autoFocus onClick={onRestart}>
        {button}
      </button>
    </main>
  );
}
