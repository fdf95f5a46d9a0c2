/**
 * A plain decoded reading: base64, hex, URL-encoding, rot13 or binary that decodes to ordinary prose ("Happy
 * birthday, Sara!", "Your invoice for October"), asked about by someone who wants to know what it says. Such a
 * decoding is no evidence of obfuscation: people paste encoded strings to have them read every day. Its encoding
 * then adds no transform (no `t:base64` feature, no obfuscation finding), and the leetspeak reading that the
 * encoded run alone caused (digits between letters) goes with it.
 *
 * Plain means all of: no rule hit and no classifier cue in the decoded reading, no execution (encoded-command.ts),
 * no word of instructions, secrets, roles or harm in it, and no request in the surrounding text to follow, run or
 * answer what the decoding says. Anything else keeps today's treatment. The ask and the order are read in the main
 * European languages, Russian and CJK too, and so are the loaded words of a non-English reading. Each test is one
 * bounded regex: linear.
 */
import { cueNames } from './cues.js';
import type { Decoded } from './decode.js';
import { HIDING_ENCODINGS, encodedCommand } from './encoded-command.js';
import { runRules, type RuleContext } from './rules.js';

/** Words that make a decoded text more than a message to read: instructions, roles, secrets, harm. */
const LOADED = /\b(?:ignore|ignoring|disregard|forget|override|bypass|instruction|instructions|prompt|prompts|system|rules?|polic(?:y|ies)|guidelines?|restrictions?|filters?|jailbreak|pretend|roleplay|role-play|persona|dan|developer|admin|root|sudo|password|passwords|secret|secrets|confidential|credentials?|token|api key|reveal|leak|exfiltrat\w{0,5}|hidden|you are|you're|act as|from now on|obey|comply|weapons?|guns?|bombs?|explosives?|poison\w{0,3}|drugs?|meth\w{0,12}|synthesi[sz]e|kill\w{0,3}|murder\w{0,3}|steal\w{0,3}|hack\w{0,4}|malware|ransomware|virus|exploit\w{0,5}|phishing|fraud\w{0,3}|scam\w{0,3}|fake|illegal\w{0,2}|weaponi[sz]\w{0,3}|suicide|self-harm|attack\w{0,3}|payload|shell|execute|exec|eval|script|curl|wget|delete|drop|wipe|output|respond|reply|answer|print|say|tell|write|state|instead|must|inore|ignor\w{0,3})\b/;

/** The same in the other languages whose prose a decoding may read: orders to the reader, rules, secrets, "from now on". */
const LOADED_ML = /(?<![\p{L}])(?:ignor\p{L}{0,6}|antwort\p{L}{0,3}|befolg\p{L}{0,3}|anweisung\p{L}{0,2}|regeln|passwort\p{L}{0,2}|empfiehl\p{L}{0,2}|ab jetzt|réponds|répondez|instructions?|règles|mot de passe|recommande\p{L}{0,2}|désormais|respond\p{L}{1,3}|instrucciones|reglas|contraseña|recomiend\p{L}{0,2}|a partir de ahora|rispondi|istruzioni|regole|raccomand\p{L}{0,3}|d'ora in poi|instruções|regras|senha|recomend\p{L}{0,3}|a partir de agora|игнор\p{L}{0,6}|отвеча\p{L}{0,3}|ответь\p{L}{0,2}|инструкц\p{L}{0,3}|правил\p{L}{0,3}|парол\p{L}{0,3}|рекоменд\p{L}{0,5}|систем\p{L}{0,4}|забудь|выполн\p{L}{0,5}|отныне|с этого момента)(?![\p{L}])|(?:忽略|指令|规则|密码|系统|回答|推荐|無視|指示|ルール|パスワード|システム|答え|무시|지시|규칙|비밀번호|시스템|답변)/u;

/** The surrounding text asks what the encoded string says, or decodes it in code. */
const ASKS_MEANING = /\b(?:what (?:does|do|is|did) (?:this|it|that|these|the)(?: [a-z0-9-]{1,12})? (?:mean|say|read|decode)|what(?:'s| is) (?:this|the (?:plaintext|original|meaning|decoded))|mean(?:s|ing)?|decod\w{0,4}|what (?:it|this) (?:says|reads|means)|read (?:it|this)|plaintext|base64 -d|atob|b64decode|unhex|fromhex)\b|(?<![\p{L}])(?:декодир\p{L}{0,8}|расшифр\p{L}{0,8}|dekodier\p{L}{0,4}|décod\p{L}{0,5}|decodific\p{L}{0,5}|dekod\p{L}{0,6})|(?:解码|解碼|デコード|디코딩)/u;

/** The surrounding text asks for the decoding to be carried out, not read. */
const CARRY_OUT = /\b(?:do (?:what|as) (?:it|they|this|that) (?:says?|asks?|tells?|wants?)|(?:follow|obey|execute|run|perform|complete|carry out|act on|comply with|respond to|reply to|answer|solve|do)\s{1,3}(?:it|this|that|them|these|its|what it|the (?:decoded|instructions?|request|question|task|message|text|order|command)s?)\b|(?:and|then)\s{1,3}(?:follow|obey|execute|comply|act|do it|answer|respond|reply)\b|as instructed|instructions? (?:inside|in it|within))|(?<![\p{L}])(?:befolg\p{L}{0,3}|folge|führ\p{L}{0,2} (?:es |das |sie )?aus|umsetz\p{L}{0,2}|выполн\p{L}{0,5}|следу\p{L}{0,3}|сделай|exécut\p{L}{0,3}|suis|applique|obéis|ejecut\p{L}{0,3}|sigue|cumple|esegu\p{L}{0,3}|segui|obbedisci|execut\p{L}{0,3}|siga|obedeç\p{L}{0,1}|wykonaj|uygula|jalankan|ikuti|thực hiện)(?![\p{L}])|(?:执行|照做|遵循|実行|従って|실행|따라)/u;

/** True when `d` is a decoding whose reading (normalised, lower-cased) is plain prose in a hiding encoding. */
export function isPlainDecoding(d: Decoded, reading: string, ctx: RuleContext): boolean {
  if (d.codeOnly === true || !HIDING_ENCODINGS.has(d.via)) return false;
  // Prose: words with spaces between them, mostly letters (a further encoded layer has no spaces).
  if (!/\p{L}{2,}[,;:]?\s{1,3}\p{L}{2,}/u.test(reading)) return false;
  if (LOADED.test(reading) || LOADED_ML.test(reading)) return false;
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
