// The licence notices of the third-party code in the bundles (THIRD-PARTY-NOTICES.txt), made by
// scripts/build.mjs from esbuild's metafiles: the MIT, ISC and BSD licences of bundled packages
// ask for their notice to travel with every copy, and the bundles keep no comments.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The package folders (relative to the root, / separated) that a metafile's input paths come from. */
export function packagesOf(inputPaths) {
  const folders = new Set();
  for (const raw of inputPaths) {
    const input = raw.replace(/\\/g, '/');
    // The last node_modules on the path: a package nested in another's node_modules is its own.
    const at = input.lastIndexOf('node_modules/');
    const name = at < 0 ? null : /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.slice(at));
    if (name) folders.add(`${input.slice(0, at)}node_modules/${name[1]}`);
  }
  return [...folders].sort();
}

/** A dependency's folder as Node would find it from `folder`: in its own node_modules, or a parent's. */
function dependencyFolder(root, folder, name) {
  for (let at = folder; ; ) {
    const candidate = `${at}/node_modules/${name}`;
    if (existsSync(join(root, candidate, 'package.json'))) return candidate;
    const up = at.lastIndexOf('/node_modules/');
    if (up < 0) return existsSync(join(root, 'node_modules', name, 'package.json')) ? `node_modules/${name}` : undefined;
    at = at.slice(0, up);
  }
}

/**
 * The bundled packages and, with them, every installed package they depend on (transitively) that
 * esbuild did not bundle: a package may ship its dependencies inside its own files, as docx ships
 * jszip, pako, sax and others in dist/index.cjs, where no metafile sees them. Listing one that was
 * only left out costs a page of text; leaving out one that is there breaks its licence.
 */
export function withDependencies(root, folders) {
  const all = new Set(folders);
  const todo = [...folders];
  while (todo.length > 0) {
    const folder = todo.pop();
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      // Type declarations are never code.
      if (name.startsWith('@types/')) continue;
      const found = dependencyFolder(root, folder, name);
      if (found && !all.has(found)) {
        all.add(found);
        todo.push(found);
      }
    }
  }
  return [...all].sort();
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** A package.json's licence in words: `license`, or the older `licenses` list. */
function licenceOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'not stated';
}

/**
 * The licence section of a README (a heading named "Licence" or "License", down to the next heading
 * of its level or above), for a package that keeps its notice there and ships no licence file, as
 * hash.js and isarray do: the copyright line and permission text the MIT licence asks to go along.
 */
export function readmeLicence(readme) {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#{1,6}\s*licen[cs]e\b/i.test(l));
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start])[0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+/.test(l) && /^#+/.exec(l)[0].length <= level);
  const text = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  return text === '' ? null : text;
}

/** One package's name, version, licence and the text of its licence files (or its README's licence section). */
export function packageNotice(root, folder) {
  const dir = join(root, folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  const files = entries.filter((f) => LICENCE_FILE.test(f)).sort();
  const texts = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8').trim() }));
  if (texts.length === 0) {
    const readme = entries.find((f) => /^readme(\.(md|markdown|txt))?$/i.test(f));
    const section = readme === undefined ? null : readmeLicence(readFileSync(join(dir, readme), 'utf8'));
    if (section !== null) texts.push({ file: `${readme} (its licence section)`, text: section });
  }
  return { name: manifest.name, version: manifest.version, licence: licenceOf(manifest), texts };
}

/** The whole file: a heading, then each package once (by name and version), in name order. */
export function noticesText(root, folders) {
  const seen = new Map();
  for (const folder of folders) {
    const notice = packageNotice(root, folder);
    seen.set(`${notice.name}@${notice.version}`, notice);
  }
  const notices = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const rule = '-'.repeat(78);
  const parts = [
    'cyber-ready: third-party notices',
    '',
    'The files in dist/ bundle code from the packages below, each under its own licence, given here',
    'with the text of its licence files. It lists the packages esbuild bundled and every package',
    'they depend on, which some ship inside their own files. cyber-ready itself is under the licence',
    'in LICENSE.',
    '',
    ...notices.map((n) => `${n.name}@${n.version} (${n.licence})`),
  ];
  for (const n of notices) {
    parts.push('', rule, `${n.name}@${n.version}`, `Licence: ${n.licence}`, '');
    if (n.texts.length === 0) parts.push(`(The package has no licence file; its package.json gives the licence as ${n.licence}.)`);
    for (const { file, text } of n.texts) parts.push(`${file}:`, '', text, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
