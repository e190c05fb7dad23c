/** Runs after `next build`: finishes out/ and records which inputs it was built from. */
import fs from 'node:fs';
import path from 'node:path';
import { buildStamp, outDir, stampFile } from './build-stamp';

if (!fs.existsSync(path.join(outDir(), 'index.html'))) {
  console.error(`post-export: ${outDir()}/index.html is missing; did \`next build\` run with output: export?`);
  process.exit(1);
}
fs.writeFileSync(stampFile(), buildStamp());
