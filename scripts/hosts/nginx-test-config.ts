/**
 * The shipped nginx files, made runnable on a test machine by one documented substitution: TLS on
 * 443 and 80 becomes plain HTTP on two loopback ports, the certificate lines go, and the install
 * paths (/var/www/medicines-explained/out, /etc/nginx/snippets/) become temporary ones. Nothing
 * else changes, so what the test serves is what an admin who follows docs/deployment.md serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nginxBuildFile } from './static-files';

export interface TestNginx {
  dir: string;
  /** The HTTPS server block, as plain HTTP. */
  port: number;
  /** The port-80 server block. */
  httpPort: number;
  mainConf: string;
  pidFile: string;
}

const installedOut = '/var/www/medicines-explained/out';
const installedSnippets = '/etc/nginx/snippets/';

export function substitute(text: string, paths: { snippets: string; out: string; nginxBuild: string }, ports?: { port: number; httpPort: number }): string {
  let result = text
    .replaceAll(`${installedOut}/${nginxBuildFile}`, paths.nginxBuild)
    .replaceAll(installedOut, paths.out)
    .replaceAll(installedSnippets, `${paths.snippets}/`);
  if (ports) {
    result = result
      .replace(/^\s*listen \[::\]:\d+[^;]*;\n/gm, '')
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${ports.port};`)
      .replace('listen 80;', `listen 127.0.0.1:${ports.httpPort};`)
      .replace(/^\s*ssl_certificate.*\n/gm, '');
  }
  return result;
}

/** Writes the test variant of deploy/ and a minimal main config into a temporary folder. */
export function writeTestNginx(outDir: string, port: number, httpPort: number): TestNginx {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'nginx-test-'));
  const snippets = path.join(dir, 'snippets');
  fs.mkdirSync(snippets);
  const out = path.resolve(outDir);
  const paths = { snippets, out, nginxBuild: path.join(dir, nginxBuildFile) };
  const copy = (from: string, to: string, ports?: { port: number; httpPort: number }) =>
    fs.writeFileSync(to, substitute(fs.readFileSync(from, 'utf8'), paths, ports));

  copy('deploy/nginx-security.conf', path.join(snippets, 'medicines-explained-security.conf'));
  copy('deploy/nginx-site.conf', path.join(snippets, 'medicines-explained-site.conf'));
  copy(path.join(out, nginxBuildFile), paths.nginxBuild);
  copy('deploy/medicines-explained.nginx', path.join(dir, 'medicines-explained.nginx'), { port, httpPort });

  const pidFile = path.join(dir, 'nginx.pid');
  const mainConf = path.join(dir, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name};`).join('\n');
  fs.writeFileSync(
    mainConf,
    `# Like Debian's /etc/nginx/nginx.conf, with everything it writes kept in ${dir}.
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${pidFile};
error_log ${dir}/error.log;
include /etc/nginx/modules-enabled/*.conf;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
${temp}
  include ${dir}/medicines-explained.nginx;
}
`,
  );
  return { dir, port, httpPort, mainConf, pidFile };
}
