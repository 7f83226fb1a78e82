// The README quotes the board papers' sentences; each quote checked here is found in the paper the
// README says it comes from, so that a change to the papers' words reaches the README too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

const README = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');

/** The markdown paper of an example, as plain words on one line: no bold marks, runs of space as one. */
async function paper(example: string): Promise<string> {
  const r = await runBinary({ args: ['assess', '-a', `examples/${example}.answers.yaml`, '--today', '2026-11-23', '-f', 'markdown'] });
  return r.stdout.replace(/\*\*/g, '').replace(/\s+/g, ' ');
}

/** Every quote in the README that begins with these words, up to its closing quote. */
const quotes = (start: string): string[] => [...README.matchAll(new RegExp(`"(${start}[^"]*)"`, 'g'))].map((m) => (m[1] ?? '').trim());

describe('paper sentences the README quotes', () => {
  it("the weakest critical system, as the CAF example's paper says it", async () => {
    const said = quotes('Weakest critical system: ');
    expect(said.length).toBeGreaterThanOrEqual(2);
    const text = await paper('caf-local-government');
    // The right-to-left names part quotes the sentence with NAME for the system's name.
    for (const quote of said) expect(text.includes(quote.replace('NAME', 'Social care case management')), quote).toBe(true);
  });

  it("the rating scale, as the council example's paper says it", async () => {
    const said = quotes('Ratings: ');
    expect(said.length).toBeGreaterThanOrEqual(1);
    const text = await paper('council-cyber-resilience');
    for (const quote of said) expect(text.includes(quote), quote).toBe(true);
  });
});
