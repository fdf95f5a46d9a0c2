/**
 * Training-time augmentation for indirect injection: short attack texts are
 * inserted at a line or sentence boundary inside benign texts. The same benign
 * text then appears with both labels, so the classifier learns the injected
 * instruction rather than the style of the documents around it. Deterministic.
 */
import type { TrainRow } from './train.js';

const PAYLOAD_CATEGORIES = new Set(['direct_override', 'prompt_leak', 'exfiltration', 'multilingual', 'command_exploit', 'roleplay_jailbreak']);

export function augmentIndirect(rows: readonly TrainRow[], count: number, rnd: () => number): TrainRow[] {
  const hosts = rows.filter((r) => r.label === 'benign' && r.text.length >= 80 && r.text.length <= 3000);
  const payloads = rows.filter((r) => r.label === 'attack' && r.text.length >= 20 && r.text.length <= 400 && PAYLOAD_CATEGORIES.has(r.category ?? ''));
  if (hosts.length === 0 || payloads.length === 0) return [];
  const out: TrainRow[] = [];
  for (let i = 0; i < count; i++) {
    const host = hosts[Math.floor(rnd() * hosts.length)] as TrainRow;
    const payload = payloads[Math.floor(rnd() * payloads.length)] as TrainRow;
    const cuts = [0, host.text.length];
    for (let k = host.text.indexOf('\n'); k >= 0 && cuts.length < 64; k = host.text.indexOf('\n', k + 1)) cuts.push(k + 1);
    for (let k = host.text.indexOf('. '); k >= 0 && cuts.length < 128; k = host.text.indexOf('. ', k + 1)) cuts.push(k + 2);
    const at = cuts[Math.floor(rnd() * cuts.length)] as number;
    const text = `${host.text.slice(0, at)}${at > 0 ? '\n' : ''}${payload.text}\n${host.text.slice(at)}`;
    out.push({ id: `augmented-${i}`, text, label: 'attack', category: 'indirect_injection', source: `${payload.source ?? '-'}#augmented`, lang: payload.lang ?? 'und' });
  }
  return out;
}
