// A year on from a bundled example, for the diff papers' tests: a folder with new/readiness.yaml (the
// example as it is) and old/readiness.yaml (assessed a year earlier, a few answers otherwise), each
// beside a copy of the example's system files. Between the two days the council example's waiver on
// base-pci-dss expired and its answer to risk-corporate-register fell due for review.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './cli.js';

export const YEAR_ON_TODAY = '2026-12-05';

/** What the earlier file answered otherwise, as [as the example has it, as it was a year earlier]. */
const EARLIER: Record<string, [string, string][]> = {
  'council-cyber-resilience': [
    ['  gov-siro: yes\n', '  gov-siro: no\n'],
    ['  gov-member-reporting: ad-hoc ', '  gov-member-reporting: never  '],
    ['  risk-appetite: planned\n', '  risk-appetite: in-place\n'],
  ],
  'caf-local-government': [
    ['      A1.a.A.2: true\n', '      A1.a.A.2: false\n'],
    ['          B1.a.PA.2: true\n', '          B1.a.PA.2: false\n'],
  ],
};

/**
 * The pair for `example`, in a new folder. `both` changes the text of both files alike (a hostile
 * organisation's name, a system's title), `earlier` the earlier file's alone (more answers that were
 * otherwise); each must change something.
 */
export function exampleYearOn(example: keyof typeof EARLIER, edits: { both?: (text: string) => string; earlier?: (text: string) => string } = {}): string {
  const { both, earlier: before } = edits;
  const dir = mkdtempSync(join(tmpdir(), `cyber-ready-year-on-${example}-`));
  const original = readFileSync(join(repoRoot, 'examples', `${example}.answers.yaml`), 'utf8');
  const text = both ? both(original) : original;
  if (both) expect(text).not.toBe(original);
  let earlier = text.replace(/^assessedOn: .*$/m, 'assessedOn: 2025-11-05');
  for (const [now, then] of EARLIER[example] ?? []) {
    expect(earlier).toContain(now);
    earlier = earlier.replace(now, then);
  }
  if (before) {
    const edited = before(earlier);
    expect(edited).not.toBe(earlier);
    earlier = edited;
  }
  for (const [side, content] of [['old', earlier], ['new', text]] as const) {
    mkdirSync(join(dir, side));
    cpSync(join(repoRoot, 'examples', 'systems'), join(dir, side, 'systems'), { recursive: true });
    writeFileSync(join(dir, side, 'readiness.yaml'), content);
  }
  return dir;
}
