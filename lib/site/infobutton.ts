/**
 * Links from health records (HL7 Infobutton, URL-based implementation): what a record system sends,
 * every spelling of a medicine's codes and names it may send, and which answer each request gets.
 * The hosts' rules (scripts/hosts/infobutton-rules.ts) and the knowledge responses
 * (lib/reuse/knowledge-response.ts) are both made from `infobuttonSubjects`, so they cannot disagree.
 */
import type { SiteIndex } from './routes';

/** The parameters the site reads; every other one (the patient's age, sex, …) is ignored. */
export const infobuttonParams = {
  code: 'mainSearchCriteria.v.c',
  system: 'mainSearchCriteria.v.cs',
  name: 'mainSearchCriteria.v.dn',
  responseType: 'knowledgeResponseType',
  language: 'informationRecipient.languageCode.c',
} as const;

/** The address a record system is given. */
export const infobuttonPath = '/infobutton';

/**
 * Marks every redirect's target with a query of its own. Netlify passes the request's whole query on
 * to a target that has none (netlify/cli#2017 aligned `netlify dev` with production: a rule whose
 * target has query parameters replaces the request's), and that query holds the patient's context.
 */
export const fromRecord = '?from=health-record';

/**
 * The knowledgeResponseType values answered with a machine response instead of a page. A client
 * that sends `application/atom+xml` without encoding the `+` sends a space, once decoded.
 */
export const responseTypes = {
  json: ['application/json'],
  atom: ['application/atom+xml', 'application/atom xml', 'text/xml'],
} as const;

/**
 * The informationRecipient.languageCode.c values that ask for English (or for nothing in
 * particular: an empty value), as records write them; any other value gets the language notice.
 * Hosts compare values case and all, so each spelling is listed.
 */
export const englishCodes = ['', 'en', 'EN', 'en-US', 'en-us', 'en-GB', 'en-CA', 'en-AU'] as const;

/** A code system by its OID, written both ways records write it. */
const systemSpellings = (oid: string) => [oid, `urn:oid:${oid}`];

/**
 * Every way a record may write one National Drug Code: the 11-digit 5-4-2 form and the 10-digit
 * form on the label (4-4-2, 5-3-2 or 5-4-1), each with and without hyphens, and the product code
 * (labeler and product, the first two segments) both ways. A code written with 11 digits has a
 * 10-digit form only when a segment starts with the padding zero, and it can be told only when
 * exactly one does; otherwise none is listed.
 */
export function ndcSpellings(code: string): string[] {
  const [labeler, product, pack] = code.split('-');
  const eleven = [labeler.padStart(5, '0'), product.padStart(4, '0'), pack.padStart(2, '0')];
  const writtenDigits = labeler.length + product.length + pack.length;
  const zeroLed = eleven.map((segment) => segment.startsWith('0'));
  const ten =
    writtenDigits === 10
      ? [labeler, product, pack]
      : zeroLed.filter(Boolean).length === 1
        ? eleven.map((segment, i) => (zeroLed[i] ? segment.slice(1) : segment))
        : undefined;
  const forms = [code.split('-'), eleven, ...(ten ? [ten] : [])];
  const spellings = forms.flatMap((segments) => [segments.join('-'), segments.join(''), segments.slice(0, 2).join('-'), segments.slice(0, 2).join('')]);
  return [...new Set(spellings)];
}

/** Each word with a capital first letter, the rest as written: "Intrathecal Baclofen", "ITB Therapy". */
const titleCase = (name: string) => name.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/** The knowledge response's file name (without extension) for a code: `ndc-70121-2501-01`. */
export const codeAnswer = (system: string, code: string) => `${system.toLowerCase()}-${code}`;

/** Every spelling of a code a record may send, in its code system. */
export const codeSpellings = (system: string, code: string) => (system === 'NDC' ? ndcSpellings(code) : [code]);

/** A name as records write it: as the page writes it, in lower case, in capitals, with a capital first letter, and in title case. */
const nameSpellings = (name: string) => [...new Set([name, name.toLowerCase(), name.toUpperCase(), name.charAt(0).toUpperCase() + name.slice(1).toLowerCase(), titleCase(name)])];

/** What a request names, and the monograph and knowledge response it reaches. */
export interface InfobuttonSubject {
  /** The parameters the request must carry, each with this value (after percent-decoding). */
  query: Record<string, string>;
  slug: string;
  /** The knowledge response's file name, without its extension: `ndc-70121-2501-01`, or the slug for a name. */
  answer: string;
}

/** The answer file for a request nothing on the site matches. */
export const noAnswer = 'none';

/**
 * Every code (each spelling, each way of writing its system) and every name of each monograph, in
 * the order a host tries them: codes first, so a request naming a known code and an unknown name
 * reaches the code's page.
 */
export function infobuttonSubjects(site: SiteIndex): InfobuttonSubject[] {
  const codes = (site.productCodes ?? []).flatMap(({ code, oid, system, slug }) => {
    const answer = codeAnswer(system, code);
    return codeSpellings(system, code).flatMap((spelling) => systemSpellings(oid).map((cs) => ({ query: { [infobuttonParams.code]: spelling, [infobuttonParams.system]: cs }, slug, answer })));
  });
  const names = (site.recordNames ?? []).flatMap(({ name, slug }) => nameSpellings(name).map((spelling) => ({ query: { [infobuttonParams.name]: spelling }, slug, answer: slug })));
  // A product code shared by two packages of one monograph is listed once, as its first package.
  const seen = new Set<string>();
  return [...codes, ...names].filter((s) => {
    const key = JSON.stringify(s.query);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The knowledge responses the site writes: one per code and per monograph (for names), and the empty one. */
export function answerNames(site: SiteIndex): string[] {
  return [...new Set([...infobuttonSubjects(site).map((s) => s.answer), ...site.slugs, noAnswer])];
}
