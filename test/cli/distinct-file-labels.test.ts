import { describe, expect, it } from 'vitest';
import { distinctFileLabels, labelOfFile, type BenchmarkInput } from '../../src/cli/read-benchmark-input.js';
import type { ShareExtract } from '../../src/share/types.js';

/** An answers file read for benchmark, as far as its label goes. */
const file = (path: string): BenchmarkInput => {
  const label = labelOfFile(path);
  return { label, file: path, path, named: true, extract: { label } as ShareExtract };
};
const labels = (...paths: string[]): string[] => distinctFileLabels(paths.map(file)).map((x) => x.label);

describe('labels of answers files that share a base name', () => {
  it('are the fewest folders, nearest the file first, that tell each from the others', () => {
    expect(labels('/home/jsmith/forum/wrenford/readiness.yaml', '/home/jsmith/forum/eastcombe/readiness.yaml')).toEqual(['wrenford/readiness', 'eastcombe/readiness']);
    expect(labels('/x/a/2026/readiness.yaml', '/x/b/2026/readiness.yaml')).toEqual(['a/2026/readiness', 'b/2026/readiness']);
    // Each file takes as many as it needs: c is told apart by its nearest folder alone.
    expect(labels('/x/a/2026/readiness.yaml', '/x/b/2026/readiness.yaml', '/x/c/readiness.yaml')).toEqual(['a/2026/readiness', 'b/2026/readiness', 'c/readiness']);
  });

  it('leave a file whose name is its own as it is, and the same file given twice with one label', () => {
    expect(labels('/x/wrenford/readiness.yaml', '/x/eastcombe/readiness.yaml', '/x/eastcombe/other.yaml', '/x/wrenford/readiness.yaml')).toEqual(['wrenford/readiness', 'eastcombe/readiness', 'other', 'wrenford/readiness']);
  });

  it('stay apart when one file is in a folder the other is below', () => {
    expect(labels('/forum/readiness.yaml', '/forum/wrenford/forum/readiness.yaml')).toEqual(['forum/readiness', 'wrenford/forum/readiness']);
    expect(labels('/readiness.yaml', '/x/readiness.yaml')).toEqual(['readiness', 'x/readiness']);
  });

  it('give files of one folder that only their extensions tell apart its name, not their whole path', () => {
    expect(labels('/home/jsmith/forum/a/readiness.yaml', '/home/jsmith/forum/a/readiness.answers.yaml', '/home/jsmith/forum/b/readiness.yaml')).toEqual(['a/readiness', 'a/readiness', 'b/readiness']);
  });

  it('leave standard input as "stdin", beside a file of that name', () => {
    expect(labels('-', '/x/y/stdin.yaml')).toEqual(['stdin', 'y/stdin']);
  });
});
