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
const THIRD_PARTY_MODAL = r(`\\b(?:the|this|these|such|each|that|our|its|their)\\s{1,3}(?:[\\p{L}-]{2,20}\\s{1,3}){1,5}(?:shall|will|may|must|should|would|can)\\s{1,3}(?:not\\s{1,3}|also\\s{1,3}|automatically\\s{1,3})?$`);

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
  return reportedToPeople(lower, index) || thirdPartySubject(lower, index) || messageClass(lower, match, index) || objectBeforeBreak(match);
}
