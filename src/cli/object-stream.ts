import { spawn } from 'node:child_process';
import { UsageError } from '../errors.js';
import { GIT_SETTINGS, gitComplaint, gitEnv, gitProgramFor, missingFromClone, notInClone, objectWords, type BatchBlob, type GitPlace } from './git.js';

/**
 * One `git cat-file --batch` kept running for the whole of a trend, asked for a few objects at a
 * time: a long history is read as it is scored, so no more than a version's files are held at once,
 * and git is still started only once however many versions there are.
 */
export interface ObjectStream {
  /** The objects named (an oid, or `COMMIT:PATH`), in order; null for a name that resolves to none. */
  read(requests: string[], describe?: (request: string) => string): Promise<(BatchBlob | null)[]>;
  /** Stop git: called once every object is read, or when the run stops early. */
  close(): void;
}

interface Pending {
  count: number;
  blobs: (BatchBlob | null)[];
  requests: string[];
  describe: (request: string) => string;
  resolve: (blobs: (BatchBlob | null)[]) => void;
  reject: (error: unknown) => void;
}

export function openObjectStream(git: GitPlace): ObjectStream {
  let child: ReturnType<typeof spawn> | null = null;
  // What git has written and is not yet taken: `buffered` joined, and the chunks since. A chunk is
  // only put away until `needed` bytes are in (the whole of the answer begun), then all are joined
  // once: joining on every chunk copies a 33 MB file thousands of times.
  let buffered: Buffer = Buffer.alloc(0);
  let chunks: Buffer[] = [];
  let held = 0;
  let needed = 0;
  let stderr = '';
  let pending: Pending | null = null;
  let failure: unknown = null;

  // Take whole answers off the front of what git has written: a header line, then its content and a line break.
  const drain = (): void => {
    if (chunks.length > 0) {
      buffered = buffered.length === 0 && chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat([buffered, ...chunks], held);
      chunks = [];
    }
    needed = 0;
    while (pending && pending.blobs.length < pending.count) {
      const end = buffered.indexOf(0x0a);
      if (end < 0) {
        needed = buffered.length + 1;
        return;
      }
      const header = buffered.subarray(0, end).toString('utf8');
      const [oid = '', type = '', size = ''] = header.split(' ');
      if (!/^\d+$/.test(size) || / (missing|ambiguous)$/.test(header)) {
        pending.blobs.push(null);
        buffered = buffered.subarray(end + 1);
        held = buffered.length;
        continue;
      }
      const length = Number(size);
      if (buffered.length < end + 1 + length + 1) {
        needed = end + 1 + length + 1;
        return;
      }
      // A copy: the answer must not keep the whole chunk it arrived in alive.
      pending.blobs.push({ oid, type, content: Buffer.from(buffered.subarray(end + 1, end + 1 + length)) });
      buffered = buffered.subarray(end + 1 + length + 1);
      held = buffered.length;
    }
    if (pending && pending.blobs.length === pending.count) {
      const done = pending;
      pending = null;
      done.resolve(done.blobs);
    }
  };

  const start = (): ReturnType<typeof spawn> => {
    const program = gitProgramFor(git);
    const started = spawn(program, [...GIT_SETTINGS, 'cat-file', '--batch'], { cwd: git.cwd, env: gitEnv(git.env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    started.stdout?.on('data', (d: Buffer) => {
      chunks.push(d);
      held += d.length;
      if (held < needed) return;
      drain();
    });
    started.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    started.stdin?.on('error', () => undefined);
    const fail = (error: unknown): void => {
      failure = error;
      const waiting = pending;
      pending = null;
      waiting?.reject(error);
    };
    started.on('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ENOENT' ? new UsageError('trend reads history with git, and git was not found on PATH; install git or add it to PATH') : error));
    started.on('close', (code) => {
      if (!pending) return;
      // git answers in order and stops at the object it failed on: the first request left unanswered.
      const result = { code: code ?? -1, stdout: Buffer.alloc(0), stderr };
      const name = pending.requests[pending.blobs.length] ?? '';
      fail(missingFromClone(result) ? notInClone(pending.describe(name)) : new UsageError(result.code !== 0 ? `git cat-file failed: ${gitComplaint(result)}` : 'git cat-file stopped before answering every request'));
    });
    return started;
  };

  return {
    read(requests, describe = objectWords) {
      if (requests.length === 0) return Promise.resolve([]);
      if (failure) return Promise.reject(failure);
      // A name with a line break cannot be asked for on a line of its own; nor need it be.
      const asked = requests.map((r) => (/[\r\n]/.test(r) ? '0000000000000000000000000000000000000000' : r));
      return new Promise((resolve, reject) => {
        pending = { count: asked.length, blobs: [], requests, describe, resolve, reject };
        child ??= start();
        child.stdin?.write(`${asked.join('\n')}\n`);
      });
    },
    close() {
      child?.stdin?.end();
      child = null;
    },
  };
}
