// Run by `npm run bench`: what one minor page fault costs on this machine, in microseconds. Touches
// one byte in each page of 64 MB of new memory, so every touch is a fault the kernel must serve
// (find a free page, zero it, map it). A run's wall time pays this for all the memory it touches
// for the first time, which instruction counts do not show; on some virtual machines it is many
// times the cost on bare metal.
const pageSize = 4096;
const bytes = new Uint8Array(new ArrayBuffer(64 * 1024 * 1024));
const before = process.resourceUsage().minorPageFault;
const start = performance.now();
for (let at = 0; at < bytes.length; at += pageSize) bytes[at] = 1;
const ms = performance.now() - start;
const faults = process.resourceUsage().minorPageFault - before;
process.stdout.write(`${JSON.stringify({ faults, microseconds: (ms * 1000) / faults })}\n`);
