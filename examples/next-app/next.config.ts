import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The kit is installed from its packed tarball; nothing to transpile, nothing to alias.
  poweredByHeader: false,
};

export default nextConfig;
