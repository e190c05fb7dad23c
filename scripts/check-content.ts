/**
 * npm run check:content — validates every medication file (schema, links, anchors) without a
 * Next build, and prints one line per problem. Exit 1 when there is any.
 */
import { contentDir, loadContent } from '../lib/content';
import { formatProblem } from '../lib/problems';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run check:content   (CONTENT_DIR=path to check another content tree)');
  process.exit(0);
}

const started = performance.now();
const dir = contentDir();
const { medications, problems } = loadContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  console.error(`check:content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(`check:content: ${medications.length} medication${medications.length === 1 ? '' : 's'} OK (${seconds} s)`);
