import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContent } from '../../lib/content/content';
import { evidenceRoute, questionsRoute } from '../../lib/site/routes';
import { monographPath, slug } from '../policy/lioresal-intrathecal';
import { siteUrl as configuredSiteUrl } from '../../lib/site/site';

const evidencePath = evidenceRoute.path({ slug });
// The origin the build wrote into every absolute address (SITE_URL, or the placeholder).
const siteUrl = configuredSiteUrl();
const medication = loadContent('content').medications.find((m) => m.slug === slug)!;

test('the Sources part of the monograph leads to how the page was checked', async ({ page }) => {
  await page.goto(monographPath);
  await page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'How this page was checked' }).click();
  await expect(page).toHaveURL(new RegExp(`${evidencePath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this page was checked: Lioresal Intrathecal');
});

test('the evidence page lists every registered instruction of the monograph, with each source and the place in it', async ({ page }) => {
  const textOf = async (path: string) => {
    await page.goto(path);
    return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
  };
  const monograph = await textOf(monographPath);
  const questions = await textOf(questionsRoute.path({ slug }));
  await page.goto(evidencePath);
  const items = page.locator('.evidence-claims > li');
  expect(medication.claims.length).toBeGreaterThan(80);
  await expect(items).toHaveCount(medication.claims.length);
  const number = (id: string) => medication.facts.sources.findIndex((s) => s.id === id) + 1;
  for (const [index, claim] of medication.claims.entries()) {
    // Every sentence it lists stands on the monograph (or its questions page), word for word.
    expect(claim.parts[0].id === medication.facts.questionsSection ? questions : monograph, claim.says).toContain(claim.says);
    const item = items.nth(index);
    await expect(item).toContainText(`“${claim.says}”`);
    for (const [id, where] of Object.entries(claim.from)) {
      const source = medication.facts.sources[number(id) - 1];
      await expect(item).toContainText(`Source ${number(id)}, ${source.title}: ${where}`);
    }
  }
  await expect(page.getByRole('region', { name: 'Sources', exact: true }).getByRole('listitem')).toHaveCount(medication.facts.sources.length);
  await expect(page.getByRole('region', { name: 'Reviews' })).toContainText('1 December 2026: A third review');
});

test('the evidence page shows what the source requires of the withdrawal and alarm instructions', async ({ page }) => {
  await page.goto(evidencePath);
  const item = (says: string) => page.locator('.evidence-claims > li').filter({ hasText: `“${says}”` });
  const withdrawal = item('If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.');
  await expect(withdrawal).toContainText('The sentence must send you to the doctor and a hospital; say immediately;');
  await expect(withdrawal).toContainText('Also in: Stopping suddenly and signs of overdose, Wallet card.');
  await expect(item('This alarm means the medicine has stopped flowing.')).toContainText('say it as a fact, with no “may”');
  await expect(item('Never dive deeper than 33 feet (10 meters).')).toContainText('say “do not” or “never”');
});

test('the evidence page prints, from a dark-mode device too, with its address and no navigation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(evidencePath);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join('') + ' ';
  }
  text = text.replace(/\s+/g, ' ');
  // An address may wrap at a hyphen on paper.
  expect(text.replace(/- /g, '-')).toContain(`Printed from Medicines Explained: ${siteUrl}${evidencePath}`);
  expect(text).toContain('How this page was checked');
  expect(text).toContain('The sentence must send you to the doctor and a hospital');
  expect(text).not.toContain('Skip to main content');
});

test('the evidence page shows both directions: what the sources require and where each stands, then each sentence and its source', async ({ page }) => {
  await page.goto(evidencePath);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link', { name: 'What is checked, and what is not' })).toBeVisible();
  await expect(contents.getByRole('link', { name: 'What the sources require, and where it stands' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What is checked, and what is not' })).toContainText('It follows written rules about words.');
  const requirements = page.locator('.evidence-requirements > li');
  expect(medication.requirements.length).toBeGreaterThan(40);
  await expect(requirements).toHaveCount(medication.requirements.length);
  const signs = requirements.filter({ hasText: 'Every sign of withdrawal' });
  await expect(signs).toContainText('Every list of these signs must hold all 9');
  for (const place of ['The page', 'The two-page summary', 'The wallet card']) await expect(signs.getByRole('link', { name: place })).toBeVisible();
  // An entry with no strength rule says so, rather than claiming more.
  await expect(page.locator('.evidence-claims > li').filter({ hasText: '“Know your pump.”' })).toContainText('No strength rule');
});
