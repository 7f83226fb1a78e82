// Build-time code and data generation, bundled and run by scripts/build.mjs: the JSON Schema
// validators as standalone code, and the bundled questionnaires and catalogue as checked data.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseYaml } from '../src/yaml/load-yaml.js';
import { buildCatalog, type RawCatalog } from '../src/frameworks/catalog.js';
import { compileQuestionnaire } from '../src/questionnaire/compiled.js';
import { SCHEMA_KINDS, makeAjv } from '../src/schema/validators.js';

// ajv's standalone module is CommonJS with a default export; require() gives it plainly.
const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone/index.js').default as typeof import('ajv/dist/standalone/index.js').default;

export function codegen(root: string): string[] {
  const written: string[] = [];
  const write = (path: string, text: string): void => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  };

  const ajv = makeAjv({ standalone: true });
  // One module per schema, so a run evaluates only the validators it uses. The report schema is for
  // consumers and the tests; the tool itself never validates a report.
  for (const kind of SCHEMA_KINDS.filter((k) => k !== 'report')) {
    write(join(root, `dist/.build/validate-${kind}.cjs`), standaloneCode(ajv, { [kind]: `urn:cyber-ready:schema:${kind}:1` }));
  }

  const catalogText = readFileSync(join(root, 'frameworks/catalog.yaml'), 'utf8');
  const catalogData = parseYaml(catalogText, 'catalog.yaml').data as RawCatalog;
  write(join(root, 'dist/compiled/catalog.json'), JSON.stringify({ source: catalogText, data: catalogData }));
  // Checked against the catalogue as it is in the source tree, not a compiled copy from an earlier build.
  const catalog = buildCatalog(catalogData);
  for (const name of readdirSync(join(root, 'questionnaires')).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(join(root, 'questionnaires', name), 'utf8');
    write(join(root, 'dist/compiled', name.replace(/\.yaml$/, '.json')), JSON.stringify(compileQuestionnaire(text, `questionnaires/${name}`, catalog)));
  }
  return written;
}
