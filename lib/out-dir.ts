import path from 'node:path';

/**
 * Where the export goes: out/, or OUT_DIR for a second site (fixture, benchmark), always as a path
 * inside the project relative to it: Next resolves its distDir from the project, so an absolute
 * OUT_DIR must not reach it as typed.
 */
export function outDir(): string {
  const raw = process.env.OUT_DIR?.trim() || 'out';
  const relative = path.relative(process.cwd(), path.resolve(raw));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`OUT_DIR: "${raw}" must be a folder inside the project, such as .e2e/site`);
  }
  return relative;
}
