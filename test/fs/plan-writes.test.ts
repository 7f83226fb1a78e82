import { describe, expect, it } from 'vitest';
import { planWrites, type TargetInfo } from '../../src/fs/plan-writes.js';

const file = (real: string, id = real): TargetInfo => ({ kind: 'file', real, id });
const out = (target: string, info: TargetInfo) => ({ target, content: target, info });

describe('planWrites', () => {
  it.each<[string, (ReturnType<typeof out> & { within?: string })[], { display: string; role: string; info: TargetInfo }[], unknown]>([
    ['a new file and a file are replaced; a device is written into', [out('a', { kind: 'missing', real: '/d/a' }), out('b', file('/d/b')), out('n', { kind: 'special', real: '/d/n', id: '1:9' })], [], { ok: true, steps: [{ how: 'replace', target: 'a', file: '/d/a', content: 'a' }, { how: 'replace', target: 'b', file: '/d/b', content: 'b' }, { how: 'direct', target: 'n', file: '/d/n', content: 'n' }] }],
    ['a folder is refused', [out('d', { kind: 'folder', real: '/d', id: '1:2' })], [], { ok: false, target: 'd', message: 'cannot write: is a folder' }],
    ['an input, by device and inode', [out('x', file('/d/x', '1:5'))], [{ display: 'a.yaml', role: 'answers file', info: file('/d/a.yaml', '1:5') }], { ok: false, target: 'x', message: 'cannot write: it is the answers file this run reads (a.yaml); choose another file' }],
    ['a read-only file is refused', [out('r.md', { kind: 'file', real: '/d/r.md', id: '1:7', locked: 'read-only' })], [], { ok: false, target: 'r.md', message: 'cannot write: it is read-only, so it is not replaced; make it writable first (chmod u+w r.md) if it is to be, or choose another file' }],
    ["another user's file this one may not write is refused", [out('my report.md', { kind: 'file', real: '/d/my report.md', id: '1:7', locked: 'denied' })], [], { ok: false, target: 'my report.md', message: 'cannot write: permission denied (this user may not write to it), so it is not replaced; choose another file' }],
    ['two outputs to one file', [out('a', file('/d/a', '1:5')), out('b', file('/d/a', '1:5'))], [], { ok: false, target: 'b', message: 'cannot write: it is the same file as a, also written by this run; choose another file' }],
    ['two new outputs at one path', [out('a', { kind: 'missing', real: '/d/a' }), out('./a', { kind: 'missing', real: '/d/a' })], [], { ok: false, target: './a', message: 'cannot write: it is the same file as a, also written by this run; choose another file' }],
    ['a device that is also read (a terminal as /dev/stdin and /dev/stdout)', [out('/dev/stdout', { kind: 'special', real: '/dev/pts/0', id: '1:9' })], [{ display: '/dev/stdin', role: 'answers file', info: { kind: 'special', real: '/dev/pts/0', id: '1:9' } }], { ok: true, steps: [{ how: 'direct', target: '/dev/stdout', file: '/dev/pts/0', content: '/dev/stdout' }] }],
    ['two outputs to one device', [out('n', { kind: 'special', real: '/d/n', id: '1:9' }), out('m', { kind: 'special', real: '/d/n', id: '1:9' })], [], { ok: true, steps: [{ how: 'direct', target: 'n', file: '/d/n', content: 'n' }, { how: 'direct', target: 'm', file: '/d/n', content: 'm' }] }],
    ['a file that must stay in a folder and does', [{ ...out('s', { kind: 'missing', real: '/d/systems/s.yaml' }), within: '/d' }], [], { ok: true, steps: [{ how: 'replace', target: 's', file: '/d/systems/s.yaml', content: 's' }] }],
    ['a file that must stay in a folder and lands outside it (a link)', [{ ...out('s', { kind: 'missing', real: '/out/s.yaml' }), within: '/d' }], [], { ok: false, target: 's', message: "cannot write: it leads outside the answers file's folder through a link (to /out/s.yaml); keep a system's file in that folder or below it" }],
    ['a folder named like the one it must stay in is outside it', [{ ...out('s', file('/dx/s.yaml')), within: '/d' }], [], { ok: false, target: 's', message: "cannot write: it leads outside the answers file's folder through a link (to /dx/s.yaml); keep a system's file in that folder or below it" }],
  ])('%s', (_, outputs, inputs, expected) => {
    expect(planWrites(outputs, inputs)).toEqual(expected);
  });
});

describe('a read-only file: the way out in the words of the system the run is on', () => {
  const locked = [out('board paper.docx', { kind: 'file', real: '/d/b.docx', id: '1:7', locked: 'read-only' })];
  it('is chmod on Linux and macOS', () => {
    expect(planWrites(locked, [], 'linux')).toMatchObject({ ok: false, message: expect.stringContaining("(chmod u+w 'board paper.docx')") });
  });
  it('is the Read-only box or attrib on Windows, which has no chmod', () => {
    expect(planWrites(locked, [], 'win32')).toMatchObject({ ok: false, message: expect.stringContaining('(clear "Read-only" in its Properties, or attrib -r "board paper.docx")') });
  });
});
