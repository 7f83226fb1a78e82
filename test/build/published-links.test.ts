// The README ships in the package and is what npm and an installed copy show: every file it links to
// (and every file the guides it links to link to) must ship too, or the link is broken there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

/** The relative links of a markdown file (not web addresses, not anchors), as paths from the package root. */
function fileLinks(file: string): string[] {
  const prose = readFileSync(join(repoRoot, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] as string).split('#')[0] as string)
    .filter((l) => l !== '' && !/^[a-z]+:/.test(l))
    .map((l) => normalize(join(dirname(file), l)).split('\\').join('/'));
}

let shipped: string[];
beforeAll(() => {
  // --ignore-scripts: npm pack would otherwise run prepare, which rebuilds dist/.
  const listed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 })) as { files: { path: string }[] }[];
  shipped = listed[0]?.files.map((f) => f.path) ?? [];
}, 120_000);

describe('the published package', () => {
  it('holds every file the README links to, and every file the guides it links to link to', () => {
    const fromReadme = fileLinks('README.md');
    expect(fromReadme).toContain('docs/writing-questionnaires.md');
    const guides = fromReadme.filter((l) => l.endsWith('.md'));
    const all = [...new Set([...fromReadme, ...guides.flatMap(fileLinks)])];
    expect(shipped).toContain('README.md');
    expect(all.filter((l) => !shipped.includes(l))).toEqual([]);
  });
});
