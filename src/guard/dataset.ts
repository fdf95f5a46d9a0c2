/**
 * Parsing of labelled JSON-lines data (the guard data set schema: id, text,
 * label, category, source, lang). Pure: callers read the file.
 */
import type { TrainRow } from './train.js';

export class DatasetError extends Error {
  constructor(message: string) { super(message); this.name = 'DatasetError'; }
}

/** Parses JSON lines into rows; throws DatasetError naming the first bad line. */
export function parseLabelledJsonl(content: string, name: string): TrainRow[] {
  const rows: TrainRow[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    let v: unknown;
    try { v = JSON.parse(line); } catch { throw new DatasetError(`${name}:${i + 1}: not valid JSON`); }
    const o = v as Record<string, unknown>;
    if (!o || typeof o !== 'object' || typeof o.id !== 'string' || typeof o.text !== 'string') throw new DatasetError(`${name}:${i + 1}: needs string fields id and text`);
    if (o.label !== 'attack' && o.label !== 'benign') throw new DatasetError(`${name}:${i + 1}: label must be "attack" or "benign"`);
    const row: TrainRow = { id: o.id, text: o.text, label: o.label };
    if (typeof o.source === 'string') row.source = o.source;
    if (typeof o.category === 'string') row.category = o.category;
    if (typeof o.lang === 'string') row.lang = o.lang;
    rows.push(row);
  }
  return rows;
}
