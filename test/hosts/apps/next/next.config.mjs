/** @type {import('next').NextConfig} */
const nextConfig = {
  // This folder is a project of its own, inside a repository with a lock file of its own.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  // The server half is loaded by Node as installed, not bundled: it imports its database driver
  // only when that storage is opened, and a bundler would fail on `pg`, which is not installed;
  // PGlite then finds its WebAssembly beside its own files. Only this entry: the widget itself
  // must be bundled, to share Next's React.
  serverExternalPackages: ['connections-widget/server'],
};

export default nextConfig;
