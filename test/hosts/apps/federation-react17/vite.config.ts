import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const remoteManifest = process.env.CONNECTIONS_REMOTE_MANIFEST;
if (!remoteManifest) throw new Error('Set CONNECTIONS_REMOTE_MANIFEST to the URL of the remote’s mf-manifest.json.');

// A host still on React 17, which the remote's peer range (^18.3 || ^19) does not take: it
// shares its React as any host would, and must get a clear refusal, not two Reacts.
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'legacy_admin_host',
      remotes: {
        connections_widget: { type: 'module', name: 'connections_widget', entry: remoteManifest },
      },
      shared: {
        react: { singleton: true, requiredVersion: '^17.0.2' },
        'react/jsx-runtime': { singleton: true, requiredVersion: '^17.0.2' },
        'react-dom': { singleton: true, requiredVersion: '^17.0.2' },
      },
      dts: false,
    }),
  ],
  build: { target: 'esnext' },
});
