// Build the published tool: generated code and data first, then one code-split ESM bundle whose
// commands, renderers and prompt library load only when used. `npm run build` (and `prepare`).
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const started = Date.now();
rmSync(dist, { recursive: true, force: true });

// CommonJS dependencies bundled into ESM still call require() for Node's built-in modules.
const banner = { js: "import { createRequire as __cyberReadyRequire } from 'node:module'; const require = __cyberReadyRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node20.17', format: 'esm', banner, logLevel: 'warning', legalComments: 'none' };

// 1. Generate. The generator sits in dist/ itself so that its paths resolve from the package root.
const generator = join(dist, 'codegen.mjs');
await build({ ...common, entryPoints: [join(root, 'scripts/codegen.ts')], outfile: generator, packages: 'external' });
const { codegen } = await import(pathToFileURL(generator).href);
const generated = codegen(root);
rmSync(generator);

// 2. The entry for precompiled validators, standing in for src/schema/validators.ts in the bundle.
// It is CommonJS so that each require() below is bundled as a module evaluated on first use.
const validatorsEntry = join(dist, '.build/validators-entry.cjs');
writeFileSync(
  validatorsEntry,
  [
    'const load = {',
    "  questionnaire: () => require('./validate-questionnaire.cjs').questionnaire,",
    "  answers: () => require('./validate-answers.cjs').answers,",
    '};',
    'exports.getValidator = (kind) => {',
    '  if (!load[kind]) throw new Error(`no precompiled validator for ${kind}`);',
    '  return load[kind]();',
    '};',
    '',
  ].join('\n'),
);
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(b) {
    b.onResolve({ filter: /\/validators\.js$/ }, (args) => (args.importer.endsWith(join('src', 'schema', 'validate-schema.ts')) ? { path: validatorsEntry } : undefined));
  },
};

// 3. The bundle: dist/cli.js and its chunks, all in dist/ so every module resolves paths alike.
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/run.ts') },
  outdir: dist,
  splitting: true,
  chunkNames: '[name]-[hash]',
  minify: true,
  keepNames: false,
  plugins: [precompiledValidators],
});
rmSync(join(dist, '.build'), { recursive: true, force: true });
process.stderr.write(`built dist/ in ${Date.now() - started} ms (${generated.length} generated files)\n`);
