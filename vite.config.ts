import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/** The peers: the library entries leave them to the host, the standalone bundle carries them. */
const peers = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^react-router($|\/)/];

// Library build: one ES module per entry point, peers left to the host, and the stylesheet as
// an entry of its own (dist/styles.css), which hosts import; no JavaScript entry loads it.
const library: UserConfig = {
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    cssCodeSplit: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        testing: 'src/testing/index.ts',
        element: 'src/element/index.ts',
        styles: 'src/styles/index.css',
        // Each catalog but English: loaded on demand by the widget, importable by a host that
        // wants one at once (a server render), always from the same file.
        ...Object.fromEntries(
          ['pt-BR', 'es', 'fr', 'de', 'ja'].map((locale) => [`locales/${locale}`, `src/i18n/${locale}.ts`]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: { external: peers },
  },
};

// `vite build --mode standalone`: one self-contained ES module for pages without React, with
// production React inside (nothing replaces `process.env.NODE_ENV` in a browser without a bundler).
const standalone: UserConfig = {
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: { standalone: 'src/standalone/index.ts' },
      formats: ['es'],
    },
    // Library mode keeps whitespace in ES output for the host's bundler; this file has no bundler after it.
    // Its catalogs are chunks beside it, fetched when their locale is chosen.
    rolldownOptions: { output: { minify: true, chunkFileNames: 'standalone-locales/[name].js' } },
  },
};

export default defineConfig(({ mode }) => (mode === 'standalone' ? standalone : library));
