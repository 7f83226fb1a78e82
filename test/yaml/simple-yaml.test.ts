// The simple reader (src/yaml/simple-yaml.ts) against the full parser: whenever it reads a file, it
// must give exactly the data and the places that the full parser gives, and the full parser must
// find nothing wrong with it. Checked on every YAML file in the repository and on generated
// documents, many of them broken a little on purpose. PROPERTY_RUNS=20000 searches harder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlFully } from '../../src/yaml/load-yaml.js';
import { readSimpleYaml } from '../../src/yaml/simple-yaml.js';
import { repoRoot } from '../helpers/cli.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500);

/** Every JSON pointer in the data, and a few that lead nowhere (their places are the nearest ancestor's). */
function pointersOf(data: unknown, pointer = ''): string[] {
  const out = [pointer, `${pointer}/no-such-key`, `${pointer}/7`];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...pointersOf(v, `${pointer}/${i}`)));
  else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) out.push(...pointersOf(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`));
  }
  return out;
}

/**
 * The data as plain JSON with every detail that matters spelt out: key order, null prototypes, and
 * numbers exactly (-0, NaN). (toStrictEqual compares `.constructor`, which is data in these files.)
 */
function exact(data: unknown): unknown {
  if (Array.isArray(data)) return { array: data.map(exact) };
  if (data !== null && typeof data === 'object') return { proto: Object.getPrototypeOf(data) === null ? 'null' : 'object', entries: Object.entries(data).map(([k, v]) => [k, exact(v)]) };
  if (typeof data === 'number') return { number: Object.is(data, -0) ? '-0' : String(data) };
  return data;
}

/** 'read' when the simple reader read the text (and agreed with the full parser), 'left' when it left it. */
function compare(text: string): 'read' | 'left' {
  const simple = readSimpleYaml(text);
  if (!simple) return 'left';
  const full = parseYamlFully(text, 'doc.yaml');
  const context = `\n--- text ---\n${text}\n------------\n${JSON.stringify(text)}`;
  expect(full.diagnostics, context).toEqual([]);
  expect(exact(simple.data), context).toEqual(exact(full.data));
  for (const pointer of pointersOf(full.data)) {
    expect(simple.places.of(pointer), `of(${pointer})${context}`).toEqual(full.positions.of(pointer));
    expect(simple.places.keyOf(pointer), `keyOf(${pointer})${context}`).toEqual(full.positions.keyOf(pointer));
  }
  return 'read';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') || name === 'dist' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('the simple YAML reader gives what the full parser gives', () => {
  const files = yamlFiles(repoRoot);

  it.each(files.map((f) => relative(repoRoot, f)))('%s', (file) => {
    const bytes = readFileSync(join(repoRoot, file));
    compare(bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n'));
  });

  it('reads the files people write: every example, bundled questionnaire and valid fixture', () => {
    // By the path in the repository: the checkout's own folder may have any name ("hostile" too).
    const common = files.filter((f) => /^(examples|questionnaires|frameworks|test\/fixtures\/valid)\//.test(relative(repoRoot, f)) && !relative(repoRoot, f).includes('hostile'));
    expect(common.length).toBeGreaterThan(10);
    for (const file of common) expect(compare(readFileSync(file, 'utf8')), file).toBe('read');
  });

  it('and through parseYaml, the same diagnostics-free result', () => {
    const text = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    const viaSimple = parseYaml(text, 'a.yaml');
    const viaFull = parseYamlFully(text, 'a.yaml');
    expect(exact(viaSimple.data)).toEqual(exact(viaFull.data));
    expect(viaSimple.diagnostics).toEqual(viaFull.diagnostics);
    expect(viaSimple.positions).not.toBe(viaFull.positions);
  });

  it.each([
    ['comments, blank lines and CRLF', 'a: 1 # one\r\n\r\n# gap\r\nb:\r\n  - x\r\n  -   # empty\r\n  - y: 2\r\n    z: [p, "q", \'r\']\r\n'],
    ['empty values in every position', 'a:\nb:   # c\nc:\n  -\n  - \n  -  # x\nd: {}\ne: []\n'],
    ['a sequence at the same column as its key', 'list:\n- a\n- b: 1\n  c: 2\nnext: 3\n'],
    ['block scalars', 'a: |\n  one\n    two\n\n  three\n\nb: >-\n  folded\n  line\n\n  para\nc: >\n  x\n'],
    ['flow collections with words that have colons', 'refs: [caf-4.0:A1, ncsc-10-steps:risk]\nopts: [{ value: a, label: "A b", score: 0.5 }, { value: none, exclusive: true }]\n'],
    ['core schema values', 'a: [~, null, Null, true, FALSE, 0o17, 0x1F, -12, +3, 1e3, .5, 1., .inf, -.Inf, .NaN, 2026-11-23, 1.1.0, yes, no]\n'],
    ['the nine null and boolean words, and words like them, in block and flow', [
      ...['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'nULL', 'tRUE', 'FAlse', 'truely', 'nil'].map((w, i) => `k${i}: ${w}\n`),
      'flow: [null, Null, NULL, true, True, TRUE, false, False, FALSE, tRue]\n',
    ].join('')],
    ['single quotes with a doubled quote inside', "a: 'it''s'\nb: ['don''t', '''']\n"],
  ])('reads %s', (_, text) => {
    expect(compare(text)).toBe('read');
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['escapes', 'a: "tab\\there"\n'],
    ['a tab', 'a:\t1\n'],
    ['a document marker', '---\na: 1\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['a mapping in a value', 'a: b: c\n'],
    ['a key that is a number', '1: a\n'],
    // Each of these the full parser refuses (or reads otherwise): reading them here would let a broken file through.
    ['a key over 1024 characters', `${'k'.repeat(1025)}: 1\n`],
    ['a flow key over 1024 characters', `a: {${'k'.repeat(1025)}: 1}\n`],
    ['a value that ends with a colon', 'a: b:\n'],
    ['a lone dash in a flow sequence', 'a: [-]\n'],
    ['a dash and a space in a flow sequence', 'a: [- b]\n'],
    ['a CR inside a line', 'a: x\ry\n'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(compare(text)).toBe('left');
  });
});

// ---------------------------------------------------------------------------------------------
// Generated documents: a random tree written in random styles, sometimes broken on purpose.

/**
 * Characters JavaScript's trim() and \s take as white space but YAML takes as content: the no-break
 * space pasted from Word or Teams, the other Unicode spaces, the byte order mark.
 */
const UNICODE_SPACES = ['\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u3000', '\ufeff'];

const KEYS = ['a', 'b', 'id', 'q-1', 'x_y', '$schema', 'a.b', 'a/b', 'k~1', '1', 'true', 'null', 'yes', 'é', 'a b', 'key'];
// Values people write, and then values that test the edges of plain YAML.
const PLAIN = ['a', 'in-place', 'yes', 'no', 'true', '12', '0.5', '2026-11-23', '1.1.0', 'Head of ICT', 'caf-4.0:A1', "it's", 'say "hi"', 'a,b', 'p\nq\n'];
const SCALARS = [...PLAIN,
  '', 'a', 'yes', 'no', 'true', 'True', 'null', '~', '0', '-0', '+1', '0o17', '0x1F', '1e3', '.5', '1.', '.inf', '-.Inf', '.nan', '2026-11-23',
  '1.1.0', 'a b', 'a: b', 'a #b', 'a#b', '#x', '- x', '-x', 'caf-4.0:A1', 'x:', ':x', '[a]', '{a}', "it's", 'say "hi"', 'back\\slash', 'é ü',
  '日本', '   lead', 'trail   ', ...UNICODE_SPACES.flatMap((c) => [`21${c}`, c, `${c}lead`, `a${c}b`, `x${c}`]), '@x', '`x', '%x', '!x', '&x', '*x', '|', '>', '?x', ',x', 'a,b', '---', '...', 'a  b', 'one\ntwo', 'p\n\nq\n',
];

/** A small seeded generator, so a failure names the seed that made it. */
function generator(seed: number) {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number): boolean => next() < p;

  type Tree = string | Tree[] | { [key: string]: Tree };
  const scalars = chance(0.5) ? PLAIN : SCALARS;
  const keys = chance(0.5) ? KEYS.slice(0, 7) : KEYS;
  const tree = (depth: number): Tree => {
    const r = next();
    if (depth > 3 || r < 0.45) return pick(scalars);
    if (r < 0.7) return Array.from({ length: int(4) }, () => tree(depth + 1));
    const obj: Record<string, Tree> = {};
    for (let i = int(4) + 1; i > 0; i--) obj[pick(keys)] = tree(depth + 1);
    return obj;
  };

  const comment = (): string => (chance(0.15) ? `${chance(0.2) ? pick(UNICODE_SPACES) : ''}${' '.repeat(1 + int(2))}# note${chance(0.3) ? ': x' : ''}` : '');
  const quote = (v: string): string => (chance(0.5) ? `'${v.replaceAll("'", "''")}'` : `"${v}"`);
  const scalarInline = (v: string): string => (chance(0.3) ? quote(v) : v);
  const flow = (t: Tree): string => {
    if (typeof t === 'string') return scalarInline(t);
    if (Array.isArray(t)) return `[${t.map(flow).join(chance(0.8) ? ', ' : ',')}]`;
    const sep = chance(0.1) ? `,${pick(UNICODE_SPACES)} ` : ', ';
    return `{ ${Object.entries(t).map(([k, v]) => `${k}: ${flow(v)}`).join(sep)} }`;
  };

  /** Lines for `t` as the value after a key or dash at column `indent`: [text after the indicator, ...lines below]. */
  const value = (t: Tree, indent: number, underKey: boolean): [string, string[]] => {
    // A sequence under a key may sit at the key's own column.
    const inner = underKey && Array.isArray(t) && chance(0.3) ? indent : indent + 2 + (chance(0.1) ? 1 : 0);
    const pad = ' '.repeat(inner);
    if (typeof t === 'string') {
      if (t.includes('\n') || chance(0.1)) {
        const header = pick(['|', '|-', '>', '>-']);
        return [header + comment(), t.split('\n').map((l) => (l === '' ? '' : pad + l))];
      }
      return [scalarInline(t) + comment(), []];
    }
    if (chance(0.25)) return [flow(t) + comment(), []];
    const lines = block(t, inner);
    return [comment().trimStart(), lines];
  };

  const block = (t: Tree, indent: number): string[] => {
    const pad = ' '.repeat(indent);
    const out: string[] = [];
    if (chance(0.1)) out.push(`${' '.repeat(int(6))}# a comment line`);
    if (chance(0.1)) out.push('');
    if (typeof t === 'string') return [pad + scalarInline(t)];
    if (Array.isArray(t)) {
      if (t.length === 0) return [`${pad}[]`];
      for (const item of t) {
        const [first, below] = value(item, indent, false);
        out.push(`${pad}-${first ? ` ${first}` : ''}`, ...below);
      }
      return out;
    }
    for (const [k, v] of Object.entries(t)) {
      const [first, below] = value(v, indent, true);
      out.push(`${pad}${k}:${first ? ` ${first}` : ''}`, ...below);
    }
    return out;
  };

  const doc = (): string => {
    const root: Record<string, Tree> = {};
    for (let i = int(5) + 1; i > 0; i--) root[pick(keys)] = tree(1);
    let text = `${block(root, 0).join('\n')}\n`;
    if (chance(0.15)) text = text.replaceAll('\n', '\r\n');
    // Broken a little: characters put in or taken out, a line indented, doubled or moved.
    for (let n = chance(0.4) ? 1 + int(3) : 0; n > 0; n--) {
      const at = int(text.length);
      const lines = text.split('\n');
      const line = int(lines.length);
      switch (int(5)) {
        case 0:
          text = text.slice(0, at) + pick([...UNICODE_SPACES, ' ', '\n', ':', '-', '#', '"', "'", '[', '{', '}', ',', 'x', '  ', '|', '>', '&', '*', '!']) + text.slice(at);
          break;
        case 1:
          text = text.slice(0, at) + text.slice(at + 1);
          break;
        case 2:
          lines[line] = ` ${lines[line]}`;
          text = lines.join('\n');
          break;
        case 3:
          lines.splice(line, 0, lines[line]!);
          text = lines.join('\n');
          break;
        default:
          lines.splice(line, 2, ...lines.slice(line, line + 2).reverse());
          text = lines.join('\n');
      }
    }
    return text;
  };
  return { doc };
}

