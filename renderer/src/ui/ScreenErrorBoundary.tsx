import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

type Props = {
  /** Changes when the person goes to another screen; a failed screen is then tried afresh. */
  resetKey: string;
  children: ReactNode;
};

type State = { error?: Error; resetKey: string };

/**
 * Catches a screen that fails while it draws, so the person sees what happened and what to do
 * instead of a blank window. Nothing is lost with the screen: every edit is already in this
 * device's storage (and in the journal until stored), so a reload picks up where it stopped.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept on this machine: the console is where a facilitator's helper looks; nothing is sent.
    console.error('[screen] failed while drawing', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <main id="main" tabIndex={-1} className="page">
            <div className="notice notice-error screen-failed" role="alert">
              <h1>{t('app.screenFailed')}</h1>
              <p>{t('app.screenFailedBody')}</p>
              <p className="muted">{t('app.screenFailedDetail', { message: error.message })}</p>
              <div className="screen-failed-actions">
                <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
                  {t('app.reload')}
                </button>
                <a className="button" href="#/">
                  {t('app.home')}
                </a>
              </div>
            </div>
          </main>
        )}
      </Translation>
    );
  }
}
