// node scripts/bench/frontmatter.mjs (after npm run build): the cost per file of splitting a
// Markdown file's frontmatter with gray-matter — matter(text, { engines: { yaml } }), options given
// so that its content-keyed cache is not used — over sup's own splitter (dist/load/split-frontmatter.js),
// on 10,000 generated activity files. The YAML parse is left out of both (the engine returns the
// text), since it would be the same parse either way. Prints microseconds per file, medians of 7 rounds.
// gray-matter is no dependency of sup (it missed the budget, see docs/performance.md); to measure
// again: npm install --no-save gray-matter@4.0.3 && node scripts/bench/frontmatter.mjs
import { splitFrontmatter } from '../../dist/load/split-frontmatter.js';

/** @type {(text: string, options: object) => { data: unknown; content: string; matter: string }} */
let matter;
// Named through a variable: gray-matter is installed only to measure, so the type-check must not need it.
const GRAY_MATTER = 'gray-matter';
try {
  matter = (await import(GRAY_MATTER)).default;
} catch {
  console.error('gray-matter is not installed: npm install --no-save gray-matter@4.0.3');
  process.exit(2);
}

const FILES = Number(process.env.SUP_BENCH_FILES ?? 10_000);
const ROUNDS = 7;

const texts = Array.from({ length: FILES }, (_, i) =>
  [
    '---',
    'typ: aktivitet',
    `id: aktivitet-${i}`,
    `titel: Aktivitet nummer ${i} om laddplatser i Södertörn`,
    'verksamhetsplan: vp-2025',
    `mål: [delmal-${i % 40}, delmal-${(i + 7) % 40}]`,
    'ansvarig: klimatstrateger',
    'period:',
    '  från: 2025-02-01',
    '  till: 2025-11-30',
    'budget:',
    '  post: kansli',
    `  belopp: ${1000 * (i % 90)}`,
    'status: pågår',
    '---',
    `Aktiviteten ${i} kartlägger laddplatser i de åtta kommunerna.`,
    '',
    '## Bakgrund',
    '',
    'Text '.repeat(40 + (i % 30)),
    '',
  ].join('\n'),
);

const engines = { yaml: (s) => s };
const variants = {
  'sup splitFrontmatter': (t) => splitFrontmatter(t).ok,
  'gray-matter (options, no cache)': (t) => matter(t, { engines, language: 'yaml' }).matter.length,
};

/** Median microseconds per file of `fn` over all texts. */
function time(fn) {
  const rounds = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    for (const t of texts) sink += fn(t) ? 1 : 0;
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / texts.length);
  }
  rounds.sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return rounds[Math.floor(ROUNDS / 2)];
}

// One warm-up pass each, so that neither pays the JIT for the other.
for (const fn of Object.values(variants)) time(fn);
const results = Object.fromEntries(Object.entries(variants).map(([name, fn]) => [name, time(fn)]));
for (const [name, us] of Object.entries(results)) console.log(`${name.padEnd(34)} ${us.toFixed(2)} µs/file`);
const over = results['gray-matter (options, no cache)'] - results['sup splitFrontmatter'];
console.log(`gray-matter over the own splitter: ${over.toFixed(2)} µs/file, ${((over * FILES) / 1000).toFixed(1)} ms for ${FILES} files`);
