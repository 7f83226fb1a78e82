import { dirname, join, relative } from 'node:path';
import { schemasDir } from '../paths.js';

/** The installed package's answers schema, from a project's folder: what SPEC and the README show. */
export const CONVENTIONAL_SCHEMA = 'node_modules/cyber-ready/schemas/answers.schema.json';

/**
 * Paths to the schema that stay true for whoever else opens the file: the package in a
 * `node_modules` of the file's own folder or one above it (a project's dependency), or the schemas
 * of a clone of the tool that holds the file (its examples).
 */
const PORTABLE = /^(?:\.\.\/)*(?:node_modules\/cyber-ready\/)?schemas\/answers\.schema\.json$/;

/**
 * Where an answers file (`file`) should point an editor for the schema, written into the file as
 * `# yaml-language-server: $schema=...`. The running copy's own schema when the path to it is
 * portable; otherwise (npx's cache, a global install, another project's copy) that path would name
 * one person's machine in a file meant to be committed, so it is the package installed beside the
 * answers (`home`, the main answers file's folder; a system file's path goes up to it).
 */
export function schemaRefFrom(file: string, home = dirname(file)): string {
  const rel = relative(dirname(file), join(schemasDir, 'answers.schema.json')).split('\\').join('/');
  if (PORTABLE.test(rel)) return rel;
  const up = relative(dirname(file), home).split('\\').join('/');
  return `${up ? `${up}/` : ''}${CONVENTIONAL_SCHEMA}`;
}
