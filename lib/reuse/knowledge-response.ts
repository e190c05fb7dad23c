/**
 * The knowledge response a health record asks for with `knowledgeResponseType` (HL7 Infobutton,
 * URL-based implementation): an Atom feed with one entry naming the monograph (its title, summary,
 * link, language and review date), or no entry when nothing matches; and the same feed as JSON in
 * the shape MedlinePlus Connect answers with (`feed.entry[].link[].href`, `title._value`,
 * `summary._value`), which record systems already read. One file per code and per monograph.
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Medication } from '../model/model';
import { codeAnswer, infobuttonParams, noAnswer } from '../site/infobutton';
import { atomDate } from './reuse';
import { infobuttonAnswerRoute } from '../site/routes';
import { absoluteUrl, siteName, siteUrl } from '../site/site';

interface Answer {
  id: string;
  subtitle: string;
  updated: string;
  /** The code the answer is for, as the page lists it (not the spelling a request sent), as Atom categories named by parameter. */
  categories: { scheme: string; term: string }[];
  entry?: { id: string; title: string; summary: string; href: string; updated: string };
}

/**
 * The answer named `name` (a file name without its extension: `ndc-70121-2501-01`, a slug, or
 * `none`), or undefined when the site has no such answer.
 */
function answerFor(name: string, medications: readonly Medication[], extension: string): Answer | undefined {
  const id = absoluteUrl(infobuttonAnswerRoute.path({ file: `${name}.${extension}` }));
  if (name === noAnswer) {
    const newest = medications.map((m) => m.facts.lastReviewed).sort().at(-1) ?? '1970-01-01';
    return { id, subtitle: `${siteName} has no page for this request.`, updated: atomDate(newest), categories: [] };
  }
  const byCode = medications.flatMap((m) => m.codes.map((c) => ({ m, c }))).find(({ c }) => codeAnswer(c.system, c.code) === name);
  const medication = byCode?.m ?? medications.find((m) => m.slug === name);
  if (!medication) return undefined;
  const { facts } = medication;
  return {
    id,
    subtitle: byCode ? `${siteName}: the page for ${byCode.c.system} ${byCode.c.code}` : `${siteName}: the page for ${facts.title}`,
    updated: atomDate(facts.lastReviewed),
    categories: byCode
      ? [
          { scheme: infobuttonParams.code, term: byCode.c.code },
          { scheme: infobuttonParams.system, term: byCode.c.oid },
        ]
      : [],
    entry: { id: absoluteUrl(medication.href), title: facts.title, summary: facts.summary, href: absoluteUrl(medication.href), updated: atomDate(facts.lastReviewed) },
  };
}

/** The answer as an Atom feed (language English, each id an address that resolves). */
export function knowledgeAtom(name: string, medications: readonly Medication[]): string | undefined {
  const answer = answerFor(name, medications, 'atom');
  if (!answer) return undefined;
  const { entry } = answer;
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' }, [
      x('id', answer.id),
      x('title', siteName),
      x('subtitle', answer.subtitle),
      x('updated', answer.updated),
      x('author', [x('name', siteName), x('uri', `${siteUrl()}/`)]),
      x('link', { rel: 'self', type: 'application/atom+xml', href: answer.id }),
      ...answer.categories.map((c) => x('category', { scheme: c.scheme, term: c.term })),
      ...(entry
        ? [
            x('entry', [
              x('id', entry.id),
              x('title', entry.title),
              x('link', { rel: 'alternate', type: 'text/html', hreflang: 'en', href: entry.href }),
              x('updated', entry.updated),
              x('summary', { type: 'text' }, entry.summary),
            ]),
          ]
        : []),
    ]),
  ]);
  return `${toXml(tree)}\n`;
}

/** The answer as JSON, in MedlinePlus Connect's shape. */
export function knowledgeJson(name: string, medications: readonly Medication[]) {
  const answer = answerFor(name, medications, 'json');
  if (!answer) return undefined;
  const { entry } = answer;
  const value = (text: string, type?: string) => ({ _value: text, ...(type ? { type } : {}) });
  return {
    feed: {
      base: `${siteUrl()}/`,
      lang: 'en',
      id: value(answer.id),
      title: value(siteName, 'text'),
      subtitle: value(answer.subtitle, 'text'),
      updated: value(answer.updated),
      author: { name: value(siteName), uri: value(`${siteUrl()}/`) },
      category: answer.categories,
      entry: entry
        ? [
            {
              lang: 'en',
              id: value(entry.id),
              title: value(entry.title, 'text'),
              link: [{ rel: 'alternate', type: 'text/html', hreflang: 'en', href: entry.href, title: entry.title }],
              updated: value(entry.updated),
              summary: value(entry.summary, 'text'),
            },
          ]
        : [],
    },
  };
}
