// Loaded with `node --require` (NODE_OPTIONS) into a binary whose cost a test bounds: as the
// process ends, it writes the processor time the process itself used, in milliseconds, to the
// file OWN_TIME_FILE. Unlike the time on a clock, that does not grow while the process waits for
// a processor that other jobs on a busy machine hold.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.OWN_TIME_FILE, String((user + system) / 1000));
});
