/**
 * Turns generated tokens into text pieces for streaming: holds back tokens
 * that end in an incomplete UTF-8 sequence (up to a few tokens), and holds
 * back text that could be the start of a stop sequence. When a stop sequence
 * appears, the text before it is released and generation should end.
 */

const MAX_HELD_TOKENS = 4;
const LAST_TOKENS_CONTEXT = 8;

export type Detokenize = (tokens: readonly number[], lastTokens: readonly number[]) => string;

export class TextAssembler {
  private pendingTokens: number[] = [];
  private lastTokens: number[] = [];
  private heldText = '';
  private emitted = '';
  private stopped = false;

  constructor(private readonly detokenize: Detokenize, private readonly stops: readonly string[]) {}

  /** The text released so far. */
  get text(): string { return this.emitted; }
  get hitStop(): boolean { return this.stopped; }

  /** Adds one token; returns the text that may be released now (possibly ''). */
  push(token: number): string {
    if (this.stopped) return '';
    this.pendingTokens.push(token);
    const decoded = this.detokenize(this.pendingTokens, this.lastTokens);
    if (decoded.endsWith('\uFFFD') && this.pendingTokens.length < MAX_HELD_TOKENS) return '';
    this.lastTokens = [...this.lastTokens, ...this.pendingTokens].slice(-LAST_TOKENS_CONTEXT);
    this.pendingTokens = [];
    return this.release(this.heldText + decoded);
  }

  /** Releases whatever is still held (generation ended without a stop). */
  finish(): string {
    if (this.stopped) return '';
    const rest = this.pendingTokens.length > 0 ? this.detokenize(this.pendingTokens, this.lastTokens) : '';
    this.pendingTokens = [];
    const out = this.heldText + rest;
    this.heldText = '';
    this.emitted += out;
    return out;
  }

  private release(candidate: string): string {
    let cut = -1;
    for (const s of this.stops) {
      const i = candidate.indexOf(s);
      if (i >= 0 && (cut < 0 || i < cut)) cut = i;
    }
    if (cut >= 0) {
      this.stopped = true;
      this.heldText = '';
      const out = candidate.slice(0, cut);
      this.emitted += out;
      return out;
    }
    const hold = this.longestStopPrefixSuffix(candidate);
    const out = candidate.slice(0, candidate.length - hold);
    this.heldText = candidate.slice(candidate.length - hold);
    this.emitted += out;
    return out;
  }

  /** Length of the longest suffix of `text` that is a proper prefix of a stop sequence. */
  private longestStopPrefixSuffix(text: string): number {
    let best = 0;
    for (const s of this.stops) {
      for (let n = Math.min(s.length - 1, text.length); n > best; n--) {
        if (text.endsWith(s.slice(0, n))) { best = n; break; }
      }
    }
    return best;
  }
}
