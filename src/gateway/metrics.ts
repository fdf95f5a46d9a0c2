/**
 * Prometheus metrics in the text exposition format, kept in plain maps (no
 * dependency): requests by endpoint and status, errors by code, a latency
 * histogram, backend availability, process memory and CPU, and gauges other
 * modules register.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

class Histogram {
  readonly counts = new Array<number>(BUCKETS.length).fill(0);
  sum = 0;
  count = 0;
  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= (BUCKETS[i] as number)) { this.counts[i] = (this.counts[i] as number) + 1; break; }
  }
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly errors = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly gauges: Array<() => string> = [];
  /** Event-loop delay since the process started (native sampler, 10 ms resolution). */
  private readonly loopDelay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.loopDelay.enable();
  }

  /** Stops the event-loop sampler (when the gateway closes). */
  close(): void {
    this.loopDelay.disable();
  }

  request(endpoint: string, status: number, seconds: number): void {
    const k = `${endpoint}\u0000${status}`;
    this.requests.set(k, (this.requests.get(k) ?? 0) + 1);
    let h = this.latency.get(endpoint);
    if (!h) this.latency.set(endpoint, (h = new Histogram()));
    h.observe(seconds);
  }

  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  /** Registers a gauge family rendered at scrape time. */
  gauge(name: string, help: string, read: () => Array<{ labels: Record<string, string>; value: number }>): void {
    this.gauges.push(() => {
      const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`];
      for (const { labels, value } of read()) {
        const l = Object.entries(labels).map(([k, v]) => `${k}="${esc(v)}"`).join(',');
        lines.push(`${name}${l ? `{${l}}` : ''} ${value}`);
      }
      return lines.join('\n');
    });
  }

  render(): string {
    const out: string[] = [];
    out.push('# HELP bastion_requests_total Requests handled, by endpoint and HTTP status.', '# TYPE bastion_requests_total counter');
    for (const [k, v] of this.requests) {
      const [ep, st] = k.split('\u0000') as [string, string];
      out.push(`bastion_requests_total{endpoint="${esc(ep)}",status="${st}"} ${v}`);
    }
    out.push('# HELP bastion_errors_total Errors returned to clients, by stable error code.', '# TYPE bastion_errors_total counter');
    for (const [code, v] of this.errors) out.push(`bastion_errors_total{code="${esc(code)}"} ${v}`);
    out.push('# HELP bastion_request_duration_seconds Request latency until the response ended.', '# TYPE bastion_request_duration_seconds histogram');
    for (const [ep, h] of this.latency) {
      let cum = 0;
      BUCKETS.forEach((b, i) => {
        cum += h.counts[i] as number;
        out.push(`bastion_request_duration_seconds_bucket{endpoint="${esc(ep)}",le="${b}"} ${cum}`);
      });
      out.push(`bastion_request_duration_seconds_bucket{endpoint="${esc(ep)}",le="+Inf"} ${h.count}`);
      out.push(`bastion_request_duration_seconds_sum{endpoint="${esc(ep)}"} ${h.sum}`);
      out.push(`bastion_request_duration_seconds_count{endpoint="${esc(ep)}"} ${h.count}`);
    }
    for (const g of this.gauges) out.push(g());
    out.push(processMetrics(), loopDelayMetrics(this.loopDelay));
    return out.join('\n') + '\n';
  }
}

/** The process's own figures, under the names Prometheus client libraries use. */
function processMetrics(): string {
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  return [
    '# HELP process_resident_memory_bytes Resident memory size in bytes.', '# TYPE process_resident_memory_bytes gauge', `process_resident_memory_bytes ${m.rss}`,
    '# HELP process_cpu_seconds_total User and system CPU time spent in seconds.', '# TYPE process_cpu_seconds_total counter', `process_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}`,
    '# HELP nodejs_heap_size_total_bytes JavaScript heap size reserved, in bytes.', '# TYPE nodejs_heap_size_total_bytes gauge', `nodejs_heap_size_total_bytes ${m.heapTotal}`,
    '# HELP nodejs_heap_size_used_bytes JavaScript heap in use, in bytes.', '# TYPE nodejs_heap_size_used_bytes gauge', `nodejs_heap_size_used_bytes ${m.heapUsed}`,
    '# HELP nodejs_external_memory_bytes Memory held outside the JavaScript heap (buffers, native modules), in bytes.', '# TYPE nodejs_external_memory_bytes gauge', `nodejs_external_memory_bytes ${m.external}`,
  ].join('\n');
}

/** Event-loop delay: how long ready work waited; a high maximum means something blocked the loop. */
function loopDelayMetrics(h: IntervalHistogram): string {
  const s = (ns: number): string => String(Number.isFinite(ns) ? ns / 1e9 : 0);
  return [
    '# HELP nodejs_eventloop_lag_p50_seconds Median event-loop delay since start.', '# TYPE nodejs_eventloop_lag_p50_seconds gauge', `nodejs_eventloop_lag_p50_seconds ${s(h.percentile(50))}`,
    '# HELP nodejs_eventloop_lag_p99_seconds 99th percentile event-loop delay since start.', '# TYPE nodejs_eventloop_lag_p99_seconds gauge', `nodejs_eventloop_lag_p99_seconds ${s(h.percentile(99))}`,
    '# HELP nodejs_eventloop_lag_max_seconds Longest event-loop delay since start.', '# TYPE nodejs_eventloop_lag_max_seconds gauge', `nodejs_eventloop_lag_max_seconds ${s(h.max)}`,
  ].join('\n');
}
