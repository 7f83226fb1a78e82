// Preloaded into a measured process (node --import): writes its peak resident memory (KB) and its
// minor page faults (new memory touched for the first time) on exit.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.CYBER_READY_BENCH_RSS) appendFileSync(process.env.CYBER_READY_BENCH_RSS, `${process.resourceUsage().maxRSS} ${process.resourceUsage().minorPageFault}\n`);
});
