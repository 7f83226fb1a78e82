// Pictures of the reports, for a person to look at: screenshots of the HTML papers and each printed
// page as a PNG, left in test-artifacts/. No test reads them, and making them was about a tenth of
// the browser and Word tests' processor time (pdftoppm alone 40-odd seconds of a run), so a run makes
// them only when asked: `CYBER_READY_TEST_PICTURES=1 npm test` (README "Development").
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page, ScreenshotOptions } from 'puppeteer-core';

/** True when this run was asked for the pictures. */
export const picturesWanted = (): boolean => process.env.CYBER_READY_TEST_PICTURES === '1';

/** The page as a PNG at `options.path`, when pictures were asked for. */
export async function screenshot(page: Page, options: ScreenshotOptions & { path: string }): Promise<void> {
  if (!picturesWanted()) return;
  mkdirSync(dirname(options.path), { recursive: true });
  await page.screenshot(options);
}

/** Each page of the PDF as a PNG named PREFIX-N.png, at a resolution for looking at, when pictures were asked for. */
export function pagePictures(pdf: string, prefix: string, dpi = 60): void {
  if (!picturesWanted()) return;
  // Its folder is made here: a file that runs before the one that makes it would otherwise lose them.
  mkdirSync(dirname(prefix), { recursive: true });
  // spawnSync holds the worker, so vitest's timer cannot stop a pdftoppm that hangs: killed at 60 s.
  const r = spawnSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  if (r.status !== 0) throw new Error(`pdftoppm could not render ${pdf}: ${r.error?.message ?? r.stderr}`);
}
