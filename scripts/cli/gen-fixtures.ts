/**
 * npm run gen:fixtures -- N DIR — writes N valid, made-up medication files to DIR/medications/,
 * spread over the alphabet and linking to each other's sections, each with the claims register
 * and the completeness list the content check asks for, so the build, the checks and the A–Z home
 * page can be measured at library scale. Not medical content: never publish it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { claimsFileOf, requirementsFileOf } from '../../lib/claims/claims-register';
import { approvedFileOf, formatApprovedState } from '../../lib/claims/approval';
import { medicationRoute } from '../../lib/site/routes';

const [countArg, dirArg] = process.argv.slice(2);
if (!countArg || process.argv.includes('--help')) {
  console.log('Usage: npm run gen:fixtures -- N DIR   (writes N synthetic medications to DIR/medications/)');
  process.exit(countArg ? 0 : 2);
}
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1) {
  console.error(`gen:fixtures: N must be a whole number of 1 or more, not "${countArg}"`);
  process.exit(2);
}
const dir = path.join(dirArg ?? '.bench/content', 'medications');

const starts = ['Ab', 'Be', 'Ca', 'Do', 'El', 'Fa', 'Ga', 'He', 'Il', 'Jo', 'Ka', 'Lu', 'Mo', 'Ne', 'Ol', 'Pa', 'Qu', 'Ro', 'Sa', 'Te', 'Ul', 'Va', 'Wi', 'Xa', 'Yo', 'Zo'];
const middles = ['ra', 'lo', 'mi', 've', 'sta', 'no', 'pe', 'ti'];
const ends = ['zol', 'pram', 'mab', 'nib', 'fen', 'cin', 'dil', 'tan'];

export function syntheticName(i: number): string {
  return `${starts[i % starts.length]}${middles[Math.floor(i / starts.length) % middles.length]}${ends[Math.floor(i / (starts.length * middles.length)) % ends.length]} ${i + 1}`;
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function medicationFile(i: number): string {
  const name = syntheticName(i);
  const next = slugOf(syntheticName((i + 1) % count));
  return `---
title: ${name}
genericName: ${name.toLowerCase()} (made up)
description: "${name} is a made-up medicine used to measure how the site builds at library scale."
summary: A made-up medicine for tests. It is not real.
usedFor: Testing the site
givenBy: By mouth, as a tablet
genericAvailable: ${i % 2 === 0}
activeIngredient: ${name.toLowerCase()}
administrationRoute: oral
prescriptionStatus: PrescriptionOnly
prescribingInformation:
  title: ${name} Prescribing Information
  url: https://example.org/pi/${i}
urgentCards:
  - title: Get help now
    intro: This is a made-up warning for tests.
    items:
      - a made-up sign
    action: Call your care team.
    sources: [made-up]
keyFactsSources: [made-up]
glossary:
  - term: Tablet
    definition: A small, solid dose of medicine that you swallow.
reviewHistory:
  - date: "2026-01-15"
    change: First review.
nextReview: "2027-01-15"
sources:
  - id: made-up
    title: Made-up source
    publisher: Test publisher
    url: https://example.org/source/${i}
---

## What it is
::sources[made-up]

${name} is a made-up medicine. You take it as a tablet. It is here to test the site.

## How to take it
::sources[made-up]

Take it with water. Do not take more than your care team says.

See also [the next one](${medicationRoute.path({ slug: next })}#side-effects) and [the sources](#sources).

## Side effects
::sources[made-up]

- feeling sleepy
- a dry mouth

## Living with it
::sources[made-up]

Keep your tablets in a cool, dry place. Ask your care team if you have questions.
`;
}

/** The register of every instruction a synthetic page has (the claims check stops on one without an entry). */
const claimsFile = `# Made-up claims for scale tests: not medical content.
- says: Get help now
  from: { made-up: "the made-up warning" }
- says: Call your care team.
  from: { made-up: "the made-up warning" }
  requires: { go: care-team }
- says: Take it with water.
  from: { made-up: "how to take it" }
- says: Do not take more than your care team says.
  from: { made-up: "how to take it" }
  requires: { force: do-not }
- says: See also the next one and the sources.
  from: { made-up: "the made-up leaflet" }
- says: Keep your tablets in a cool, dry place.
  from: { made-up: "storage" }
- says: Ask your care team if you have questions.
  from: { made-up: "questions" }
`;

/** What the made-up source requires the reader to be told, and where (the completeness check). */
const requirementsFile = `# Made-up requirements for scale tests: not medical content.
- id: warning-signs
  tells: The made-up sign.
  from: { made-up: "the made-up warning" }
  alsoOn: [summary]
  signs:
    listedAs: get help now
    each: [made-up sign]
- id: dose-limit
  tells: Do not take more than the care team says.
  from: { made-up: "how to take it" }
  sentence:
    mentions: [take more]
    requires: { force: do-not }
`;

/** What the made-up review approved: the completeness list as written (the register's places are left to npm run approve). */
const approvedFile = formatApprovedState(
  {
    review: { date: '2026-01-15', change: 'First review.' },
    claims: [],
    requirements: [
      { id: 'warning-signs', alsoOn: ['summary'], signs: [['made-up sign']] },
      { id: 'dose-limit', mentions: [['take more']], requires: { force: 'do-not', conditions: [] } },
    ],
  },
  '<slug>',
);

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
for (let i = 0; i < count; i++) {
  const file = path.join(dir, `${slugOf(syntheticName(i))}.md`);
  fs.writeFileSync(file, medicationFile(i));
  fs.writeFileSync(claimsFileOf(file), claimsFile);
  fs.writeFileSync(requirementsFileOf(file), requirementsFile);
  fs.writeFileSync(approvedFileOf(file), approvedFile);
}
console.log(`gen:fixtures: wrote ${count} medication${count === 1 ? '' : 's'} to ${dir}`);
