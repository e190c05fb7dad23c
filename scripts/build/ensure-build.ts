/** Builds the site when `out/` is missing or was built from other inputs; otherwise does nothing. */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { buildStamp, stampFile } from './build-stamp';

if (process.argv.includes('--help')) {
  console.log('Usage: tsx scripts/build/ensure-build.ts   (runs `npm run build` when out/ is missing or stale)');
  process.exit(0);
}

const wanted = buildStamp();
const current = fs.existsSync(stampFile()) ? fs.readFileSync(stampFile(), 'utf8') : null;
if (current === wanted) {
  console.log('ensure-build: out/ is up to date');
} else {
  console.log(current ? 'ensure-build: out/ is stale, rebuilding' : 'ensure-build: no out/ yet, building');
  try {
    execSync('npm run build', { stdio: 'inherit' });
  } catch {
    console.error('ensure-build: the build failed (see above)');
    process.exit(1);
  }
}
