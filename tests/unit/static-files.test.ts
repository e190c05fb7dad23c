import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveFile } from '@/scripts/hosts/static-files';

// out/ and a sibling out-old/ whose name starts the same way: the classic prefix-check escape.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
const root = path.join(base, 'out');
fs.mkdirSync(path.join(root, 'medications', 'x'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.html'), 'home');
fs.writeFileSync(path.join(root, 'medications', 'x', 'index.html'), 'x');
fs.mkdirSync(path.join(base, 'out-old'));
fs.writeFileSync(path.join(base, 'out-old', 'secret.txt'), 'secret');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('resolveFile', () => {
  it('serves dir/index.html for dir/', () => {
    expect(resolveFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveFile(root, '/medications/x/')).toBe(path.join(root, 'medications', 'x', 'index.html'));
  });

  it('finds nothing for a missing file or a folder without its slash', () => {
    expect(resolveFile(root, '/nope/')).toBeNull();
    expect(resolveFile(root, '/medications/x')).toBeNull();
  });

  it('never leaves the served folder', () => {
    expect(resolveFile(root, '/../out-old/secret.txt')).toBeNull();
    expect(resolveFile(root, '/..%2fout-old/secret.txt')).toBeNull();
    expect(resolveFile(root, '/%2e%2e/out-old/secret.txt')).toBeNull();
  });

  it('treats a malformed escape as missing', () => {
    expect(resolveFile(root, '/%zz')).toBeNull();
  });
});
