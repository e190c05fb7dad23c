/**
 * The nginx test needs Debian's nginx with the brotli_static module: installs them where missing
 * (as root with apt-get, as Java and Chromium are), saying so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { aptInstall } from './apt-install';

if (process.argv.includes('--help')) {
  console.log('Usage: tsx scripts/setup/ensure-nginx.ts   (installs nginx and libnginx-mod-http-brotli-static where missing)');
  process.exit(0);
}

const hasNginx = () => {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return fs.readdirSync('/etc/nginx/modules-enabled').some((f) => f.includes('brotli-static'));
  } catch {
    return false;
  }
};

if (!hasNginx()) {
  aptInstall('nginx libnginx-mod-http-brotli-static', 'ensure-nginx: no nginx with brotli_static found');
  // Debian starts the packaged server on port 80; the tests start their own.
  try {
    execFileSync('nginx', ['-s', 'stop'], { stdio: 'ignore' });
  } catch {
    // it was not running
  }
}
if (!hasNginx()) {
  console.error('ensure-nginx: the nginx test needs nginx and its brotli_static module (Debian: apt-get install nginx libnginx-mod-http-brotli-static)');
  process.exit(1);
}
console.log('ensure-nginx: using the system nginx');
