import { execSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Installs a Debian package when this machine can (root with apt-get), saying what it does and
 * why. Returns false where it cannot or the install fails, so the caller can try something else.
 */
export function aptInstall(pkg: string, why: string): boolean {
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) return false;
  console.log(`${why}; installing Debian's ${pkg} package with apt-get (a minute or two)`);
  try {
    execSync(`apt-get update -qq && apt-get install -y -qq ${pkg}`, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    console.log(`apt-get could not install ${pkg}`);
    return false;
  }
}
