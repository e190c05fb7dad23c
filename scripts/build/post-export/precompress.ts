import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The text files a host sends compressed (images and fonts are compressed already). */
export const compressible = ['.html', '.css', '.svg', '.xml', '.json', '.atom', '.txt', '.js'];

/**
 * Writes `file.br` and `file.gz` beside each text file, at the strongest settings (a build can
 * take its time; a reader's phone cannot). A static host or nginx (gzip_static, brotli_static)
 * then sends them as they are, and `npm start` does the same. Returns bytes before and after (br).
 */
export function precompress(files: string[]): { files: number; raw: number; brotli: number } {
  let raw = 0;
  let brotli = 0;
  let count = 0;
  for (const file of files) {
    if (!compressible.includes(path.extname(file))) continue;
    const data = fs.readFileSync(file);
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    const gz = gzipSync(data, { level: 9 });
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    raw += data.length;
    brotli += br.length;
    count++;
  }
  return { files: count, raw, brotli };
}
