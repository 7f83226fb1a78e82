import { describe, expect, it, vi } from 'vitest';
import type { ShareExtract } from '../../src/share/types.js';

// Benchmark labels worked out under Windows' path rules (node:path is path.win32 here, as it is for
// the tool on Windows), where CI on Linux never runs them: no drive, no user folder in a label.
vi.mock('node:path', async () => {
  const path = await vi.importActual<typeof import('node:path')>('node:path');
  return { ...path.win32, default: path.win32 };
});

const { distinctFileLabels, labelOfFile } = await import('../../src/cli/read-benchmark-input.js');

describe('benchmark labels under Windows path rules', () => {
  it('are the fewest folders that tell files of one name apart, with forward slashes', () => {
    const paths = ['C:\\Users\\jsmith\\OneDrive - Forum\\wrenford\\2026\\readiness.yaml', 'C:\\Users\\jsmith\\OneDrive - Forum\\eastcombe\\2026\\readiness.yaml', '\\\\fileserver\\forum\\alder\\readiness.yaml'];
    const inputs = paths.map((path) => ({ label: labelOfFile(path), file: path, path, named: true, extract: { label: labelOfFile(path) } as ShareExtract }));
    expect(distinctFileLabels(inputs).map((x) => x.label)).toEqual(['wrenford/2026/readiness', 'eastcombe/2026/readiness', 'alder/readiness']);
  });
});
