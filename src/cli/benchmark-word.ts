import { UsageError } from '../errors.js';
import { BENCHMARK_FORMATS } from '../benchmark/formats.js';
import { listWords } from '../text/list-words.js';

/**
 * `benchmark -o paper.docx` wrote text (or markdown, or HTML) under a Word name, with only a
 * warning, and Word refuses to open the file. Benchmark has no Word format (SPEC), and Word opens
 * its HTML paper, so the name is refused before anything is read or written, saying both.
 */
export function refuseWordOutput(output: string | undefined): void {
  if (output === undefined || !/\.docx$/i.test(output)) return;
  throw new UsageError(`benchmark writes ${listWords([...BENCHMARK_FORMATS], 'or')}, not Word, so -o ${output} would be a file Word cannot open; Word opens the HTML paper: -f html -o ${output.replace(/\.docx$/i, '.html')}`);
}
