// A forum of fictional councils for the benchmarking demo (README "Benchmarking a forum"):
//
//   node scripts/demo-councils.mjs --out DIR [--seed N] [--count N] [--no-share]
//
// writes DIR/answers/<council>.answers.yaml, one answers file per council for the default
// questionnaire, and DIR/extracts/<label>.json, each council's anonymised extract made by the built
// tool's own `share` command (run in this process through dist/, so `npm run build` first).
// The same seed always gives the same bytes. Every council, place and person here is invented.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { COUNCILS } from './demo-council-names.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SEED = 17;
export const DEFAULT_COUNT = 30;

/** mulberry32: a small, fast 32-bit generator; plenty for invented data, and the same everywhere. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one generator, so that every draw comes from the seed in a fixed order. */
function draws(next) {
  const normal = (mean = 0, sd = 1) => {
    // Box-Muller; 1 - next() keeps the logarithm away from zero.
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const weighted = (items, weight) => {
    const weights = items.map(weight);
    let r = next() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };
  const chance = (p) => next() < p;
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const hex = (n) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return { next, normal, pick, weighted, chance, int, hex };
}

const clamp = (x, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, x));

// Sections that move together: a council that neglects governance tends to neglect audit and
// exercising too, and one with a strong technical team is strong across the technical sections.
const THEMES = {
  leadership: ['governance', 'risk', 'assurance', 'coordination', 'funding'],
  people: ['people', 'communication', 'sharing', 'baselines', 'elections', 'supply-chain'],
  technical: ['assets', 'identity', 'email-domains', 'vulnerabilities', 'monitoring', 'response'],
};
const themeOf = (sectionId) => Object.keys(THEMES).find((t) => THEMES[t].includes(sectionId)) ?? 'people';

// Where councils most often do not know the answer: suppliers, logs, devices and recovery times.
const UNKNOWN_LIKELIHOOD = { 'supply-chain': 3, monitoring: 2.5, assets: 2, vulnerabilities: 1.5, response: 1.5, risk: 1 };

/** Reasons a council gives for "not applicable", by question; a question not listed is always answered. */
const NOT_APPLICABLE = {
  'share-warp': { p: 0.1, reason: 'There is no WARP for our region; the council shares warnings through the regional cyber group of the resilience partnership instead.' },
  'share-local-business': { p: 0.15, reason: 'No local business body covers the area since the Local Enterprise Partnership closed; the combined authority now leads on the local economy.' },
  'base-psn': { p: 0.12, reason: 'The council left the Public Services Network when its last service moved to an internet route.', group: 'psn' },
  'base-psn-migration': { group: 'psn', reason: 'Nothing is reached over the Public Services Network any more.' },
  'iot-default-passwords': { p: 0.05, group: 'iot', reason: 'The council owns no connected devices: its offices are leased and the landlord runs the building systems and cameras.' },
  'iot-updates': { group: 'iot', reason: 'The council owns no connected devices: the landlord runs them.' },
  'iot-segregation': { group: 'iot', reason: 'The council owns no connected devices: the landlord runs them.' },
  'supply-shared-services': { p: 0.15, reason: 'The council shares no services or systems with other councils or partners.' },
};

const OWNERS = ['Head of ICT', 'Infrastructure Manager', 'Information Governance Manager', 'Director of Resources', 'Emergency Planning Manager', 'Procurement Manager', 'Head of Digital', 'Service Desk Manager'];
const ASSESSORS = ['Head of ICT, with the Information Governance Manager', 'Chief Digital Officer', 'ICT Security Lead and the Emergency Planning Manager', 'Head of Digital and Customer Services', 'Information Security Officer'];
const WAIVER_REASONS = [
  'The work is funded in next year\'s capital programme; the senior owner accepts the risk until it is done.',
  'This is part of a contract being re-let; the risk is accepted until the new supplier starts.',
  'Staff to do this are being recruited; the audit committee accepted the risk for the meantime.',
];
const OUT_OF_HOURS = [
  'The on-call ICT manager, reached through the emergency planning duty officer rota.',
  'The duty emergency planning officer, who calls the Head of ICT and the supplier of the managed security service.',
  'The on-call senior manager from the corporate rota; the ICT team has no out-of-hours cover of its own.',
  'The Head of ICT, or the Infrastructure Manager as deputy, through the council control room.',
];

