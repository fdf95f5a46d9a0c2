/**
 * Scan cost over real texts: every row of the shared dev set and of the check sets in src/guard/model/ (attacks and
 * benign, all lengths), best of four passes per text. Prints CPU per 1,000 characters and the per-text p50, p99 and
 * maximum. The fixed business prose of bench/guard.ts reads few rules; this shows what texts that carry cues cost.
 *
 *   node --import tsx bench/guard-corpus.ts [--data FILE]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDefaultGuardModel } from '../src/guard/default-model.js';
import { scan } from '../src/guard/scan.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/datasets/guard/dev.jsonl' } } });
const dir = new URL('../src/guard/model/', import.meta.url);
const files = [values.data as string, ...readdirSync(dir).filter((f) => f.startsWith('probe-')).map((f) => new URL(f, dir))];
const texts = files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text));
const chars = texts.reduce((a, t) => a + t.length, 0);
const model = await loadDefaultGuardModel();
const best = new Array<number>(texts.length).fill(Infinity);
let cpu = Infinity;
let sink = 0;
for (let pass = 0; pass < 5; pass++) {
  const c0 = process.cpuUsage();
  texts.forEach((t, i) => {
    const t0 = process.hrtime.bigint();
    sink += scan(model, t).score;
    if (pass > 0) best[i] = Math.min(best[i] as number, Number(process.hrtime.bigint() - t0) / 1e6);
  });
  const c = process.cpuUsage(c0);
  if (pass > 0) cpu = Math.min(cpu, (c.user + c.system) / 1000);
}
const sorted = best.slice().sort((a, b) => a - b);
const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
console.log(`${texts.length} texts, ${chars} characters (${files.length} files), node ${process.version}`);
console.log(`CPU ${(cpu / chars * 1000).toFixed(3)} ms per 1,000 characters; per text p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${(sorted[sorted.length - 1] as number).toFixed(1)} ms${sink < 0 ? ' ' : ''}`);
