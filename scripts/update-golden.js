// Regenerate the golden assessments (`npm run golden`); review the diff before committing it.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { goldenCases, sanitize } from './golden.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const { file, args, docx } of goldenCases) {
  // Without COLUMNS, text is wrapped to 100 columns, as the golden test runs it.
  const { COLUMNS: _columns, ...env } = process.env;
  const result = spawnSync(process.execPath, ['bin/cyber-ready.js', ...args], { cwd: root, encoding: docx ? 'buffer' : 'utf8', env: { ...env, NO_COLOR: '1' } });
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stderr);
    process.exit(1);
  }
  const text = docx ? (await mammoth.extractRawText({ buffer: result.stdout })).value : result.stdout;
  writeFileSync(new URL(`../${file}`, import.meta.url), sanitize(text));
  process.stderr.write(`wrote ${file}\n`);
}
