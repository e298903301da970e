import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

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
        'single-spa': 'src/singleSpa/index.ts',
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

// `vite build --mode federation`: a Module Federation remote (dist-federation/remoteEntry.js and
// mf-manifest.json) exposing the widget and the mount function. The peers are shared as
// singletons within the package's peer ranges. React and React DOM have no fallback here
// (`import: false`): the remote always renders with the host's React, never a second copy, and
// refuses one outside the range when it mounts (src/federation/assertSharedReact.ts).
const { peerDependencies: peerRanges } = packageJson;
// A function: the plugin is made only in this mode, the other builds never load it.
const federationRemote = (): UserConfig => ({
  plugins: [
    react(),
    federation({
      name: 'connections_widget',
      filename: 'remoteEntry.js',
      manifest: true,
      dts: false,
      exposes: {
        './ConnectionsWidget': './src/federation/ConnectionsWidget.tsx',
        './mountConnectionsWidget': './src/federation/mountConnectionsWidget.ts',
      },
      shared: {
        react: { singleton: true, requiredVersion: peerRanges.react, import: false },
        'react-dom': { singleton: true, requiredVersion: peerRanges['react-dom'], import: false },
        // Named on their own: otherwise the build bundles React DOM's createRoot and React 19's
        // JSX runtime, whose elements a host's React 18 could not render.
        'react/jsx-runtime': { singleton: true, requiredVersion: peerRanges.react, import: false },
        'react-dom/client': { singleton: true, requiredVersion: peerRanges['react-dom'], import: false },
        '@tanstack/react-query': { singleton: true, requiredVersion: peerRanges['@tanstack/react-query'] },
        'react-router': { singleton: true, requiredVersion: peerRanges['react-router'] },
      },
    }),
  ],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Chunks are found relative to remoteEntry.js, wherever the remote is served from.
  base: './',
  // No index.html: the plugin adds remoteEntry.js and the exposes as the build's entries.
  build: { outDir: 'dist-federation', emptyOutDir: true, target: 'esnext', rolldownOptions: { input: {} } },
});

// `vite build --mode server`: `connections-widget/server` for Node (dist/server/), with its HTTP
// framework and schema validator inside, so that a host installs nothing for it but the database
// driver it uses; a widget-only install downloads nothing of the server. The drivers stay outside,
// each loaded only when its storage is opened.
const databaseDrivers = ['pg', '@electric-sql/pglite'];
const serverPackage: UserConfig = {
  build: {
    ssr: 'server/index.ts',
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'index.js', chunkFileNames: '[name].js' } },
  },
  ssr: { target: 'node', noExternal: true, external: databaseDrivers },
};

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') return standalone;
  if (mode === 'server') return serverPackage;
  if (mode === 'federation') return federationRemote();
  return library;
});
