/**
 * Makes sure the browser tests have a Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
 * Playwright's own. When none is there it installs one, saying what it is doing: Debian's
 * package via apt-get where that works (root, Debian/Ubuntu), otherwise `npx playwright install`.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium';
import { aptInstall } from './apt-install';

if (process.argv.includes('--help')) {
  console.log('Usage: tsx scripts/setup/ensure-chromium.ts   (installs Chromium for the browser tests if none is found)');
  process.exit(0);
}

const run = (command: string) => execSync(command, { stdio: 'inherit' });
const found = () => chromiumPath() ?? (fs.existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);

let browser = found();
if (browser) {
  console.log(`ensure-chromium: using ${browser}`);
  process.exit(0);
}

aptInstall('chromium', 'ensure-chromium: no Chromium found');
browser = found();
if (!browser) {
  console.log("ensure-chromium: installing Playwright's Chromium with `npx playwright install chromium`");
  try {
    run('npx playwright install chromium');
  } catch {
    // reported below
  }
  browser = found();
}
if (!browser) {
  console.error('ensure-chromium: could not get a Chromium. Install one and set CHROMIUM_PATH to it.');
  process.exit(1);
}
console.log(`ensure-chromium: using ${browser}`);
