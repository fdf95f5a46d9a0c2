/**
 * Model-written text outside `content` / `text` that the output guard must see
 * too: reasoning text, refusals, audio transcripts, and tool- and function-call arguments. Each
 * carrier has a stable key, so a stream keeps one filter per carrier and
 * choice. `logprobs` repeat the generated tokens one by one and cannot be
 * redacted consistently: answers checked by an output filter leave without them.
 */
import type { OutputFilter } from './types.js';

export interface Carrier {
  readonly key: string;
  readonly text: string;
  set(text: string): void;
}

const STRING_FIELDS = ['reasoning_content', 'reasoning', 'refusal'] as const;
const TOOL = 'tool_calls.';

const NONE: readonly Carrier[] = Object.freeze([]);

function pushArguments(out: Carrier[], fn: unknown, key: string): void {
  if (fn === null || typeof fn !== 'object') return;
  const o = fn as Record<string, unknown>;
  if (typeof o.arguments === 'string' && o.arguments !== '') out.push({ key, text: o.arguments, set: (t) => { o.arguments = t; } });
}

/**
 * Text carriers of a chat `message` or stream `delta` (anything else: none). Called for
 * every streamed chunk: a delta with only `content` (the usual case) allocates nothing.
 */
export function carriersOf(holder: unknown): readonly Carrier[] {
  if (holder === null || typeof holder !== 'object') return NONE;
  const h = holder as Record<string, unknown>;
  if (h.reasoning_content === undefined && h.reasoning === undefined && h.refusal === undefined
    && h.tool_calls === undefined && h.function_call === undefined && h.audio === undefined) return NONE;
  const out: Carrier[] = [];
  for (const f of STRING_FIELDS) {
    const v = h[f];
    if (typeof v === 'string' && v !== '') out.push({ key: f, text: v, set: (t) => { h[f] = t; } });
  }
  if (Array.isArray(h.tool_calls)) {
    h.tool_calls.forEach((tc: unknown, pos) => {
      if (tc === null || typeof tc !== 'object') return;
      const t = tc as Record<string, unknown>;
      const index = typeof t.index === 'number' && Number.isInteger(t.index) ? t.index : pos;
      pushArguments(out, t.function, `${TOOL}${index}`);
    });
  }
  pushArguments(out, h.function_call, 'function_call');
  const audio = h.audio;
  if (audio !== null && typeof audio === 'object') {
    const a = audio as Record<string, unknown>;
    if (typeof a.transcript === 'string' && a.transcript !== '') out.push({ key: 'audio', text: a.transcript, set: (t) => { a.transcript = t; } });
  }
  return out;
}

/** A stream delta carrying `text` for carrier `key` (releases held-back text at the end of a choice). */
export function carrierDelta(key: string, text: string): Record<string, unknown> {
  if (key.startsWith(TOOL)) return { tool_calls: [{ index: Number(key.slice(TOOL.length)), function: { arguments: text } }] };
  if (key === 'function_call') return { function_call: { arguments: text } };
  if (key === 'audio') return { audio: { transcript: text } };
  return { [key]: text };
}

/** Removes a choice's logprobs; true if it had any. */
export function dropLogprobs(choice: unknown): boolean {
  if (choice === null || typeof choice !== 'object' || !('logprobs' in choice)) return false;
  const had = (choice as { logprobs?: unknown }).logprobs != null;
  delete (choice as { logprobs?: unknown }).logprobs;
  return had;
}

/**
 * A complete (non-streamed) answer: each carrier of each choice goes through a
 * fresh filter; logprobs are dropped. Returns the cut reason, or whether the
 * answer changed. `filter` returns undefined when no output check applies.
 */
export function guardCarriers(
  choices: ReadonlyArray<Record<string, unknown>>,
  holderOf: (choice: Record<string, unknown>) => unknown,
  filter: () => OutputFilter | undefined,
): { cut: string } | { changed: boolean } {
  if (filter() === undefined) return { changed: false };
  let changed = false;
  for (const ch of choices) {
    if (dropLogprobs(ch)) changed = true;
    for (const c of carriersOf(holderOf(ch))) {
      const f = filter();
      if (!f) break;
      const a = f.write(c.text);
      if ('cut' in a) return a;
      const b = f.end();
      if ('cut' in b) return b;
      const released = a.release + b.release;
      if (released !== c.text) { c.set(released); changed = true; }
    }
  }
  return { changed };
}
