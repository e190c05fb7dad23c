import type { NextConfig } from 'next';
import { outDir } from './lib/site/settings';

const nextConfig: NextConfig = {
  // Plain files for any static host or CDN: no server is needed to read a page.
  output: 'export',
  trailingSlash: true,
  // OUT_DIR builds a second site (a test fixture, a benchmark library) beside out/: with
  // output: 'export', a custom distDir is where the export goes.
  // Next reads distDir from the project folder, so an absolute OUT_DIR is given to it relative.
  ...(process.env.OUT_DIR ? { distDir: outDir() } : {}),
  poweredByHeader: false,
  images: { unoptimized: true },
  // The build machines have 2 cores; more workers only fight over them.
  experimental: { cpus: 2 },
};

export default nextConfig;
