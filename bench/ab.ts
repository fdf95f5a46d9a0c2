/**
 * Paired comparison of Bastion builds (or settings) on the same load: every
 * target runs at once, pinned to CPU 1, behind one fake upstream on CPU 0, and
 * the load (64 connections, ~1 KB chat request) visits them in turn in short
 * windows, alternating the order. For each window the CPU time per request of
 * every target is divided by the first target's in the same round; the median
 * of those ratios is steadier than absolute figures on a machine whose speed
 * drifts.
 *
 *   node --import tsx bench/ab.ts [--stream] [--all-stages] [--node-proxy] [--windows 8] [--seconds 2] TARGET...
 *
 * `--node-proxy` adds the 20-line Node proxy of `npm run bench` as the first
 * target, so every ratio is against it (the throughput yardstick). The
 * requests/s ratio pairs each window with the first target's window of the same
 * round, like the CPU ratio: on this shared host a gateway's throughput can halve
 * from one 5 s window to the next, so single windows per target mislead.
 *
 * TARGET is `DIR` or `DIR,SETTING,...`: DIR is a checkout whose `dist/` is built
 * (e.g. `git worktree add /tmp/old REV`, link node_modules, `npx tsc -p
 * tsconfig.build.json`); a SETTING is an environment variable for that
 * process (`BASTION_LOG_LEVEL=info`), `streamUsage=false` for its backend, or a
 * Node flag added after npm start's own (`--max-semi-space-size=16`).
 * Bastion logs at warn level unless a target says otherwise.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chatRequestBody, closedLoop } from './load.js';
import { bastionNodeFlags, bastionUrl, benchKey, children, cpuMs, freePort, listeningUrl, pin, pinSelf, startProcess } from './processes.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    stream: { type: 'boolean', default: false },
    'all-stages': { type: 'boolean', default: false },
    windows: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '2' },
    'node-proxy': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: node --import tsx bench/ab.ts [--stream] [--all-stages] [--node-proxy] [--windows N] [--seconds S] DIR[,KEY=VALUE...] ...');
  process.exit(2);
}
const WINDOWS = Number(values.windows);
const SECONDS = Number(values.seconds);

/** The all-stages configuration of `npm run bench`: limits high enough that the load is measured, not refused. */
const ALL_STAGES = `limits:
  rules:
    per-key: { scope: key, kind: requests, amount: 1000000000, window: 1m }
    per-user-tokens: { scope: user, kind: tokens, amount: 1000000000000, window: 1m }
    team-streams: { scope: team, kind: concurrency, amount: 100000 }
  modelDefaults: { requests: { amount: 1000000000, window: 1m }, concurrency: 100000 }
`;
const CORE = 'limits: { modelDefaults: false }\nguard: { enabled: false }\n';

interface Target { name: string; url: string; headers: Record<string, string>; pid: number }

async function main(): Promise<void> {
  pinSelf('0');
  const upPort = await freePort();
  const up = await startProcess(pin('0', [process.execPath, '--import', 'tsx', 'bench/upstream-main.ts', String(upPort), '20']), listeningUrl);
  const targets: Target[] = [];
  if (values['node-proxy']) {
    const port = await freePort();
    const np = await startProcess(pin('1', [process.execPath, 'bench/node-proxy.mjs', String(port), String(upPort)]), listeningUrl);
    targets.push({ name: 'node-proxy', url: `${np.url}/chat/completions`, headers: {}, pid: np.child.pid! });
  }
  for (const spec of positionals) {
    const [dir, ...settings] = spec.split(',');
    const env: Record<string, string> = { BASTION_LOG_LEVEL: 'warn' };
    let backendExtra = '';
    const nodeFlags: string[] = [];
    for (const s of settings) {
      if (s.startsWith('--')) { nodeFlags.push(s); continue; }
      const eq = s.indexOf('=');
      if (eq < 1) throw new Error(`bad setting "${s}" in ${spec}`);
      if (s === 'streamUsage=false') backendExtra = ', streamUsage: false';
      else env[s.slice(0, eq)] = s.slice(eq + 1);
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'bastion-ab-'));
    const key = await benchKey(dataDir);
    const config = join(dataDir, 'bench.yaml');
    writeFileSync(config, `backends:\n  - { id: upstream, url: "${up.url}", health: { intervalMs: 5000 }${backendExtra} }\n${values['all-stages'] ? ALL_STAGES : CORE}`);
    const port = await freePort();
    const b = await startProcess(
      pin('1', [process.execPath, ...bastionNodeFlags, ...nodeFlags, 'bin/bastion.js', 'start', '--config', config, '--port', String(port), '--data-dir', dataDir]),
      bastionUrl,
      { cwd: resolve(dir as string), env: { ...process.env, ...env } },
    );
    targets.push({ name: spec, url: `${b.url}/v1/chat/completions`, headers: { authorization: `Bearer ${key}` }, pid: b.child.pid! });
  }
  const body = chatRequestBody(values.stream === true);
  for (const t of targets) await closedLoop(t.url, body, t.headers, 64, 2); // warm-up
  const cpu = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  const rps = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  for (let w = 0; w < WINDOWS; w++) {
    for (const t of w % 2 === 0 ? targets : [...targets].reverse()) {
      const c0 = cpuMs(t.pid);
      const r = await closedLoop(t.url, body, t.headers, 64, SECONDS);
      if (r.errors > 0) console.error(`${t.name}: ${r.errors} errors`);
      cpu.get(t.name)!.push(((cpuMs(t.pid) - c0) * 1000) / Math.max(1, r.ok));
      rps.get(t.name)!.push(r.rps);
    }
  }
  const med = (a: number[]): number => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
  const ref = cpu.get(targets[0]!.name)!;
  console.log(`\nPaired comparison: ${WINDOWS} windows × ${SECONDS} s per target, ${values.stream ? '20-chunk stream' : 'non-stream'}, ${values['all-stages'] ? 'all stages' : 'core pipeline'}`);
  const refRps = rps.get(targets[0]!.name)!;
  console.log('| target | CPU µs/request (median) | CPU ×first, paired median | requests/s (median) | requests/s ×first, paired median |');
  console.log('|---|---|---|---|---|');
  for (const t of targets) {
    const c = cpu.get(t.name)!;
    const r = rps.get(t.name)!;
    console.log(`| ${t.name} | ${med(c).toFixed(1)} | ${med(c.map((v, i) => v / ref[i]!)).toFixed(3)} | ${med(r).toFixed(0)} | ${med(r.map((v, i) => v / refRps[i]!)).toFixed(3)} |`);
  }
  for (const c of children) c.kill('SIGTERM');
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
