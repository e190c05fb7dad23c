import next from 'eslint-config-next';

// lib/'s folders, lowest first (docs/architecture.md says what each holds): a folder may import the
// folders before it and never one after it, so every arrow between folders points down.
const libLayers = ['text', 'site', 'markdown', 'model', 'pages', 'rules', 'claims', 'content', 'reuse'];
const layerZones = libLayers.flatMap((folder, i) =>
  libLayers.slice(i + 1).map((above) => ({
    target: `./lib/${folder}`,
    from: `./lib/${above}`,
    message: `lib/${folder} sits below lib/${above}: move the shared code down instead of importing up.`,
  })),
);

const config = [
  ...next,
  {
    // The exported pages carry no framework runtime (scripts/build/post-export.ts removes it), so
    // next/link could only ever render a plain <a>: we write the <a> ourselves.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // No import circle anywhere (issue 21): the model types live in lib/model/model.ts so nothing imports back.
    // (madge says the same, but its peer range stops at TypeScript 5; eslint-plugin-import comes with Next.)
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Data flows one way: lib/ never imports the routes or the components that read it.
    files: ['lib/**'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: [...layerZones, { target: './lib', from: ['./app', './components', './scripts'] }] }],
    },
  },
  {
    // Components draw what a route gives them; what other systems reuse (lib/reuse) is made by the routes.
    files: ['components/**'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: [{ target: './components', from: './lib/reuse', message: 'components draw what a route gives them: make it in the route (app/) and pass it in.' }] }],
    },
  },
  { ignores: ['.next/', 'out/', '.e2e/', '.bench/', 'next-env.d.ts', 'test-results/', 'playwright-report/'] },
];

export default config;
