/**
 * What auditing costs the gateway: the same gateway composition with the
 * audit sink on (SQLite, fail-closed, as shipped) and off (no-op sink), in one
 * run, against the same fake upstream. Guard and limits are off in both so the
 * audit share is not hidden behind them. Prints rps, the ratio on/off and
 * gateway CPU per request.
 *
 *   node --import tsx bench/audit-gateway.ts     (BENCH_SECONDS=5 BENCH_CONNS=64 BENCH_ROUNDS=3)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedLoop } from './load.js';
import { benchKey as makeKey, children, cpuMs, hasTaskset, listeningUrl, pin, pinSelf, startProcess } from './processes.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNS = Number(process.env.BENCH_CONNS ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
pinSelf('0');

const body = JSON.stringify({ model: 'bench-model', messages: [{ role: 'user', content: 'The quick brown fox jumps over the lazy dog. '.repeat(20) }], max_tokens: 64, stream: false });

async function main(): Promise<void> {
  const up = await startProcess(pin('0', [process.execPath, '--import', 'tsx', 'bench/upstream-main.ts', '0', '20']), listeningUrl);
  const targets: Array<{ name: 'on' | 'off'; url: string; key: string; pid: number; dir: string }> = [];
  for (const name of ['on', 'off'] as const) {
    const dir = mkdtempSync(join(tmpdir(), `bastion-bench-audit-${name}-`));
    const cfg = join(dir, 'bench.yaml');
    writeFileSync(cfg, `backends:\n  - { id: upstream, url: "${up.url}", health: { intervalMs: 5000 } }\nlimits: { modelDefaults: false }\nguard: { enabled: false }\naudit: { failMode: closed }\n`);
    const key = await makeKey(dir);
    const g = await startProcess(pin('1', [process.execPath, '--import', 'tsx', 'bench/audit-gateway-main.ts', cfg, dir]), listeningUrl, { env: { ...process.env, AUDIT: name } });
    targets.push({ name, url: `${g.url}/v1/chat/completions`, key, pid: g.child.pid as number, dir });
  }
  const res: Record<string, { rps: number[]; cpu: number[]; errors: number }> = { on: { rps: [], cpu: [], errors: 0 }, off: { rps: [], cpu: [], errors: 0 } };
  for (const t of targets) await closedLoop(t.url, body, { authorization: `Bearer ${t.key}` }, CONNS, 1); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
      const c0 = cpuMs(t.pid);
      const x = await closedLoop(t.url, body, { authorization: `Bearer ${t.key}` }, CONNS, SECONDS);
      const entry = res[t.name] as { rps: number[]; cpu: number[]; errors: number };
      entry.rps.push(x.rps);
      entry.cpu.push((cpuMs(t.pid) - c0) / Math.max(1, x.ok));
      entry.errors += x.errors;
      process.stderr.write(`round ${r + 1} audit ${t.name}: ${x.rps.toFixed(0)} rps, ${x.errors} errors\n`);
    }
  }
  const med = (a: number[]): number => { const s = [...a].sort((p, q) => p - q); return s[Math.floor(s.length / 2)] as number; };
  const on = res.on as { rps: number[]; cpu: number[]; errors: number };
  const off = res.off as { rps: number[]; cpu: number[]; errors: number };
  console.log(`\nAudit cost in the gateway: ${ROUNDS} rounds × ${SECONDS} s, ${CONNS} connections, non-streaming chat; ${hasTaskset ? 'gateways pinned to CPU 1' : 'no pinning'}`);
  console.log('| audit | rps (median) | × audit off | gateway CPU ms/req | errors |');
  console.log('|---|---|---|---|---|');
  console.log(`| off | ${med(off.rps).toFixed(0)} | 1.00 | ${med(off.cpu).toFixed(3)} | ${off.errors} |`);
  console.log(`| on | ${med(on.rps).toFixed(0)} | ${(med(on.rps) / med(off.rps)).toFixed(3)} | ${med(on.cpu).toFixed(3)} | ${on.errors} |`);
  console.log(`throughput cost of audit: ${((1 - med(on.rps) / med(off.rps)) * 100).toFixed(1)} % (target <= 5 %); CPU per request +${((med(on.cpu) / med(off.cpu) - 1) * 100).toFixed(1)} %`);
  for (const c of children) c.kill('SIGTERM');
  for (const t of targets) rmSync(t.dir, { recursive: true, force: true });
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
