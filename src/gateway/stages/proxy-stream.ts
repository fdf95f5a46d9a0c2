/**
 * Relays an SSE answer chunk by chunk with backpressure. Without an output
 * filter and with matching model names the backend's bytes pass unchanged
 * (events are still split to count tokens and read usage). With a filter each
 * text delta goes through it; held-back text is released before the finishing
 * chunk; a cut ends the stream with a terminal error event. A backend that dies
 * mid-stream ends the client's stream with a `stream_interrupted` error event.
 */
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { UpstreamResponse } from '../backends/upstream.js';
import type { RequestContext } from '../context.js';
import type { StageIO } from '../pipeline.js';
import type { GuardStage, OutputFilter } from './types.js';
import { SseSplitter, eventData, dataEvent, errorEvent } from '../sse.js';
import { responseHeaders } from './headers.js';
import { captureResponse, capturing } from '../content-capture.js';
import { carrierDelta, carriersOf, dropLogprobs } from './output-carriers.js';

type Chunk = { model?: string; choices?: Array<{ index?: number; delta?: { content?: unknown }; text?: unknown; finish_reason?: unknown }>; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } };

/** Waits until the client has taken what was written (or has gone away). */
async function drained(io: StageIO, ctx: RequestContext): Promise<void> {
  if (ctx.signal.aborted) return;
  try {
    // Waits for the client to drain; the signal ends the wait (and removes the listener) if it goes away.
    await once(io.res, 'drain', { signal: ctx.signal });
  } catch {
    /* client gone: the caller sees ctx.signal.aborted */
  }
}

/**
 * `hideUsage`: the gateway asked the backend for usage the client did not ask
 * for; it is read, then kept from the client (a usage-only event is dropped, a
 * `usage` field on another event removed), so the client sees what it asked for.
 */
