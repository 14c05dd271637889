import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StartAgainView } from '../components/StartAgainView';

function StartAgain({ onRestart }: { onRestart(): void }) {
  const { t } = useTranslation();
  return <StartAgainView title={t('app.errorTitle')} text={t('app.errorText')} button={t('app.errorRestart')} onRestart={onRestart} />;
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
