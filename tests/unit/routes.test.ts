import { describe, expect, it } from 'vitest';
import { cardRoute, evidenceRoute, questionsRoute, homeRoute, medicationRoute, previewImageRoute, routes, summaryRoute } from '@/lib/site/routes';
import { headersPattern, matchRoute, nginxPattern, sitemapPages } from '@/lib/site/route-match';

const site = { slugs: ['alpha', 'beta'], cardSlugs: ['beta'], questionSlugs: ['alpha'], lastReviewed: new Map([['alpha', '2026-01-01'], ['beta', '2026-03-01']]) };

describe('the route registry', () => {
  it('knows each kind of page by its path, both ways', () => {
    for (const route of routes) {
      for (const params of route.params(site)) expect(matchRoute(route.path(params))).toEqual({ route, params });
    }
    expect(matchRoute('/medications/alpha')).toBeUndefined();
    expect(matchRoute('/medications/alpha/extra/')).toBeUndefined();
    expect(matchRoute('/other/')).toBeUndefined();
  });

  it('lists the sitemap pages, each with its last change, and leaves the preview images out', () => {
    expect(sitemapPages(site)).toEqual([
      { path: '/', lastModified: '2026-03-01' },
      // About lists every evidence page; the accessibility statement rests on no content.
      { path: '/about/', lastModified: '2026-03-01' },
      { path: '/accessibility/', lastModified: undefined },
      { path: medicationRoute.path({ slug: 'alpha' }), lastModified: '2026-01-01' },
      { path: medicationRoute.path({ slug: 'beta' }), lastModified: '2026-03-01' },
      { path: summaryRoute.path({ slug: 'alpha' }), lastModified: '2026-01-01' },
      { path: summaryRoute.path({ slug: 'beta' }), lastModified: '2026-03-01' },
      // Only the medicine that declares a card has one.
      { path: cardRoute.path({ slug: 'beta' }), lastModified: '2026-03-01' },
      { path: evidenceRoute.path({ slug: 'alpha' }), lastModified: '2026-01-01' },
      { path: evidenceRoute.path({ slug: 'beta' }), lastModified: '2026-03-01' },
      // Only the medicine with a questions section has a questions page.
      { path: questionsRoute.path({ slug: 'alpha' }), lastModified: '2026-01-01' },
    ]);
    expect(previewImageRoute.inSitemap).toBe(false);
    expect(homeRoute.params(site)).toEqual([{}]);
  });

  it('writes its patterns for _headers and nginx', () => {
    expect(headersPattern(previewImageRoute)).toBe('/medications/*/opengraph-image');
    const nginx = new RegExp(nginxPattern(previewImageRoute));
    expect(nginx.test(previewImageRoute.path({ slug: 'alpha' }))).toBe(true);
    expect(nginx.test(medicationRoute.path({ slug: 'alpha' }))).toBe(false);
  });
});
