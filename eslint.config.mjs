import next from 'eslint-config-next';

const config = [
  ...next,
  { ignores: ['.next/', 'out/', '.e2e/', '.bench/', 'next-env.d.ts', 'test-results/', 'playwright-report/'] },
];

export default config;
