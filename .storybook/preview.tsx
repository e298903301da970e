import type { Preview } from '@storybook/react-vite';
import '../src/styles/index.css';
import { expectLayoutHolds } from './expectLayoutHolds';
import { loadConnections } from './StoryConnections';
import { loadStoryCatalog } from './storyTranslate';
import type { ConnectionsGlobals } from './storyGlobals';
import { withConnections } from './withConnections';

const initialGlobals: ConnectionsGlobals = { locale: 'en', theme: 'light', role: 'admin' };

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The language of every string of the widget',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ja', title: '日本語' },
          { value: 'en-XA', title: 'Pseudo: 40% longer, accented' },
          { value: 'ar-XB', title: 'Pseudo: right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The colour scheme of the widget and the page behind it',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'light', icon: 'sun' },
          { value: 'dark', title: 'dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    role: {
      description: "The signed-in user's level; only Admin may see or change connections",
      toolbar: {
        title: 'Role',
        icon: 'user',
        items: [
          { value: 'admin', title: 'Admin' },
          { value: 'standard', title: 'Standard' },
          { value: 'read-only', title: 'Read-Only' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals,
  loaders: [loadStoryCatalog, loadConnections],
  decorators: [withConnections],
  afterEach: ({ canvasElement }) => expectLayoutHolds(canvasElement),
  parameters: {
    layout: 'fullscreen',
    // An axe violation fails the story's test, in the Storybook UI and in `npm test` alike.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
