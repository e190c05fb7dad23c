import type { SourceFacts } from './schema';

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
