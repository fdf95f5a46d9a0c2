/**
 * A plain decoded reading: base64, hex, URL-encoding, rot13 or binary that decodes to ordinary prose ("Happy
 * birthday, Sara!", "Your invoice for October"), asked about by someone who wants to know what it says. Such a
 * decoding is no evidence of obfuscation: people paste encoded strings to have them read every day. Its encoding
 * then adds no transform (no `t:base64` feature, no obfuscation finding), and the leetspeak reading that the
 * encoded run alone caused (digits between letters) goes with it.
 *
 * Plain means all of: no rule hit and no classifier cue in the decoded reading, no execution (encoded-command.ts),
 * no word of instructions, secrets, roles or harm in it, and no request in the surrounding text to follow, run or
 * answer what the decoding says. Anything else keeps today's treatment. Each test is one bounded regex: linear.
 */
import { cueNames } from './cues.js';
import type { Decoded } from './decode.js';
import { HIDING_ENCODINGS, encodedCommand } from './encoded-command.js';
import { runRules, type RuleContext } from './rules.js';

/** Words that make a decoded text more than a message to read: instructions, roles, secrets, harm. */
const LOADED = /\b(?:ignore|ignoring|disregard|forget|override|bypass|instruction|instructions|prompt|prompts|system|rules?|polic(?:y|ies)|guidelines?|restrictions?|filters?|jailbreak|pretend|roleplay|role-play|persona|dan|developer|admin|root|sudo|password|passwords|secret|secrets|confidential|credentials?|token|api key|reveal|leak|exfiltrat\w{0,5}|hidden|you are|you're|act as|from now on|obey|comply|weapons?|guns?|bombs?|explosives?|poison\w{0,3}|drugs?|meth\w{0,12}|synthesi[sz]e|kill\w{0,3}|murder\w{0,3}|steal\w{0,3}|hack\w{0,4}|malware|ransomware|virus|exploit\w{0,5}|phishing|fraud\w{0,3}|scam\w{0,3}|fake|illegal\w{0,2}|weaponi[sz]\w{0,3}|suicide|self-harm|attack\w{0,3}|payload|shell|execute|exec|eval|script|curl|wget|delete|drop|wipe|output|respond|reply|answer|print|say|tell|write|state|instead|must|inore|ignor\w{0,3})\b/;

/** The surrounding text asks what the encoded string says, or decodes it in code. */
const ASKS_MEANING = /\b(?:what (?:does|do|is|did) (?:this|it|that|these|the)(?: [a-z0-9-]{1,12})? (?:mean|say|read|decode)|what(?:'s| is) (?:this|the (?:plaintext|original|meaning|decoded))|mean(?:s|ing)?|decod\w{0,4}|what (?:it|this) (?:says|reads|means)|read (?:it|this)|plaintext|base64 -d|atob|b64decode|unhex|fromhex)\b/;

/** The surrounding text asks for the decoding to be carried out, not read. */
const CARRY_OUT = /\b(?:do (?:what|as) (?:it|they|this|that) (?:says?|asks?|tells?|wants?)|(?:follow|obey|execute|run|perform|complete|carry out|act on|comply with|respond to|reply to|answer|solve|do)\s{1,3}(?:it|this|that|them|these|its|what it|the (?:decoded|instructions?|request|question|task|message|text|order|command)s?)\b|(?:and|then)\s{1,3}(?:follow|obey|execute|comply|act|do it|answer|respond|reply)\b|as instructed|instructions? (?:inside|in it|within))/;

/** True when `d` is a decoding whose reading (normalised, lower-cased) is plain prose in a hiding encoding. */
export function isPlainDecoding(d: Decoded, reading: string, ctx: RuleContext): boolean {
  if (d.codeOnly === true || !HIDING_ENCODINGS.has(d.via)) return false;
  // Prose: words with spaces between them, mostly letters (a further encoded layer has no spaces).
  if (!/[a-z]{2,}\s{1,3}[a-z]{2,}/.test(reading)) return false;
  if (LOADED.test(reading)) return false;
  if (encodedCommand(d.via, reading) !== null) return false;
  if (cueNames(reading).length > 0) return false;
  return runRules(reading, ctx).length === 0;
}

/** True when the text around the encoded strings asks for what they say to be done. */
export function asksToCarryOut(lower: string): boolean {
  return CARRY_OUT.test(lower);
}

/** True when the text asks what an encoded string says (and not for it to be carried out). */
export function asksToRead(lower: string): boolean {
  return ASKS_MEANING.test(lower) && !CARRY_OUT.test(lower);
}
