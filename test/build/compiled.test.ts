import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, readCatalogData } from '../../src/frameworks/load-catalog.js';
import { compiledDir } from '../../src/paths.js';
import { compileQuestionnaire, loadCompiledQuestionnaire } from '../../src/questionnaire/compiled.js';
import { checkQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import { parseYaml } from '../../src/yaml/load-yaml.js';
import { repoRoot, runBinary, runInProcess } from '../helpers/cli.js';

const bundled = readdirSync(join(repoRoot, 'questionnaires')).filter((f) => f.endsWith('.yaml'));

describe('what the build compiles (npm test builds first)', () => {
  it('has a compiled file for every bundled questionnaire and the catalogue', () => {
    for (const name of [...bundled.map((f) => f.replace(/\.yaml$/, '.json')), 'catalog.json']) expect(existsSync(join(compiledDir, name)), name).toBe(true);
  });

  it.each(bundled)('%s: the compiled form gives exactly the questionnaire that loading the YAML gives', (name) => {
    const text = readFileSync(join(repoRoot, 'questionnaires', name), 'utf8');
    const file = `questionnaires/${name}`;
    const fromYaml = checkQuestionnaire(parseYaml(text, file), loadCatalog()).loaded?.questionnaire;
    const fromCompiled = loadCompiledQuestionnaire(name.replace(/\.yaml$/, ''), text, file, loadCatalog())?.questionnaire;
    expect(fromYaml).toBeDefined();
    expect(fromCompiled).toEqual(fromYaml);
    // And the file on disk is what the compiler makes of the YAML now.
    expect(JSON.parse(readFileSync(join(compiledDir, name.replace(/\.yaml$/, '.json')), 'utf8'))).toEqual(JSON.parse(JSON.stringify(compileQuestionnaire(text, file, loadCatalog()))));
  });

  it('ignores a compiled questionnaire made from other YAML text', () => {
    const text = readFileSync(join(repoRoot, 'questionnaires/council-cyber-resilience.yaml'), 'utf8');
    expect(loadCompiledQuestionnaire('council-cyber-resilience', `${text}\n# edited\n`, 'q.yaml', loadCatalog())).toBeUndefined();
  });

  it('compiles the framework catalogue to the same data', () => {
    const text = readFileSync(join(repoRoot, 'frameworks/catalog.yaml'), 'utf8');
    expect(readCatalogData(text)).toEqual(JSON.parse(JSON.stringify(parseYaml(text, 'catalog.yaml').data)));
  });
});

describe('the bundle behaves exactly like the sources', () => {
  // Every fixture through `validate`: the bundle uses the precompiled validators and compiled data,
  // the in-process run uses the sources and ajv compiling at run time.
  const fixtures = ['valid', 'invalid/questionnaires', 'invalid/answers', 'hostile-render']
    .flatMap((d) => readdirSync(join(repoRoot, 'test/fixtures', d)).filter((f) => f.endsWith('.yaml')).map((f) => `test/fixtures/${d}/${f}`))
    .concat(bundled.map((f) => `questionnaires/${f}`), readdirSync(join(repoRoot, 'examples')).map((f) => `examples/${f}`));

  it.each(fixtures)('validate %s', async (file) => {
    const args = ['validate', '--questionnaire-dir', 'test/fixtures/valid', file];
    const [spawned, inProcess] = await Promise.all([runBinary({ args }), runInProcess({ args })]);
    expect(spawned).toEqual(inProcess);
  });

  it.each(['json', 'markdown', 'junit', 'sarif', 'text'])('assess the example as %s', async (format) => {
    const args = ['assess', '-a', 'examples/council-cyber-resilience.answers.yaml', '--today', '2026-11-23', '--format', format];
    const [spawned, inProcess] = await Promise.all([runBinary({ args }), runInProcess({ args })]);
    expect(spawned).toEqual(inProcess);
  });
});
