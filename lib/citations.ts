import type { FieldLocator } from './front-matter';
import type { Citation } from './markdown/render';
import type { Problem } from './problems';
import type { MedicationFacts, SourceFacts } from './schema';

/** The id of a source's entry in the Sources list, where a citation link lands. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** A citation as the page shows it: the source's number in the Sources list, and what it is. */
export interface ResolvedCitation {
  number: number;
  anchor: string;
  title: string;
  publisher: string;
}

/** The cited sources in the order of the Sources list, each once. Ids are checked at load time. */
export function resolveCitations(ids: readonly string[], sources: readonly SourceFacts[]): ResolvedCitation[] {
  const wanted = new Set(ids);
  return sources.flatMap((source, index) =>
    wanted.has(source.id) ? [{ number: index + 1, anchor: sourceAnchor(source.id), title: source.title, publisher: source.publisher }] : [],
  );
}

interface CitedPart {
  /** How a writer knows the part: `section "Side effects"`. */
  name: string;
  /** File line of the part's heading (or of its first text). */
  line?: number;
  /** With file lines. */
  citations: Citation[];
}

/**
 * Every part of the page says where it comes from: each body section cites at least one source,
 * every id it cites is a source of the file, and every listed source is cited somewhere (the key
 * facts and urgent boxes cite in the front matter; the schema checks their ids).
 */
export function citationProblems(facts: MedicationFacts, parts: CitedPart[], lineOf: FieldLocator): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const known = new Set(facts.sources.map((s) => s.id));
  const field = (line?: number) => (line ? `body line ${line}` : 'body');

  for (const part of parts) {
    if (part.citations.length === 0) {
      problems.push({ field: field(part.line), message: `${part.name} cites no source: add a line ::sources[id, …] to it` });
    }
    for (const citation of part.citations) {
      if (!known.has(citation.id)) {
        problems.push({ field: field(citation.line), message: `::sources cites "${citation.id}", which is not the id of a source in this file (${[...known].join(', ')})` });
      }
    }
  }

  const cited = new Set([
    ...facts.keyFactsSources,
    ...facts.urgentCards.flatMap((card) => card.sources),
    ...parts.flatMap((part) => part.citations.map((c) => c.id)),
  ]);
  facts.sources.forEach((source, index) => {
    if (!cited.has(source.id)) {
      const path = ['sources', index, 'id'];
      problems.push({ field: path.join('.'), message: `"${source.id}" is listed but nothing on the page cites it: cite it or remove it`, line: lineOf(path) });
    }
  });
  return problems;
}
