/**
 * Runs the W3C Nu Html Checker (npm vnu-jar) over every page of the exported site and fails on any
 * error. It needs Java: when `java` is missing, installs Debian's default-jre-headless (as root),
 * saying so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { aptInstall } from '../setup/apt-install';
import { outDir } from './build-stamp';

if (process.argv.includes('--help')) {
  console.log('Usage: tsx scripts/build/validate-html.ts [dir]   (default: out/, or OUT_DIR)');
  process.exit(0);
}

const hasJava = () => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (!hasJava()) {
  aptInstall('default-jre-headless', 'validate-html: no java found');
  if (!hasJava()) {
    console.error('validate-html: the Nu Html Checker needs Java 11 or later; install it and run again');
    process.exit(1);
  }
}

const dir = process.argv[2] ?? outDir();
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
// The checker also reads the CSS inside each page, with a CSS grammar older than two things
// Tailwind writes, both valid: `@property` (in every browser since July 2024) and `margin-trim`,
// which appears only in an @supports test of whether the browser knows it. Exactly those two
// messages are set aside; any other CSS error still fails.
const knownGaps = ['CSS: Unrecognized at-rule “@property”', 'CSS: “margin-trim”: Property “margin-trim” doesn.t exist'];
try {
  execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', '--filterpattern', `.*(${knownGaps.join('|')}).*`, dir], { stdio: 'inherit' });
} catch {
  console.error(`validate-html: the Nu Html Checker found errors in ${dir} (listed above)`);
  process.exit(1);
}
const pages = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
console.log(`validate-html: ${pages} pages in ${dir}, no errors`);
