/**
 * npm run gen:hosts — rewrites the host files the repository keeps: deploy/nginx-site.conf from the
 * route registry, and netlify.toml (the Infobutton rules, which Netlify reads only from the
 * repository's root) from content/. Unit tests fail when either is not what this writes.
 */
import fs from 'node:fs';
import { getSiteIndex } from '../../lib/content/content';
import { nginxConf, nginxConfPath } from '../hosts/nginx-conf';
import { infobuttonRules, netlifyToml, netlifyTomlPath } from '../hosts/infobutton-rules';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run gen:hosts   (writes deploy/nginx-site.conf from lib/site/routes.ts, and netlify.toml from content/)');
  process.exit(0);
}
fs.writeFileSync(nginxConfPath, nginxConf());
fs.writeFileSync(netlifyTomlPath, netlifyToml(infobuttonRules(getSiteIndex())));
console.log(`gen:hosts: wrote ${nginxConfPath} and ${netlifyTomlPath}`);
