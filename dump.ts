import { loadContent } from './lib/content';
const r = loadContent();
const seen = new Set<string>();
for (const p of r.problems) {
  const m = /^"(.*)" is (?:an instruction|a safety statement)/.exec(p.message);
  if (m && !seen.has(m[1])) { seen.add(m[1]); console.log(`${p.field}\t${m[1]}`); }
}
