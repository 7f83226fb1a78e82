// Build the published tool: generated code and data first, then the bundles, then the V8 code cache.
// `npm run build` (and `prepare`).
//
// dist/cli.cjs     the whole command line in one CommonJS file, started by bin/ through dist/boot.cjs
//                  (CommonJS because only a classic script can be started from a V8 code cache on Node 20)
// dist/prompts.cjs the prompt library (src/answers/prompter-library.ts), required only when prompting
// dist/docx.cjs    the Word document library, required only for a docx report
// dist/boot.cjs    loads dist/cli.cjs with dist/cli.cache
// dist/cli.cache   V8's compiled code for dist/cli.cjs, recorded by running it through typical commands
// dist/compiled/   the bundled questionnaires and the catalogue as checked data
// THIRD-PARTY-NOTICES.txt  the licences of every package whose code is in a bundle
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';
import { noticesText, packagesOf, withDependencies } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const started = Date.now();
rmSync(dist, { recursive: true, force: true });

// No legal comments in the bundles (they would cost parsing at every start): THIRD-PARTY-NOTICES.txt carries them.
const common = { bundle: true, platform: 'node', target: 'node20.17', logLevel: 'warning', legalComments: 'none', metafile: true };
const cjs = { ...common, format: 'cjs', outdir: dist, outExtension: { '.js': '.cjs' } };

// 1. Generate. The generator sits in dist/ itself so that its paths resolve from the package root.
const generator = join(dist, 'codegen.mjs');
await build({
  ...common,
  format: 'esm',
  // CommonJS dependencies bundled into ESM still call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __cyberReadyRequire } from 'node:module'; const require = __cyberReadyRequire(import.meta.url);" },
  entryPoints: [join(root, 'scripts/codegen.ts')],
  outfile: generator,
  packages: 'external',
});
const { codegen } = await import(pathToFileURL(generator).href);
const generated = codegen(root);
rmSync(generator);

// 2. The entry for precompiled validators, standing in for src/schema/validators.ts in the bundle.
// Each require() below is bundled as a module evaluated on first use.
const validatorsEntry = join(dist, '.build/validators-entry.cjs');
writeFileSync(
  validatorsEntry,
  [
    'const load = {',
    "  questionnaire: () => require('./validate-questionnaire.cjs').questionnaire,",
    "  answers: () => require('./validate-answers.cjs').answers,",
    "  share: () => require('./validate-share.cjs').share,",
    '};',
    'exports.getValidator = (kind) => {',
    '  if (!load[kind]) throw new Error(`no precompiled validator for ${kind}`);',
    '  return load[kind]();',
    '};',
    '',
  ].join('\n'),
);

const bundlePlugin = {
  name: 'cyber-ready-bundle',
  setup(b) {
    // Precompiled validators instead of ajv compiling schemas at run time.
    b.onResolve({ filter: /\/validators\.js$/ }, (args) => (args.importer.endsWith(join('src', 'schema', 'validate-schema.ts')) ? { path: validatorsEntry } : undefined));
    // The prompt library is a bundle of its own (dist/prompts.cjs), required only when prompting.
    b.onResolve({ filter: /^(@inquirer\/prompts|\.\/prompter-library\.js)$/ }, () => ({ path: 'prompts', namespace: 'cyber-ready-prompts' }));
    b.onLoad({ filter: /.*/, namespace: 'cyber-ready-prompts' }, () => ({ contents: "module.exports = require('./prompts.cjs');", loader: 'js' }));
    b.onResolve({ filter: /^\.\/prompts\.cjs$/ }, () => ({ path: './prompts.cjs', external: true }));
    // So is the Word library (dist/docx.cjs, about as big as the rest of the tool), required only
    // when a docx report is asked for, so that it costs nothing to parse for any other run.
    b.onResolve({ filter: /^docx$/ }, () => ({ path: 'docx', namespace: 'cyber-ready-docx' }));
    b.onLoad({ filter: /.*/, namespace: 'cyber-ready-docx' }, () => ({ contents: "module.exports = require('./docx.cjs');", loader: 'js' }));
    b.onResolve({ filter: /^\.\/docx\.cjs$/ }, () => ({ path: './docx.cjs', external: true }));
    // Commander loads node:child_process (and with it net, dgram and streams) only to run external
    // subcommands, which this tool has none of; load it if that ever happens, not at every start.
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'cyber-ready-lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'cyber-ready-lazy' }, () => ({ contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);", loader: 'js' }));
  },
};

// 3. The bundles, and the notices of the packages in them.
const bundles = [];
bundles.push(await build({
  ...cjs,
  entryPoints: { cli: join(root, 'src/cli/run.ts') },
  // src/paths.ts finds the package's folders from its own URL.
  define: { 'import.meta.url': '__cyberReadyUrl' },
  banner: { js: "var __cyberReadyUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: !process.env.NO_MINIFY,
  // import() of Node's own modules becomes require(): the bundle runs as a classic script, which has
  // no module loader to import with.
  supported: { 'dynamic-import': false },
  plugins: [bundlePlugin],
}));
bundles.push(await build({ ...cjs, entryPoints: { prompts: join(root, 'src/answers/prompter-library.ts') }, minify: true }));
bundles.push(await build({ ...cjs, entryPoints: { docx: 'docx' }, minify: true }));
bundles.push(await build({ ...cjs, entryPoints: { boot: join(root, 'src/boot.ts') } }));
rmSync(join(dist, '.build'), { recursive: true, force: true });
const bundled = packagesOf(bundles.flatMap((b) => Object.keys(b.metafile.inputs)));
writeFileSync(join(root, 'THIRD-PARTY-NOTICES.txt'), noticesText(root, withDependencies(root, bundled)));
// For the test that every bundled package has its notice (test/build/third-party-notices.test.ts).
mkdirSync(join(root, 'node_modules/.cache/cyber-ready'), { recursive: true });
writeFileSync(join(root, 'node_modules/.cache/cyber-ready/bundled-packages.json'), `${JSON.stringify(bundled, null, 2)}\n`);

// The bundles must be ASCII. One character outside Latin-1 anywhere (esbuild escapes them in strings
// but not in a regular expression with the u flag, such as /[.!?…]$/u) makes V8 hold the whole
// 600 KB source as a two-byte string: decoding, hashing and scanning it cost 12 M instructions, some
// 4 ms, on every start, --version included. Write \u2026 in the source instead. A build for profiling
// (NO_MINIFY=1) keeps the sources' comments, which may hold any character, so it is not checked.
for (const name of process.env.NO_MINIFY ? [] : ['cli.cjs', 'boot.cjs', 'prompts.cjs', 'docx.cjs']) {
  const text = readFileSync(join(dist, name), 'utf8');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) {
    const ch = text.codePointAt(at);
    console.error(`build: dist/${name} has a character outside ASCII, U+${ch.toString(16).toUpperCase().padStart(4, '0')}, in: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}; escape it in the source (\\u....) so that the bundle stays ASCII and Node keeps it a one-byte string`);
    process.exit(1);
  }
}

// 4. The code cache, recorded in a fresh process with no NODE_OPTIONS, as the tool itself starts.
const env = { ...process.env };
delete env.NODE_OPTIONS;
const record = spawnSync(process.execPath, [join(root, 'scripts/record-code-cache.cjs')], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
if (record.status !== 0) throw new Error(`recording the code cache failed (exit ${record.status})`);

process.stderr.write(`built dist/ in ${Date.now() - started} ms (${generated.length} generated files)\n`);
