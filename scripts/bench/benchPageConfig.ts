import react from '@vitejs/plugin-react';
import path from 'node:path';
import type { InlineConfig } from 'vite';

export const repo = path.resolve(import.meta.dirname, '../..');
/** Everything the bench writes: the page's build and the results; .tmp/ is ignored by git, ESLint and Prettier. */
export const outputDir = path.join(repo, '.tmp', 'bench');
const dist = path.join(repo, 'dist');

/**
 * The bench page, built as a host app's production bundle (React in production mode). It imports
 * the package by its published names, which resolve to the built files in dist/, exactly the
 * files `npm pack` ships (`files: ["dist"]`). Packing and installing the tarball, as
 * test/package does, would add half a minute and the same bytes; that the tarball resolves like
 * this is test/package's job. The widget's backend runs in a module worker
 * (page/memoryBackendWorker.ts), which Vite bundles on its own, through the same aliases.
 */
export const benchPageConfig: InlineConfig = {
  configFile: false,
  root: path.join(import.meta.dirname, 'page'),
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^connections-widget$/, replacement: path.join(dist, 'index.js') },
      { find: /^connections-widget\/testing$/, replacement: path.join(dist, 'testing.js') },
      { find: /^connections-widget\/styles\.css$/, replacement: path.join(dist, 'styles.css') },
    ],
  },
  // ES modules, as the page starts it (`type: 'module'`).
  worker: { format: 'es' },
  build: { outDir: path.join(outputDir, 'page'), emptyOutDir: true },
};
