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
      if (CORE.test(rel)) expect(source, rel).not.toMatch(IO_IMPORT);
    }
  });

  // A core module that imports an IO module does IO too: the scoring once read the framework
  // catalogue through frameworks/catalog.ts, which the direct check above could not see.
  it('keeps IO out of everything the core imports, however indirectly', () => {
    expect(coreReachingIo(graph)).toEqual([]);
  });

  it('finds IO the core reaches through another module', () => {
    const core = join(SRC, 'scoring/x.ts');
    const between = join(SRC, 'frameworks/y.ts');
    const io = join(SRC, 'cli/z.ts');
    const reads = (file: string): boolean => file === io;
    expect(coreReachingIo(new Map([[core, [between]], [between, [io]], [io, []]]), reads)).toEqual(['scoring/x.ts -> frameworks/y.ts -> cli/z.ts']);
  });
});

const CORE = /^(scoring|report|history|questionnaire\/kinds)\//;
const IO_IMPORT = /from 'node:(fs|fs\/promises|child_process|net|http)'/;
/**
 * Modules that read files only to load code: in the bundle, the build replaces the schema validators
 * with compiled standalone code, so nothing is read at run time.
 */
const LOADS_CODE = new Set(['schema/validators.ts']);

/** Each core module that reaches a module doing IO, with the path of imports that leads there. */
function coreReachingIo(graph: Map<string, string[]>, doesIo = (file: string): boolean => !LOADS_CODE.has(relative(SRC, file)) && IO_IMPORT.test(readFileSync(file, 'utf8'))): string[] {
  const found: string[] = [];
  for (const start of graph.keys()) {
    if (!CORE.test(relative(SRC, start))) continue;
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
