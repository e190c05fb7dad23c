import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent, siteIndex } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { infobuttonRules, netlifyToml } from '@/scripts/hosts/infobutton-rules';
import { fixtureDir, netlifyMatcher, today } from './helpers';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture with product codes added to its two files. */
function withCodes(testamol: string, zeta: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-'));
  temps.push(dir);
  fs.cpSync(fixtureDir('valid'), dir, { recursive: true });
  for (const [name, codes] of [['testamol.md', testamol], ['zeta-fixture.md', zeta]]) {
    const file = path.join(dir, 'medications', name);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^---\n/, `---\nproductCodes:\n${codes}\n`));
  }
  return loadContent(dir, today);
}

describe('product codes', () => {
  it('are checked: their form, their source, and no code leading to two pages', () => {
    const { problems } = withCodes(
      '  - { system: NDC, code: 70121-2501-01, source: source-1 }\n  - { system: NDC, code: "7012125", source: source-1 }\n  - { system: RxNorm, code: "1047440", source: no-such-source }',
      '  - { system: NDC, code: 70121-2501-01, source: source-1 }',
    );
    expect(problems.map(formatProblem).map((p) => p.replace(/^.*\/medications\//, ''))).toEqual([
      expect.stringMatching(/^testamol\.md: productCodes\.1\.code: "7012125" is not written as a code of its system .*\(line 4\)$/),
      expect.stringMatching(/^testamol\.md: productCodes\.2\.source: "no-such-source" is not the id of a source in this file .*\(line 5\)$/),
    ]);
    const both = withCodes('  - { system: NDC, code: 70121-2501-01, source: source-1 }', '  - { system: NDC, code: 70121-2501-01, source: source-1 }');
    expect(both.problems.map(formatProblem)).toEqual([expect.stringMatching(/zeta-fixture\.md: productCodes\.0\.code: NDC 70121-2501-01 is already a code of .*testamol\.md: a record system's link must lead to one page \(line 3\)$/)]);
    // Another spelling of the same package, or another package of the same product: a record's link would still be ambiguous.
    const spelled = withCodes('  - { system: NDC, code: 70121-2501-01, source: source-1 }', '  - { system: NDC, code: 70121-2501-1, source: source-1 }\n  - { system: NDC, code: 70121-2599-01, source: source-1 }');
    expect(spelled.problems.map(formatProblem)).toEqual([expect.stringMatching(/zeta-fixture\.md: productCodes\.0\.code: NDC 70121-2501-1 is already a code of .*testamol\.md \(70121-2501-1 is a spelling of its NDC 70121-2501-01\): a record/)]);
    const product = withCodes('  - { system: NDC, code: 70121-2501-01, source: source-1 }', '  - { system: NDC, code: 70121-2501-02, source: source-1 }');
    expect(product.problems.map(formatProblem)).toEqual([expect.stringMatching(/NDC 70121-2501-02 is already a code of .*testamol\.md \(70121-2501 is a spelling of its NDC 70121-2501-01\)/)]);
  });

  it('become Infobutton rules, as Netlify matches them: a known code (any spelling, its own code system) or name to its page, anything else to the 404 page', async () => {
    const { medications, problems } = withCodes('  - { system: NDC, code: 70121-2501-01, source: source-1 }', '  - { system: RxNorm, code: "1047440", source: source-1 }');
    expect(problems).toEqual([]);
    const match = await netlifyMatcher({ toml: netlifyToml(infobuttonRules(siteIndex(medications))) });
    const ask = (query: string) => {
      const answer = match('/infobutton', `?${query}`);
      return answer && [answer.status, answer.location ?? answer.to];
    };
    expect(ask('mainSearchCriteria.v.c=70121-2501-01&mainSearchCriteria.v.cs=2.16.840.1.113883.6.69')).toEqual([302, '/medications/testamol/?from=health-record']);
    expect(ask('mainSearchCriteria.v.cs=2.16.840.1.113883.6.69&mainSearchCriteria.v.c=7012125011&other=1')).toEqual([302, '/medications/testamol/?from=health-record']);
    expect(ask('mainSearchCriteria.v.c=1047440&mainSearchCriteria.v.cs=2.16.840.1.113883.6.88')).toEqual([302, '/medications/zeta-fixture/?from=health-record']);
    expect(ask('mainSearchCriteria.v.dn=Zeta%20fixture')).toEqual([302, '/medications/zeta-fixture/?from=health-record']);
    expect(ask('mainSearchCriteria.v.c=1047440&mainSearchCriteria.v.cs=2.16.840.1.113883.6.69')).toEqual([404, '/infobutton/unknown/']);
    expect(ask('')).toEqual([404, '/infobutton/unknown/']);
  });
});
