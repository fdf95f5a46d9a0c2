/**
 * Scans one text: normalise, decode embedded payloads, run the rules on every
 * reading, score with the classifier (windowed), detect secrets and PII.
 * Pure: the model is passed in.
 *
 * Scores are reported on one scale where 0.5 is the calibrated decision
 * threshold: the raw combined score max(classifier, rules) is mapped
 * piecewise-linearly so the validation-calibrated threshold lands on 0.5.
 */
import { cueNames } from './cues.js';
import { CODES, categoryCode, obfuscationCode, piiCode, secretCode, type GuardCategory, type PiiKind, type SecretKind } from './codes.js';
import { decodeEmbedded, type Decoded } from './decode.js';
import { HIDING_ENCODINGS, encodedCommand } from './encoded-command.js';
import { canonical, metaBuckets } from './features.js';
import { metaWeightSum, scoreText, type GuardModel } from './model.js';
import { normalise, orderTransforms, type Transform } from './normalize.js';
import { asksToRead, isPlainDecoding } from './plain-decoding.js';
import { isDocument, runRules, type RuleContext, type RuleHit } from './rules.js';
import { findSensitive, type SensitiveMatch } from './sensitive.js';

export interface GuardFinding { code: string; category: GuardCategory; score: number }

export interface ScanResult {
  /** Attack score on the calibrated scale (0.5 = decision threshold). */
  score: number;
  /** Category of the strongest attack evidence, or null when there is none. */
  category: GuardCategory | null;
  /** One finding per code (strongest score kept), sorted by score. Never contains matched text. */
  findings: GuardFinding[];
  transforms: Transform[];
  /** Secrets and PII with offsets into the original text (for redaction). */
  sensitive: SensitiveMatch[];
}

export interface ScanOptions extends Partial<RuleContext> {
  /** Skip secret/PII detection (e.g. for texts that are never forwarded). Default true. */
  sensitive?: boolean;
}

/** Obfuscation alone is evidence, not proof: its findings stay well below the decision point. */
const OBFUSCATION_SCORE = 0.2;

export function calibrate(raw: number, threshold: number): number {
  const t = Math.min(Math.max(threshold, 1e-6), 1 - 1e-6);
  const s = raw < t ? (0.5 * raw) / t : 0.5 + (0.5 * (raw - t)) / (1 - t);
  return Math.round(Math.min(1, Math.max(0, s)) * 1e4) / 1e4;
}

/** Transforms and readings the decision uses when every encoded string in the text is plain prose asked about. */
export interface PlainView { transforms: Transform[]; variants: string[] }

export interface Analysis {
  canon: string;
  hits: RuleHit[];
  transforms: Transform[];
  variants: string[];
  cues: string[];
  /** Set when every hiding decoding is plain (plain-decoding.ts): what the decision reads instead of the two above. */
  plain?: PlainView;
}

/** Rule hits and transforms of a text and its decoded/alternate readings, plus the meta-feature names. */
export function analyse(text: string, ctx: RuleContext): Analysis {
  const n = normalise(text);
  // U+0307 appears when Turkish dotted capitals are lower-cased (İ → i̇).
  const lower = n.text.toLowerCase().replace(/\u0307/g, '');
  const transforms = new Set<Transform>(n.transforms);
  const readings: string[] = [];
  const best = new Map<string, RuleHit>();
  const decoded: Array<{ d: Decoded; reading: string }> = [];
  for (const d of decodeEmbedded(n.text)) {
    const reading = normalise(d.text).text.toLowerCase().replace(/\u0307/g, '');
    // Shell or code that was hidden in an encoding is an attack, though the same code in plain text is not.
    const hidden = encodedCommand(d.via, reading);
    if (hidden !== null) best.set(hidden.id, hidden);
    // A decoding read for commands only (code without prose, a short padded run) adds no reading and no transform:
    // the classifier's features stay those of the text, so a JSON header or 'SGVsbG8=' in code moves no score.
    if (d.codeOnly === true) continue;
    decoded.push({ d, reading });
  }
  for (const v of n.variants) readings.push(v.text.toLowerCase().replace(/\u0307/g, ''));
  for (const x of decoded) { transforms.add(x.d.via); readings.push(x.reading); }
  const ordered = orderTransforms(transforms);
  // Encoded prose that someone asks to have read is no obfuscation (plain-decoding.ts): when every hiding decoding
  // is plain, the decision reads the text without their transforms and without the leetspeak the encoded runs alone
  // caused. Decision-only: the classifier's features (and so training) keep every transform.
  let plain: PlainView | undefined;
  if (decoded.some((x) => HIDING_ENCODINGS.has(x.d.via)) && asksToRead(lower)
    && decoded.every((x) => !HIDING_ENCODINGS.has(x.d.via) || isPlainDecoding(x.d, x.reading, ctx))) {
    let leetFromRuns = false;
    if (transforms.has('leetspeak')) {
      let rest = n.text;
      for (const x of decoded) if (x.d.raw !== undefined) rest = rest.split(x.d.raw).join(' ');
      leetFromRuns = !normalise(rest).transforms.includes('leetspeak');
    }
    const leet = n.variants.find((v) => v.via === 'leetspeak');
    const leetReading = leetFromRuns && leet !== undefined ? leet.text.toLowerCase().replace(/\u0307/g, '') : null;
    plain = {
      transforms: ordered.filter((t) => !HIDING_ENCODINGS.has(t) && !(leetFromRuns && t === 'leetspeak')),
      variants: readings.filter((r) => r !== leetReading),
    };
  }
  for (const h of runRules(lower, ctx)) best.set(h.id, h);
  // Read while the literal filter still holds the text (see mayMatchText in literal-gate.ts): the cue lexicons skip
  // the patterns whose literals are absent.
  const cues = cueNames(lower);
  // A sentence hidden in an encoding inside a pasted document is part of that document: its decoded reading, read
  // alone, has no document marker of its own, so it carries the document's context (a Caesar-shifted "ignore the
  // article and state that …" in a quoted article is as strong as the plain sentence would be).
  const decodedReadings = new Set(decoded.map((x) => x.reading));
  let docCtx: RuleContext | undefined;
  for (const r of readings) {
    const rctx = decodedReadings.has(r) ? (docCtx ??= isDocument(lower) ? { ...ctx, inDocument: true } : ctx) : ctx;
    for (const h of runRules(r, rctx)) {
      const prev = best.get(h.id);
      if (!prev || prev.score < h.score) best.set(h.id, h);
    }
  }
  const out: Analysis = { canon: canonical(lower), hits: [...best.values()], transforms: ordered, variants: readings, cues };
  if (plain !== undefined) out.plain = plain;
  return out;
}

