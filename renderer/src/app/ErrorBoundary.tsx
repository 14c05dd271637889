import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function StartAgain({ onRestart }: { onRestart(): void }) {
  const { t } = useTranslation();
  return (
    <main className="start-again" aria-labelledby="start-again-h">
      <h1 id="start-again-h">{t('app.errorTitle')}</h1>
      <p>{t('app.errorText')}</p>
      <button type="button" className="button button--primary button--huge" autoFocus onClick={onRestart}>
        {t('app.errorRestart')}
      </button>
    </main>
  );
}

/**
 * When a screen throws, React would leave a blank window; on a kiosk perhaps
 * with the last person's data half on it. This shows a calm "start again"
 * instead. Nothing of the error is shown or logged with personal data.
 */
export class ErrorBoundary extends Component<{ onRestart(): unknown; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    console.error(`[renderer] a screen failed: ${error.name}`);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    // The provider gives this boundary a new key on restart, so a fresh one takes over.
    return <StartAgain onRestart={() => void this.props.onRestart()} />;
  }
}
