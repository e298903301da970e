import { act } from '@testing-library/react';
import type { ConnectionsWidgetProps } from '../../../../src/widget/ConnectionsWidget';
import { mountConnectionsWidget, type ConnectionsWidgetHandle } from '../../../../src/widget/mountConnectionsWidget';

/**
 * A fresh element on the page for each test of the file, as a host without React would give
 * the widget; removed after each test, with the address bar put back.
 */
export function setUpHostElement(): () => HTMLElement {
  let host: HTMLElement | undefined;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    host?.remove();
    window.history.replaceState(null, '', '/');
  });
  return () => {
    if (!host) throw new Error('setUpHostElement gives its element only inside a test.');
    return host;
  };
}

/** `mountConnectionsWidget`, with its first render and effects done. */
export async function mountInto(element: Element, options: ConnectionsWidgetProps): Promise<ConnectionsWidgetHandle> {
  let handle: ConnectionsWidgetHandle | undefined;
  await act(async () => {
    handle = mountConnectionsWidget(element, options);
  });
  if (!handle) throw new Error('The widget was not mounted.');
  return handle;
}
