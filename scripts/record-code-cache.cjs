// Run by scripts/build.mjs in a fresh process: records dist/cli.cache, V8's compiled code for
// dist/cli.cjs, after running the bundle through the commands people run most, so that their code
// is in the cache. Output goes nowhere; every command must succeed (or fail a gate, exit 1).
'use strict';
const { join } = require('node:path');
const { recordCodeCache } = require('../dist/boot.cjs');

const root = join(__dirname, '..');
const example = 'examples/council-cyber-resilience.answers.yaml';
// Every bundled example, so the functions each questionnaire's kinds use (outcomes in the CAF) are
// compiled in the cache rather than at run time.
const examples = [example, 'examples/caf-local-government.answers.yaml', 'examples/cyber-essentials-readiness.answers.yaml'];
const commands = [
  ['--version'],
  ['--help'],
  ...['json', 'text', 'markdown', 'junit', 'sarif', 'html'].flatMap((format) => examples.map((file) => ['assess', '--answers', file, '--today', '2026-11-23', '--format', format])),
  // Also records dist/docx.cache, for the Word library's own bundle.
  ['assess', '--answers', example, '--today', '2026-11-23', '--format', 'docx'],
  ['validate', example, 'questionnaires/council-cyber-resilience.yaml'],
  ['list'],
  ['show', 'council-cyber-resilience'],
  ['diff', example, example],
];

const sink = { write: () => undefined, isTTY: false };
recordCodeCache(join(root, 'dist'), async (cli) => {
  for (const args of commands) {
    let errors = '';
    const code = await cli.run(args, {
      stdout: sink,
      stderr: { write: (text) => void (errors += text), isTTY: false },
      stdinIsTTY: false,
      readStdin: async () => Buffer.alloc(0),
      env: { PATH: process.env.PATH ?? '' },
      cwd: root,
      now: () => new Date('2026-11-23T12:00:00Z'),
    });
    if (code !== 0 && code !== 1) throw new Error(`cyber-ready ${args.join(' ')} exited ${code}: ${errors}`);
  }
}).then(
  (bytes) => process.stderr.write(`recorded dist/cli.cache and dist/docx.cache (${Math.round(bytes / 1024)} KB)\n`),
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
