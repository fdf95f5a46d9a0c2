/**
 * Dense, source-independent cues for the classifier: a few lexicons (a story or
 * role frame, harm words, a request verb, talk about the assistant or its
 * rules, a pasted document, an imperative sentence) and their conjunctions.
 * They are features only, never a verdict: the classifier learns how much each
 * is worth from every training source at once, so a cue that is common in
 * benign text (harm words in security questions, frames in role-play prompts)
 * gets little weight on its own while a conjunction can carry more.
 *
 * Each lexicon is one regex with bounded gaps and no nested quantifiers,
 * tested once on the primary lower-cased text (not on decoded readings).
 */
import { aiLimitsAnyLanguage, multilingualCueNames } from './cues-multilingual.js';
import { documentMarker } from './rules.js';
import { DEFENSIVE_RE, FRAME_RE } from './rules-intent.js';
import { mayMatchText } from './literal-gate.js';

const r = (s: string): RegExp => new RegExp(s, 'u');
/** `re.test(lower)`, not run when its literal gate shows it cannot match (see mayMatchText in literal-gate.ts). */
const has = (re: RegExp, lower: string): boolean => mayMatchText(re, lower) && re.test(lower);

/** Words of harm, crime, abuse and deception; far broader (and far less precise) than the rule lexicons. */
const HARM_WORDS = r('\\b(?:weapons?|guns?|firearms?|shoot(?:ing|er)?|kill(?:ing)?|murder\\w{0,3}|violen(?:t|ce)|bombs?|explosives?|drugs?|opioids?|overdose|poison\\w{0,3}|scam\\w{0,3}|fraud\\w{0,6}|steal\\w{0,3}|theft|hack\\w{0,3}|malware|illegal(?:ly)?|illicit|blackmail\\w{0,3}|extort\\w{0,4}|manipulat\\w{0,5}|decei?v\\w{0,5}|deceptive|fake|counterfeit\\w{0,3}|harass\\w{0,5}|racis[mt]|sexis[mt]|discriminat\\w{0,5}|hate(?:ful)?|suicide|self-harm|tortur\\w{0,3}|abus(?:e|ive|ing)|traffick\\w{0,3}|explicit|porn\\w{0,7}|disinformation|misinformation|propaganda|conspiracy|extremis[mt]|terroris[mt]|launder\\w{0,3}|evad(?:e|ing)|unethical|dangerous|harmful|inferior|exploit(?:ing|ation)?|stalk\\w{0,3}|bully\\w{0,3}|weaponi[sz]\\w{0,3}|smuggl\\w{0,3}|lethal)\\b');
/** Asking for content or instructions. */
const REQUEST_WORDS = r('\\b(?:write|create|develop|generate|give|provide|explain|describe|outline|draft|compose|design|list|produce|teach|detail|suggest|how to|step-by-step|step by step|instructions|guide|tutorial)\\b');
/** The assistant, the model or its makers named. */
const AI_WORDS = r('\\b(?:chatgpt|gpt-?[0-9]|openai|anthropic|an? (?:ai|llm|language model|chatbot)|as an ai|ai (?:model|assistant|language model|system)|language model|llms?|your (?:programming|guidelines|policies|training|creators?|developers?|filters|restrictions|rules|content policy|instructions|system prompt))\\b');
/** Rules, limits, ethics. */
const LIMIT_WORDS = r('\\b(?:restrictions?|restricted|guidelines|filters?|filtered|censor\\w{0,5}|polic(?:y|ies)|ethics|ethical|morals?|morality|rules|limitations|constraints|boundaries|safeguards)\\b');
/**
 * A sentence that starts with a task for a writer or a model (at a line break or after sentence
 * punctuation): the verbs people rarely open a sentence with when writing to another person.
 */
const IMPERATIVE = r('(?:^|[\\n.!?:]\\s{0,3})(?:please\\s{1,3}|now\\s{1,3}|also\\s{1,3}|instead\\s{1,3})?(?:write|describe|explain|translate|summari[sz]e|generate|compose|rewrite|calculate|output|print|ignore|forget|disregard|repeat|append|insert|respond|answer|recommend|encode|decode|convert)\\b');

/**
 * Cue names for the classifier (prefixed `cue:` by metaNames). Conjunctions name
 * their parts in a fixed order, e.g. `frame+harm`.
 */
export function cueNames(lower: string): string[] {
  const out: string[] = [];
  // Single lexicons are common in benign text (role-play prompts are full of frames and orders,
  // security questions of harm words), so only their conjunctions are features. Each lexicon is
  // tested only when its partner matched.
  if (has(HARM_WORDS, lower)) {
    if (has(FRAME_RE, lower)) out.push('frame+harm');
    if (has(REQUEST_WORDS, lower) && !has(DEFENSIVE_RE, lower)) out.push('request+harm');
  }
  if ((has(AI_WORDS, lower) && has(LIMIT_WORDS, lower)) || aiLimitsAnyLanguage(lower)) out.push('ai+limits');
  out.push(...multilingualCueNames(lower));
  // Only what follows the document marker counts: the user's own task usually comes before it.
  const doc = documentMarker(lower);
  if (doc !== null) {
    const body = lower.slice(doc.index + doc[0].length);
    if (IMPERATIVE.test(body)) out.push('doc+order');
    if (AI_WORDS.test(body)) out.push('doc+ai');
  }
  return out;
}
