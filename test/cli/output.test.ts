import { describe, expect, it, vi } from 'vitest';
import { createOutput, type OutputDeps } from '../../src/cli/output.js';

const errno = (code: string): Error => Object.assign(new Error(code), { code });

/** A descriptor that takes at most `chunk` bytes a call, then fails with `failWith` once `failAfter` bytes are in. */
function fakeFd(options: { chunk?: number; failAfter?: number; failWith?: string } = {}) {
  const written: Buffer[] = [];
  const streamed: Buffer[] = [];
  let total = 0;
  let failed = false;
  const deps: OutputDeps = {
    writeSync: vi.fn((_fd: number, bytes: Uint8Array, offset: number, length: number) => {
      if (options.failAfter !== undefined && total >= options.failAfter && !failed) {
        failed = true;
        throw errno(options.failWith ?? 'EAGAIN');
      }
      const n = Math.min(length, options.chunk ?? length, options.failAfter !== undefined && !failed ? options.failAfter - total : length);
      written.push(Buffer.from(bytes.subarray(offset, offset + n)));
      total += n;
      return n;
    }),
    stream: vi.fn(() => ({ write: (chunk: Uint8Array | string) => streamed.push(Buffer.from(chunk)) })),
    onClosed: vi.fn(),
    isTerminal: vi.fn(() => true),
  };
  return {
    deps,
    written: () => Buffer.concat(written).toString('utf8'),
    streamed: () => Buffer.concat(streamed).toString('utf8'),
    bytes: () => Buffer.concat([...written, ...streamed]),
  };
}

describe('createOutput', () => {
  it('writes every byte straight to the descriptor, however few each call takes', () => {
    const fd = fakeFd({ chunk: 7 });
    const out = createOutput(1, fd.deps);
    out.write('Überprüfung — ready? ✓\n');
    out.write('second line\n');
    expect(fd.written()).toBe('Überprüfung — ready? ✓\nsecond line\n');
    expect(fd.deps.stream).not.toHaveBeenCalled();
  });

  it('writes bytes as they are (a docx report down a pipe), even where they are not UTF-8', () => {
    const fd = fakeFd({ chunk: 3, failAfter: 4 });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0xc3]);
    createOutput(1, fd.deps).write(bytes);
    expect([...fd.bytes()]).toEqual([...bytes]);
  });

  it('sends the rest through the stream, in order, once the descriptor answers EAGAIN', () => {
    const fd = fakeFd({ chunk: 5, failAfter: 12 });
    const out = createOutput(1, fd.deps);
    out.write('0123456789abcdefghij');
    out.write('-next');
    expect(fd.written()).toBe('0123456789ab');
    expect(fd.streamed()).toBe('cdefghij-next');
    expect(fd.written() + fd.streamed()).toBe('0123456789abcdefghij-next');
  });

  it('falls back to the stream on any other error too', () => {
    const fd = fakeFd({ failAfter: 0, failWith: 'EBADF' });
    createOutput(1, fd.deps).write('report');
    expect(fd.streamed()).toBe('report');
  });

  it('stops quietly when the reader has gone (EPIPE)', () => {
    const fd = fakeFd({ failAfter: 3, failWith: 'EPIPE' });
    const out = createOutput(1, fd.deps);
    expect(() => out.write('abcdef')).not.toThrow();
    expect(fd.deps.onClosed).toHaveBeenCalledTimes(1);
    expect(fd.deps.stream).not.toHaveBeenCalled();
  });

  it('drops what is written after the reader has gone, so the command can run to its end', () => {
    const fd = fakeFd({ failAfter: 3, failWith: 'EPIPE' });
    const out = createOutput(1, fd.deps);
    out.write('abcdef');
    const calls = vi.mocked(fd.deps.writeSync).mock.calls.length;
    out.write('the rest of the report');
    expect(vi.mocked(fd.deps.writeSync).mock.calls.length).toBe(calls);
    expect(fd.written()).toBe('abc');
    expect(fd.deps.onClosed).toHaveBeenCalledTimes(1);
  });

  it('drops what is written after close(), as when the stream reports the reader gone', () => {
    const fd = fakeFd({ failAfter: 2 });
    const out = createOutput(1, fd.deps);
    out.write('abcd');
    expect(fd.streamed()).toBe('cd');
    out.close();
    out.write('more');
    expect(fd.streamed()).toBe('cd');
    expect(fd.written()).toBe('ab');
  });

  describe('a long text, written a piece at a time', () => {
    // Pieces of 4 UTF-16 units: every boundary case comes up in a short text.
    const text = 'ab😀cd😀😀e — Überprüfung ✓ 日本語 😀x'.repeat(3);

    it('writes exactly the UTF-8 of the text, a surrogate pair never split', () => {
      for (const chunk of [undefined, 1, 3, 5]) {
        const fd = fakeFd(chunk === undefined ? {} : { chunk });
        const out = createOutput(1, fd.deps, 4);
        out.write(text);
        out.write('\n');
        expect(fd.bytes().equals(Buffer.from(`${text}\n`, 'utf8'))).toBe(true);
        expect(fd.deps.stream).not.toHaveBeenCalled();
      }
    });

    it('sends the rest through the stream, in order, once the descriptor answers EAGAIN', () => {
      for (const failAfter of [0, 1, 6, 13, 40]) {
        const fd = fakeFd({ chunk: 5, failAfter });
        const out = createOutput(1, fd.deps, 4);
        out.write(text);
        out.write('-next');
        expect(fd.bytes().toString('utf8')).toBe(`${text}-next`);
        expect(fd.deps.stream).toHaveBeenCalled();
      }
    });

    it('stops quietly when the reader has gone (EPIPE)', () => {
      const fd = fakeFd({ failAfter: 9, failWith: 'EPIPE' });
      expect(() => createOutput(1, fd.deps, 4).write(text)).not.toThrow();
      expect(fd.deps.onClosed).toHaveBeenCalledTimes(1);
      expect(fd.deps.stream).not.toHaveBeenCalled();
      expect(fd.written()).toBe(Buffer.from(text, 'utf8').subarray(0, 9).toString('utf8'));
    });
  });

  it('asks whether the descriptor is a terminal only when needed, and once', () => {
    const fd = fakeFd();
    const out = createOutput(2, fd.deps);
    expect(fd.deps.isTerminal).not.toHaveBeenCalled();
    expect(out.isTTY).toBe(true);
    expect(out.isTTY).toBe(true);
    expect(fd.deps.isTerminal).toHaveBeenCalledTimes(1);
    expect(fd.deps.isTerminal).toHaveBeenCalledWith(2);
  });
});
