import { describe, expect, it } from 'vitest';
import { pickEncoding } from '@/scripts/hosts/static-files';

describe('pickEncoding', () => {
  const both = { br: true, gzip: true };
  it('prefers brotli, then gzip, else sends the file as it is', () => {
    expect(pickEncoding('gzip, deflate, br', both)).toBe('br');
    expect(pickEncoding('gzip', both)).toBe('gzip');
    expect(pickEncoding(undefined, both)).toBeUndefined();
    expect(pickEncoding('identity', both)).toBeUndefined();
  });
  it('honours q=0 and what the build actually wrote', () => {
    expect(pickEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(pickEncoding('br', { br: false, gzip: true })).toBeUndefined();
    expect(pickEncoding('*', both)).toBe('gzip');
  });
});
