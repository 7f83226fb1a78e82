import { describe, expect, it } from 'vitest';
import { diffFileNames } from '../../src/report/diff-file-names.js';

// How diff's papers name its two files (src/report/diff-file-names.ts): as shownPath does, and where
// the two would read the same, by the fewest nearest folders that tell them apart.
describe('diffFileNames', () => {
  const CWD = '/home/jsmith/council/work';

  it.each([
    // Inside the working folder: as given, whatever the other is.
    ['base/readiness.yaml', 'readiness.yaml', 'base/readiness.yaml', 'readiness.yaml'],
    ['base/readiness.yaml', 'now/readiness.yaml', 'base/readiness.yaml', 'now/readiness.yaml'],
    ['<stdin>', 'readiness.yaml', '<stdin>', 'readiness.yaml'],
    // Hidden, with names of their own: the name alone.
    ['/home/jsmith/2025.yaml', '/home/jsmith/2026.yaml', '2025.yaml', '2026.yaml'],
    ['<stdin>', '/home/jsmith/council/readiness.yaml', '<stdin>', 'readiness.yaml'],
    // One file named two ways: one name, the one given inside the working folder.
    ['/home/jsmith/council/work/base/readiness.yaml', 'base/readiness.yaml', 'base/readiness.yaml', 'base/readiness.yaml'],
    ['base/readiness.yaml', './base/../base/readiness.yaml', 'base/readiness.yaml', 'base/readiness.yaml'],
  ])('names %s and %s as %s and %s', (before, after, old, now) => {
    expect(diffFileNames(before, after, CWD)).toEqual({ old, new: now });
  });

  it.each([
    ['/tmp/x/base/readiness.yaml', '/tmp/x/now/readiness.yaml', 'base/readiness.yaml', 'now/readiness.yaml'],
    ['/srv/a/2025/readiness.yaml', '/srv/b/2025/readiness.yaml', 'a/2025/readiness.yaml', 'b/2025/readiness.yaml'],
    // Climbing out, read from the working folder: ../readiness.yaml is in council.
    ['../base/readiness.yaml', '../readiness.yaml', 'base/readiness.yaml', 'council/readiness.yaml'],
    ['../readiness.yaml', 'readiness.yaml', 'council/readiness.yaml', 'readiness.yaml'],
    ['base/../../readiness.yaml', '/tmp/readiness.yaml', 'council/readiness.yaml', 'tmp/readiness.yaml'],
    // One inside, read the same as the other's name: the other takes a folder.
    ['/tmp/x/base/readiness.yaml', 'readiness.yaml', 'base/readiness.yaml', 'readiness.yaml'],
    // A file with fewer folders than needed keeps those it has; the other goes on past them.
    ['/x/readiness.yaml', '/a/x/readiness.yaml', 'x/readiness.yaml', 'a/x/readiness.yaml'],
    ['C:\\Users\\jsmith\\OneDrive - Wrenford\\2025\\readiness.yaml', 'C:\\Users\\jsmith\\OneDrive - Wrenford\\2026\\readiness.yaml', '2025/readiness.yaml', '2026/readiness.yaml'],
    ['C:\\council\\readiness.yaml', 'D:\\council\\readiness.yaml', 'C:/council/readiness.yaml', 'D:/council/readiness.yaml'],
    ['~/base/readiness.yaml', '~/readiness.yaml', 'base/readiness.yaml', 'readiness.yaml'],
  ])('tells apart %s and %s, which share a name: %s and %s', (before, after, old, now) => {
    expect(diffFileNames(before, after, CWD)).toEqual({ old, new: now });
  });

  it.each([
    ['/home/jsmith/council/readiness.yaml', '/home/jsmith/council/readiness.yaml'],
    ['/home/jsmith/council/./readiness.yaml', '/home/jsmith/council/readiness.yaml'],
    ['../readiness.yaml', '/home/jsmith/council/readiness.yaml'],
    ['readiness.yaml', '/home/jsmith/council/work/readiness.yaml'],
  ])('gives one name to one file given twice: %s and %s', (before, after) => {
    expect(diffFileNames(before, after, CWD)).toEqual({ old: 'readiness.yaml', new: 'readiness.yaml' });
  });
});