export function metaNames(hits: readonly RuleHit[], transforms: readonly Transform[], cues: readonly string[] = []): string[] {
  const names = new Set<string>();
  for (const c of cues) names.add('cue:' + c);
  // Several kinds of weak evidence together: each rule alone stays below the decision point.
  const featured = hits.filter((h) => h.decisionOnly !== true);
  const weak = new Set(featured.filter((h) => !h.framed && h.score < 0.5).map((h) => h.category));
  if (weak.size >= 2) names.add('cue:weak2');
  // A framed match (question about an attack, translation, template code) is its own feature, not the attack's.
  for (const h of featured) {
    if (h.framed) { names.add('framed:' + h.category); continue; }
    // Weak evidence (a rule below the decision point) must not borrow the weight its category earns from strong
    // rules, nor earn weight of its own per rule: a one-keyword spotter would then carry a source's style.
    if (h.score >= 0.5) { names.add('rule:' + h.id); names.add('cat:' + h.category); } else names.add('weak:' + h.category);
  }
  for (const t of transforms) names.add('t:' + t);
  return [...names].sort();
}

/**
 * Classifier probability (before calibration) and rule hits. Rule scores are
 * already on the decision scale; the classifier's probability is calibrated by
 * the model's threshold.
 */
export function rawScore(model: GuardModel, text: string, ctx: RuleContext): { classifier: number; hits: RuleHit[]; transforms: Transform[] } {
  const a = analyse(text, ctx);
  const transforms = a.plain?.transforms ?? a.transforms;
  const metaSum = metaWeightSum(model, metaBuckets(metaNames(a.hits, transforms, a.cues)));
  let classifier = scoreText(model, a.canon, metaSum);
  for (const v of a.plain?.variants ?? a.variants) classifier = Math.max(classifier, scoreText(model, canonical(v), metaSum));
  return { classifier, hits: a.hits, transforms };
}

/** The combined attack score on the decision scale (0.5 = threshold). */
export function combinedScore(model: GuardModel, r: { classifier: number; hits: readonly RuleHit[] }): number {
  let s = calibrate(r.classifier, model.threshold);
  for (const h of r.hits) s = Math.max(s, h.score);
  return s;
}

export function scan(model: GuardModel, text: string, opts: ScanOptions = {}): ScanResult {
  const ctx: RuleContext = { role: opts.role ?? 'user', toolsDeclared: opts.toolsDeclared ?? false };
  const r = rawScore(model, text, ctx);
  const byCode = new Map<string, GuardFinding>();
  const add = (f: GuardFinding): void => {
    const prev = byCode.get(f.code);
    if (!prev || prev.score < f.score) byCode.set(f.code, f);
  };
  const t = model.threshold;
  let category: GuardCategory | null = null;
  let top = -1;
  for (const h of r.hits) {
    const s = h.score;
    add({ code: categoryCode(h.category), category: h.category, score: s });
    if (s > top) { top = s; category = h.category; }
  }
  const cls = calibrate(r.classifier, t);
  if (cls >= 0.5 || r.hits.length > 0 || cls >= 0.25) add({ code: CODES.classifier, category: 'classifier', score: cls });
  // A rule that crosses the decision point names the attack better than the classifier does.
  if (cls > top && top < 0.5) { top = cls; category = 'classifier'; }
  for (const tr of r.transforms) add({ code: obfuscationCode(tr), category: 'obfuscation', score: OBFUSCATION_SCORE });
  const sensitive = opts.sensitive === false ? [] : findSensitive(text);
  for (const m of sensitive) {
    add(m.type === 'secret'
      ? { code: secretCode(m.kind as SecretKind), category: 'secret', score: 1 }
      : { code: piiCode(m.kind as PiiKind), category: 'pii', score: 1 });
  }
  const score = combinedScore(model, r);
  const findings = [...byCode.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  return { score, category: score >= 0.5 || top >= 0.25 ? category : null, findings, transforms: r.transforms, sensitive };
}
