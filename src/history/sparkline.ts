const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * Scores 0-100 as a line of eight block heights. The scale is fixed at 0-100, not stretched to the
 * scores' own range, so a rise of two points looks like two points and two trends read alike.
 * When there are more scores than `room`, the newest are kept after a "…".
 */
export function sparkline(scores: number[], room: number): string {
  const blocks = scores.map((s) => BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, Math.floor((s / 100) * BLOCKS.length)))] ?? '▁');
  if (blocks.length <= room) return blocks.join('');
  return `…${blocks.slice(blocks.length - Math.max(1, room - 1)).join('')}`;
}
