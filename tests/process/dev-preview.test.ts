import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicationRoute } from '@/lib/site/routes';

/**
 * `npm run dev` as a writer uses it: edit, reload, see the change, with no restart. Runs the real
 * dev server over a copy of content/, so the real files are never touched.
 */
const port = 4399;
const origin = `http://127.0.0.1:${port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-preview-'));
const file = path.join(dir, 'medications', 'lioresal-intrathecal.md');
const monograph = medicationRoute.path({ slug: 'lioresal-intrathecal' });
let server: ChildProcess;
let terminal = '';

const get = async (pathname: string) => {
  const response = await fetch(origin + pathname);
  return { status: response.status, html: await response.text() };
};
const edit = (from: string, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
};

describe('npm run dev', () => {
  beforeAll(async () => {
    fs.cpSync('content', dir, { recursive: true });
    server = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
      env: { ...process.env, CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    server.stdout?.on('data', (chunk) => (terminal += chunk));
    server.stderr?.on('data', (chunk) => (terminal += chunk));
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(origin + '/')).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the dev server did not start:\n${terminal}`);
  }, 90_000);

  afterAll(() => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a saved edit on the next reload, shows a broken date on the page and in the terminal, and recovers', async () => {
    expect((await get(monograph)).html).toContain('Common side effects include');

    edit('Common side effects include', 'Common side effects, as just edited, include');
    // Held wording changed: the page still previews, with the change listed for the review it awaits.
    const awaiting = (await get(monograph)).html.replace(/&quot;/g, '"');
    expect(awaiting).toContain('Common side effects, as just edited, include');
    expect(awaiting).toContain('approves: ["Common side effects, as just edited, include:"]');

    edit('nextReview: "2027-12-01"', 'nextReview: "2027-13-45"');
    const broken = await get('/');
    const relative = path.relative(process.cwd(), file);
    const message = `${relative}: nextReview: "2027-13-45" is not a valid date (use YYYY-MM-DD, in quotes) (line`;
    expect(broken.html.replace(/&quot;/g, '"')).toContain(message);
    expect(terminal).toContain(message);

    edit('nextReview: "2027-13-45"', 'nextReview: "2027-12-01"');
    edit('reviewHistory:\n', 'reviewHistory:\n  - date: "2026-12-04"\n    change: The side effects lead-in reworded.\n    approves: ["Common side effects, as just edited, include:"]\n');
    // An editor's lock file while the file is open (Emacs leaves .#name.md, a link to nowhere): the preview carries on.
    const lock = path.join(path.dirname(file), `.#${path.basename(file)}`);
    fs.symlinkSync('writer@laptop.4242:1700000000', lock);
    expect((await get(monograph)).status).toBe(200);
    fs.rmSync(lock);
    const fixed = await get(monograph);
    expect(fixed.status).toBe(200);
    expect(fixed.html).toContain('Common side effects, as just edited, include');
    expect(fixed.html).not.toContain('content problem');
  }, 120_000);
});
