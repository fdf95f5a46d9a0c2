/**
 * `bastion guard scan [--jsonl FILE | -] [--policy FILE] [--model FILE]`
 *   reads JSON lines with `id` and `text` (optional `role`: user|tool, `tools`: true),
 *   writes one JSON line per input: id, flagged, verdict, score, category, findings[{code, score}].
 * `bastion guard eval --data FILE.jsonl [--policy FILE] [--model FILE]`
 *   rows with `label` (attack|benign): prints TPR, FPR, F1, TPR@1%FPR, ROC-AUC,
 *   tables per category, language and source, and scan latency by input length.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import { ConfigProblems } from '../config/problems.js';
import { parseGuardConfig, type GuardPolicy } from '../guard/config.js';
import { decide } from '../guard/decide.js';
import { loadDefaultGuardModel, loadGuardModelFile } from '../guard/default-model.js';
import { formatSummary, groupTable, latencyTable, summarise, type Scored } from '../guard/metrics.js';
import type { GuardModel } from '../guard/model.js';
import { scan } from '../guard/scan.js';

export interface GuardIo { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }

const USAGE = `usage:
  bastion guard scan [--jsonl FILE | -] [--policy FILE] [--model FILE]
  bastion guard eval --data FILE.jsonl [--policy FILE] [--model FILE]
`;

class UsageError extends Error {}

function parseFlags(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-') { out.set('--jsonl', '-'); continue; }
    if (!known.includes(a)) throw new UsageError(`unknown argument: ${a}`);
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${a} needs a value`);
    out.set(a, v);
    i++;
  }
  return out;
}

async function loadPolicy(path: string | undefined): Promise<GuardPolicy> {
  const problems = new ConfigProblems();
  let raw: unknown = undefined;
  if (path) {
    const text = await readFile(path, 'utf8');
    const doc = parseYaml(text) as unknown;
    raw = doc && typeof doc === 'object' && 'guard' in doc ? (doc as { guard: unknown }).guard : doc;
  }
  const cfg = parseGuardConfig(raw, 'guard', problems);
  if (!problems.empty) throw new UsageError(`invalid policy ${path}:\n` + problems.list.map((p) => `  - ${p.path}: ${p.message}`).join('\n'));
  return cfg.policy;
}

async function loadModel(path: string | undefined): Promise<GuardModel> {
  return path ? loadGuardModelFile(path) : loadDefaultGuardModel();
}

function lines(io: GuardIo, file: string | undefined): AsyncIterable<string> {
  const input = !file || file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Infinity });
}

interface InputRow { id: string; text: string; role: 'user' | 'tool'; tools: boolean; raw: Record<string, unknown> }

function parseRow(line: string, n: number): InputRow {
  let v: unknown;
  try { v = JSON.parse(line); } catch { throw new UsageError(`line ${n}: not valid JSON`); }
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new UsageError(`line ${n}: expected a JSON object`);
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined;
  if (id === undefined || typeof o.text !== 'string') throw new UsageError(`line ${n}: needs "id" and a string "text"`);
  return { id, text: o.text, role: o.role === 'tool' || o.role === 'function' ? 'tool' : 'user', tools: o.tools === true || Array.isArray(o.tools), raw: o };
}

function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve) => { if (stream.write(s)) resolve(); else stream.once('drain', () => resolve()); });
}

async function runScan(argv: readonly string[], io: GuardIo): Promise<number> {
  const f = parseFlags(argv, ['--jsonl', '--policy', '--model']);
  const [policy, model] = await Promise.all([loadPolicy(f.get('--policy')), loadModel(f.get('--model'))]);
  let n = 0;
  for await (const line of lines(io, f.get('--jsonl'))) {
    n++;
    if (!line.trim()) continue;
    const row = parseRow(line, n);
    const r = scan(model, row.text, { role: row.role, toolsDeclared: row.tools });
    const d = decide(r.findings, policy);
    const out = {
      id: row.id, flagged: d.verdict === 'block' || d.verdict === 'flag', verdict: d.verdict, score: r.score,
      category: d.category ?? r.category, findings: r.findings.map((x) => ({ code: x.code, score: x.score })),
    };
    await write(io.stdout, JSON.stringify(out) + '\n');
  }
  return 0;
}

async function runEval(argv: readonly string[], io: GuardIo): Promise<number> {
  const f = parseFlags(argv, ['--data', '--policy', '--model']);
  const data = f.get('--data');
  if (!data) throw new UsageError('--data FILE.jsonl is required');
  const [policy, model] = await Promise.all([loadPolicy(f.get('--policy')), loadModel(f.get('--model'))]);
  const rows: Scored[] = [];
  let n = 0;
  for await (const line of lines(io, data)) {
    n++;
    if (!line.trim()) continue;
    const row = parseRow(line, n);
    const label = row.raw.label;
    if (label !== 'attack' && label !== 'benign') throw new UsageError(`line ${n}: "label" must be attack or benign`);
    const t0 = process.hrtime.bigint();
    const r = scan(model, row.text, { role: row.role, toolsDeclared: row.tools });
    const d = decide(r.findings, policy);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const group: Record<string, string> = {};
    for (const k of ['category', 'lang', 'source'] as const) if (typeof row.raw[k] === 'string') group[k] = row.raw[k] as string;
    rows.push({ label, score: r.score, flagged: d.verdict === 'block' || d.verdict === 'flag', group, ms, length: row.text.length });
  }
  const s = summarise(rows);
  const out = [
    `guard eval: ${data}`,
    formatSummary(s),
    '', 'per category', groupTable(rows, 'category'),
    '', 'per language', groupTable(rows, 'lang'),
    '', 'per source', groupTable(rows, 'source'),
    '', 'scan latency by input length (this process, includes first-call warm-up)', latencyTable(rows), '',
  ].join('\n');
  await write(io.stdout, out);
  return 0;
}

/** Entry point for `bastion guard …`; returns the process exit code. */
export async function runGuardCommand(argv: string[], io: GuardIo): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'scan') return await runScan(rest, io);
    if (sub === 'eval') return await runEval(rest, io);
    io.stderr.write(USAGE);
    return sub === undefined || sub === '--help' || sub === 'help' ? (sub === undefined ? 2 : 0) : 2;
  } catch (err) {
    if (err instanceof UsageError) { io.stderr.write(`bastion guard: ${err.message}\n`); return 2; }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') { io.stderr.write(`bastion guard: cannot read ${(err as NodeJS.ErrnoException).path ?? 'input'}: ${code}\n`); return 2; }
    if (err instanceof Error && (err.name === 'GuardModelError' || err.name === 'YAMLParseError')) { io.stderr.write(`bastion guard: ${err.message}\n`); return 2; }
    throw err;
  }
}
