import { createContext } from 'react';

/**
 * How the browser leaves for the provider's page. Only tests and unusual hosts (a desktop shell
 * opening the system browser, say) provide another; jsdom cannot follow `location.assign`.
 */
export const LocationAssignContext = createContext<(url: string) => void>((url) => window.location.assign(url));
LocationAssignContext.displayName = 'LocationAssignContext';
