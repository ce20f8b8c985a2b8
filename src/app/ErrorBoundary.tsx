import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/strings';
import { useAppStore } from '../state/store';

interface Props {
  /** Which part of the page this guards, for the message. */
  area: 'map' | 'panel' | 'tools';
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failure in one part of the page from blanking the rest: the part shows what went
 * wrong and a way to try again; the other parts, and the work saved in the browser, stay.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[${this.props.area}] ${error.message}`, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const language = useAppStore.getState().language;
    return (
      <div className="error-boundary" role="alert" data-testid={`error-${this.props.area}`}>
        <p>
          <strong>{translate(language, 'errorTitle')}</strong> {translate(language, 'errorSaved')}
        </p>
        <p className="error-detail">{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {translate(language, 'errorRetry')}
        </button>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {translate(language, 'errorReload')}
        </button>
      </div>
    );
  }
}
