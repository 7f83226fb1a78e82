import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeAjv } from '../../src/schema/validators.js';
import { repoRoot } from './cli.js';

/** schemas/diff.schema.json, compiled: what `diff --format json` must match. */
export const validateDiff = makeAjv().compile(JSON.parse(readFileSync(join(repoRoot, 'schemas/diff.schema.json'), 'utf8')));
