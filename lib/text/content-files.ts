import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems';

/**
 * The boundary between the content folder and the loader: which files are medications, and their
 * text. Whatever a writer's editor or file system leaves there (a lock file, a link to nowhere, a
 * loop of links, a folder named like a file, a file saved in another encoding) becomes a located
 * message or is passed over as not content, never an exception.
 */

/** The files beside a page that are part of it (lib/claims): its claims register, completeness list and approved state. */
const companion = /\.(?:claims|requirements|approved)\.yaml$/;

/** Another spelling of a Markdown file name, refused with a message rather than skipped in silence. */
const otherMarkdownName = /\.(md|markdown|mdown|mkd|mkdn)$/i;

/**
 * Every `.md` file under `dir`, sorted, and what could not be listed. Hidden names (`.#x.md`, the
 * lock an editor keeps while a file is open; `.x.md.swp`) and backups (`x.md~`) are not content.
 * Links are followed once: a folder reached twice (a loop) is listed once.
 */
export function listMarkdownFiles(dir: string): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const relative = (p: string) => path.relative(process.cwd(), p);
  const walk = (folder: string) => {
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name.endsWith('~')) continue;
      const full = path.join(folder, entry.name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        if (otherMarkdownName.test(entry.name)) problems.push({ file: relative(full), field: 'file', message: 'is a link to a file that does not exist: remove the link' });
        continue;
      }
      if (stat.isDirectory()) walk(full);
      else if (!stat.isFile()) continue;
      else if (entry.name.endsWith('.md')) files.push(full);
      else if (companion.test(entry.name) && !fs.existsSync(full.replace(companion, '.md'))) {
        // A page's register, list or approved state with no page: the page was deleted or renamed, and a reviewed page leaves the site only by a review.
        problems.push({ file: relative(full), field: 'file', message: `belongs to ${entry.name.replace(companion, '.md')}, which is not there: a reviewed page comes off the site only when a review decides it (draft: true, with approves: ["taken off the site"]). Put the page back, or rename this file with it` });
      }
      else if (otherMarkdownName.test(entry.name)) {
        const rename = entry.name.replace(otherMarkdownName, '.md');
        problems.push({ file: relative(full), field: 'file name', message: `is not read: a medication file's name ends in .md (lowercase); rename it ${rename}` });
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { files: files.sort(), problems };
}

export type TextResult = { ok: true; text: string } | { ok: false; line: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A content file's text. A byte-order mark (which Windows editors add) is dropped; text that is not
 * UTF-8 (a Latin-1 "é") or that holds an invisible control character (NUL) is refused with its
 * line, since it would show as "�" or vanish.
 */
export function readTextFile(absolute: string): TextResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    return { ok: false, line: 1, message: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // The first byte that is not UTF-8: decode line by line until one fails.
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        utf8.decode(slice);
      } catch {
        return { ok: false, line, message: 'is not UTF-8 text (a character such as "é" was saved in another encoding): save the file as UTF-8' };
      }
      if (end === -1) break;
      start = end + 1;
    }
    return { ok: false, line: 1, message: 'is not UTF-8 text: save the file as UTF-8' };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  // Control characters, and the invisible ones that change a word or its direction without showing
  // (zero-width spaces, direction overrides); a zero-width joiner inside an emoji is left alone.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, line: text.slice(0, control.index).split('\n').length, message: `holds an invisible character (U+${code}) that would not show, or would change the text around it: delete it` };
  }
  // A word that mixes alphabets ("dо nоt" with a Cyrillic о) reads the same to a person and not to the checks.
  const mixed = /\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/u.exec(text);
  if (mixed) {
    return { ok: false, line: text.slice(0, mixed.index).split('\n').length, message: `has a word that mixes letters of two alphabets ("${mixed[0]}"): type it again in one alphabet` };
  }
  return { ok: true, text };
}
