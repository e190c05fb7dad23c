import next from 'eslint-config-next';

const config = [
  ...next,
  {
    // The exported pages carry no framework runtime (scripts/build/post-export.ts removes it), so
    // next/link could only ever render a plain <a>: we write the <a> ourselves.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // No import circle anywhere (issue 21): the model types live in lib/model.ts so nothing imports back.
    // (madge says the same, but its peer range stops at TypeScript 5; eslint-plugin-import comes with Next.)
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { ignores: ['.next/', 'out/', '.e2e/', '.bench/', 'next-env.d.ts', 'test-results/', 'playwright-report/'] },
];

export default config;
