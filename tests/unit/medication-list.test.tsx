import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MedicationList, type MedicationListItem } from '@/components/MedicationList';

const item = (title: string): MedicationListItem => ({ href: `/medications/${title.toLowerCase()}/`, title, genericName: 'g', summary: 's', alsoCalled: [], otherBrands: [] });

describe('MedicationList', () => {
  it('is a plain list while it is short', () => {
    const html = renderToStaticMarkup(<MedicationList items={[item('Beta'), item('Alpha')]} />);
    expect(html).not.toContain('Medications A to Z');
    expect(html.match(/<li/g)).toHaveLength(2);
  });

  it("gives a medicine's other names as one quiet line in its own entry, not entries of their own", () => {
    const html = renderToStaticMarkup(<MedicationList items={[{ ...item('Alpha'), alsoCalled: ['Zeta', 'Beta pump'], otherBrands: ['Gamma'] }]} />);
    expect(html.match(/<li/g)).toHaveLength(1);
    expect(html).toContain('>Also called: Zeta, Beta pump</p>');
    expect(html).toContain('>Other brand: Gamma</p>');
  });

  it('groups a long list by first letter with A–Z jump links to each group', () => {
    const titles = Array.from({ length: 30 }, (_, i) => `${'ABCZ'[i % 4]}med${i}`);
    const html = renderToStaticMarkup(<MedicationList items={[...titles.map(item), item('7-Up')]} />);
    expect(html).toContain('aria-label="Medications A to Z"');
    const jumps = [...html.matchAll(/<a href="#(letter-[^"]+)"/g)].map((m) => m[1]);
    expect(jumps).toEqual(['letter-other', 'letter-A', 'letter-B', 'letter-C', 'letter-Z']);
    for (const id of jumps) expect(html).toContain(`<h3 id="${id}"`);
    expect(html.match(/<a href="#az-index"[^>]*>Back to A to Z<\/a>/g)).toHaveLength(jumps.length);
  });
});
