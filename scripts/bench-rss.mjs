// Preloaded into a measured process (node --import): writes its peak resident memory (KB) and its
// minor page faults (new memory touched for the first time) on exit.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.CYBER_READY_BENCH_RSS) return;
  const { maxRSS, minorPageFault } = process.resourceUsage();
  appendFileSync(process.env.CYBER_READY_BENCH_RSS, `${maxRSS} ${minorPageFault}\n`);
});
