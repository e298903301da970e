import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { chromiumLaunchOptions } from './scripts/chromiumLaunchOptions.ts';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const chromium = playwright({ launchOptions: chromiumLaunchOptions });

/**
 * Every story runs as a test in `storybook` (English, light theme). Stories tagged
 * `every-theme-and-locale` (each component's main states) run again in `storybook:pt-BR:dark`,
 * a project pinning the toolbar globals, so each of them is checked in both themes and both
 * locales (axe's contrast rule included) at a third of the cost of all four combinations:
 * colours do not depend on the language, so the other two would find nothing new.
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
      browser: { enabled: true, headless: true, provider: chromium, instances: [{ browser: 'chromium' }] },
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
    ],
  },
});
