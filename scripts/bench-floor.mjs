// The "floor" for validate and assess on YAML files: what a bare script needs to read the same
// files with yaml's parseDocument (with a LineCounter, duplicate-key check off) and toJS.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

for (const file of process.argv.slice(2)) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: false });
  doc.toJS({ maxAliasCount: 100 });
}
