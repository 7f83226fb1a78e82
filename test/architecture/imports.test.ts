import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * Every module of src/ and the modules it imports, type-only and dynamic imports included: a circle
 * is a circle. (cli/context.ts loads cli/offered-questionnaires.ts with import(), and that module
 * imported the context's type back: a circle `npx madge --circular` saw and this test did not.)
 */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(SRC);
  return new Map(
    files.map((file) => {
      const source = readFileSync(file, 'utf8');
      const deps = [...source.matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => resolve(dirname(file), (m[1] ?? m[2])!.replace(/\.js$/, '.ts')));
      return [file, deps];
    }),
  );
}

function circles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const at = stack.indexOf(next);
      if (at >= 0) found.push([...stack.slice(at), next].map((f) => relative(SRC, f)).join(' -> '));
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(node);
  };
  for (const node of graph.keys()) if (!done.has(node)) visit(node);
  return found;
}

describe('the shape of src/', () => {
  const graph = importGraph();

  it('has no import circles', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(circles(new Map([[a, [b]], [b, [a]]]))).toEqual(['a.ts -> b.ts -> a.ts']);
  });

  it('keeps the prompt library in the prompter and IO out of the core', () => {
    for (const [file, _] of graph) {
      const rel = relative(SRC, file);
      const source = readFileSync(file, 'utf8');
      if (!rel.startsWith('answers/prompter') && !rel.startsWith('answers/plain-prompter')) expect(source, rel).not.toMatch(/from '@inquirer\//);
      // The Word library is a bundle of its own (dist/docx.cjs), loaded only through report/docx.ts.
      if (!rel.startsWith('report/docx')) expect(source, rel).not.toMatch(/from 'docx'/);
      if (isCore(rel)) expect(source, rel).not.toMatch(IO_IMPORT);
    }
  });

  // A core module that imports an IO module does IO too: the scoring once read the framework
  // catalogue through frameworks/catalog.ts, which the direct check above could not see.
  it('keeps IO out of everything the core imports, however indirectly', () => {
    expect(coreReachingIo(graph)).toEqual([]);
  });

  // The exceptions stay the ones that need to be: a module named there that no longer does IO is core.
  it('lets out of the core only modules that do IO, directly or through what they import', () => {
    for (const rel of Object.keys(NOT_CORE)) {
      const file = join(SRC, rel);
      expect(graph.has(file), rel).toBe(true);
      expect(reachesIo(graph, file), rel).toBe(true);
    }
  });

  it('finds IO the core reaches through another module', () => {
    const core = join(SRC, 'scoring/x.ts');
    const between = join(SRC, 'frameworks/y.ts');
    const io = join(SRC, 'cli/z.ts');
    const reads = (file: string): boolean => file === io;
    expect(coreReachingIo(new Map([[core, [between]], [between, [io]], [io, []]]), reads)).toEqual(['scoring/x.ts -> frameworks/y.ts -> cli/z.ts']);
  });
});

/**
 * The core: the model and everything computed from it (STYLE: read, compute, write; core free of IO).
 * Every module under these folders is core unless it is named below with the reason it may do IO.
 */
const CORE_FOLDERS = /^(scoring|report|history|share|benchmark|questionnaire|answers)\//;
const NOT_CORE: Record<string, string> = {
  'questionnaire/compiled.ts': "reads the build's compiled questionnaires (read-compiled.ts)",
  'answers/prompter.ts': 'the guided walk on a terminal that redraws: the prompt library',
  'answers/prompter-library.ts': 'the prompt library itself',
  'answers/prompter-checkbox.ts': 'a prompt: tells a double key press by the clock',
  'answers/prompter-typed.ts': "a prompt: is handed the prompt library's functions",
  'answers/prompter-outcome.ts': "a prompt: is handed the prompt library's functions",
  'answers/plain-prompter.ts': 'the guided walk line by line: reads the terminal (node:readline)',
};
const isCore = (rel: string): boolean => CORE_FOLDERS.test(rel) && !(rel in NOT_CORE);
/**
 * What a core module must not do: touch files, processes or the network, or read what differs from
 * run to run, which `run(argv, io)` hands in (io carries the clock; bin/ alone touches `process`):
 * the clock (`Date.now()`, `new Date()` with nothing to parse), the environment, chance.
 */
const IO_IMPORT = /from 'node:(fs|fs\/promises|child_process|net|http|readline|tty|os)'|\bDate\.now\(|\bnew Date\(\s*\)|\bprocess\.|\bMath\.random\(|\bperformance\.now\(/;
/**
 * Modules that read files only to load code: in the bundle, the build replaces the schema validators
 * with compiled standalone code, so nothing is read at run time.
 */
const LOADS_CODE = new Set(['schema/validators.ts']);

/** Whether `start` does IO or imports, however indirectly, a module that does. */
function reachesIo(graph: Map<string, string[]>, start: string): boolean {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (IO_IMPORT.test(readFileSync(file, 'utf8')) || /from '@inquirer\//.test(readFileSync(file, 'utf8'))) return true;
    for (const next of graph.get(file) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** Each core module that reaches a module doing IO, with the path of imports that leads there. */
function coreReachingIo(graph: Map<string, string[]>, doesIo = (file: string): boolean => !LOADS_CODE.has(relative(SRC, file)) && IO_IMPORT.test(readFileSync(file, 'utf8'))): string[] {
  const found: string[] = [];
  for (const start of graph.keys()) {
    if (!isCore(relative(SRC, start))) continue;
    // Breadth first, so the path reported is a shortest one.
    const from = new Map<string, string | undefined>([[start, undefined]]);
    const queue = [start];
    while (queue.length) {
      const file = queue.shift()!;
      if (file !== start && doesIo(file)) {
        const path: string[] = [];
        for (let at: string | undefined = file; at !== undefined; at = from.get(at)) path.unshift(relative(SRC, at));
        found.push(path.join(' -> '));
        break;
      }
      for (const next of graph.get(file) ?? []) {
        if (!from.has(next)) {
          from.set(next, file);
          queue.push(next);
        }
      }
    }
  }
  return found;
}
