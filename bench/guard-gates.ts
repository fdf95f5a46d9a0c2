/**
 * Which guard rules pass their word gates and literal gates (rule-gates.ts,
 * literal-gate.ts) on the latency bench's 2,000-character texts
 * (bench/guard.ts), and what each costs alone there: for every rule whose
 * gates let a text through, its `requires` and `re` run on it (five times,
 * averaged; `re` only when its literal gate passes too); rules are listed by
 * microseconds per text. These are the rules a gate could still skip on plain
 * prose. In a scan each rule runs beside the others, so its share there is
 * larger than alone. With --corpus the texts are the rows of the shared dev
 * set and of the check sets in src/guard/model/ instead (as in
 * bench/guard-corpus.ts), and the figure is microseconds per corpus text.
 *
 *   node --import tsx bench/guard-gates.ts [--top N] [--corpus]
 */
import { RULES } from '../src/guard/rules.js';
import { fillTokenBloom, gateWords, mayContainWord, wordBits } from '../src/guard/rule-gates.js';
import { fillTrigramBloom, literalGate, mayMatch } from '../src/guard/literal-gate.js';
import { withSharedBoundaries } from '../src/guard/shared-boundary.js';
import { readdirSync, readFileSync } from 'node:fs';
import { benchText } from './guard-text.js';

function corpusTexts(): string[] {
  const dir = new URL('../src/guard/model/', import.meta.url);
  const files = ['../shared/datasets/guard/dev.jsonl', ...readdirSync(dir).filter((f) => f.startsWith('probe-')).map((f) => new URL(f, dir))];
  return files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text));
}
const corpus = process.argv.includes('--corpus');
const texts = (corpus ? corpusTexts() : Array.from({ length: 200 }, (_, k) => benchText(2000, k + 1)))
  .map((t) => t.normalize('NFKC').toLowerCase());
const res: Array<[number, string, string]> = [];
for (const rule of RULES) {
  const g = gateWords(rule.re.source); const gb = g === null ? null : wordBits(g);
  const rq = rule.requires === undefined ? null : gateWords(rule.requires.source); const rb = rq === null ? null : wordBits(rq);
  const re = withSharedBoundaries(rule.re); const requires = rule.requires === undefined ? undefined : withSharedBoundaries(rule.requires);
  const lg = literalGate(re); const lq = requires === undefined ? null : literalGate(requires);
  let ran = 0; let ns = 0;
  for (const t of texts) {
    fillTokenBloom(t); fillTrigramBloom(t);
    if (gb !== null && !mayContainWord(gb)) continue;
    if (rb !== null && !mayContainWord(rb)) continue;
    if (lq !== null && !mayMatch(lq)) continue;
    const t0 = process.hrtime.bigint();
    let pass = true;
    if (requires !== undefined) { for (let k = 0; k < 5; k++) pass = requires.exec(t) !== null; }
    if (pass && (lg === null || mayMatch(lg))) for (let k = 0; k < 5; k++) re.exec(t);
    ns += Number(process.hrtime.bigint() - t0) / 5; ran++;
  }
  if (ran > 0) res.push([ns / texts.length / 1000, rule.id, `${ran}/${texts.length} gate:${g === null ? 'none' : g.slice(0, 6).join(',')} req:${rule.requires === undefined ? '-' : rq === null ? 'ungated' : rq.slice(0, 6).join(',')}`]);
}
res.sort((a, b) => b[0] - a[0]);
let tot = 0; for (const r of res) tot += r[0];
console.log(`rules run on ${corpus ? 'corpus' : 'bench'} texts (${texts.length}): ${res.length} of ${RULES.length}, total ${tot.toFixed(1)} us per text`);
const topArg = process.argv.indexOf('--top');
const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 40;
for (const r of res.slice(0, top)) console.log(r[0].toFixed(2).padStart(7), 'us', r[1].padEnd(45), r[2]);
