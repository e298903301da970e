import type { Decorator } from '@storybook/react-vite';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ConnectionsProvider } from '../src/components/ConnectionsProvider/ConnectionsProvider';
import { LocationAssignContext } from '../src/context/LocationAssignContext';
import type { ConnectionsParameters } from './ConnectionsParameters';
import { storyGlobals } from './storyGlobals';
import { storyConnections } from './StoryConnections';
import { storyProviderProps } from './storyProviderProps';

/**
 * Renders every story as a host would: inside `ConnectionsProvider` with the story's fresh
 * in-memory API and query cache, the toolbar's role, locale and theme, and a memory router; on
 * a page whose background, text colour and language follow the toolbar. Leaving for the
 * provider's page is caught (see `StoryConnections.locationAssign`).
 */
export const withConnections: Decorator = (Story, context) => {
  const { route, locationAssign, renderId } = storyConnections(context);
  const { locale, theme } = storyGlobals(context);
  const { path = '*' }: ConnectionsParameters = context.parameters.connections ?? {};
  return (
    <div
      key={renderId}
      className="cw-root"
      data-theme={theme}
      lang={locale}
      dir={locale === 'ar-XB' ? 'rtl' : undefined}
      style={{ padding: '1rem', minHeight: context.viewMode === 'docs' ? undefined : '100vh' }}
    >
      <LocationAssignContext.Provider value={locationAssign}>
        <ConnectionsProvider {...storyProviderProps(context)}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={<Story />} />
            </Routes>
          </MemoryRouter>
        </ConnectionsProvider>
      </LocationAssignContext.Provider>
    </div>
  );
};
