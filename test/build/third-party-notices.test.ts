// The bundles hold third-party code under MIT, ISC, BSD-3-Clause and BlueOak licences, which ask for
// their notices to go with every copy; the bundles keep no comments, so the build writes them into
// THIRD-PARTY-NOTICES.txt, published with the package (scripts/third-party-notices.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const notices = () => readFileSync(join(repoRoot, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
// Written by the build from esbuild's metafiles: every package with code in a dist/ bundle.
const bundled = () => JSON.parse(readFileSync(join(repoRoot, 'node_modules/.cache/cyber-ready/bundled-packages.json'), 'utf8')) as string[];
const manifest = (folder: string) => JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };

describe('THIRD-PARTY-NOTICES.txt', () => {
  it('names every package in the bundles, with its version, licence and licence text', () => {
    const text = notices();
    expect(bundled()).toContain('node_modules/docx');
    for (const folder of bundled()) {
      const { name, version, license } = manifest(folder);
      expect(text, folder).toContain(`\n${name}@${version} (${license})\n`);
      const licenceFiles = readdirSync(join(repoRoot, folder)).filter((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
      for (const file of licenceFiles) expect(text, `${folder}/${file}`).toContain(readFileSync(join(repoRoot, folder, file), 'utf8').trim());
    }
  });

  it('names the packages docx ships inside its own bundle, which no metafile sees', () => {
    const text = notices();
    for (const name of ['jszip', 'pako', 'sax', 'xml-js']) expect(text).toMatch(new RegExp(`\\n${name}@\\d`));
    expect(text).toMatch(/\nsax@[\d.]+ \(BlueOak-1\.0\.0\)\n/);
  });

  it("gives a notice for every package, from its README's licence section where it has no licence file", () => {
    const text = notices();
    // hash.js and isarray keep their MIT copyright and permission text in their README only.
    expect(text).not.toContain('has no licence file');
    const entry = (name: string): string => text.slice(text.indexOf(`\n${name}@`, text.indexOf('-'.repeat(78))));
    expect(entry('hash.js')).toMatch(/^\nhash\.js@[^\n]+\nLicence: MIT\n\nREADME\.md \(its licence section\):\n\n[^]*Copyright Fedor Indutny/);
    expect(entry('isarray')).toMatch(/^\nisarray@[^\n]+\nLicence: MIT\n\nREADME\.md \(its licence section\):\n\n[^]*Copyright \(c\) 2013 Julian Gruber/);
  });

  it('is in the published package', () => {
    // --ignore-scripts: npm pack would otherwise run prepare, which rebuilds dist/.
    const listed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 })) as { files: { path: string }[] }[];
    expect(listed[0]?.files.map((f) => f.path)).toContain('THIRD-PARTY-NOTICES.txt');
  }, 120_000);
});
