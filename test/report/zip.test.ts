import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/report/zip.js';

const entries = [
  { path: '[Content_Types].xml', data: Buffer.from('<Types>£ — ✓</Types>') },
  { path: 'word/document.xml', data: Buffer.from('<w:document>'.repeat(500)) },
  { path: 'empty.xml', data: new Uint8Array(0) },
];

/** Read the archive back through its central directory, as a zip reader does. */
function readBack(zip: Buffer): { path: string; data: Buffer }[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const packed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const path = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(start, start + packed));
    expect(crc32(data)).toBe(crc);
    out.push({ path, data });
    at += 46 + nameLength;
  }
  return out;
}

describe('zipFiles', () => {
  it('holds every file, deflated, with its name and checksum, in order', () => {
    const zip = Buffer.from(zipFiles(entries));
    expect(readBack(zip)).toEqual(entries.map((e) => ({ path: e.path, data: Buffer.from(e.data) })));
    expect(zip.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0));
  });

  it('gives the same bytes for the same files (no clock inside)', () => {
    expect(Buffer.from(zipFiles(entries)).equals(Buffer.from(zipFiles(entries)))).toBe(true);
  });

  it.runIf(spawnSync('unzip', ['-v']).status === 0)('passes `unzip -t`', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cyber-ready-zip-')), 'x.zip');
    writeFileSync(file, zipFiles(entries));
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(r.stdout).toContain('No errors detected');
  });
});
