import { describe, expect, it } from 'vitest';
import { InputError, formatDiagnostic } from '../../src/errors.js';
import { parseYaml } from '../../src/yaml/load-yaml.js';
import { limits } from '../../src/yaml/limits.js';
import { decodeText } from '../../src/yaml/read-source.js';

const errorsOf = (text: string): string[] => parseYaml(text, 'f.yaml').diagnostics.map(formatDiagnostic);

describe('parseYaml', () => {
  it('uses the YAML 1.2 core schema: yes/no and dates stay text, numbers are numbers', () => {
    expect(parseYaml('a: yes\nb: 2026-11-20\nc: 0o17\nd: 1.5\ne: true\nf: ~\n', 'f.yaml').data).toEqual({ a: 'yes', b: '2026-11-20', c: 15, d: 1.5, e: true, f: null });
  });

  it('keeps the line and column of every value and key', () => {
    const parsed = parseYaml('a:\n  b: [1, 2]\n  c: { d: x }\n', 'f.yaml');
    expect(parsed.positions.of('/a/b/1')).toEqual({ line: 2, column: 10 });
    expect(parsed.positions.keyOf('/a/c')).toEqual({ line: 3, column: 3 });
    expect(parsed.positions.of('/a/c/d')).toEqual({ line: 3, column: 11 });
    // Unknown pointers fall back to the nearest ancestor that has a place.
    expect(parsed.positions.of('/a/c/zzz')).toEqual({ line: 3, column: 6 });
  });

  it('rejects every duplicate key in one pass, naming the first', () => {
    expect(errorsOf('a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n')).toEqual([
      'f.yaml:3:1: duplicate key "a" (first defined at line 1)',
      'f.yaml:6:3: duplicate key "x" (first defined at line 5)',
    ]);
  });

  it('refuses tags outside the core schema', () => {
    expect(errorsOf('a: !!binary aGk=\nb: !custom x\nc: !!str 12\n')).toEqual([
      'f.yaml:1:13: tag !!binary is not allowed; use plain YAML values',
      'f.yaml:2:12: tag !custom is not allowed; use plain YAML values',
    ]);
  });

  it('bounds alias expansion ("billion laughs")', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const errors = errorsOf(bomb.join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^f\\.yaml:\\d+:\\d+: aliases expand to too many values \\(the limit is ${limits.maxAliasNodes}\\)`));
  });

  it('still allows ordinary aliases', () => {
    expect(parseYaml('base: &b { score: 1 }\ncopy: *b\n', 'f.yaml').data).toEqual({ base: { score: 1 }, copy: { score: 1 } });
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = `${'['.repeat(limits.maxDepth + 5)}${']'.repeat(limits.maxDepth + 5)}`;
    expect(errorsOf(deep)[0]).toMatch(/^f\.yaml:1:\d+: nesting is too deep \(the limit is 64 levels\)$/);
  });

  it('refuses more than one document, empty files and non-text keys', () => {
    expect(errorsOf('a: 1\n---\nb: 2\n')).toEqual(['f.yaml:2:1: a file must hold a single YAML document, but another one starts here']);
    expect(errorsOf('# just a comment\n')).toEqual(['f.yaml:1:1: the file is empty; expected a YAML mapping']);
    expect(errorsOf('? [a, b]\n: 1\n')).toEqual(['f.yaml:1:3: mapping keys must be plain text']);
  });

  it('keeps __proto__ and constructor as plain keys without touching prototypes', () => {
    const data = parseYaml('__proto__: { polluted: true }\nconstructor: 1\n', 'f.yaml').data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads CRLF line ends with the right lines', () => {
    const parsed = parseYaml('a: 1\r\nb: 2\r\nb: 3\r\n', 'f.yaml');
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual(['f.yaml:3:1: duplicate key "b" (first defined at line 2)']);
  });
});

describe('decodeText', () => {
  const decodeError = (bytes: Buffer): string => {
    try {
      decodeText(bytes, 'f.yaml');
    } catch (error) {
      return (error as InputError).diagnostics.map(formatDiagnostic).join('\n');
    }
    return 'no error';
  };

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFa: 1\n'), 'f.yaml')).toBe('a: 1\n');
  });

  it('refuses invalid UTF-8 and binary data with their place', () => {
    expect(decodeError(Buffer.concat([Buffer.from('a: 1\nb: '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]))).toBe('f.yaml:2:4: text is not valid UTF-8 at byte 0xFF ("ÿ" in Windows-1252, as older Windows editors save); save the file as UTF-8');
    // A U+FFFD written in the file (valid UTF-8) before the bad byte is not taken for it; a byte Windows-1252 leaves undefined is named alone.
    expect(decodeError(Buffer.concat([Buffer.from('a: \uFFFD\nb: x'), Buffer.from([0x81])]))).toBe('f.yaml:2:5: text is not valid UTF-8 at byte 0x81; save the file as UTF-8');
    expect(decodeError(Buffer.concat([Buffer.from('a: '), Buffer.from([0x93]), Buffer.from('quoted')]))).toBe('f.yaml:1:4: text is not valid UTF-8 at byte 0x93 ("“" in Windows-1252, as older Windows editors save); save the file as UTF-8');
    expect(decodeError(Buffer.from('a: 1\nb: \u0000\n'))).toBe('f.yaml:2:4: binary data, not YAML text (found a NUL byte)');
  });

  it('places an overlong encoding at its first byte (C0 and C1 never start UTF-8)', () => {
    expect(decodeError(Buffer.concat([Buffer.from('a: '), Buffer.from([0xc0, 0x80])]))).toBe('f.yaml:1:4: text is not valid UTF-8 at byte 0xC0 ("À" in Windows-1252, as older Windows editors save); save the file as UTF-8');
    expect(decodeError(Buffer.concat([Buffer.from('a: x\nb: '), Buffer.from([0xc1, 0xbf])]))).toBe('f.yaml:2:4: text is not valid UTF-8 at byte 0xC1 ("Á" in Windows-1252, as older Windows editors save); save the file as UTF-8');
  });

  it('names an invisible Windows-1252 character by its byte alone (no-break space, soft hyphen)', () => {
    expect(decodeError(Buffer.concat([Buffer.from('a: 21'), Buffer.from([0xa0])]))).toBe('f.yaml:1:6: text is not valid UTF-8 at byte 0xA0; save the file as UTF-8');
    expect(decodeError(Buffer.concat([Buffer.from('a: co'), Buffer.from([0xad]), Buffer.from('op')]))).toBe('f.yaml:1:6: text is not valid UTF-8 at byte 0xAD; save the file as UTF-8');
  });

  it('calls a NUL in a file of under four bytes binary data, not UTF-16', () => {
    expect(decodeError(Buffer.from('a\u0000b'))).toBe('f.yaml:1:2: binary data, not YAML text (found a NUL byte)');
  });
});
