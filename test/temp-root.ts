import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every folder and file the tests make under the system's temporary folder goes in one folder for
 * the run, removed when the run ends. About a hundred test files make temporary folders, and most
 * left them behind: each `npm test` left hundreds of folders (some with whole git repositories) in
 * /tmp, and a developer's /tmp grew by gigabytes. Vitest's workers, and the binaries and browsers
 * the tests start, inherit this process's environment, so setting TMPDIR (TMP and TEMP on Windows)
 * here moves them all. The folder is open to all with the sticky bit, as /tmp is, since some tests
 * run the tool as another user. CYBER_READY_KEEP_TEST_FILES=1 keeps it to look into after a run.
 */
export function setup(): () => void {
  const previous = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const root = mkdtempSync(join(tmpdir(), 'cyber-ready-tests-'));
  chmodSync(root, 0o1777);
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = root;
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (process.env.CYBER_READY_KEEP_TEST_FILES === '1') process.stdout.write(`test files kept in ${root}\n`);
    else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
