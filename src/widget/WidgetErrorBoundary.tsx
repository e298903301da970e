import { useQueryClient } from '@tanstack/react-query';
import { Component, createRef, type ReactNode } from 'react';
import { asError } from '../context/asError';
import { useConnections } from '../context/ConnectionsContext';
import { useRootProps } from '../ui/useRootProps';
import { ErrorPanel } from '../ui/ErrorPanel';
import { queryKeys } from '../queries/queryKeys';

export interface WidgetErrorBoundaryProps {
  children: ReactNode;
}

/**
 * Keeps a failure no page handled (a render error, say from an answer of the wrong shape
 * that a host's own `ConnectionsApi` let through) inside the widget: an alert replaces the
 * pages, the host hears `{ type: 'error' }`, and Try again drops the widget's cached data and
 * mounts the pages afresh. The host's page around it keeps working.
 */
export function WidgetErrorBoundary({ children }: WidgetErrorBoundaryProps) {
  const { t, onEvent, queryScope } = useConnections();
  const queryClient = useQueryClient();
  const rootProps = useRootProps('cw-widget');
  const frameProps = useRootProps('cw-widget-frame');
  return (
    <CatchRenderErrors
      frameProps={frameProps}
      onError={(error) => onEvent({ type: 'error', error: asError(error) })}
      // The data that broke the pages would break them again: ask the backend anew.
      onRetry={() => void queryClient.resetQueries({ queryKey: queryKeys.scope(queryScope) })}
      fallback={(error, retry) => (
        <div {...rootProps}>
          <ErrorPanel title={t('widget.failed')} error={error} onRetry={retry} />
        </div>
      )}
    >
      {children}
    </CatchRenderErrors>
  );
}

interface CatchRenderErrorsProps {
  /** The frame is a widget root too, so a host's `* { … }` rules cannot pad or border it. */
  frameProps: ReturnType<typeof useRootProps>;
  onError: (error: unknown) => void;
  onRetry: () => void;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface CatchRenderErrorsState {
  /** Apart from `error`, since anything can be thrown, `undefined` included. */
  failed: boolean;
  error: unknown;
}

/** Only a class can catch render errors; the function component above gives it hooks' values. */
class CatchRenderErrors extends Component<CatchRenderErrorsProps, CatchRenderErrorsState> {
  override state: CatchRenderErrorsState = { failed: false, error: undefined };
  /** A frame of its own, so that focus after Try again is found within the widget. */
  private readonly frame = createRef<HTMLDivElement>();
  private focusAfterRetry = false;
  /** React 18 calls componentDidCatch once per failing child; the host hears of a failure once. */
  private reported = false;

  static getDerivedStateFromError(error: unknown): CatchRenderErrorsState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown): void {
    if (this.reported) return;
    this.reported = true;
    this.props.onError(error);
  }

  private readonly retry = () => {
    this.reported = false;
    this.focusAfterRetry = true;
    this.props.onRetry();
    this.setState({ failed: false, error: undefined });
  };

  override componentDidUpdate(): void {
    if (!this.focusAfterRetry) return;
    this.focusAfterRetry = false;
    // Try again is gone with the alert: a keyboard user goes on from the page's heading (or,
    // should the pages fail again at once, from the new Try again).
    this.frame.current?.querySelector<HTMLElement>('[data-page-heading], button')?.focus();
  }

  override render() {
    return (
      <div ref={this.frame} {...this.props.frameProps}>
        {this.state.failed ? this.props.fallback(this.state.error, this.retry) : this.props.children}
      </div>
    );
  }
}
