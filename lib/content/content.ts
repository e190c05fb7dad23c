/**
 * lib/content: the loader: content/ read, validated and rendered into Medication objects
 * (load-file, load-content), cached for the app (this module), and the reviews that fall due.
 * Imports every folder but lib/reuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { claimsFileOf, requirementsFileOf } from '../claims/claims-register';
import { listMarkdownFiles } from '../text/content-files';
import { loadContent } from './load-content';
import type { Medication, OtherName, Problem } from '../model/model';
import { ContentError } from '../text/problems';
import type { SiteIndex } from '../site/routes';
import { contentDir } from '../site/settings';
import { siteIndex } from '../pages/site-index';

/**
 * The content as the app routes ask for it: loaded once per process (and again in `npm run dev`
 * when a file changes), with the build's rule that any problem stops it.
 */
export { loadContent } from './load-content';
export { nameSlug } from './load-file';
export { contentDir } from '../site/settings';
export { siteIndex } from '../pages/site-index';

/**
 * `npm run dev` shows drafts, and shows content problems on the page instead of stopping; the
 * build (and every other command) never publishes a draft and stops on any problem.
 */
const previewing = () => process.env.NODE_ENV === 'development';

interface Loaded {
  medications: Medication[];
  problems: Problem[];
  /** What the files looked like when loaded (dev only): a saved file reloads. */
  fingerprint?: string;
}

const cache = new Map<string, Loaded>();

/** File names, sizes and change times: cheap to read on every request of the dev server. */
function fingerprint(dir: string): string {
  // An editor saving a file may remove it between the listing and the stat: that is a change, not a crash.
  const stamp = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? `${file}:${stat.size}:${stat.mtimeMs}` : `${file}:gone`;
  };
  return listMarkdownFiles(path.join(dir, 'medications'))
    .files.flatMap((file) => [stamp(file), stamp(claimsFileOf(file)), stamp(requirementsFileOf(file))])
    .join('\n');
}

function load(dir: string): Loaded {
  const dev = previewing();
  const current = dev ? fingerprint(dir) : undefined;
  const cached = cache.get(dir);
  if (cached && cached.fingerprint === current) return cached;

  const result = loadContent(dir);
  if (result.problems.length && !dev) throw new ContentError(result.problems);
  const all = [...result.problems, ...result.draftProblems];
  // The terminal gets every problem too, as the build would print them.
  if (dev && all.length) console.error(new ContentError(all).message);
  const loaded = { medications: result.medications.filter((m) => dev || !m.facts.draft), problems: dev ? all : [], fingerprint: current };
  cache.set(dir, loaded);
  return loaded;
}

/**
 * The site's medications, sorted by name: the published ones (and drafts in `npm run dev`). Any
 * problem stops the build with every problem listed. Cached per process, as Next asks once per
 * page and a library has thousands; in `npm run dev` a saved file is read again.
 */
export function getMedications(dir = contentDir()): Medication[] {
  return load(dir).medications;
}

/** The problems `npm run dev` shows on every page (none outside dev: the build stops on them). */
export function previewProblems(dir = contentDir()): Problem[] {
  return previewing() ? load(dir).problems : [];
}

const bySlugCache = new WeakMap<Medication[], Map<string, Medication>>();

export function getMedication(slug: string): Medication {
  const medications = getMedications();
  let bySlug = bySlugCache.get(medications);
  if (!bySlug) {
    bySlug = new Map(medications.map((m) => [m.slug, m]));
    bySlugCache.set(medications, bySlug);
  }
  const medication = bySlug.get(slug);
  if (!medication) throw new Error(`No medication with slug "${slug}"`);
  return medication;
}

const siteIndexCache = new WeakMap<Medication[], SiteIndex>();

/** What the route registry needs to know of the content (slugs, cards, names, codes), made once per load. */
export function getSiteIndex(): SiteIndex {
  const medications = getMedications();
  let index = siteIndexCache.get(medications);
  if (!index) {
    index = siteIndex(medications);
    siteIndexCache.set(medications, index);
  }
  return index;
}

/** The monograph an other name leads to (`gablofen` → Lioresal Intrathecal), if it is one. */
export function medicationNamed(nameSlug: string): { medication: Medication; name: OtherName } | undefined {
  for (const medication of getMedications()) {
    const name = medication.otherNames.find((n) => n.slug === nameSlug);
    if (name) return { medication, name };
  }
  return undefined;
}
