import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from './scripts/setup/chromium';

/** The exported site and the injection fixture site, each served the way `npm start` serves out/. */
export const sitePort = 4310;
export const fixturePort = 4311;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${sitePort}`,
    launchOptions: { executablePath: chromiumPath(), args: quietChromiumArgs },
  },
  // The project adds only the device profile; the launch options above apply to it.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `tsx scripts/cli/serve.ts --port ${sitePort} --dir out`,
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `tsx scripts/cli/serve.ts --port ${fixturePort} --dir .e2e/injection`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
