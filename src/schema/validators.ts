import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { schemasDir } from '../paths.js';

export type SchemaKind = 'questionnaire' | 'answers' | 'report' | 'share';
export const SCHEMA_KINDS: readonly SchemaKind[] = ['questionnaire', 'answers', 'report', 'share'];

// ajv is CommonJS; require keeps its default export simple.
const require = createRequire(import.meta.url);
type Ajv2020 = InstanceType<typeof import('ajv/dist/2020.js').default>;

export function loadSchema(kind: SchemaKind): Record<string, unknown> {
  return JSON.parse(readFileSync(join(schemasDir, `${kind}.schema.json`), 'utf8')) as Record<string, unknown>;
}

/**
 * The one ajv set-up, shared by run-time compilation (here) and the build, which turns the same
 * validators into standalone code so the published tool never compiles a schema at start-up.
 */
export function makeAjv(options: { standalone?: boolean } = {}): Ajv2020 {
  const Ajv = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, strict: true, strictNumbers: true, verbose: true, allowUnionTypes: true, ...(options.standalone ? { code: { source: true } } : {}) });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  for (const kind of SCHEMA_KINDS) ajv.addSchema(loadSchema(kind));
  return ajv;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

/** The validator for one schema, compiled on first use. The build replaces this module. */
export function getValidator(kind: SchemaKind): ValidateFunction {
  let validate = compiled.get(kind);
  if (!validate) {
    ajv ??= makeAjv();
    validate = ajv.getSchema(`urn:cyber-ready:schema:${kind}:1`) as ValidateFunction;
    compiled.set(kind, validate);
  }
  return validate;
}