describe('characters JavaScript counts as white space', () => {
  // Every code point \s matches, in each place a trim could take it for nothing: the reader must
  // leave the document to the full parser or read exactly what the full parser reads.
  const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/.test(c) && !'\n\r'.includes(c));
  it('are all known', () => {
    expect(spaces.map((c) => c.codePointAt(0)!.toString(16))).toEqual(['9', 'b', 'c', '20', 'a0', '1680', '2000', '2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2009', '200a', '2028', '2029', '202f', '205f', '3000', 'feff']);
  });
  const places = (c: string): string[] => [
    `a: 21${c}\n`, `a: ${c}\n`, `a:${c}\n`, `a: ${c}21\n`, `a: x${c}y\n`, `a: [x${c}, y]\n`, `a: [x,${c}y]\n`, `a: {k: v${c}}\n`,
    `a: x${c}# c\n`, `a: x${c} # c\n`, `a: 1 # c${c}\n`, `${c}a: 1\n`, `a${c}: 1\n`, `a: 1\n${c}\nb: 2\n`, `- x${c}\n`, `a: '${c}'\n`, `a: |\n  x${c}\n`,
  ];
  it.each(spaces.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s', (_, c) => {
    for (const text of places(c)) compare(text);
    // The case seen: a trailing no-break space read as nothing gave a number the parser calls text.
    if (c !== ' ') expect(compare(`a: 21${c}\n`)).toBe('left');
  });
});

describe('on generated documents', () => {
  it('agrees with the full parser whenever it reads one, and reads most well-formed ones', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        if (compare(generator(seed).doc()) === 'read') read++;
      }),
      { numRuns: RUNS },
    );
    // Not a test that passes by reading nothing: a good share of the documents are plain enough.
    expect(read).toBeGreaterThan(RUNS / 10);
  });
});
