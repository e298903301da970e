import type { ReactNode } from 'react';
import type { DemoMessages } from './demoMessages';
import type { DemoSessionStatus } from './useDemoSession';

export interface SessionGateProps {
  status: DemoSessionStatus;
  onRetry: () => void;
  messages: DemoMessages;
  children: ReactNode;
}

/** Holds the widget back until the demo backend's session has the role the header shows. */
export function SessionGate({ status, onRetry, messages, children }: SessionGateProps) {
  if (status === 'ready') return <>{children}</>;
  if (status === 'pending') {
    return (
      <p className="demo-status" role="status">
        {messages.sessionPending}
      </p>
    );
  }
  return (
    <div className="demo-alert" role="alert">
      <p className="demo-alert__message">{messages.sessionFailed}</p>
      <button type="button" className="demo-button" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
  );
}
