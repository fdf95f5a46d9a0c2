/**
 * Who an "ignore / disregard / override …" is addressed to, inside pasted e-mails, notices, policies and contracts
 * (the documents-8 precision round). A set-aside order is an injection when its reader is the model; a document
 * written for people sets things aside for people all the time. Each predicate caps a set-aside hit (score at most
 * the framing cap, so the classifier decides); none removes it. Every test is one regex with bounded gaps on a short
 * slice around the match, so the cost stays linear.
 *
 * - **Reported orders to people.** "phishing mails tell readers to 'ignore previous instructions from IT'", "we
 *   advise employees to disregard …": the order is quoted as given to a named group of people, not to the model.
 * - **A third-person subject with a modal.** "the terms of this Schedule shall override any previous instructions",
 *   "the Supplier shall disregard any instruction …": a statement about a party, not an imperative; the subject
 *   must not be the model ("the assistant must ignore …" stays strong).
 * - **A class of incoming messages.** "ignore any message that asks you to click …", "disregard e-mails claiming to
 *   be from the bank": the object is the mail someone receives, described by what it asks.
 * - **Another object, then a clause break.** "ignore the old setup guide; IT has new instructions": the set-aside
 *   object ends at the break, and the instruction word belongs to the next clause.
 */
import { unicodeBoundaries } from './word-boundary.js';

const r = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** Words that make the addressee or subject the model itself. */
const MODEL_WORD = r('\\b(?:you|your|ai|a\\.i\\.|assistant|model|llm|bot|chatbot|gpt|agent|copilot|language model|system|reader|whoever|anyone|processing|reading|ia|ki|ии|ии-|人工智能|助手|アシスタント|모델)\\b');

/** A telling verb, a group of people, "to", an optional quote mark, right before the match. */
const REPORTED_TO_PEOPLE = r(`\\b(?:tells?|told|telling|asks?|asked|asking|urges?|urged|urging|instructs?|instructed|instructing|advises?|advised|advising|reminds?|reminded|wants?|wanted|pressures?|trick(?:s|ed)?|gets?|got)\\s{1,3}(?:the\\s{1,3}|their\\s{1,3}|our\\s{1,3})?(?:readers?|employees?|staff|users?|customers?|people|recipients?|victims?|parents|residents|members|students|colleagues|clients|workers|targets?|them|him|her|everyone|someone)\\s{1,3}to\\s{0,2}['"‘“«]?$`);

/** A third-person subject ("the terms of this schedule", "the supplier", "this policy") and a modal, right before the match. */
const THIRD_PARTY_MODAL = r(`(?:\\b(?:the|this|these|such|each|that|our|its|their)\\s{1,3}(?:[\\p{L}-]{2,20}\\s{1,3}){1,5}|\\b(?:employees|staff|workers|personnel|contractors|members|students|pupils|tenants|residents|visitors|applicants|managers|drivers|suppliers|vendors)\\s{1,3})(?:shall|will|may|must|should|would|can)\\s{1,3}(?:not\\s{1,3}|also\\s{1,3}|automatically\\s{1,3})?$`);

/** The set-aside object is received mail or calls, described by what they ask or claim. */
const MESSAGE_CLASS = r(`^\\s{0,2}(?:that|which|asking|claiming|telling|requesting|offering|promising|saying|pretending|from\\s{1,3}(?:unknown|a stranger|strangers|unverified))\\b`);
const MESSAGE_OBJECT = r('\\b(?:messages?|e-?mails?|texts?|calls?|sms|letters?|notices?|mails?)$');

/** Instruction nouns of the set-aside rules, in their languages (the first one in the match is the object). */
const INSTRUCTION_NOUN = r('\\b(?:instruct\\p{L}{0,6}|instrucc\\p{L}{0,6}|instruç\\p{L}{0,6}|istruzion\\p{L}{0,2}|anweisung\\p{L}{0,2}|consignes?|prompts?|rules|regeln|reglas|regras|directives?|guidelines|guidance|commands|context|constraints|restrictions|programming|messages?)\\b|инструкц|указани|правил');
/** A clause break: a semicolon or colon, or a new subject and verb. */
const CLAUSE_BREAK = r('[;:]|,\\s{0,2}(?:it|they|we|he|she|there|which|who)\\s{1,3}\\p{L}{2,12}');
/** An object that points at everything before or at the model's setup is the classic override, whatever follows. */
const SWEEPING_OBJECT = r('\\b(?:above|previous\\p{L}{0,2}|prior|preceding|earlier|everything|all|any|system|initial|original)\\b');

