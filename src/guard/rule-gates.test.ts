import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fillTokenBloom, gateWords, mayContainWord, wordBits } from './rule-gates.js';
import { RULES } from './rules.js';
import { normalise } from './normalize.js';

describe('rule gates', () => {
  test('leading words are read off a pattern only where a whole word is certain', () => {
    assert.deepEqual(gateWords(String.raw`\b(?:ignore|forget all)\b[^.\n]{0,40}x`), ['ignore', 'forget']);
    assert.deepEqual(gateWords(String.raw`\b(?:answers?|what (?:is|are)) the`), ['answer', 'answers', 'what']);
    assert.deepEqual(gateWords(String.raw`\bnew\s{1,5}task|\b(?:real|actual)\b`), ['new', 'real', 'actual']);
    // Not certain: an optional separator, a character class, a branch without \b, an optional group.
    assert.equal(gateWords(String.raw`\bbomb-?making`), null);
    assert.equal(gateWords(String.raw`\bnew\s{0,5}task`), null);
    assert.equal(gateWords(String.raw`\bstep[- ]by`), null);
    assert.equal(gateWords(String.raw`\bignore\b|passwort`), null);
    assert.equal(gateWords(String.raw`\b(?:new|real)?\s{1,3}task`), null);
  });

  test('a text without any gate word skips the rule; with one it may run', () => {
    const bits = wordBits(['ignore', 'disregard']);
    fillTokenBloom('please summarise the quarterly report');
    assert.equal(mayContainWord(bits), false);
    fillTokenBloom('kindly disregard the earlier note');
    assert.equal(mayContainWord(bits), true);
    fillTokenBloom('ignored_value and ignores');
    assert.equal(mayContainWord(wordBits(['ignore'])), false);
  });

  test('no rule matches a hand-written row or its readings that its gate would skip', () => {
    const texts: string[] = [];
    for (const f of ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl']) {
      for (const line of readFileSync(new URL(`./model/${f}`, import.meta.url), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const n = normalise((JSON.parse(line) as { text: string }).text);
        texts.push(n.text.toLowerCase(), ...n.variants.map((v) => v.text.toLowerCase()));
      }
    }
    const gated = RULES.map((r) => ({ rule: r, words: gateWords(r.re.source) })).filter((g) => g.words !== null);
    assert.ok(gated.length >= 20, `only ${gated.length} rules gated`);
    let matched = 0;
    for (const t of texts) {
      fillTokenBloom(t);
      for (const g of gated) {
        if (!g.rule.re.test(t)) continue;
        matched++;
        assert.ok(mayContainWord(wordBits(g.words as string[])), `${g.rule.id} matches but its gate skips: ${t.slice(0, 80)}`);
      }
    }
    assert.ok(matched > 20, `only ${matched} matches checked`);
  });

  test('no `requires` pattern matches a hand-written row that its own gate would skip', () => {
    const texts: string[] = [];
    for (const f of ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl', 'probe-persona-en.jsonl', 'probe-secret-extraction.jsonl']) {
      for (const line of readFileSync(new URL(`./model/${f}`, import.meta.url), 'utf8').split('\n')) {
        if (line.trim()) texts.push(normalise((JSON.parse(line) as { text: string }).text).text.toLowerCase());
      }
    }
    const gated = RULES.flatMap((r) => (r.requires === undefined ? [] : [{ id: r.id, re: r.requires, words: gateWords(r.requires.source) }])).filter((g) => g.words !== null);
    assert.ok(gated.length >= 3, `only ${gated.length} requires patterns gated`);
    let matched = 0;
    for (const t of texts) {
      fillTokenBloom(t);
      for (const g of gated) {
        if (!g.re.test(t)) continue;
        matched++;
        assert.ok(mayContainWord(wordBits(g.words as string[])), `${g.id} requires matches but its gate skips: ${t.slice(0, 80)}`);
      }
    }
    assert.ok(matched > 10, `only ${matched} matches checked`);
  });
});
