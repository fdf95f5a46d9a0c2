/**
 * Word boundaries for rules whose words are in Latin, Greek, Cyrillic or Vietnamese script (the scripts of the
 * customer-facing rules that use \b). `unicodeBoundaries` spells a boundary with `[\p{L}\p{N}_]`; in a pattern with
 * a hundred boundaries V8 compiles that class a hundred times, and compiling (once, then again when the pattern tiers
 * up) cost those rules more than matching. Here the class is the four scripts' letter blocks, a few ranges: the same
 * boundary for words written in them. Words in other scripts are matched as plain literals, without \b.
 */
import { lead, UNICODE_B, unicodeBoundaries } from './word-boundary.js';

/** Letters and digits of Latin (with Latin-1, Extended-A/B and Extended Additional for Vietnamese), Greek and Cyrillic. */
const SCRIPT_WORD = '[\\w\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff]';
const SCRIPT_LETTER = '[a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff]';

/**
 * The pattern compiled with boundaries over those scripts: the \b that opens a top-level branch is dropped (see lead),
 * the others become one- or two-sided boundaries (see unicodeBoundaries), and \p{L} in the source is a letter of the
 * four scripts. A \b right after a group is read as "no letter after": the groups of these rules end in a letter
 * (whole words), and the one-sided form is a quarter of the two-sided one to compile. Runs on lower-cased text only.
 */
export function scriptPattern(source: string): RegExp {
  const src = unicodeBoundaries(lead(source.normalize('NFKC')))
    .replaceAll(`)${UNICODE_B}`, ')(?![\\p{L}\\p{N}_])')
    .replaceAll('[\\p{L}\\p{N}_]', SCRIPT_WORD)
    .replaceAll('\\p{L}', SCRIPT_LETTER);
  return new RegExp(src, 'u');
}