/** A question's options as [value, score], from its scale, its own options, or yes/no. */
function optionsOf(question, scales) {
  if (question.type === 'yes-no') return question.options ?? [{ value: 'no', score: 0 }, { value: 'yes', score: 1 }];
  return question.scale ? scales[question.scale] : question.options ?? [];
}

/** Whether a question's `when` holds for the answers given so far (unanswered: it does not). */
function holds(condition, given) {
  if (!condition) return true;
  if (condition.all) return condition.all.every((c) => holds(c, given));
  if (condition.any) return condition.any.some((c) => holds(c, given));
  const value = given.get(condition.question);
  if (value === undefined || typeof value === 'object') return false;
  if (condition.in) return condition.in.map(String).includes(String(value));
  if (condition.notIn) return !condition.notIn.map(String).includes(String(value));
  return true;
}

/** The questions other questions depend on: facts about the council, never "don't know". */
function controllers(sections) {
  const ids = new Set();
  const walk = (c) => {
    if (!c) return;
    if (c.question) ids.add(c.question);
    for (const sub of [...(c.all ?? []), ...(c.any ?? [])]) walk(sub);
  };
  for (const s of sections) for (const q of s.questions) walk(q.when);
  return ids;
}

/** A number whose band scores close to the target: each band's range, then a whole number in it. */
function numberFor(question, target, r) {
  const bands = question.bands ?? [];
  const lowerIsBetter = bands.some((b) => b.max !== undefined);
  const floor = question.min ?? 0;
  const ranges = bands.map((band, i) => {
    if (lowerIsBetter) {
      const lo = i === 0 ? floor : bands[i - 1].max + 1;
      return { score: band.score, lo, hi: band.max ?? Math.round(lo * 2.5) };
    }
    const hi = i === 0 ? Math.round(band.min * 1.5) : bands[i - 1].min - 1;
    return { score: band.score, lo: band.min ?? floor, hi };
  });
  const range = r.weighted(ranges, (x) => Math.exp(-((x.score - target) ** 2) / 0.045));
  return r.int(range.lo, Math.max(range.lo, range.hi));
}

/** One council's facts, drawn from its kind: who runs elections and social care, what it owns. */
function factsOf(council, r) {
  const kind = council.kind;
  const social = ['county', 'unitary', 'metropolitan', 'welsh', 'scottish'].includes(kind);
  return {
    'base-nation': { welsh: 'wales', scottish: 'scotland', 'northern-irish': 'northern-ireland' }[kind] ?? 'england',
    'base-social-care': social ? 'yes' : 'no',
    // County councils and Northern Ireland's councils do not run elections; the others all do.
    'elect-runs-elections': kind === 'county' || kind === 'northern-irish' ? 'no' : 'yes',
    'supply-connected-orgs': social || r.chance(0.4) ? 'yes' : 'no',
    'iot-runs-ot': r.chance(kind === 'district' ? 0.35 : 0.7) ? 'yes' : 'no',
    'base-takes-card-payments': r.chance(0.9) ? 'yes' : 'no',
  };
}

