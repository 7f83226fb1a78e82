import { describe, expect, it } from 'vitest';
import { shownPath } from '../../src/report/shown-path.js';

// The one rule every paper for people names the answers file by (src/report/shown-path.ts).
describe('shownPath', () => {
  it.each([
    ['readiness.yaml', 'readiness.yaml'],
    ['council/readiness.yaml', 'council/readiness.yaml'],
    ['./council/readiness.yaml', './council/readiness.yaml'],
    ['council\\readiness.yaml', 'council\\readiness.yaml'],
    ['<stdin>', '<stdin>'],
  ])('keeps a path inside the working folder as given: %s', (file, shown) => {
    expect(shownPath(file)).toBe(shown);
  });

  it.each([
    ['/home/jsmith/council/readiness.yaml', 'readiness.yaml'],
    ['../../jsmith/council/readiness.yaml', 'readiness.yaml'],
    ['council/../../readiness.yaml', 'readiness.yaml'],
    // Through a link, council/.. need not be the working folder: any ".." is left out.
    ['council/../readiness.yaml', 'readiness.yaml'],
    ['~/council/readiness.yaml', 'readiness.yaml'],
    ['C:\\Users\\jsmith\\OneDrive - Wrenford Council\\readiness.yaml', 'readiness.yaml'],
    ['c:/Users/jsmith/readiness.yaml', 'readiness.yaml'],
    ['C:readiness.yaml', 'readiness.yaml'],
    ['\\\\fileserver\\it\\readiness.yaml', 'readiness.yaml'],
    ['..\\council\\readiness.yaml', 'readiness.yaml'],
  ])('names an absolute path, or one that climbs, by its file name alone: %s', (file, shown) => {
    expect(shownPath(file)).toBe(shown);
  });
});
