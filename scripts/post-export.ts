/** Runs after `next build`: finishes out/ and records which inputs it was built from. */
import fs from 'node:fs';
import { buildStamp, stampFile } from './build-stamp';

if (!fs.existsSync('out/index.html')) {
  console.error('post-export: out/index.html is missing; did `next build` run with output: export?');
  process.exit(1);
}
fs.writeFileSync(stampFile, buildStamp());
