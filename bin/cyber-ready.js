#!/usr/bin/env node
// The only file that touches `process`: argv in, exit code out.
import { run } from '../dist/cli.js';

const stdout = { write: (text) => process.stdout.write(text), isTTY: Boolean(process.stdout.isTTY) };
const stderr = { write: (text) => process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) };

// Stops as soon as more than maxBytes have come, so `cat /dev/zero | cyber-ready validate -` ends.
async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

// A closed pipe (`cyber-ready ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout,
  stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  // Prompts read the terminal and draw on standard error, so standard output stays the report.
  ...(process.stdin.isTTY ? { prompt: { input: process.stdin, output: process.stderr } } : {}),
});
