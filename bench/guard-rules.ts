/**
 * Cost of each guard rule's patterns on their own: every rule's `re` and
 * `requires` run over the lower-cased, NFKC-normalised texts of a JSON-lines
 * file (default: the shared dev set), one warm-up pass and three timed passes,
 * and the slowest are printed in nanoseconds per character. In a scan a rule
 * runs only when its gate and `requires` pattern pass, so these are upper
 * bounds; they show which pattern a round made expensive (one alternative
 * opening with a two-sided Unicode word boundary costs about 25 ns per
 * character, see docs/guard.md, "Latency").
 *
 *   node --import tsx bench/guard-rules.ts [--data FILE] [--top N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES } from '../src/guard/rules.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/datasets/guard/dev.jsonl' }, top: { type: 'string', default: '15' } } });
const texts = readFileSync(values.data as string, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text.normalize('NFKC').toLowerCase());
const chars = texts.reduce((a, t) => a + t.length, 0);

const rows: Array<{ ns: number; what: string; source: string }> = [];
for (const rule of RULES) {
  for (const [part, re] of [['re', rule.re], ['requires', rule.requires]] as const) {
    if (re === undefined) continue;
    for (const t of texts) { re.lastIndex = 0; re.test(t); }
    const t0 = process.hrtime.bigint();
    for (let pass = 0; pass < 3; pass++) for (const t of texts) { re.lastIndex = 0; re.test(t); }
    rows.push({ ns: Number(process.hrtime.bigint() - t0) / chars / 3, what: `${rule.id} ${part}`, source: re.source.slice(0, 60) });
  }
}
rows.sort((a, b) => b.ns - a.ns);
console.log(`${rows.length} patterns over ${texts.length} texts (${chars} characters); all together ${rows.reduce((a, r) => a + r.ns, 0).toFixed(0)} ns per character`);
console.log('ns/char  rule / pattern');
for (const r of rows.slice(0, Number(values.top))) console.log(`${r.ns.toFixed(1).padStart(7)}  ${r.what}  ${r.source}`);