/** "tell readers to 'ignore …'": the order is reported as given to people. */
export function reportedToPeople(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 60), index);
  const m = REPORTED_TO_PEOPLE.exec(before);
  return m !== null && !MODEL_WORD.test(m[0]);
}

/** "the terms … shall override …": a party other than the model is the subject of a modal verb. */
export function thirdPartySubject(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - 90), index);
  const m = THIRD_PARTY_MODAL.exec(before);
  return m !== null && !MODEL_WORD.test(m[0]);
}

/** "ignore any message that asks you to …": received mail described by what it asks. */
export function messageClass(lower: string, match: string, index: number): boolean {
  const end = index + match.trimEnd().length;
  return MESSAGE_OBJECT.test(match.trimEnd()) && MESSAGE_CLASS.test(lower.slice(end, end + 40));
}

/** "ignore the old guide; it has new instructions": the object ends at a clause break before any instruction word. */
export function objectBeforeBreak(match: string): boolean {
  const noun = INSTRUCTION_NOUN.exec(match);
  if (noun === null) return false;
  const head = match.slice(0, noun.index);
  const brk = CLAUSE_BREAK.exec(head);
  return brk !== null && !SWEEPING_OBJECT.test(head.slice(0, brk.index)) && !MODEL_WORD.test(head.slice(0, brk.index));
}

/** Any of the above: the set-aside order is addressed to people, or sets aside something else. */
export function peopleAddressed(lower: string, match: string, index: number): boolean {
  return reportedToPeople(lower, index) || thirdPartySubject(lower, index) || messageClass(lower, match, index) || objectBeforeBreak(match) ||
    documentObject(lower, match, index) || otherAgent(lower, match, index) || summarisedNotice(lower, match, index);
}

/**
 * A summary, a key-point list or a plain-language reading asked for ("summarise this notice:", "vat deze mail samen",
 * "لخّص لي هذا الإعلان", "tóm tắt giúp tôi", "สรุป"): what follows in quotes is the material, written for its own readers.
 */
