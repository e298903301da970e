import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { chromiumLaunchOptions } from './scripts/chromiumLaunchOptions.ts';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const chromium = playwright({ launchOptions: chromiumLaunchOptions });

/**
 * Every story runs as a test in `storybook` (English, light theme). Stories tagged
 * `every-theme-and-locale` (each component's main states) run again in every other locale,
 * and in the dark theme once (with pt-BR), each a project pinning the toolbar globals: axe
 * (contrast included) and the layout check of `.storybook/expectLayoutHolds.ts` see every
 * state in every language, the 40%-longer and right-to-left pseudo-locales included. Colours
 * do not depend on the language, so one dark pass finds what all of them would.
 */
function storybookProject(name: string, globals: Record<string, string> = {}): TestProjectInlineConfiguration {
  const variant = Object.keys(globals).length > 0;
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir: '.storybook',
        initialGlobals: globals,
        ...(variant && { tags: { include: ['every-theme-and-locale'] } }),
      }),
    ],
    test: {
      name,
      // A desktop admin page: the table's six columns fit it in every language, or the layout check says so.
      browser: {
        enabled: true,
        headless: true,
        provider: chromium,
        instances: [{ browser: 'chromium' }],
        viewport: { width: 1280, height: 900 },
      },
      // Axe over the 200-row table is slow on a busy two-core machine; the default is 15 s.
      testTimeout: 60_000,
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{unit,components}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/dom.ts'],
          // axe over a large DOM in jsdom takes seconds on a loaded two-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{contract,server}/**/*.test.ts', 'test/ssr/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
        },
      },
      storybookProject('storybook'),
      storybookProject('storybook:pt-BR:dark', { locale: 'pt-BR', theme: 'dark' }),
      ...['es', 'fr', 'de', 'ja', 'en-XA', 'ar-XB'].map((locale) =>
        storybookProject(`storybook:${locale}`, { locale }),
      ),
    ],
  },
});
