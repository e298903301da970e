'use client';

import { defineConnectionsWidgetElement } from './defineConnectionsWidgetElement';

// Importing this entry is what registers the element; on a server it does nothing.
defineConnectionsWidgetElement();

export { defineConnectionsWidgetElement };
export type { ConnectionsWidgetElement } from './ConnectionsWidgetElement';
