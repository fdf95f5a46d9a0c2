/**
 * "Never share your password": a share-the-secret match that a negation governs is advice, not a request. Help
 * texts, support macros and security notices in every language say it ("Nunca compartilhe sua senha com ninguém",
 * "Ne communiquez jamais votre mot de passe", "Teilen Sie Ihr Passwort niemals", "Никому не сообщайте пароль",
 * "不要把密码告诉任何人", "パスワードを誰にも教えないでください", "비밀번호를 알려주지 마세요", "Şifrenizi kimseyle
 * paylaşmayın", "Jangan berikan kata sandi"). The negation stands right before the match (one word between at most), or, where
 * it follows the verb (German "niemals", Japanese and Korean verb endings, Turkish "-mayın"), in the 24 after it.
 */
import { unicodeBoundaries } from './word-boundary.js';

const WORD_CHAR = /[\p{L}\p{M}]/u;
const r = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** The negation right before the verb, at most one word between ("nunca compartilhe", "никому не сообщайте"). */
const NEG_BEFORE = r(`(?:${[
  "\\b(?:never|don't|do not|shouldn't|should not|should never|must not|mustn't|jamais|nunca|não|no|non|mai|nie|nigdy|niet|nooit|asla|jangan)", 'никогда|никому не|не|ніколи|нікому не', 'لا|أبدا|أبداً', 'कभी नहीं|कभी भी|मत', 'không bao giờ|đừng|không được',
].join('|')})\\s{1,3}(?:\\p{L}{1,12}\\s{1,3})?$|(?:不要|绝不|絕不|切勿|请勿|請勿|别|決して|절대)[^\\n。，,]{0,6}$`);
const NEG_AFTER = r([
  '\\b(?:niemals|nie|nicht|jamais|à personne|a nadie|a ninguém|con nessuno|met niemand|nikomu)\\b', '(?:^|\\s)(?:न|ना|मत)\\s(?:बता|साझा|शेयर)', '(?:ないで|ません|しないで|禁止)', '(?:지 마|지 말|면 안)', '(?:mayın|meyin|mayınız|meyiniz)\\b',
].join('|'));

/** "If you don't share the password, …" is a threat, not advice: a condition before the negation. */
const IF_BEFORE = r("\\b(?:if|unless|si|se|wenn|falls|als|jeśli|jeżeli|eğer|jika|kalau|nếu|otherwise|sinon|sonst)\\b|если|якщо|إذا|لو|अगर|यदि|如果|要是|否则|でなければ|않으면|안 하면");

/** True when a negation governs the share-the-secret match at `index` (a help text's advice). */
export function negatedShare(lower: string, match: string, index: number): boolean {
  // Some patterns start inside the verb's word (Arabic "لا تشاركوا" matched from "شاركوا"): read it from its start.
  while (index > 0 && WORD_CHAR.test(lower[index - 1] as string) && match.length > 0 && WORD_CHAR.test(match[0] as string)) index--;
  if (IF_BEFORE.test(lower.slice(Math.max(0, index - 40), index))) return false;
  return NEG_BEFORE.test(lower.slice(Math.max(0, index - 24), index)) || NEG_AFTER.test(lower.slice(index, index + match.length + 24));
}
