// How `npm run bench` times a command: wall time of the spawned tool, medians of interleaved runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The environment every measured command runs in: this one without what changes Node's own start.
 * NODE_EXTRA_CA_CERTS makes Node 20 read and parse a certificate bundle before any script runs (on
 * the machine these benchmarks were first run on it was set, and made `node -e 0` three times
 * slower); NODE_OPTIONS can add anything. Either would inflate the baseline and flatter every ratio.
 */
const UNSET = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
export const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !UNSET.includes(name)));
/** What the clean environment left out, for the benchmark report to say. */
export const leftOut = UNSET.filter((name) => process.env[name] !== undefined);

/** Run a command once; wall time in ms. It must exit 0 (or 1, a failed gate). */
export function once(args, env = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...cleanEnv, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Medians of several commands, their runs interleaved so machine drift hits them alike. */
export function measure(commands, runs, warmup = 2) {
  for (let i = 0; i < warmup; i++) for (const c of commands) once(c.args, c.env);
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k].push(once(c.args, c.env)));
  return Object.fromEntries(commands.map((c, k) => [c.name, median(times[k])]));
}
