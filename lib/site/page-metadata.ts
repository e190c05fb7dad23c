import type { Metadata } from 'next';
import { feedRoute } from './routes';
import { siteName } from './site';

/**
 * A page's canonical address and its `<link rel="alternate">`s: the feed of reviews on every page,
 * and on a monograph its JSON copy (Next writes them into the head from the page's metadata).
 */
export const pageAlternates = (canonical: string, json?: string) => ({
  canonical,
  types: { 'application/atom+xml': feedRoute.path({}), ...(json ? { 'application/json': json } : {}) },
});

/**
 * The head of a page made from a monograph (its summary, card, evidence and questions pages):
 * title, a search snippet of at most 160 characters (`short` when the long one is over), the
 * canonical address with the feed, and the social previews. One block for every such route.
 */
export function pageMetadata({ title, description, short, href }: { title: string; description: string; short: string; href: string }): Metadata {
  const snippet = description.length <= 160 ? description : short;
  return {
    title,
    description: snippet,
    alternates: pageAlternates(href),
    openGraph: { title, description: snippet, url: href, type: 'article', siteName },
    twitter: { card: 'summary', title, description: snippet },
  };
}
