import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every module of src/ and the modules it imports (type-only imports included: a circle is a circle). */
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
      const deps = [...source.matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
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
      if (/^(scoring|report|history|questionnaire\/kinds)\//.test(rel)) expect(source, rel).not.toMatch(/from 'node:(fs|fs\/promises|child_process|net|http)'/);
    }
  });
});
