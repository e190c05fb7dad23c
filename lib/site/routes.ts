/**
 * lib/site: the site's addresses and settings: the route registry (this module), matching a request
 * to a route, the anchors every page keeps, page metadata, the site's name and URL. Imports only
 * lib/text.
 */
/**
 * Every kind of page the site has, in one place: its path, the pages it makes from the content,
 * whether search engines are told about it, and the content type of a file that has no extension.
 * The app routes, the link check, the sitemap, the `_headers` rules, the nginx config and the
 * tests all read this list; no other module spells a page's path.
 */
import { answerNames } from './infobutton';

/** What a route needs to know about the content to list its pages. */
export interface SiteIndex {
  slugs: readonly string[];
  /** lastReviewed by slug, for the sitemap. */
  lastReviewed?: ReadonlyMap<string, string>;
  /** The monographs that declare a wallet card. */
  cardSlugs?: readonly string[];
  /** The monographs with a questions page. */
  questionSlugs?: readonly string[];
  /** Every product code a monograph lists, with its code system and the system's OID (Infobutton links). */
  productCodes?: readonly { system: string; code: string; oid: string; slug: string }[];
  /** The names a health record may name a monograph by: its title, other brands and other names (lib/pages/site-index.ts). */
  recordNames?: readonly { name: string; slug: string }[];
  /** Other names a reader may type, by their address slug, and the monograph each leads to. */
  otherNames?: ReadonlyMap<string, string>;
}

type Params = Record<string, string>;

export interface Route {
  /** The path with its parameters in brackets, as the app folder names them: `/medications/[slug]/`. */
  pattern: string;
  path: (params: Params) => string;
  /** One entry per page this route makes. */
  params: (site: SiteIndex) => Params[];
  inSitemap: boolean;
  /** When a page changed last (sitemap). */
  lastModified?: (params: Params, site: SiteIndex) => string | undefined;
  /**
   * The Content-Type every host must send: for a page written without a file extension, and for
   * files a host may not know the type of (the feed). `_headers` and nginx get it from here.
   */
  contentType?: string;
  /** Data other sites' apps may fetch from a browser: every host sends `Access-Control-Allow-Origin: *`. */
  crossOrigin?: boolean;
}


export const homeRoute: Route = {
  pattern: '/',
  path: () => '/',
  params: () => [{}],
  inSitemap: true,
  lastModified: (_, site) => [...(site.lastReviewed?.values() ?? [])].sort().at(-1),
};

export const medicationRoute: Route = {
  pattern: '/medications/[slug]/',
  path: ({ slug }) => `/medications/${slug}/`,
  params: (site) => site.slugs.map((slug) => ({ slug })),
  inSitemap: true,
  lastModified: ({ slug }, site) => site.lastReviewed?.get(slug),
};

/**
 * Another name of a monograph (`/medications/gablofen/`): a page that sends the reader on, and a
 * 301 wherever the host allows one. It shares the monograph's address pattern, so a path is told
 * apart by the names the content declares.
 */
export const otherNameRoute: Route = {
  pattern: '/medications/[slug]/',
  path: medicationRoute.path,
  params: (site) => [...(site.otherNames?.keys() ?? [])].map((slug) => ({ slug })),
  inSitemap: false,
};

/** The two-page take-home summary of a monograph, made from its own content. */
export const summaryRoute: Route = {
  pattern: '/medications/[slug]/summary/',
  path: ({ slug }) => `${medicationRoute.path({ slug })}summary/`,
  params: medicationRoute.params,
  inSitemap: true,
  lastModified: medicationRoute.lastModified,
};

/**
 * "How this page was checked": every instruction and safety statement of a monograph with its
 * source, the place in the source and what the source requires (the claims register), and the
 * review history. For clinicians, reviewers and doubtful readers.
 */
export const evidenceRoute: Route = {
  pattern: '/medications/[slug]/evidence/',
  path: ({ slug }) => `${medicationRoute.path({ slug })}evidence/`,
  params: medicationRoute.params,
  inSitemap: true,
  lastModified: medicationRoute.lastModified,
};

/** The questions readers ask, one `##` section of a monograph on a page of its own. */
export const questionsRoute: Route = {
  pattern: '/medications/[slug]/questions/',
  path: ({ slug }) => `${medicationRoute.path({ slug })}questions/`,
  params: (site) => (site.questionSlugs ?? []).map((slug) => ({ slug })),
  inSitemap: true,
  lastModified: medicationRoute.lastModified,
};

