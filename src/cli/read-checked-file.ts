import { parseJson, isExtractData } from '../share/read-extract.js';
import { limits } from '../yaml/limits.js';
import { parseYaml, type ParsedYaml } from '../yaml/load-yaml.js';
import type { Kind } from '../yaml/detect-kind.js';
import type { CommandContext } from './context.js';

/** Whether a value nests more than `levels` deep (a list or mapping inside another counts one more). */
function nestsDeeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (levels <= 0) return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (nestsDeeperThan(item, levels - 1)) return true;
  return false;
}

/**
 * A file `validate` checks, parsed. A share extract in JSON is read as benchmark reads it, with
 * JSON.parse (read-benchmark-input.ts): the YAML parser took 1.5 s of the 4.6 s that 400 extracts
 * took. Anything else goes to the YAML parser, as before, and so does any JSON that parser would
 * read otherwise or say something else of: a syntax error, a key given twice or a lone surrogate
 * (said in its words, with its place), lines that end in a carriage return alone (a line break to
 * YAML, not to the JSON places) and nesting near its depth limit. Messages stay word for word.
 */
export async function readCheckedFile(ctx: CommandContext, file: string, kind: Kind | undefined): Promise<ParsedYaml> {
  const { name, text } = await ctx.readFile(file);
  // --kind checks a file as answers or a questionnaire, never as an extract.
  if (kind === undefined && /^\s*\{/.test(text) && !/\r(?!\n)/.test(text)) {
    const { parsed } = parseJson(text, name);
    if (parsed && isExtractData(parsed.data) && !nestsDeeperThan(parsed.data, limits.maxDepth - 2)) return { ...parsed, diagnostics: [] };
  }
  return parseYaml(text, name);
}
