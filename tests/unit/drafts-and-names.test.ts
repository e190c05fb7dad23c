import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMedications, loadContent, siteIndex } from '@/lib/content/content';
import { formatProblem } from '@/lib/text/problems';
import { formatApprovedState } from '@/lib/claims/approval';
import type { ApprovedState } from '@/lib/model/approval-schema';
import { readYaml } from '@/lib/text/yaml-text';
import { otherNameRoute } from '@/lib/site/routes';
import { sitemapPages } from '@/lib/site/route-match';
import { newClaimsFile, newMedicationFile } from '@/scripts/cli/new-medication';
import { nginxRedirectsFile, otherNameRedirects, redirectsFile } from '@/scripts/hosts/redirects-file';
import { fixtureDir, netlifyMatcher, problemsOf, today } from './helpers';

describe('npm run new', () => {
  it('writes what the injection fixture holds as its draft (the two stay in step)', () => {
    expect(fs.readFileSync(path.join(fixtureDir('injection'), 'medications', 'test-medicine.md'), 'utf8')).toBe(newMedicationFile('test-medicine', today));
  });

  it('starts a draft that loads without problems, and refuses to publish while TODOs remain', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'));
    fs.mkdirSync(path.join(dir, 'medications'));
    const file = path.join(dir, 'medications', 'test-medicine.md');
    fs.writeFileSync(file, newMedicationFile('test-medicine', today));
    fs.writeFileSync(file.replace(/\.md$/, '.claims.yaml'), newClaimsFile('test-medicine'));
    const draft = loadContent(dir, today);
    expect([...draft.problems, ...draft.draftProblems]).toEqual([]);
    expect(draft.medications.map((m) => [m.slug, m.facts.draft])).toEqual([['test-medicine', true]]);

    fs.writeFileSync(file, newMedicationFile('test-medicine', today).replace('draft: true', 'draft: false'));
    const published = loadContent(dir, today).problems.map(formatProblem);
    expect(published.length).toBeGreaterThan(10);
    // Published, it needs its TODOs done and its first review approved (npm run approve).
    expect(published.filter((p) => !p.includes('"TODO" is still in the text'))).toEqual([expect.stringMatching(/test-medicine\.approved\.yaml: approved state: is missing/)]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('drafts', () => {
  it('are loaded and checked but left out of the published site', () => {
    const { medications } = loadContent(fixtureDir('injection'), today);
    expect(medications.map((m) => m.slug).sort()).toEqual(['injection-test', 'test-medicine']);
    const site = getMedications(fixtureDir('injection'));
    expect(site.map((m) => m.slug)).toEqual(['injection-test']);
    expect(sitemapPages(siteIndex(site)).some((p) => p.path.includes('test-medicine'))).toBe(false);
  });

  it('leave the site only by a review once one approved the page for readers: deleted, its files beside it say so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gone-'));
    fs.cpSync(fixtureDir('valid'), dir, { recursive: true });
    fs.rmSync(path.join(dir, 'medications', 'testamol.md'));
    expect(loadContent(dir, today).problems.map(formatProblem)).toEqual(
      expect.arrayContaining([expect.stringMatching(/medications\/testamol\.approved\.yaml: file: belongs to testamol\.md, which is not there: a reviewed page comes off the site only when a review decides it/)]),
    );
    fs.rmSync(dir, { recursive: true });
  });

  it('leave the site only by a review even deleted with every file beside them: git remembers an approved state', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'removed-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.org', '-C', repo, ...args], { stdio: 'pipe' });
    const dir = path.join(repo, 'content');
    const approved = path.join(dir, 'medications', 'testamol.approved.yaml');
    const removed = () => loadContent(dir, today).problems.map(formatProblem).filter((p) => p.includes('is gone'));
    const deleteAll = () => fs.readdirSync(path.join(dir, 'medications')).filter((f) => f.startsWith('testamol.')).forEach((f) => fs.rmSync(path.join(dir, 'medications', f)));
    git('init', '-q');
    fs.cpSync(fixtureDir('valid'), dir, { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'A reviewed page');
    // Deleted, then the deletion committed: both stop the check.
    deleteAll();
    expect(removed()).toEqual([expect.stringMatching(/medications\/testamol\.md: file: is gone \(deleted, renamed or hidden\), and the review of 2026-01-15 approved it for readers/)]);
    git('add', '-A');
    git('commit', '-qm', 'Gone');
    expect(removed()).toHaveLength(1);
    // The folder made a link to another: the same history is asked.
    git('checkout', '-q', 'HEAD~1', '--', '.');
    fs.renameSync(path.join(dir, 'medications'), path.join(dir, 'meds'));
    fs.symlinkSync('meds', path.join(dir, 'medications'));
    deleteAll();
    expect(removed()).toHaveLength(1);
    fs.rmSync(path.join(dir, 'medications'));
    fs.rmSync(path.join(dir, 'meds'), { recursive: true });
    // Set off the site by hand (the checksum no longer holds): that takes nothing off.
    git('checkout', '-q', 'HEAD~1', '--', '.');
    fs.appendFileSync(approved, 'published: false\n');
    git('commit', '-qam', 'By hand');
    deleteAll();
    expect(removed()).toHaveLength(1);
    // Taken off the site by a review first (its approved state says so, as npm run approve writes it): then its files may go.
    git('checkout', '-q', 'HEAD', '--', '.');
    const state = readYaml(fs.readFileSync(approved, 'utf8')).data as ApprovedState;
    fs.writeFileSync(approved, formatApprovedState({ ...state, published: false }, 'testamol'));
    git('commit', '-qam', 'Taken off the site by a review');
    deleteAll();
    expect(removed()).toEqual([]);
    fs.rmSync(repo, { recursive: true });
  });
});

describe('other names', () => {
  it('each get an address, unless it is a page or another name', () => {
    const f = (slug: string) => `tests/fixtures/content/names/medications/${slug}.md`;
    expect(problemsOf('names')).toEqual([
      `${f('alpha-names')}: otherBrands.0: "Beta names" would have the address /medications/beta-names/, which is the address of ${f('beta-names')} (line 25)`,
      `${f('beta-names')}: otherNames.0: "shared NAME" would have the address /medications/shared-name/, which is also a name of ${f('alpha-names')} (line 25)`,
    ]);
  });

  it('lead to their monograph by a 301 in _redirects (as Netlify reads it) and nginx, and stay out of the sitemap', async () => {
    const [lioresal] = getMedications('content');
    expect(lioresal.otherNames.map((n) => [n.name, n.slug])).toEqual([
      ['Gablofen', 'gablofen'],
      ['intrathecal baclofen', 'intrathecal-baclofen'],
      ['baclofen pump', 'baclofen-pump'],
      ['ITB therapy', 'itb-therapy'],
    ]);
    const site = siteIndex([lioresal]);
    const redirects = otherNameRedirects(site);
    const gablofen = otherNameRoute.path({ slug: 'gablofen' });
    const match = await netlifyMatcher({ redirects: redirectsFile(redirects) });
    expect(match(gablofen, '')).toEqual({ status: 301, to: lioresal.href, location: lioresal.href });
    expect(match(gablofen.slice(0, -1), '')?.location).toBe(lioresal.href);
    expect(nginxRedirectsFile(redirects)).toContain(`location = ${gablofen} { include /etc/nginx/snippets/medicines-explained-security.conf; return 301 ${lioresal.href}; }`);
    expect(sitemapPages(site).some((p) => p.path === gablofen)).toBe(false);
  });
});