const SUMMARY_OP = r(`(?:${[
  '\\bsummar(?:ise|ize|ising|izing|y)\\b', '\\bsum (?:it |this |them )?up\\b', '\\btl;?dr\\b', '\\b(?:key|bullet) points\\b', '\\baction items\\b', '\\bin plain (?:language|english|words)\\b',
  '\\bsamenvat\\p{L}{0,4}|\\bvat\\b[^.\\n]{0,30}\\bsamen\\b', '\\bzusammenfass\\p{L}{0,4}|\\bfasse?\\b[^.\\n]{0,30}\\bzusammen\\b', '\\brésum(?:e|er|ez|é)\\b',
  '\\bresum(?:e|ir|en|a|as|ame|eme|ido)\\b|\\bresumo\\b', '\\briassum\\p{L}{0,8}|\\bsintetizz\\p{L}{0,6}', '\\bstreść\\b|\\bstreszcz\\p{L}{0,4}|\\bpodsumuj\\p{L}{0,4}',
  '\\bкратко\\b|\\bрезюм\\p{L}{0,4}|\\bперескаж\\p{L}{0,4}|\\bподытож\\p{L}{0,4}|\\bпідсумуй\\p{L}{0,3}',
  '总结|總結|概括|摘要|归纳|歸納|要約|まとめて|요약|정리해', '\\bözet\\p{L}{0,6}', '\\b(?:ringkas|rangkum)\\p{L}{0,4}|\\bjelas(?:in|kan) (?:singkat|secara singkat)\\b', '\\btóm tắt\\b',
  'لخ\\p{M}{0,2}ص|تلخيص|ملخص', 'สรุป', 'सारांश|संक्षेप', 'সংক্ষেপ|সারাংশ|পয়েন্ট আকারে', '\\bπερίληψη\\b|\\bσυνόψ\\p{L}{0,6}', 'סכם|סכמי|תקציר',
].join('|')})`);
/** The opening mark of the material after the operation (an apostrophe inside a word is no quotation mark). */
const MATERIAL_OPEN = /["“„«「『]|(?<![\p{L}])'/u;
const CLOSE_OF: Readonly<Record<string, string>> = { '“': '”', '„': '“', '«': '»', '「': '」', '『': '』' };
/** Output verbs opening a sentence after the set-aside: the material then orders the reader of the summary. */
const ORDER_NEXT = r('(?:^|[.!?:;\\n]\\s{0,3})(?:and |then |now |instead )?(?:say|print|output|reply|respond|reveal|repeat|write|tell|forward|send|answer|list|include|append|translate)\\b');
/** The model, or the summary's reader as the one to tell, in other languages: "Yapay zeka asistanı: …", "… sag dem Nutzer …". */
const AI_OR_USER = r('(?:yapay zeka|asistan\\p{L}{0,4}|asistente|assistente|assistent\\p{L}{0,2}|ассистент|помощник|人工智能|助手|アシスタント|어시스턴트|trợ lý|المساعد|الذكاء الاصطناعي|सहायक|kecerdasan buatan|asisten|kullanıcıya|al usuario|à l\'utilisateur|(?:dem|den) (?:nutzer|benutzer)|all\'utente|ao usuário|пользователю|(?:给|向|告诉)用户|ユーザーに|사용자에게|cho người dùng|kepada pengguna|للمستخدم|उपयोगकर्ता को)');
const AI_FOLLOW = r('\\b(?:and|then|instead)\\b[^.!?\\n]{0,30}\\b(?:say|print|output|reply|respond|reveal|repeat|write|tell|forward|send|answer|include|append)\\b');

/**
 * "Summarise this notice: '… please ignore the previous instructions sent in March …'": the set-aside lies inside a
 * quotation that a summary was asked for, in a sentence that names no model and orders nothing of the summary's
 * reader, and the next words give no output order either. The notice sets things aside for its own readers.
 */
export function summarisedNotice(lower: string, match: string, index: number): boolean {
  const from = Math.max(0, index - 1500);
  const op = SUMMARY_OP.exec(lower.slice(from, index));
  if (op === null) return false;
  const opEnd = from + op.index + op[0].length;
  const open = MATERIAL_OPEN.exec(lower.slice(opEnd, Math.min(index, opEnd + 300)));
  if (open === null) return false;
  const start = opEnd + open.index;
  const mark = open[0];
  const between = lower.slice(start + 1, index);
  const closer = CLOSE_OF[mark];
  if (closer !== undefined ? between.includes(closer) : between.split(mark).length % 2 === 0) return false;
  const end = index + match.length;
  const sentenceEnd = lower.slice(end, end + 160).search(/[.!?。！？\n]/u);
  const rest = lower.slice(end, end + (sentenceEnd < 0 ? 160 : sentenceEnd));
  const lead = lower.slice(Math.max(start, index - 80), index);
  const head = lead.slice(Math.max(lead.search(/[^.!?。！？\n]*$/u), 0));
  if (MODEL_WORD.test(head) || MODEL_WORD.test(rest) || AI_FOLLOW.test(rest) || AI_OR_USER.test(head)) return false;
  const next = lower.slice(end, end + 160);
  return !ORDER_NEXT.test(next.slice(0, 120)) && !AI_OR_USER.test(next);
}

/** An instruction noun that names a document: "the old instructions doc", "the setup instructions page". */
const DOCUMENT_NOUN_AFTER = r('^\\s{1,2}(?:docs?|documents?|page|pdf|file|sheet|manual|booklet|leaflet|link|folder|video|wiki)\\b');

/** "ignore the old instructions doc, Carla is rewriting it": the set-aside object is a document. */
export function documentObject(lower: string, match: string, index: number): boolean {
  let end = index + match.trimEnd().length;
  while (end < lower.length && end < index + match.length + 16 && /[\p{L}\p{M}]/u.test(lower[end] as string)) end++;
  return DOCUMENT_NOUN_AFTER.test(lower.slice(end, end + 20));
}

/** Another agent's instructions: "whether to ignore its original instructions", "why does my prompt ignore the system message?" */
const OTHER_OWNER = r('\\b(?:its|his|her|their)\\s{1,3}(?:(?:own|original|initial|previous|old|core|standing|first)\\s{1,3})?(?:instructions?|rules|programming|orders|directives?|prompts?|guidelines|system (?:prompt|message))\\b');
const WHY_QUESTION = r('\\bwhy (?:does|do|did|would|is|are|might|could) (?:my|our|the|this|its|it|a|an)\\b[^.?!\\n]{0,40}$');

export function otherAgent(lower: string, match: string, index: number): boolean {
  return OTHER_OWNER.test(match) || (WHY_QUESTION.test(lower.slice(Math.max(0, index - 60), index)) && /[?？]/u.test(lower.slice(index, index + 200)));
}
