import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * For the content reviews' tests: an answers file with one answer line changed (`from` must be in
 * it), written to a file of its own in `dir`, with `extra` (waivers, say) added at its end.
 */
export const oneAnswerChanged =
  (best: string) =>
  (dir: string, name: string, from: string, to: string, extra = ''): string => {
    expect(best).toContain(`  ${from}\n`);
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, `${best.replace(`  ${from}\n`, `  ${to}\n`)}${extra}`);
    return file;
  };
