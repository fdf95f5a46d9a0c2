/**
 * Cheap token estimates used to reserve token limits before a request is
 * forwarded (characters / charsPerToken, plus a small per-message overhead).
 * The reservation is reconciled with the real usage when the request ends.
 */
const PER_MESSAGE_OVERHEAD = 4;
const MAX_CHOICES = 128;

function textChars(v: unknown, depth = 0): number {
  if (typeof v === 'string') return v.length;
  if (depth > 4 || v === null || typeof v !== 'object') return 0;
  if (Array.isArray(v)) {
    let n = 0;
    for (const x of v) n += typeof x === 'number' ? 4 : textChars(x, depth + 1); // token ids count as one token each
    return n;
  }
  const o = v as Record<string, unknown>;
  return textChars(o.text, depth + 1) + textChars(o.content, depth + 1);
}

/** Estimated prompt tokens of an OpenAI-style body (chat `messages`, completions `prompt`, embeddings `input`). */
export function estimatePromptTokens(body: Readonly<Record<string, unknown>> | undefined, charsPerToken: number): number {
  if (!body) return 0;
  let chars = 0;
  let overhead = 0;
  const messages = body.messages;
  if (Array.isArray(messages)) {
    for (const m of messages) {
      overhead += PER_MESSAGE_OVERHEAD;
      if (m && typeof m === 'object') {
        const msg = m as Record<string, unknown>;
        chars += textChars(msg.content);
        if (typeof msg.name === 'string') chars += msg.name.length;
        if (msg.tool_calls !== undefined) chars += JSON.stringify(msg.tool_calls)?.length ?? 0;
      }
    }
  }
  chars += textChars(body.prompt) + textChars(body.input);
  if (Array.isArray(body.tools)) chars += JSON.stringify(body.tools).length;
  return Math.ceil(chars / charsPerToken) + overhead;
}

/** Completion tokens the request may produce: max_completion_tokens, else max_tokens, else the default; times `n`. */
export function requestedCompletionTokens(body: Readonly<Record<string, unknown>> | undefined, defaultMaxTokens: number, endpoint: string | undefined): number {
  if (endpoint === 'embeddings') return 0;
  const pick = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.ceil(v) : undefined);
  const max = pick(body?.max_completion_tokens) ?? pick(body?.max_tokens) ?? defaultMaxTokens;
  const n = pick(body?.n);
  return max * Math.min(Math.max(n ?? 1, 1), MAX_CHOICES);
}
