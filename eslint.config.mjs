import next from 'eslint-config-next';

const config = [
  ...next,
  {
    // The exported pages carry no framework runtime (scripts/post-export.ts removes it), so
    // next/link could only ever render a plain <a>: we write the <a> ourselves.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  { ignores: ['.next/', 'out/', '.e2e/', '.bench/', 'next-env.d.ts', 'test-results/', 'playwright-report/'] },
];

export default config;
