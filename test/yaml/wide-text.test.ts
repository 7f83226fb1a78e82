import { describe, expect, it } from 'vitest';
import { decodeWide, wideTextOf } from '../../src/yaml/wide-text.js';

const le16 = (text: string): Buffer => Buffer.from(text, 'utf16le');
const utf32 = (text: string, littleEndian: boolean): Buffer => {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
};

describe('wide text is told from its bytes and read for what it says', () => {
  it.each([
    ['UTF-16LE with a byte order mark', le16('\uFEFF{"id": "q-é"}'), { encoding: 'UTF-16', littleEndian: true, bom: true }],
    ['UTF-16BE with a byte order mark', le16('\uFEFF{"id": "q-é"}').swap16(), { encoding: 'UTF-16', littleEndian: false, bom: true }],
    ['UTF-16LE without one', le16('{"id": "q-é"}'), { encoding: 'UTF-16', littleEndian: true, bom: false }],
    ['UTF-16BE without one', le16('{"id": "q-é"}').swap16(), { encoding: 'UTF-16', littleEndian: false, bom: false }],
    ['UTF-32LE with a byte order mark', utf32('\uFEFF{"id": "q-é"} 😀', true), { encoding: 'UTF-32', littleEndian: true, bom: true }],
    ['UTF-32BE with a byte order mark', utf32('\uFEFF{"id": "q-é"} 😀', false), { encoding: 'UTF-32', littleEndian: false, bom: true }],
  ])('%s', (_, bytes, wide) => {
    expect(wideTextOf(bytes)).toEqual(wide);
    expect(decodeWide(bytes, wide as Parameters<typeof decodeWide>[1])).toBe(wide.encoding === 'UTF-32' ? '{"id": "q-é"} 😀' : '{"id": "q-é"}');
  });

  it('UTF-8 text and binary data are not wide', () => {
    expect(wideTextOf(Buffer.from('\uFEFF{"id": "q"}'))).toBeUndefined();
    expect(wideTextOf(Buffer.from([0x7b, 0, 0, 0x22, 1, 2, 0, 0]))).toBeUndefined();
  });
});
