/**
 * Gateway throughput with limits on against the same gateway with limits off,
 * measured in one run: a fake upstream, and `bastion start` three times (no
 * limits; 7 limits in memory; 7 limits on Redis when 127.0.0.1:6379 answers),
 * driven in interleaved rounds by a closed-loop load generator.
 *
 *   node --import tsx bench/limits-gateway.ts     (BENCH_SECONDS=5 BENCH_CONNS=64 BENCH_ROUNDS=3)
 *
 * BENCH_BASELINE_TREE=/path/to/an/older/checkout adds a fourth gateway: the
 * Redis variant run from that tree (its node_modules may be a symlink), so a
 * change is compared against its predecessor in the same run.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { closedLoop } from './load.js';
import { benchKey, children, freePort, hasTaskset, pin, pinSelf, startProcess } from './processes.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNS = Number(process.env.BENCH_CONNS ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
pinSelf('0');

const dirs: string[] = [];
process.on('exit', () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(cmd: string[], match: (line: string) => string | undefined, env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<string> {
  return (await startProcess(cmd, match, { env, ...(cwd ? { cwd } : {}) })).url;
}

const RULES = `  rules:
    per-key: { scope: key, kind: requests, amount: 1000000000, window: 1m }
    per-user-tokens: { scope: user, kind: tokens, amount: 1000000000000, window: 1m }
    team-day: { scope: team, kind: daily_tokens, amount: 1000000000000 }
    key-streams: { scope: key, kind: concurrency, amount: 100000 }
    everyone: { scope: global, kind: requests, amount: 1000000000, window: 1s }
  modelDefaults: { requests: { amount: 1000000000, window: 1m }, concurrency: 100000 }
`;

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where unavailable. */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

function redisServerPid(): number | undefined {
  const r = spawnSync('pidof', ['redis-server'], { encoding: 'utf8' });
  const pid = Number(r.stdout?.trim().split(/\s+/)[0]);
  return r.status === 0 && pid > 0 ? pid : undefined;
}

async function bastion(name: string, upstream: string, limits: string, cwd?: string): Promise<{ name: string; url: string; key: string; pid: number | undefined }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-limits-bench-'));
  dirs.push(dataDir);
  const key = await benchKey(dataDir);
  const configPath = join(dataDir, 'bench.yaml');
  writeFileSync(configPath, `backends:\n  - { id: upstream, url: "${upstream}", health: { intervalMs: 5000 } }\nlimits:\n${limits}`);
  const port = await freePort();
  const url = await start(
    pin('1', [process.execPath, '--import', 'tsx', 'src/cli/run.ts', 'start', '--config', configPath, '--port', String(port), '--data-dir', dataDir]),
    (l) => /listening on (http:\/\/\S+)/.exec(l)?.[1],
    { ...process.env, BASTION_LOG_LEVEL: 'warn' },
    cwd,
  );
  return { name, url: `${url}/v1/chat/completions`, key, pid: children.at(-1)?.pid };
}

async function main(): Promise<void> {
  const upPort = await freePort();
  const upstream = await start(pin('0', [process.execPath, '--import', 'tsx', 'bench/upstream-main.ts', String(upPort), '20']), (l) => {
    try { const j = JSON.parse(l) as { event?: string; url?: string }; return j.event === 'listening' ? j.url : undefined; } catch { return undefined; }
  });
  const targets = [
    await bastion('limits off', upstream, '  modelDefaults: false\n'),
    await bastion('7 limits, memory', upstream, RULES),
  ];
  const probe = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  probe.on('error', () => undefined);
  const prefix = `bastion-bench:limits-gw:${randomBytes(4).toString('hex')}:`;
  let redisOk = false;
  try { await probe.connect(); redisOk = true; } catch { console.log('Redis not reachable at 127.0.0.1:6379: Redis target skipped'); }
  const redisLimits = (p: string): string => `  store: redis\n  redis: { url: "redis://127.0.0.1:6379", prefix: "${p}" }\n${RULES}`;
  if (redisOk) targets.push(await bastion('7 limits, Redis', upstream, redisLimits(prefix)));
  const baselineTree = process.env.BENCH_BASELINE_TREE;
  if (redisOk && baselineTree) targets.push(await bastion('7 limits, Redis (baseline tree)', upstream, redisLimits(`${prefix}base:`), baselineTree));

  const body = JSON.stringify({ model: 'bench-model', messages: [{ role: 'user', content: 'The quick brown fox jumps over the lazy dog. '.repeat(20) }], max_tokens: 64 });
  const rps: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  const cpuUs: Record<string, number[]> = {};
  const redisUs: Record<string, number[]> = {};
  const redisPid = redisOk ? redisServerPid() : undefined;
  for (const t of targets) { rps[t.name] = []; errors[t.name] = 0; cpuUs[t.name] = []; redisUs[t.name] = []; await closedLoop(t.url, body, { authorization: `Bearer ${t.key}` }, CONNS, 1); }
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
      const cpu0 = cpuSeconds(t.pid);
      const redis0 = cpuSeconds(redisPid);
      const res = await closedLoop(t.url, body, { authorization: `Bearer ${t.key}` }, CONNS, SECONDS);
      rps[t.name]!.push(res.rps);
      errors[t.name]! += res.errors;
      cpuUs[t.name]!.push(((cpuSeconds(t.pid) - cpu0) / res.ok) * 1e6);
      redisUs[t.name]!.push(((cpuSeconds(redisPid) - redis0) / res.ok) * 1e6);
      process.stderr.write(`round ${r + 1} ${t.name}: ${res.rps.toFixed(0)} rps\n`);
    }
  }
  const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const off = med(rps['limits off']!);
  console.log(`\nGateway with and without limits: ${ROUNDS} rounds × ${SECONDS} s, ${CONNS} connections, non-streaming chat; ${hasTaskset ? 'gateways pinned to CPU 1' : 'no CPU pinning'}`);
  // Paired figure: each round's ratio against that round's limits-off run, so drift in machine load between rounds cancels.
  const paired = (name: string): number => med(rps[name]!.map((v, r) => v / rps['limits off']![r]!));
  // CPU per request: the gateway process's own CPU time (and the local redis-server's, when found) over requests served.
  const cpuOff = med(cpuUs['limits off']!);
  console.log('| gateway | median rps | × limits off | median of per-round × limits off | gateway CPU µs/request | + vs limits off | redis-server CPU µs/request | errors |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const t of targets) {
    const c = med(cpuUs[t.name]!);
    const rc = med(redisUs[t.name]!);
    console.log(`| ${t.name} | ${med(rps[t.name]!).toFixed(0)} | ${(med(rps[t.name]!) / off).toFixed(2)} | ${paired(t.name).toFixed(2)} | ${c.toFixed(0)} | ${t.name === 'limits off' ? '-' : `+${(c - cpuOff).toFixed(0)}`} | ${Number.isNaN(rc) ? 'n/a' : rc.toFixed(1)} | ${errors[t.name]} |`);
  }
  if (redisOk) {
    let cursor = '0';
    do {
      const [next, keys] = await probe.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await probe.del(...keys);
    } while (cursor !== '0');
  }
  probe.disconnect();
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