export async function relayStream(ctx: RequestContext, io: StageIO, up: UpstreamResponse, guard: GuardStage, hideUsage = false): Promise<void> {
  const filters = new Map<number, OutputFilter | undefined>();
  const filterFor = (i: number): OutputFilter | undefined => {
    if (!filters.has(i)) filters.set(i, guard.outputFilter(ctx));
    return filters.get(i);
  };
  const probe = guard.outputFilter(ctx);
  if (probe) filters.set(0, probe);
  const rename = ctx.model !== undefined && (ctx.body as { model?: unknown } | undefined)?.model !== ctx.model;
  const transform = probe !== undefined || rename || capturing(ctx);

  const headers = responseHeaders(ctx, 'text/event-stream; charset=utf-8');
  headers['cache-control'] = 'no-cache';
  headers['x-accel-buffering'] = 'no';
  io.res.writeHead(200, headers);
  const splitter = new SseSplitter();
  // Events produced from one network chunk are written together: one write, not one per event.
  let out: string[] = [];
  const emit = (text: string): void => { out.push(text); };
  const flush = async (): Promise<void> => {
    if (out.length === 0) return;
    const text = out.length === 1 ? (out[0] as string) : out.join('');
    out = [];
    if (!io.res.write(text)) await drained(io, ctx);
  };
  // Node's StringDecoder: the same UTF-8 handling across chunk boundaries as TextDecoder's stream
  // mode (invalid bytes become U+FFFD), without converting an options object on every chunk.
  const decoder = new StringDecoder('utf8');
  let first = true;
  let contentEvents = 0;
  let sawDone = false;
  let sawFinish = false;

  // One filter per choice and side carrier (reasoning, refusal, tool-call arguments), only with an output filter.
  const sideFilters = new Map<string, { index: number; key: string; f: OutputFilter }>();
  /** Filters a chunk's side carriers in place; releases a choice's held-back side text when it finishes. */
  const guardSides = (i: number, ch: NonNullable<Chunk['choices']>[number], finished: boolean): string | null => {
    if (!probe) return null;
    dropLogprobs(ch);
    for (const c of carriersOf(ch.delta)) {
      const id = `${i}|${c.key}`;
      let s = sideFilters.get(id);
      if (!s) {
        const f = guard.outputFilter(ctx);
        if (!f) break;
        sideFilters.set(id, (s = { index: i, key: c.key, f }));
      }
      const v = s.f.write(c.text);
      if ('cut' in v) return v.cut;
      c.set(v.release);
    }
    if (finished) return releaseSides(i);
    return null;
  };
  const releaseSides = (only?: number): string | null => {
    for (const [id, s] of sideFilters) {
      if (only !== undefined && s.index !== only) continue;
      const v = s.f.end();
      if ('cut' in v) return v.cut;
      sideFilters.delete(id);
      if (v.release) emit(dataEvent(JSON.stringify({ object: 'chat.completion.chunk', model: ctx.model, choices: [{ index: s.index, delta: carrierDelta(s.key, v.release), finish_reason: null }] })));
    }
    return null;
  };

  /**
   * Handles one event in transform mode; returns false when the stream was cut. A promise only
   * from cut(), which flushes what came before the cut: most events cost no promise.
   */
  const handle = (ev: string): boolean | Promise<boolean> => {
    const data = eventData(ev);
    if (data === null) return true;
    if (data === '[DONE]') {
      sawDone = true;
      const sideCut = releaseSides();
      if (sideCut) return cut(sideCut);
      for (const [i, f] of filters) {
        if (!f) continue;
        const v = f.end();
        if ('cut' in v) return cut(v.cut);
        captureResponse(ctx, v.release);
        if (v.release) emit(dataEvent(JSON.stringify({ object: 'chat.completion.chunk', model: ctx.model, choices: [{ index: i, delta: { content: v.release }, finish_reason: null }] })));
      }
      filters.clear();
      emit('data: [DONE]\n\n');
      return true;
    }
    let j: Chunk;
    // An event the output filter cannot read is not passed on unchecked.
    try { j = JSON.parse(data) as Chunk; } catch { if (!probe) emit(ev + '\n\n'); return true; }
    observe(j);
    if (hideUsage && j.usage !== undefined) {
      if (Array.isArray(j.choices) && j.choices.length === 0) return true;
      delete j.usage;
    }
    for (const ch of j.choices ?? []) {
      const i = typeof ch.index === 'number' ? ch.index : 0;
      const sideCut = guardSides(i, ch, ch.finish_reason !== null && ch.finish_reason !== undefined);
      if (sideCut) return cut(sideCut);
      const f = filterFor(i);
      const isChat = ch.delta !== undefined;
      const text = isChat ? ch.delta?.content : ch.text;
      if (!f) { if (typeof text === 'string') captureResponse(ctx, text); continue; }
      let out = '';
      if (typeof text === 'string' && text !== '') {
        const v = f.write(text);
        if ('cut' in v) return cut(v.cut);
        out = v.release;
      }
      if (ch.finish_reason !== null && ch.finish_reason !== undefined) {
        const v = f.end();
        if ('cut' in v) return cut(v.cut);
        out += v.release;
        filters.set(i, undefined);
      }
      captureResponse(ctx, out);
      if (typeof text === 'string' || out !== '') {
        if (isChat && ch.delta) ch.delta.content = out;
        else ch.text = out;
      }
    }
    if (rename && typeof j.model === 'string') j.model = ctx.model;
    emit(dataEvent(JSON.stringify(j)));
    return true;
  };

  const observe = (j: Chunk): void => {
    const u = j.usage;
    if (u && typeof u.prompt_tokens === 'number') {
      ctx.usage = { promptTokens: u.prompt_tokens, completionTokens: typeof u.completion_tokens === 'number' ? u.completion_tokens : 0 };
    }
    for (const ch of j.choices ?? []) {
      const t = ch.delta?.content ?? ch.text;
      if (typeof t === 'string' && t !== '') contentEvents++;
      if (ch.finish_reason !== null && ch.finish_reason !== undefined) sawFinish = true;
    }
  };

  const cut = async (reason: string): Promise<boolean> => {
    ctx.reasons.push(reason);
    ctx.decision = 'blocked';
    ctx.errorCode = 'output_blocked';
    emit(errorEvent('output_blocked', 'The response was stopped by the output guard.', 'guard_error', { reason }));
    await flush();
    return false;
  };

  try {
    try {
      for await (const raw of up.body) {
        const chunk = raw;
        let text = decoder.write(chunk);
        if (first && text !== '') {
          // A byte-order mark before the first event is not part of it (as TextDecoder would drop it).
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          first = false;
        }
        const startedAtBoundary = splitter.atBoundary;
        const events = splitter.push(text);
        if (!transform) {
          // The backend's bytes pass as they came, unless usage must be kept from the client: then a
          // chunk that does not hold exactly whole events without usage is written as its whole events.
          if (!hideUsage && !io.res.write(chunk)) await drained(io, ctx);
          let rebuilt = '';
          let edited = false;
          for (const ev of events) {
            const data = eventData(ev);
            let keep: string | null = ev;
            if (data === '[DONE]') sawDone = true;
            else if (data !== null && (data.includes('"usage"') || data.includes('"finish_reason":"'))) {
              try {
                const j = JSON.parse(data) as Chunk;
                observe(j);
                if (hideUsage && j.usage !== undefined) {
                  edited = true;
                  if (Array.isArray(j.choices) && j.choices.length === 0) keep = null;
                  else { delete j.usage; keep = `data: ${JSON.stringify(j)}`; }
                }
              } catch { /* pass through */ }
            } else if (data !== null) contentEvents++;
            if (hideUsage && keep !== null) rebuilt += keep + '\n\n';
          }
          if (hideUsage) {
            const out = !edited && startedAtBoundary && splitter.atBoundary ? chunk : rebuilt;
            if (out.length > 0 && !io.res.write(out)) await drained(io, ctx);
          }
          continue;
        }
        for (const ev of events) {
          const h = handle(ev);
          if (!(typeof h === 'boolean' ? h : await h)) {
            up.body.destroy();
            io.res.end();
            return;
          }
        }
        await flush();
      }
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      ctx.reasons.push('proxy.stream_interrupted');
      ctx.errorCode = 'stream_interrupted';
      io.res.end(errorEvent('stream_interrupted', 'The model backend ended the stream early.'));
      return;
    }
    if (!sawDone && !sawFinish) {
      ctx.reasons.push('proxy.stream_interrupted');
      ctx.errorCode = 'stream_interrupted';
      io.res.end(errorEvent('stream_interrupted', 'The model backend ended the stream early.'));
      return;
    }
    io.res.end();
  } finally {
    // Without usage from the backend, what was streamed is what the limits and the audit can count.
    if (ctx.usage === undefined) ctx.streamedTokens = contentEvents;
  }
}
