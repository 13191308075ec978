#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform-specific optional packages that the registry in use
 * does not serve (a mirror with Linux builds only), so that `npm ci` accepts the lock everywhere.
 *
 * `npm install` leaves an optional dependency out of the lock when the registry answers 404 for it,
 * but `npm ci` then refuses the lock ("Missing: @unrs/resolver-binding-darwin-arm64@ from lock
 * file"). Each missing package is added as an entry carrying only its version and the os/cpu/libc
 * read from its name; npm skips it on other platforms and fetches it by version on its own.
 * Run after `npm install` whenever dependencies change: `node scripts/complete-lockfile.mjs`.
 */
import fs from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OSES = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openharmony',
  'win32',
  'sunos',
  'netbsd',
  'openbsd',
  'aix',
];
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];

function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  if (tokens.includes('wasm32')) return { cpu: ['wasm32'] };
  const os = tokens.find((token) => OSES.includes(token));
  const cpu = tokens.find((token) => CPUS.includes(token));
  if (!os || !cpu) return null;
  const platform = { cpu: [cpu], os: [os] };
  if (os === 'linux') {
    if (tokens.some((token) => token.startsWith('musl'))) platform.libc = ['musl'];
    else if (tokens.some((token) => token.startsWith('gnu'))) platform.libc = ['glibc'];
  }
  return platform;
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location === '' ? '' : `${location}/`;
    if (packages[`${base}node_modules/${name}`] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) {
      console.error(
        `complete-lockfile: ${name} is missing from the lock and is not a platform package; run npm install`,
      );
      process.exitCode = 1;
      continue;
    }
    packages[`node_modules/${name}`] = {
      version,
      ...platform,
      ...(entry.dev ? { dev: true } : {}),
      license: entry.license,
      optional: true,
    };
    added++;
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