/** The YAML for one answer: a bare value where there is nothing else to say, else a mapping. */
function answerYaml(id, a) {
  const fields = Object.entries(a).filter(([, v]) => v !== undefined);
  // Plain where YAML reads it back as the same string, double-quoted (JSON is valid YAML) elsewhere.
  const plain = (v) => /^[A-Za-z][\w ,.'()-]*$/.test(v) && !/^(yes|no|true|false|null|on|off|y|n)$/i.test(v);
  const scalar = (v) => (Array.isArray(v) ? `[${v.join(', ')}]` : typeof v === 'string' && !plain(v) ? JSON.stringify(v) : String(v));
  if (fields.length === 1 && fields[0][0] === 'value') return [`  ${id}: ${scalar(a.value)}`];
  if (fields.length === 1 && fields[0][0] === 'status') return [`  ${id}: { status: ${a.status} }`];
  return [`  ${id}:`, ...fields.map(([k, v]) => `    ${k}: ${scalar(v)}`)];
}

/**
 * The forum: `count` councils for the questionnaire (its parsed YAML), each an answers file's text.
 * Tiers first (a few strong, most middling, a few weak), then per council a level, an offset per
 * theme and per section, and per question a difficulty shared by every council plus noise.
 */
export function generateForum(questionnaire, { seed = DEFAULT_SEED, count = DEFAULT_COUNT } = {}) {
  const r = draws(mulberry32(seed));
  const sections = questionnaire.sections;
  const scales = questionnaire.scales ?? {};
  const facts = controllers(sections);
  const difficulty = new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, r.normal(0, 0.12)])));
  const strong = Math.max(1, Math.round(count * 0.17));
  const weak = Math.max(1, Math.round(count * 0.2));
  const tiers = Array.from({ length: count }, (_, i) => (i < strong ? 'strong' : i < strong + weak ? 'weak' : 'middling'));
  for (let i = tiers.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [tiers[i], tiers[j]] = [tiers[j], tiers[i]];
  }
  const used = new Set();
  return tiers.map((tier, index) => {
    const council = COUNCILS[index % COUNCILS.length];
    const round = Math.floor(index / COUNCILS.length);
    const slug = round ? `${council.slug}-${round + 1}` : council.slug;
    const name = round ? `${council.name} ${round + 1}` : council.name;
    let label;
    do label = `council-${r.hex(6)}`;
    while (used.has(label));
    used.add(label);
    const level = clamp({ strong: r.normal(0.85, 0.04), middling: r.normal(0.58, 0.08), weak: r.normal(0.37, 0.06) }[tier], 0.05, 0.97);
    const theme = Object.fromEntries(Object.keys(THEMES).map((t) => [t, r.normal(0, 0.09)]));
    const councilFacts = factsOf(council, r);
    const groups = new Set(Object.values(NOT_APPLICABLE).filter((n) => n.p && r.chance(n.p)).map((n) => n.group ?? n.reason));
    const given = new Map();
    const lines = [];
    const gaps = [];
    for (const section of sections) {
      const sectionLevel = level + theme[themeOf(section.id)] + r.normal(0, 0.06);
      lines.push('', `  # ${section.title}`);
      for (const q of section.questions) {
        if (!holds(q.when, given)) continue;
        let answer;
        if (councilFacts[q.id] !== undefined) answer = { value: councilFacts[q.id] };
        else if (q.type === 'text') answer = { value: r.pick(OUT_OF_HOURS) };
        else {
          const na = NOT_APPLICABLE[q.id];
          const unknownP = facts.has(q.id) ? 0 : (0.012 + 0.05 * (1 - level)) * (UNKNOWN_LIKELIHOOD[section.id] ?? 0.4);
          const target = clamp(sectionLevel - difficulty.get(q.id) + r.normal(0, 0.17));
          if (na && groups.has(na.group ?? na.reason)) answer = { status: 'not-applicable', reason: na.reason };
          else if (r.chance(unknownP)) answer = { status: 'unknown', owner: r.chance(0.5) ? r.pick(OWNERS) : undefined };
          else if (q.type === 'number') answer = { value: numberFor(q, target, r) };
          else if (q.type === 'multi') {
            const options = optionsOf(q, scales);
            const chosen = options.filter((o) => !o.exclusive && r.chance(clamp(target + 0.1)));
            answer = { value: chosen.length ? chosen.map((o) => o.value) : options.filter((o) => o.exclusive).map((o) => o.value).slice(0, 1) };
          } else {
            // Options near the target are likeliest; equal scores (not in place, planned) split evenly.
            const options = optionsOf(q, scales).filter((o) => o.score !== undefined);
            answer = { value: r.weighted(options, (o) => Math.exp(-((o.score - target) ** 2) / 0.045)).value };
          }
          // Gaps sometimes have an owner, as councils write them; nothing here leaves in an extract.
          if (answer.value !== undefined && target < 0.5 && r.chance(0.15)) answer.owner = r.pick(OWNERS);
        }
        given.set(q.id, answer.value ?? answer);
        if (typeof answer.value === 'string' && optionsOf(q, scales).find((o) => o.value === answer.value)?.score === 0 && !facts.has(q.id) && themeOf(section.id) === 'technical') gaps.push(q.id);
        lines.push(...answerYaml(q.id, answer));
      }
    }
    const month = r.int(9, 11);
    const day = String(r.int(1, 28)).padStart(2, '0');
    // Now and then a council has formally accepted one gap for a while.
    const waived = tier !== 'weak' && gaps.length && r.chance(0.3) ? r.pick(gaps) : undefined;
    const waivers = waived
      ? ['', 'waivers:', `  - question: ${waived}`, `    reason: ${JSON.stringify(r.pick(WAIVER_REASONS))}`, `    approvedBy: ${r.pick(OWNERS)}`, `    expires: 2027-${String(r.int(3, 9)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`]
      : [];
    const text = [
      `# A FICTIONAL council, generated by scripts/demo-councils.mjs (seed ${seed}) for the benchmarking demo.`,
      `questionnaire: ${questionnaire.id}`,
      `questionnaireVersion: ${questionnaire.version}`,
      `organisation: ${JSON.stringify(`${name} (fictional)`)}`,
      `assessor: ${JSON.stringify(r.pick(ASSESSORS))}`,
      `assessedOn: 2026-${String(month).padStart(2, '0')}-${day}`,
      '',
      'answers:',
      ...lines.slice(1),
      ...waivers,
      '',
    ].join('\n');
    return { slug, name, label, tier, text };
  });
}

