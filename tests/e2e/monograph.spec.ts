import { expect, test } from '@playwright/test';

const path = '/medications/lioresal-intrathecal/';

/**
 * Facts the page must carry: every fact of the primary source, and the safety, screening, pump
 * and "living with the pump" facts of shared/sources/README.md. Written out here (not read from
 * the content file) so that losing one from the content fails this test.
 */
const requiredFacts = [
  // primary source
  'Lioresal Intrathecal', 'baclofen (intrathecal)', 'Spasticity', 'Generic available', 'central nervous system',
  'spasms, cramps and tightness', 'over the long term', 'severe spasticity', 'baclofen and other medicines taken by mouth',
  'at a lower dose', 'drowsy, sleepy and unsteady', 'Gablofen', 'branded generic', 'lumbar puncture', 'SynchroMed',
  'Medtronic', 'titanium disk', 'about 3 inches across and 1 inch thick', 'reservoir', 'computer chip', 'runs on a battery',
  'silicone tube', 'two incisions', 'abdomen', 'lower back', 'runs around your side, inside your body', 'telemetry',
  'every 4 to 12 weeks', 'about 20 minutes', 'the reservoir needs to be refilled', 'the battery is low',
  'the pump is not working as it should', 'call your doctor straight away',
  // boxed warning
  'high fever', 'confused', 'rigid muscles', 'rhabdomyolysis', 'failure of many organs, and death', 'T-6',
  'find it hard to communicate', 'had withdrawal symptoms before',
  // screening
  'within 30 to 60 minutes', 'strongest after 4 to 6 hours and lasts 4 to 8 hours', '24 hours later', 'up to three test doses',
  'Having the test does not mean you must get a pump',
  // withdrawal and overdose signs, side effects
  'itching', 'low blood pressure', 'light-headed', 'tingling', 'too loose or floppy', 'slow or shallow breathing',
  'body temperature lower than normal', 'seizures (fits)', 'coma', 'suddenly or over a few days', 'may need to go to a hospital',
  'nausea', 'vomiting', 'headache', 'sexual problems',
  // living with the pump
  'Keep every refill appointment', 'replaced by surgery', 'ask for an earlier one', 'device ID card',
  'emergency medical information card', 'not out of date', 'Do not rub or twist the pump', 'kink or move the catheter',
  'Alcohol', 'driving or using machines',
  // pump facts
  'once an hour', 'within 90 days', 'two-tone alarm', 'up to 7 years', 'most often 5 to 7 years', '3 tesla or less',
  'pump stops during the scan', 'metal detectors do not harm the pump', 'have a refill before you go', '102°F (about 39°C)',
  '33 feet (about 10 m)', '2.0 atmospheres', 'about 1 to 4 hours', 'stops 90 days after the alarm',
  'pregnant, planning a pregnancy or breastfeeding',
];

test('the monograph carries every required fact in its HTML, with no script needed', async ({ request }) => {
  const html = await (await request.get(path)).text();
  const text = html.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const missing = requiredFacts.filter((fact) => !text.includes(fact));
  expect(missing).toEqual([]);
});

test('the monograph shows its title, key facts, urgent boxes, sections and links', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lioresal Intrathecal, baclofen (intrathecal)');

  const keyFacts = page.getByRole('region', { name: 'Key facts' });
  await expect(keyFacts.locator('dt', { hasText: 'Brand name' }).locator('+ dd')).toHaveText('Lioresal Intrathecal');
  await expect(keyFacts.locator('dt', { hasText: 'Generic available' }).locator('+ dd')).toHaveText('Yes');
  await expect(keyFacts.locator('dt', { hasText: 'Other brands' }).locator('+ dd')).toHaveText('Gablofen');

  const alarm = page.getByRole('region', { name: 'Urgent advice: If your pump alarm sounds' });
  await expect(alarm).toBeVisible();
  await expect(alarm).toContainText('two-tone alarm');
  const neverStop = page.getByRole('region', { name: 'Urgent advice: Never stop suddenly' });
  await expect(neverStop).toBeVisible();
  for (const sign of ['itching', 'low blood pressure', 'tingling']) await expect(neverStop).toContainText(sign);

  // The urgent boxes come before the body: a reader sees them without scrolling through it.
  const contentsTop = (await page.locator('#contents').boundingBox())?.y ?? 0;
  expect((await neverStop.boundingBox())?.y ?? Infinity).toBeLessThan(contentsTop);

  const sections = [
    /how it works/i, /test dose/i, /SynchroMed pump/, /Pump alarms/, /Stopping suddenly/, /Side effects/,
    /Living with the pump/, /Common questions/,
  ];
  for (const name of sections) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

  // Every entry of the table of contents leads to a heading on the page.
  const entries = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  expect(await entries.count()).toBeGreaterThanOrEqual(sections.length + 2);
  for (const href of await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`[id="${href?.slice(1)}"]`)).toHaveCount(1);
  }

  const piSection = page.getByRole('region', { name: 'Prescribing Information' });
  await expect(piSection).toContainText('written for health professionals');
  const pi = piSection.getByRole('link', { name: /Prescribing Information.*\(opens another site\)$/ });
  await expect(pi).toHaveAttribute('href', /^https:\/\/dailymed\.nlm\.nih\.gov\//);
  await expect(pi).toHaveAttribute('rel', 'noopener noreferrer');

  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(12);
  await expect(sources.getByRole('link')).toHaveCount(8);
  await expect(page.locator('#review-dates')).toContainText('Page last reviewed: 25 November 2026');
  await expect(page.getByRole('contentinfo')).toContainText("does not replace your care team’s advice");
});

test('a section link leads straight to its section', async ({ page }) => {
  await page.goto(path);
  const link = page.getByRole('link', { name: 'Link to this section: Side effects' });
  await expect(link).toHaveAttribute('href', '#side-effects');
  await link.click();
  await expect(page).toHaveURL(/#side-effects$/);
  await expect(page.getByRole('heading', { name: 'Side effects', level: 2 })).toBeInViewport();
});
