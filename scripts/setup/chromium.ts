import fs from 'node:fs';

/**
 * Which Chromium the browser tests use: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else undefined, which lets Playwright use its own downloaded browser (an ordinary laptop).
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
}

/** Flags that stop Chromium reaching for Google's servers on a machine with no network. */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