/** The wallet emergency card, for the monographs that declare one. */
export const cardRoute: Route = {
  pattern: '/medications/[slug]/card/',
  path: ({ slug }) => `${medicationRoute.path({ slug })}card/`,
  params: (site) => (site.cardSlugs ?? []).map((slug) => ({ slug })),
  inSitemap: true,
  lastModified: medicationRoute.lastModified,
};

/**
 * The link-preview image Next writes beside each page of the `[slug]` folder
 * (app/medications/[slug]/opengraph-image.tsx): each monograph's, and each other name's (a link
 * shared by another name shows the monograph's card).
 */
export const previewImageRoute: Route = {
  pattern: '/medications/[slug]/opengraph-image',
  path: ({ slug }) => `${medicationRoute.path({ slug })}opengraph-image`,
  params: (site) => [...medicationRoute.params(site), ...otherNameRoute.params(site)],
  inSitemap: false,
  contentType: 'image/png',
};

/** The JSON copy of a monograph, for apps and portals that reuse the page (lib/reuse/reuse.ts). */
export const jsonRoute: Route = {
  pattern: '/medications/[slug]/index.json',
  path: ({ slug }) => `${medicationRoute.path({ slug })}index.json`,
  params: medicationRoute.params,
  inSitemap: false,
  contentType: 'application/json',
  crossOrigin: true,
};

/** Every monograph's JSON copy, listed. */
export const jsonIndexRoute: Route = {
  pattern: '/medications/index.json',
  path: () => '/medications/index.json',
  params: () => [{}],
  inSitemap: false,
  contentType: 'application/json',
  crossOrigin: true,
};

/** The Atom feed of page reviews, linked from every page. */
export const feedRoute: Route = {
  pattern: '/reviews.atom',
  path: () => '/reviews.atom',
  params: () => [{}],
  inSitemap: false,
  contentType: 'application/atom+xml; charset=utf-8',
  crossOrigin: true,
};

/**
 * Where a health record's Infobutton link lands when nothing on the site matches it: a page that
 * says so, sent with a 404 status (the hosts try every code and name first; lib/site/infobutton.ts).
 */
export const infobuttonRoute: Route = {
  pattern: '/infobutton/unknown/',
  path: () => '/infobutton/unknown/',
  params: () => [{}],
  inSitemap: false,
};

/**
 * The knowledge response a record system asks for with `knowledgeResponseType`: a small Atom feed
 * (or its JSON form, as MedlinePlus Connect sends) naming the monograph, per code and per monograph.
 * The file's extension gives its type on every host.
 */
export const infobuttonAnswerRoute: Route = {
  pattern: '/infobutton/answers/[file]',
  path: ({ file }) => `/infobutton/answers/${file}`,
  params: (site) => answerNames(site).flatMap((name) => [{ file: `${name}.json` }, { file: `${name}.atom` }]),
  inSitemap: false,
  crossOrigin: true,
};

/**
 * Where a health record's link lands when it asks for the page in a language other than English:
 * a short notice, in Spanish and English, that the page is in English only, with the link to it.
 */
export const englishOnlyRoute: Route = {
  pattern: '/medications/[slug]/english-only/',
  path: ({ slug }) => `${medicationRoute.path({ slug })}english-only/`,
  params: medicationRoute.params,
  inSitemap: false,
};

/** Who publishes the site, how its pages are written, sourced, checked and reviewed, and who pays. */
export const aboutRoute: Route = {
  pattern: '/about/',
  path: () => '/about/',
  params: () => [{}],
  inSitemap: true,
  // It lists every monograph's evidence page, as the home page lists the monographs.
  lastModified: homeRoute.lastModified,
};

/** What the site does for accessibility, what is known not to work, and how to report a problem. */
export const accessibilityRoute: Route = {
  pattern: '/accessibility/',
  path: () => '/accessibility/',
  params: () => [{}],
  inSitemap: true,
};

export const routes: readonly Route[] = [homeRoute, aboutRoute, accessibilityRoute, medicationRoute, otherNameRoute, summaryRoute, cardRoute, evidenceRoute, questionsRoute, jsonRoute, jsonIndexRoute, feedRoute, infobuttonRoute, infobuttonAnswerRoute, englishOnlyRoute, previewImageRoute];

/**
 * A static export needs at least one page per route: a library where no monograph has a card (or
 * a questions page) gets a placeholder that renders "not found", and scripts/build/post-export.ts deletes
 * it (it is in no registry list).
 */
export const placeholderSlug = '_none';

/** A route's static params for `next build`, or the placeholder when the content makes none. */
export function exportParams(route: Route, site: SiteIndex): Params[] {
  const params = route.params(site);
  return params.length ? params : [{ slug: placeholderSlug }];
}

