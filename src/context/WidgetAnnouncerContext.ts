import { createContext } from 'react';

/**
 * Puts a message in the widget's polite live region (or empties it, with `''`). The layout keeps
 * that region mounted from the widget's first page on, so a message is heard even when it comes
 * with a new page: screen readers announce a change to a live region they already know, not one
 * inserted along with its text. Only `ConnectionsWidget` provides it.
 */
export const WidgetAnnouncerContext = createContext<((message: string) => void) | undefined>(undefined);
WidgetAnnouncerContext.displayName = 'WidgetAnnouncerContext';
