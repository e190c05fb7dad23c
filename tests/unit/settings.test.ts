import { afterEach, describe, expect, it, vi } from 'vitest';
import { publisher, settingWarnings, siteUrl } from '@/lib/site/settings';

afterEach(() => vi.unstubAllEnvs());

const unset = () => {
  for (const name of ['SITE_URL', 'PUBLISHER_NAME', 'PUBLISHER_CONTACT', 'FUNDING_STATEMENT']) vi.stubEnv(name, '');
};

describe('the site settings', () => {
  it('warns, setting by setting, what a build without them points at or says', () => {
    unset();
    const warnings = settingWarnings();
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toBe('SITE_URL is not set: every absolute address, printed address and QR code points at the placeholder https://medicines-explained.example.org');
    expect(warnings.slice(1).map((w) => w.split(' ')[0])).toEqual(['PUBLISHER_NAME', 'PUBLISHER_CONTACT', 'FUNDING_STATEMENT']);
  });

  it('warns of nothing once each is set, and reads an email contact as a mailto: link', () => {
    vi.stubEnv('SITE_URL', 'https://medicines.example.net');
    vi.stubEnv('PUBLISHER_NAME', ' A Trust ');
    vi.stubEnv('PUBLISHER_CONTACT', 'team@example.net');
    vi.stubEnv('FUNDING_STATEMENT', 'Paid for by A Trust.');
    expect(settingWarnings()).toEqual([]);
    expect(publisher()).toEqual({ name: 'A Trust', contact: { text: 'team@example.net', href: 'mailto:team@example.net' }, funding: 'Paid for by A Trust.' });
    expect(siteUrl()).toBe('https://medicines.example.net');
  });

  it('takes an https page as the contact, and refuses anything else with the setting named', () => {
    vi.stubEnv('PUBLISHER_CONTACT', 'https://example.net/contact');
    expect(publisher().contact).toEqual({ text: 'https://example.net/contact', href: 'https://example.net/contact' });
    for (const bad of ['http://example.net/contact', 'javascript:alert(1)', 'call us']) {
      vi.stubEnv('PUBLISHER_CONTACT', bad);
      expect(() => publisher()).toThrow(`PUBLISHER_CONTACT: "${bad}" must be an email address or an https:// address`);
    }
  });
});
