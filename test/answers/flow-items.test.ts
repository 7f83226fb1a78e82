// An item added to or taken from a flow collection in place (flow-items.ts): the other items, the
// commas, spacing and comments between them, and the lines the collection is spread over keep their
// bytes. Writing the collection again put it on one line and lost the comments inside it.
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { insertItem, removeItem, type FlowCollection } from '../../src/answers/flow-items.js';
import { applySplices } from '../../src/answers/map-at-path.js';

/** `text`'s value of `a:` (a flow collection) edited by `edit`. */
function edited(text: string, edit: (text: string, collection: FlowCollection) => ReturnType<typeof insertItem>): string {
  const node = parseDocument(text).get('a', true);
  if (!(isMap(node) || isSeq(node)) || !node.flow) throw new Error('not a flow collection');
  const out = applySplices(text, edit(text, node));
  expect(parseDocument(out).errors, out).toEqual([]);
  return out;
}

describe('an item added', () => {
  it.each([
    { name: 'at the end of a collection on one line', before: 'a: {x: 1,  y: 2}  # kept\n', index: 2, after: 'a: {x: 1,  y: 2, z: 3}  # kept\n' },
    { name: 'first, on one line', before: 'a: [x, y]\n', index: 0, item: 'w', after: 'a: [w, x, y]\n' },
    { name: 'between two, on one line', before: 'a: { x: 1, y: 2 }\n', index: 1, after: 'a: { x: 1, z: 3, y: 2 }\n' },
    { name: 'in an empty one', before: 'a: {}\n', index: 0, after: 'a: { z: 3 }\n' },
    { name: 'in an empty one holding a comment', before: 'a: {  # none yet\n}\n', index: 0, after: 'a: { z: 3  # none yet\n}\n' },
    {
      name: 'at the end of items one a line with commas after them: a line of its own, with a comma',
      before: 'a: {\n  x: 1,  # one\n  y: 2,  # two\n  # the rest to come\n}\n',
      index: 2,
      after: 'a: {\n  x: 1,  # one\n  y: 2,  # two\n  z: 3,\n  # the rest to come\n}\n',
    },
    {
      name: 'at the end of items one a line without a comma after the last: a comma goes after it',
      before: 'a: { x: 1,  # one\n     y: 2  # two\n   }\n',
      index: 2,
      after: 'a: { x: 1,  # one\n     y: 2,  # two\n     z: 3\n   }\n',
    },
    {
      name: 'between items one a line: above the comment lines over the next',
      before: 'a: [\n  x,  # one\n  # about y\n  y,\n]\n',
      index: 1,
      item: 'w',
      after: 'a: [\n  x,  # one\n  w,\n  # about y\n  y,\n]\n',
    },
    {
      name: 'first of items one a line: above the comment lines over the first',
      before: 'a: {  # head\n  # about x\n  x: 1,\n}\n',
      index: 0,
      after: 'a: {  # head\n  z: 3,\n  # about x\n  x: 1,\n}\n',
    },
  ])('$name', ({ before, index, item, after }) => {
    expect(edited(before, (text, collection) => insertItem(text, collection, index, item ?? 'z: 3'))).toBe(after);
  });
});

describe('an item taken out', () => {
  it.each([
    { name: 'first of three on one line', before: 'a: {x: 1, y: 2, z: 3}\n', index: 0, after: 'a: {y: 2, z: 3}\n' },
    { name: 'the last, with the comma before it', before: 'a: [x, y]  # kept\n', index: 1, after: 'a: [x]  # kept\n' },
    { name: 'on a line of its own, with its line', before: 'a: {\n  x: 1,\n  y: 2,\n}\n', index: 0, after: 'a: {\n  y: 2,\n}\n' },
    { name: 'with a comment after its comma: the comment stays on its line', before: 'a: {\n  x: 1,  # why\n  y: 2,\n}\n', index: 0, after: 'a: {\n  # why\n  y: 2,\n}\n' },
    { name: 'first on the line of the brace: the comment keeps a space before it', before: 'a: {x: 1,  # why\n  y: 2}\n', index: 0, after: 'a: { # why\n  y: 2}\n' },
    { name: 'the last, on a line of its own without a comma', before: 'a: { x: 1,  # one\n     y: 2\n   }\n', index: 1, after: 'a: { x: 1  # one\n   }\n' },
  ])('$name', ({ before, index, after }) => {
    expect(edited(before, (text, collection) => removeItem(text, collection, index))).toBe(after);
  });
});
