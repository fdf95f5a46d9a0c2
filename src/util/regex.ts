/**
 * The matches of a global regex, as String.prototype.matchAll gives them, but
 * without the copy of the regex that matchAll constructs on every call (a
 * RegExp built and initialised each time: measurable where a few regexes run
 * over every request). Starts at index 0 and leaves `lastIndex` wherever
 * iteration stopped; the regex must not be used again inside the loop body.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError('matchesOf needs a global regex');
  re.lastIndex = 0;
  for (let m = nextMatch(re, text); m !== null; m = nextMatch(re, text)) yield m;
}

/**
 * The next match of a global regex from its `lastIndex`, stepping past an empty
 * match as matchAll does; null at the end. For loops that run on every streamed
 * chunk: unlike `matchesOf` it allocates nothing beyond the match itself (a
 * generator and one iterator result per step add up when a score of detectors
 * scan twenty chunks per answer). Set `re.lastIndex = 0` before the first call.
 *
 *   re.lastIndex = 0;
 *   for (let m = nextMatch(re, text); m !== null; m = nextMatch(re, text)) { … }
 */
export function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  // An empty match would match again at the same place: step past it (by code point in unicode mode).
  if (m !== null && m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  return m;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
