// The reference backend's origin, known when the test runner builds this host: the API is
// served under the host's own origin, as a host's reverse proxy would, so its session cookie
// is first-party.
const backend = process.env.CONNECTIONS_BACKEND_URL;
if (!backend) throw new Error('Set CONNECTIONS_BACKEND_URL to the reference backend’s origin.');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // This folder is a project of its own, inside a repository with a lock file of its own.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  async rewrites() {
    return [{ source: '/api/:path*', destination: `${backend}/api/:path*` }];
  },
};

export default nextConfig;
