import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSiteIndex } from '@/lib/content/content';
import { ndcSpellings } from '@/lib/site/infobutton';
import { infobuttonRules, maxInfobuttonRules, netlifyToml, netlifyTomlPath, nginxInfobuttonFile } from '@/scripts/hosts/infobutton-rules';
import { infobuttonRequests } from '../policy/infobutton-requests';
import { netlifyMatcher } from './helpers';

describe('National Drug Codes', () => {
  it('are known in every spelling a record uses: 11 and 10 digits, with and without hyphens, and the product code', () => {
    expect(ndcSpellings('70121-2501-01')).toEqual(['70121-2501-01', '70121250101', '70121-2501', '701212501', '70121-2501-1', '7012125011']);
    // Written with 10 digits (4-4-2): padded to 11 on the labeler.
    expect(ndcSpellings('0409-1215-01')).toEqual(['0409-1215-01', '0409121501', '0409-1215', '04091215', '00409-1215-01', '00409121501', '00409-1215', '004091215']);
    // 11 digits where two segments could hold the padding zero: the 10-digit form is unknown, so it is left out.
    expect(ndcSpellings('01234-0567-89')).toEqual(['01234-0567-89', '01234056789', '01234-0567', '012340567']);
  });
});

describe('Infobutton requests as records send them', () => {
  const rules = infobuttonRules(getSiteIndex());

  // Each expected Location is the whole header, so an answer that carried any of the request's query would differ.
  it('get the same answer from Netlify\'s own matcher as the corpus expects, and no Location carries the request\'s query', async () => {
    expect(infobuttonRequests.length).toBeGreaterThanOrEqual(30);
    const match = await netlifyMatcher({ toml: netlifyToml(rules) });
    for (const { why, path, expected } of infobuttonRequests) {
      const [pathname, search = ''] = path.split('?');
      const answer = match(pathname, search ? `?${search}` : '');
      const got = !answer ? { status: 404 } : answer.location ? { status: answer.status, location: answer.location } : { status: answer.status, file: answer.to };
      expect(got, why).toEqual(expected);
    }
  }, 20_000); // 53 requests through Netlify's matcher: about 2 s, more on a busy machine.

  it('are in the netlify.toml Netlify reads, as the content makes them (run npm run gen:hosts when this fails)', () => {
    // A boolean, not the two files: a 700-line diff would hide the one line that says what to do.
    expect(fs.readFileSync(netlifyTomlPath, 'utf8') === netlifyToml(rules), 'netlify.toml is not what `npm run gen:hosts` writes from content/: run it').toBe(true);
  });

  it('stay within the budget that keeps a library of pages under Netlify\'s limit', () => {
    // Netlify: past about 10,000 rules "the deploy might fail" (docs.netlify.com/routing/redirects).
    // This page's codes and names make some 1,500; the build warns past maxInfobuttonRules.
    expect(rules.length).toBeLessThanOrEqual(1600);
    expect(maxInfobuttonRules).toBeLessThan(10000);
  });

  it('are one nginx test each, in the same order, on the raw query', () => {
    const file = nginxInfobuttonFile(rules);
    expect(file.match(/^ {2}if \(\$args ~ /gm)).toHaveLength(rules.length - 1);
    expect(file).toContain('error_page 404 /infobutton/unknown/;');
  });
});
