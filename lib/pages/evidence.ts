import type { Claim, Medication } from '../model/model';
import { pageAnchors } from '../site/page-anchors';

/** The evidence page's own parts, for its contents list and for links that point into it. */
export const evidenceIds = { checks: 'what-is-checked', requirements: 'what-the-sources-require', sentences: 'each-instruction', productCodes: 'product-codes' };

export interface EvidenceGroup {
  id: string;
  title: string;
  claims: Claim[];
}

interface OutlineEntry {
  id: string;
  title: string;
  children?: { id: string; title: string }[];
}

/** The claims of one part of the page, under the part where a reader meets each first. */
function byPart(claims: readonly Claim[]): EvidenceGroup[] {
  const groups: EvidenceGroup[] = [];
  for (const claim of claims) {
    const title = claim.parts[0].title;
    const group = groups.find((g) => g.title === title);
    if (group) group.claims.push(claim);
    else groups.push({ id: `part-${groups.length + 1}`, title, claims: [claim] });
  }
  return groups;
}

/** The evidence page's parts in order: its contents list, and the instructions grouped by part. */
export function evidenceOutline(m: Pick<Medication, 'claims' | 'requirements' | 'codes'>): { contents: OutlineEntry[]; groups: EvidenceGroup[] } {
  const groups = byPart(m.claims);
  const contents: OutlineEntry[] = [
    { id: evidenceIds.checks, title: 'What is checked, and what is not' },
    ...(m.requirements.length ? [{ id: evidenceIds.requirements, title: 'What the sources require, and where it stands' }] : []),
    ...(groups.length ? [{ id: evidenceIds.sentences, title: 'Each instruction and its source, part by part', children: groups.map(({ id, title }) => ({ id, title })) }] : []),
    { id: pageAnchors.reviewDates, title: 'Reviews' },
    ...(m.codes.length ? [{ id: evidenceIds.productCodes, title: 'Codes for health records' }] : []),
    { id: pageAnchors.sources, title: 'Sources' },
  ];
  return { contents, groups };
}
