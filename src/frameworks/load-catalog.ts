import { readFileSync } from 'node:fs';
import { catalogFile } from '../paths.js';
import { readCompiled } from '../read-compiled.js';
import { parseYaml } from '../yaml/load-yaml.js';
import { buildCatalog, type Catalog, type RawCatalog } from './catalog.js';

let cached: Catalog | undefined;

/** The catalogue's data, from its compiled JSON when the build made it from exactly this YAML text. */
export function readCatalogData(text: string): RawCatalog {
  return readCompiled<{ source: string; data: RawCatalog }>('catalog', text)?.data ?? (parseYaml(text, catalogFile).data as RawCatalog);
}

/**
 * The bundled framework catalogue (identifiers and short titles only), read once per run. Only the
 * read step calls this: a questionnaire is checked against it and carries its frameworks from it.
 */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog(readCatalogData(readFileSync(catalogFile, 'utf8')));
  return cached;
}
