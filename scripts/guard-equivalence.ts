/**
 * Equivalence dump for guard speed work: scans every row of the guard data sets
 * (train and dev under /work/shared/datasets/guard, or the directory given by
 * --data), every src/guard/model/*.jsonl file and the latency bench's texts
 * (bench/guard-text.ts), and writes, one line per text, the rule hits (id,
 * score, framed), the findings, the score and the verdict of `scan` (the call
 * bench/guard.ts makes), plus the rule hits and score of the same text read as
 * a tool result. Run it on two checkouts and `cmp` the outputs: a speed change
 * must leave them identical.
 *
 *   node --import tsx scripts/guard-equivalence.ts --out /tmp/eq.txt [--data DIR]
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultGuardModel } from '../src/guard/default-model.js';
import { combinedScore, rawScore, scan } from '../src/guard/scan.js';
import type { RuleContext, RuleHit } from '../src/guard/rules.js';
import { benchText } from '../bench/guard-text.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] as string) : dflt;
};
const out = arg('--out', '/tmp/guard-equivalence.txt');
const dataDir = arg('--data', '/work/shared/datasets/guard');
const modelDir = new URL('../src/guard/model/', import.meta.url).pathname;

const texts: Array<[string, string]> = [];
const readJsonl = (path: string, tag: string): void => {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    const o = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof o.text === 'string') texts.push([`${tag}:${i + 1}:${String(o.id)}`, o.text]);
  }
};
for (const f of ['train.jsonl', 'dev.jsonl']) if (existsSync(join(dataDir, f))) readJsonl(join(dataDir, f), f);
for (const f of readdirSync(modelDir).filter((x) => x.endsWith('.jsonl')).sort()) readJsonl(join(modelDir, f), f);
for (const len of [2000, 8000]) for (let k = 1; k <= 200; k++) texts.push([`bench:${len}:${k}`, benchText(len, k)]);

const model = await loadDefaultGuardModel();
const fmtHits = (hits: readonly RuleHit[]): string =>
  hits.map((h) => `${h.id}=${h.score}${h.framed === true ? 'f' : ''}${h.decisionOnly === true ? 'd' : ''}`).sort().join(' ');
const toolCtx: RuleContext = { role: 'tool', toolsDeclared: true };
const lines: string[] = [];
for (const [id, text] of texts) {
  const s = scan(model, text);
  const user = rawScore(model, text, { role: 'user', toolsDeclared: false });
  const tool = rawScore(model, text, toolCtx);
  lines.push([
    id,
    `verdict=${s.score >= 0.5 ? 'block' : 'pass'} score=${s.score} category=${s.category ?? '-'}`,
    `hits=[${fmtHits(user.hits)}] classifier=${user.classifier}`,
    `findings=[${s.findings.map((f) => `${f.code}:${f.category}:${f.score}`).join(' ')}]`,
    `transforms=[${s.transforms.join(' ')}] sensitive=[${s.sensitive.map((m) => `${m.type}:${m.kind}@${m.start}-${m.end}`).join(' ')}]`,
    `tool=[${fmtHits(tool.hits)}] toolscore=${combinedScore(model, tool)}`,
  ].join('\t'));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${texts.length} texts → ${out}`);
