import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where the remote's manifest is served (another origin): given by whoever builds this host,
// as a platform team's deploy would.
const remoteManifest = process.env.CONNECTIONS_REMOTE_MANIFEST;
if (!remoteManifest) throw new Error('Set CONNECTIONS_REMOTE_MANIFEST to the URL of the remote’s mf-manifest.json.');

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'admin_host',
      remotes: {
        connections_widget: { type: 'module', name: 'connections_widget', entry: remoteManifest },
      },
      // The host provides one copy of each to itself and to the remote.
      shared: {
        react: { singleton: true, requiredVersion: '^19.3.1' },
        'react/jsx-runtime': { singleton: true, requiredVersion: '^19.3.1' },
        'react-dom': { singleton: true, requiredVersion: '^19.3.1' },
        'react-dom/client': { singleton: true, requiredVersion: '^19.3.1' },
        'react-router': { singleton: true, requiredVersion: '^7.18.6' },
        '@tanstack/react-query': { singleton: true, requiredVersion: '^5.108.0' },
      },
      dts: false,
    }),
  ],
  define: { 'import.meta.env.STAND_IN_HOST': JSON.stringify(process.env.STAND_IN_HOST ?? '') },
  build: { target: 'esnext' },
});
