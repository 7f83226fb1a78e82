import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';

export interface ReadDocx {
  /** Paragraphs as mammoth reads them, separated by blank lines. */
  text: string;
  /** mammoth's HTML: headings from Word's heading styles, tables with header cells. */
  html: string;
  /** What mammoth could not understand (unknown styles, broken parts). */
  messages: string[];
}

// mammoth maps only the styles it knows; the report's own (docx-blocks.ts STYLES) and Word's Title
// are told here what they mean. Any other unknown style is a message, which the tests refuse.
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.subtitle:fresh", "p[style-name='Fact'] => p:fresh", "p[style-name='Table Text'] => p:fresh", "r[style-name='Label'] => strong"];

/** A .docx opened by mammoth, an independent reader (it shares no code with the docx library). */
export async function readDocx(input: { path: string } | { buffer: Buffer }): Promise<ReadDocx> {
  const html = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP });
  const raw = await mammoth.extractRawText(input);
  return { html: html.value, text: raw.value, messages: [...html.messages, ...raw.messages].map((m) => `${m.type}: ${m.message}`) };
}

/** Runs of white space as one space, so text wrapped by a layout engine compares with the source. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A reader found, or under CI a failure saying what is missing: there the check must run, not skip
 * (.ci/run installs it). Elsewhere undefined, and the check skips.
 */
export function neededUnderCi<T>(found: T | undefined, what: string): T | undefined {
  if (found === undefined && process.env.CI === 'true') throw new Error(`${what} is not installed; CI must run this check (.ci/run installs it)`);
  return found;
}

/** LibreOffice's command, when it is installed (Debian: libreoffice-writer-nogui). */
export function libreOffice(): string | undefined {
  for (const command of ['soffice', 'libreoffice']) if (spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0) return command;
  return undefined;
}

export const hasPoppler = (): boolean => spawnSync('pdftotext', ['-v']).status === 0;

/**
 * Convert .docx files to PDF with headless LibreOffice, in a profile of its own so that it neither
 * reads nor disturbs anyone's settings and can run beside another copy. Returns the PDF paths.
 */
export function convertToPdf(office: string, files: string[], outDir: string): string[] {
  return convertWithOffice(office, files, outDir, 'pdf');
}

/** As convertToPdf, to another of LibreOffice's formats (`fodt`: its own document as one XML file). */
export function convertWithOffice(office: string, files: string[], outDir: string, format: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'cyber-ready-lo-'));
  const r = spawnSync(office, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.error?.message ?? r.status}): ${r.stderr}`);
  return files.map((f) => join(outDir, f.replace(/^.*\//, '').replace(/\.docx$/, `.${format}`)));
}

/**
 * The most one of poppler's tools may take on a PDF. spawnSync holds the worker, so vitest's timer
 * cannot stop one that hangs; killed, it fails the test saying so instead of holding the run.
 */
const POPPLER_MS = 60_000;

function poppler(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, timeout: POPPLER_MS, killSignal: 'SIGKILL' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') throw new Error(`${command} ${args.join(' ')} did not finish within ${POPPLER_MS} ms (killed)`);
  return r.stdout;
}

export function pdfText(pdf: string): string {
  return poppler('pdftotext', [pdf, '-']);
}

export function pdfPages(pdf: string): number {
  const info = poppler('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/**
 * Text with the Word paper's typographic quotes (“”‘’) made straight, to compare with what the
 * assessment or another paper says: the Word paper sets every quote mark in its text typographically.
 */
export const plainQuotes = (text: string): string => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