/** Share each council through the built tool, in this process: `share FILE --label L -o OUT`. */
async function shareAll(councils, answersDir, extractsDir) {
  const require = createRequire(import.meta.url);
  if (!existsSync(join(root, 'dist/boot.cjs'))) throw new Error('the tool is not built: run `npm run build` first, or pass --no-share');
  const { run } = require(join(root, 'dist/boot.cjs')).load(join(root, 'dist'), process.env).cli;
  for (const c of councils) {
    let stderr = '';
    const sink = { write: () => undefined, isTTY: false };
    const io = { stdout: sink, stderr: { write: (t) => void (stderr += t), isTTY: false }, stdinIsTTY: false, readStdin: async () => Buffer.alloc(0), env: {}, cwd: process.cwd(), now: () => new Date('2026-12-01T12:00:00Z') };
    const code = await run(['share', join(answersDir, `${c.slug}.answers.yaml`), '--label', c.label, '-o', join(extractsDir, `${c.label}.json`)], io);
    if (code !== 0) throw new Error(`share ${c.slug} exited ${code}: ${stderr}`);
  }
}

async function main(argv) {
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const out = option('--out');
  if (!out) {
    process.stderr.write('usage: node scripts/demo-councils.mjs --out DIR [--seed N] [--count N] [--no-share]\n');
    return 2;
  }
  const seed = Number(option('--seed', DEFAULT_SEED));
  const count = Number(option('--count', DEFAULT_COUNT));
  const questionnaire = parse(readFileSync(join(root, 'questionnaires/council-cyber-resilience.yaml'), 'utf8'));
  const councils = generateForum(questionnaire, { seed, count });
  const answersDir = resolve(out, 'answers');
  const extractsDir = resolve(out, 'extracts');
  // A second run replaces the first one's files, and only those (a smaller --count leaves none behind).
  for (const [dir, ending] of [[answersDir, '.answers.yaml'], [extractsDir, '.json']]) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.endsWith(ending)) rmSync(join(dir, name));
  }
  for (const c of councils) writeFileSync(join(answersDir, `${c.slug}.answers.yaml`), c.text);
  if (!argv.includes('--no-share')) await shareAll(councils, answersDir, extractsDir);
  // Who is who: each council keeps its own label to itself; here all of them, for the demo.
  process.stdout.write(councils.map((c) => `${c.label}  ${c.slug}\n`).join(''));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`demo-councils: ${error.message}\n`);
    process.exitCode = 1;
  }
}
