/**
 * npm run new -- <slug> — starts a monograph: writes content/medications/<slug>.md with every
 * field the schema wants, each with a one-line hint, `draft: true`, and the body's section
 * outline. A draft previews in `npm run dev` and is never exported until `draft: true` goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimsFileOf, requirementsFileOf } from '../../lib/claims/claims-register';
import { contentDir } from '../../lib/content/content';
import { medicationRoute } from '../../lib/site/routes';
import { todayIso } from '../../lib/model/schema';
import { addressProblem } from '../../lib/text/slug';

/** The new file's text: valid YAML, every field present, TODO where the writer must fill in. */
export function newMedicationFile(slug: string, today: string): string {
  const title = slug.split('-').map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return `---
# A draft: \`npm run dev\` shows it with a banner, \`npm run build\` leaves it out. Delete this line to publish.
draft: true
# The brand name, as on the pack. The page title.
title: ${JSON.stringify(title)}
# The generic (chemical) name, with the route if it matters: baclofen (intrathecal).
genericName: TODO generic name
# The search-result snippet: 50 to 160 characters, in quotes.
description: "TODO: what ${title} is for and the few things a reader must know, in one sentence."
# One or two plain sentences under the title: what it is and what it does.
summary: TODO what it is and what it does, in one or two short sentences.
# Key facts: what it treats, in plain words.
usedFor: TODO condition, in plain words
# Key facts: how it is given (by mouth, by a pump under the skin...).
givenBy: TODO how it is given
# Is a generic version available? true or false, no quotes.
genericAvailable: false
# For search engines: the plain ingredient and route.
activeIngredient: TODO ingredient
administrationRoute: TODO route
# PrescriptionOnly or OTC.
prescriptionStatus: PrescriptionOnly
# Optional: a schema.org specialty such as Neurologic.
relevantSpecialty: Neurologic
# Other brands of the same medicine; each gets an address that leads here and a line on the home page.
otherBrands: []
# Other names a reader may type (the generic name, a common phrase); each gets an address too.
otherNames: []
# The official label, for health professionals: its title and https address.
prescribingInformation:
  title: TODO Prescribing Information title
  url: https://dailymed.nlm.nih.gov/TODO
# The ids of the sources the key facts rest on.
keyFactsSources: [todo-source]
# At most two urgent boxes: what you notice, what you do. Copy the wording of the source's strength.
urgentCards: []
# Medical words the page uses, explained in plain words.
glossary: []
# The printed take-home pages: the summary picks headings of this page by id.
takeHome:
  summary: []
# Every review, newest first: the date (in quotes) and one plain sentence of what changed.
reviewHistory:
  - date: "${today}"
    change: First draft.
# When the page must be reviewed next (in quotes).
nextReview: "${nextYear}"
# Every source the page rests on, each with a short id that sections cite with ::sources[id].
sources:
  - id: todo-source
    title: TODO source title
    publisher: TODO publisher
    url: https://example.org/TODO
---

## What it is and how it works

::sources[todo-source]

TODO. Every sentence comes from a source in ../shared/sources/, as strong as the source says it.

## Who it is for

::sources[todo-source]

TODO.

## How it is given

::sources[todo-source]

TODO.

## Side effects

::sources[todo-source]

TODO.

## Living with it

::sources[todo-source]

TODO.

## Common questions

::sources[todo-source]

### TODO a question readers ask?

TODO.
`;
}

/** The claims register to fill in as the page gets its instructions (docs/writing-a-monograph.md). */
export function newClaimsFile(slug: string): string {
  return `# The claims register of ${slug}.md: every instruction and safety statement of the page, the
# sources it rests on (source id: where in it) and what they require. check:content lists each
# sentence that needs an entry. The vocabulary is in docs/writing-a-monograph.md, step 3a.
#
# - says: Call your doctor immediately if you have a fever.
#   from: { todo-source: "the section it comes from" }
#   requires: { go: doctor, when: immediately, conditions: [fever] }
[]
`;
}

/** The completeness list to fill in from the sources: what they require the reader to be told (step 3b). */
export function newRequirementsFile(slug: string): string {
  return `# The completeness list of ${slug}.md: what its sources require the reader to be told, in our own
# words, and where besides the page it must stand (alsoOn: summary, card, questions). check:content
# stops when a place lacks one. The rules are in docs/writing-a-monograph.md, step 3b.
#
# - id: overdose-action
#   tells: At any sign of overdose, call the doctor immediately and go to a hospital at once.
#   from: { todo-source: "the section it comes from" }
#   alsoOn: [summary]
#   sentence:
#     mentions: [overdose]
#     requires: { go: [doctor, hospital], when: immediately }
[]
`;
}

function findFile(dir: string, name: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .find((file) => path.basename(file) === name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [slug] = process.argv.slice(2);
  if (!slug || slug === '--help') {
    console.log('Usage: npm run new -- <slug>   (writes content/medications/<slug>.md as a draft; CONTENT_DIR=path for another tree)');
    process.exit(slug ? 0 : 2);
  }
  const problem = addressProblem(slug);
  if (problem) {
    console.error(`new: "${slug.length > 100 ? `${slug.slice(0, 100)}…` : slug}" ${problem}; for example baclofen-tablets`);
    process.exit(2);
  }
  const medicationsDir = path.join(contentDir(), 'medications');
  const existing = findFile(medicationsDir, `${slug}.md`);
  if (existing) {
    console.error(`new: ${path.relative(process.cwd(), existing)} already exists; choose another slug or edit that file`);
    process.exit(1);
  }
  const file = path.join(medicationsDir, `${slug}.md`);
  fs.mkdirSync(medicationsDir, { recursive: true });
  fs.writeFileSync(file, newMedicationFile(slug, todayIso()));
  fs.writeFileSync(claimsFileOf(file), newClaimsFile(slug));
  fs.writeFileSync(requirementsFileOf(file), newRequirementsFile(slug));
  console.log(`new: wrote ${path.relative(process.cwd(), file)} (a draft), its claims register ${path.relative(process.cwd(), claimsFileOf(file))} and its completeness list ${path.relative(process.cwd(), requirementsFileOf(file))}. Preview it with npm run dev at ${medicationRoute.path({ slug })}`);
}
