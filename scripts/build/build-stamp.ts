import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { outDir, pageSettings } from '../../lib/site/settings';

/** Everything a build reads: a change to any of these makes `out/` stale. */
const inputs = ['app', 'components', 'lib', 'public', 'scripts', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Where the export goes: out/, or OUT_DIR for a second site (fixture, benchmark); lib/site/settings.ts reads it. */
export { outDir };

export const stampFile = () => path.join(outDir(), '.build-stamp');

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

/** A hash of the build's inputs (content, code, settings); mtimes are useless after a fresh clone. */
export function buildStamp(): string {
  const hash = createHash('sha256');
  const contentRoot = process.env.CONTENT_DIR ?? 'content';
  hash.update(`CONTENT_DIR=${path.resolve(contentRoot)}\n`);
  for (const name of pageSettings) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  for (const entry of [...inputs, contentRoot]) {
    for (const file of files(entry)) {
      hash.update(file);
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}
