import path from 'node:path';
import { defineConfig } from 'vitest/config';

const resolve = { alias: { '@': path.resolve(import.meta.dirname) } };

/**
 * Two projects: `unit` runs in-process and fast (`npx vitest run --project unit`, about 15 s);
 * `process` starts real processes (the CLIs, a `npm run dev` server) and takes longer. `npm run
 * test:unit` runs both.
 */
export default defineConfig({
  resolve,
  test: {
    environment: 'node',
    projects: [
      { resolve, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      { resolve, test: { name: 'process', include: ['tests/process/**/*.test.{ts,tsx}'], environment: 'node' } },
    ],
  },
});
