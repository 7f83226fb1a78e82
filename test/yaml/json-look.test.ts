import { describe, expect, it } from 'vitest';
import { lookAtJson, topLevelMembers } from '../../src/yaml/json-look.js';

describe('lookAtJson tells a questionnaire folder .json file from its top level', () => {
  it.each([
    ['a questionnaire', '{"id": "q", "sections": []}', { meant: true, id: 'q' }],
    ['one with a byte order mark', '\uFEFF{"id": "q"}', { meant: true, id: 'q' }],
    ['one whose id is last, after nested ids and brackets in strings', '{"sections": [{"id": "s", "t": "a \\" ] } ["}], "id": "q"}', { meant: true, id: 'q' }],
    ['one with an id that is not kebab-case (its schema says so when loaded)', '{"id": "My Q", "sections": []}', { meant: true }],
    ['one cut short', '{\n  "id": "q",\n  "sections": [\n    {"id": "s", "ti', { meant: true, id: 'q' }],
    ['YAML flow style', '{id: q, sections: []}', { meant: true, id: 'q' }],
    ['YAML flow style whose id follows a plain value of two words', '{title: Systems questionnaire, version: 1.0.0, id: flow-plain, "sections": []}', { meant: true, id: 'flow-plain' }],
    ['YAML flow style whose id follows a web address', '{source: https://example.org/q:v2?a=b#c, id: q}', { meant: true, id: 'q' }],
    ['YAML flow style, single-quoted', "{'title': 'The council''s questionnaire', 'id': 'q'}", { meant: true, id: 'q' }],
    ['YAML flow style over lines, with comments', '{\n  title: Systems\n    questionnaire,  # of the council\n  sections: [{id: s, text: Is it so?}],\n  id: q,\n}', { meant: true, id: 'q' }],
    ['a report in YAML flow style', '{schemaVersion: 1, tool: {name: cyber ready}, questionnaire: {id: q}, sections: [], id: q}', { meant: false }],
    ['YAML with a .json ending', 'id: q\nsections: []\n', { meant: true, id: 'q' }],
    ['a report', '{"schemaVersion": 1, "tool": {}, "questionnaire": {"id": "q"}, "sections": []}', { meant: false }],
    ['a report cut short', '{"schemaVersion": 1, "tool": {"name": "c"}, "questionnaire": {"id": "q"}, "sections": [{"id', { meant: false }],
    ['a share extract', '{"kind": "cyber-ready-share", "id": "x", "sections": []}', { meant: false }],
    ['a SARIF log', '{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [{"id": "x"}]}', { meant: false }],
    ['answers', '{"questionnaire": "q", "answers": {}, "id": "x"}', { meant: false }],
    ['a package.json', '{"name": "x", "version": "1.0.0"}', { meant: false }],
    ['list -f json output', '[{"id": "q", "sections": 3}]', { meant: false }],
    ['a tsconfig.json with comments', '{\n  // "id": "q"\n  "compilerOptions": {}\n}', { meant: false }],
    ['an empty file', '', { meant: false }],
    ['data whose rows have ids', '{"tool": "x", "rows": [{"id": "q0", "sections": null}]}', { meant: false }],
  ])('%s', (_, text, look) => {
    expect(lookAtJson(text)).toEqual(look);
  });

  it('reads the top level of a long file without building what is nested', () => {
    const text = `{"a": [${Array.from({ length: 50_000 }, (_, i) => `{"id": "q${i}", "s": "${'\\"'.repeat(20)}"}`).join(',')}], "b": "c", "n": -1.5e3}`;
    expect(topLevelMembers(text)).toEqual({ a: [], b: 'c', n: -1500 });
  });

  it('reads a YAML flow mapping as YAML does: a plain value runs to the next top-level comma or brace', () => {
    const text = `{title: Systems questionnaire, "url": http://x.org/a:b, 'k y': 'it''s', n: 2, deep: {a: [b c, {d: e}]}, folded: one\n   two, t: true, x: y # z\n}`;
    expect(topLevelMembers(text)).toEqual({ title: 'Systems questionnaire', url: 'http://x.org/a:b', 'k y': "it's", n: 2, deep: {}, folded: 'one two', t: true, x: 'y' });
    // `id:x` is one plain word, as YAML reads it, not the key id.
    expect(topLevelMembers('{id:x, y: 1}')).toEqual({});
  });
});
