import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledDir } from './paths.js';

/**
 * dist/compiled/NAME.json, if the build made it from exactly this YAML text; undefined when there is
 * none (a source checkout before a build) or the YAML has changed since.
 */
export function readCompiled<T extends { source: string }>(name: string, text: string): T | undefined {
  let compiled: T;
  try {
    compiled = JSON.parse(readFileSync(join(compiledDir, `${name}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
  return compiled.source === text ? compiled : undefined;
}
