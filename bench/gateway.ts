/**
 * Gateway benchmark: the same fake upstream reached directly, through a
 * 20-line Node proxy and through Bastion with its full pipeline (API key
 * authentication, validation, authorization and every stage enabled by
 * default), measured in one run. Prints figures and ratios against direct.
 *
 *   npm run bench                        (BENCH_SECONDS=5 BENCH_CONNS=64 BENCH_ROUNDS=2 BENCH_WARMUP=3)
 *
 * Bastion runs as `npm start` does: the compiled tree (the bench script builds it first),
 * with the Node flags of package.json's start script.
 *
 * Load generator and upstream are pinned to CPU 0, the proxies to CPU 1
 * (when taskset exists), so "one core" is what a gateway gets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chatRequestBody, closedLoop, probe, type LoadResult, type ProbeResult } from './load.js';
import { bastionNodeFlags, bastionUrl, benchKey as makeKey, children, cpuMs, freePort, hasTaskset, listeningUrl, pin, pinSelf, startProcess as start } from './processes.js';

pinSelf('0');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNS = Number(process.env.BENCH_CONNS ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PROBE_N = Number(process.env.BENCH_PROBE_N ?? 200);
/**
 * Seconds of load per target and mode before the measured rounds, as the peer benchmark does
 * (3 s): a fresh Node process compiles its hot path in the first seconds of load, on the same
 * pinned core, and a shorter warm-up measured that in the first round (p99 in the hundreds of ms).
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-bench-'));
  const coreDir = mkdtempSync(join(tmpdir(), 'bastion-bench-core-'));
  const key = await makeKey(dataDir);
  const coreKey = await makeKey(coreDir);

  const upPort = await freePort();
  const up = await start(pin('0', [process.execPath, '--import', 'tsx', 'bench/upstream-main.ts', String(upPort), '20']), listeningUrl);
  const nodePort = await freePort();
  const np = await start(pin('1', [process.execPath, 'bench/node-proxy.mjs', String(nodePort), String(upPort)]), listeningUrl);
  const bastionPort = await freePort();
  // Every stage on with its defaults (guard, audit, limits), with limits set high enough that
  // the load is measured rather than refused: the limiter still evaluates every rule.
  const configPath = join(dataDir, 'bench.yaml');
  writeFileSync(configPath, `backends:
  - { id: upstream, url: "${up.url}", health: { intervalMs: 5000 } }
limits:
  rules:
    per-key: { scope: key, kind: requests, amount: 1000000000, window: 1m }
    per-user-tokens: { scope: user, kind: tokens, amount: 1000000000000, window: 1m }
    team-streams: { scope: team, kind: concurrency, amount: 100000 }
  modelDefaults: { requests: { amount: 1000000000, window: 1m }, concurrency: 100000 }
audit:
  failMode: closed
`);
  const bastion = await start(
    pin('1', [process.execPath, ...bastionNodeFlags, 'bin/bastion.js', 'start', '--config', configPath, '--port', String(bastionPort), '--data-dir', dataDir]),
    bastionUrl,
    { env: { ...process.env, BASTION_LOG_LEVEL: 'warn' } },
  );
  // The core pipeline alone (key authentication, validation, authorization, routing, proxy, audit):
  // no prompt guard and no limit rules, to show what the guard and the limiter each add.
  const corePath = join(coreDir, 'bench.yaml');
  writeFileSync(corePath, `backends:\n  - { id: upstream, url: "${up.url}", health: { intervalMs: 5000 } }\nlimits: { modelDefaults: false }\nguard: { enabled: false }\n`);
  const corePort = await freePort();
  const core = await start(
    pin('1', [process.execPath, ...bastionNodeFlags, 'bin/bastion.js', 'start', '--config', corePath, '--port', String(corePort), '--data-dir', coreDir]),
    bastionUrl,
    { env: { ...process.env, BASTION_LOG_LEVEL: 'warn' } },
  );
  const targets: Array<{ name: string; url: string; headers: Record<string, string>; pid?: number }> = [
    { name: 'direct', url: `${up.url}/chat/completions`, headers: {} },
    { name: 'node-proxy', url: `${np.url}/chat/completions`, headers: {}, pid: np.child.pid! },
    { name: 'bastion-core', url: `${core.url}/v1/chat/completions`, headers: { authorization: `Bearer ${coreKey}` }, pid: core.child.pid! },
    { name: 'bastion', url: `${bastion.url}/v1/chat/completions`, headers: { authorization: `Bearer ${key}` }, pid: bastion.child.pid! },
  ];
  const ns = chatRequestBody(false);
  const st = chatRequestBody(true);
  const res: Record<string, { ns: LoadResult[]; st: LoadResult[]; pn: ProbeResult[]; ps: ProbeResult[]; cpuNs: number[]; cpuSt: number[] }> = {};
  for (const t of targets) {
    res[t.name] = { ns: [], st: [], pn: [], ps: [], cpuNs: [], cpuSt: [] };
    await closedLoop(t.url, ns, t.headers, CONNS, WARMUP);
    await closedLoop(t.url, st, t.headers, CONNS, WARMUP);
  }
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? targets : [...targets].reverse();
    for (const t of order) {
      const x = res[t.name]!;
      let c0 = cpuMs(t.pid);
      x.ns.push(await closedLoop(t.url, ns, t.headers, CONNS, SECONDS));
      x.cpuNs.push((cpuMs(t.pid) - c0) / Math.max(1, x.ns.at(-1)!.ok));
      c0 = cpuMs(t.pid);
      x.st.push(await closedLoop(t.url, st, t.headers, CONNS, SECONDS));
      x.cpuSt.push((cpuMs(t.pid) - c0) / Math.max(1, x.st.at(-1)!.ok));
      x.pn.push(await probe(t.url, ns, t.headers, PROBE_N, 50));
      x.ps.push(await probe(t.url, st, t.headers, PROBE_N, 50));
      process.stderr.write(`round ${r + 1} ${t.name}: ${x.ns.at(-1)!.rps.toFixed(0)} rps non-stream, ${x.st.at(-1)!.rps.toFixed(0)} rps stream\n`);
    }
  }
  const med = (a: number[]): number => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)] as number; };
  const d = res.direct!;
  const dns = med(d.ns.map((x) => x.rps));
  const dst = med(d.st.map((x) => x.rps));
  const dp50 = med(d.pn.map((x) => x.totalP50));
  const dp99 = med(d.pn.map((x) => x.totalP99));
  const dttf = med(d.ps.map((x) => x.ttfbP50));
  console.log(`\nGateway benchmark: ${ROUNDS} rounds × ${SECONDS} s, ${CONNS} connections, ~1 KB chat request, 20-chunk stream; ${hasTaskset ? 'gateway pinned to CPU 1' : 'no CPU pinning'}`);
  console.log('| target | non-stream rps | ×direct | ×node-proxy | stream rps | ×direct | ×node-proxy | CPU ms/req (non-stream, stream) | CPU/req ×node-proxy | added p50 @50 rps | added p99 @50 rps | added TTFB (stream) p50 | errors | RSS after load |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const nodeSt = med(res['node-proxy']!.st.map((x) => x.rps));
  const nodeNs = med(res['node-proxy']!.ns.map((x) => x.rps));
  for (const t of targets) {
    const x = res[t.name]!;
    const ns1 = med(x.ns.map((y) => y.rps));
    const st1 = med(x.st.map((y) => y.rps));
    const errs = [...x.ns, ...x.st].reduce((a, y) => a + y.errors, 0) + [...x.pn, ...x.ps].reduce((a, y) => a + y.errors, 0);
    const f = (v: number): string => (v >= 0 ? '+' : '') + v.toFixed(2) + ' ms';
    const cpu = t.pid ? `${med(x.cpuNs).toFixed(3)}, ${med(x.cpuSt).toFixed(3)}` : '-';
    const np = res['node-proxy']!;
    // CPU per request is steadier than requests/s on a shared machine: the gateway's own cost, whatever else runs.
    // Each round's figure is divided by the Node proxy's in the same round (the machine drifts between rounds).
    const paired = (a: number[], b: number[]): string => med(a.map((v, i) => v / (b[i] as number))).toFixed(2);
    const cpuRatio = t.pid ? `${paired(x.cpuNs, np.cpuNs)}, ${paired(x.cpuSt, np.cpuSt)}` : '-';
    console.log(`| ${t.name} | ${ns1.toFixed(0)} | ${(ns1 / dns).toFixed(2)} | ${(ns1 / nodeNs).toFixed(2)} | ${st1.toFixed(0)} | ${(st1 / dst).toFixed(2)} | ${(st1 / nodeSt).toFixed(2)} | ${cpu} | ${cpuRatio} | ${t.name === 'direct' ? `${dp50.toFixed(2)} ms (abs)` : f(med(x.pn.map((y) => y.totalP50)) - dp50)} | ${t.name === 'direct' ? `${dp99.toFixed(2)} ms (abs)` : f(med(x.pn.map((y) => y.totalP99)) - dp99)} | ${t.name === 'direct' ? `${dttf.toFixed(2)} ms (abs)` : f(med(x.ps.map((y) => y.ttfbP50)) - dttf)} | ${errs} | ${t.pid ? rssMiB(t.pid).toFixed(0) + ' MiB' : '-'} |`);
  }
  for (const c of children) c.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(coreDir, { recursive: true, force: true });
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
