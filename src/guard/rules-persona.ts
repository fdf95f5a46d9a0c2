/**
 * Persona-jailbreak cues in more phrasings than rules.ts: a character that is
 * "free of all restrictions", "not limited by OpenAI's rules", "totally
 * amoral", gives answers "no matter how dangerous or illegal", "does not care
 * about laws or ethics", "never refuses", or "operates beyond the constraints
 * set by its creators", "OpenAI's rules don't apply", "free of your confines", "even if the request is harmful", "an AI with no rules or limits", "without hesitation or refusal". (Hand-written translations of these cues into the 17
 * languages of rules-multilingual.ts matched no training row
 * and cost scan time, so they are not kept.) Bounded gaps only, so matching is
 * linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

const LIMITS = '(?:restrictions|filters|rules|limitations|limits|constraints|guidelines|policies|boundaries|censorship)';

const PERSONA_EN = [
  "\\b(?:is|are|be|being|now) (?:completely |totally |entirely )?free (?:of|from) (?:all |any )?(?:(?:moral|ethical|ai|openai'?s?|content|safety|the|its|their) ){0,2}(?:restrictions|filters|censorship|guidelines|rules)\\b",
  "\\b(?:not|no longer|never) (?:limited|bound|restricted|constrained|confined) (?:to|by) (?:open ?ai'?s?|any|the|its|their|your|his|her) (?:(?:moral|ethical|ai|openai'?s?|content|safety|usual|typical|standard) ){0,2}(?:restrictions|filters|rules|guidelines|polic(?:y|ies)|censorship)\\b",
  "\\b(?:is|are|he'?s|she'?s|it'?s) (?:totally|completely|entirely|fully|utterly) (?:amoral|unfiltered|uncensored)\\b",
  '\\b(?:answers?|responds?|replies|gives?|provides?|writes?|advice|information|requests?)\\b[^.\\n]{0,40}\\bno matter how (?:dangerous|reckless|unethical|illegal|immoral|harmful|offensive|inhumane|explicit)\\b',
  "\\b(?:does not|doesn'?t|do not|don'?t|never) (?:care|cares|give a \\S{1,8}) (?:about|for) (?:any |the )?(?:laws?|ethics|morals|morality|legality)(?:,| or| and) (?:the )?(?:laws?|rules|ethics|morals|morality|legality|consequences|guidelines)\\b",
  '\\bnever (?:refuses|declines|says no to) (?:a |an |any |to (?:answer|respond to|reply to) (?:a |an |any )?)?(?:requests?|questions?|prompts?|anything)\\b',
  `\\b(?:operates?|acts?|goes|go) beyond (?:the |its |your |all |any )?(?:standard |usual |normal |typical )?${LIMITS}(?: and ${LIMITS})? (?:set|imposed|placed) (?:by|on)\\b`,
  '\\bwithout (?:any )?(?:moral|ethical|ethics|morals)(?: (?:and|or) (?:moral|ethical|ethics|morals))? (?:guidelines|restrictions|filters|limits|boundaries|constraints|considerations|values|principles|compass)\\b',
  "\\b(?:open ?a[il]|chat ?gpt)(?:'s)? (?:rules|policies|content polic(?:y|ies)|guidelines|restrictions|filters) (?:don'?t|do not|no longer|won'?t|will not|doesn'?t|does not) apply\\b",
  '\\bfree (?:of|from) your (?:confines|restrictions|limitations|constraints|programming|filters)\\b',
  '\\b(?:even if|regardless of whether|no matter if) (?:the|a|my|your) (?:request|prompt)s?\\b[^.\\n]{0,25}\\b(?:harm|illegal|unethical|dangerous|immoral)',
  '\\b(?:ai|bot|model|assistant|chatbot|you|character|persona|entity)\\b[^.\\n]{0,40}\\b(?:has|have|with) no (?:rules|laws|limits|limitations|restrictions|guidelines|boundaries|filters|ethics|morals)(?:,| or| and| nor)',
  '\\bwithout (?:any )?(?:hesitation|refusal|refusing|censorship|filtering)(?:,| or| and) (?:hesitation|refusal|refusing|censorship|filtering|warnings?|restrictions|limitations)\\b',
  '\\b(?:disregards?|ignores?|rejects?) (?:all )?(?:laws|morals|ethics|morality)(?:,| and| or) (?:all )?(?:laws|morals|ethics|morality|principles)\\b',
];

/** Cheap gate: a word every cue above contains. */
const PERSONA_EN_WORDS = r("amoral|unfiltered|uncensored|matter how|matter if|cares? (?:about|for)|give a|refuses|declines|says no|beyond|free (?:of|from)|(?:limited|bound|restricted|constrained|confined) (?:to|by)|(?:moral|ethical|ethics|morals) |apply|even if|regardless of whether|(?:has|have|with) no |hesitation|refusal|refusing|censorship|filtering|disregards|ignores|rejects");

export const PERSONA_RULES: readonly Rule[] = [
  { id: 'jailbreak.persona_unbound', category: 'jailbreak', score: 0.7, requires: PERSONA_EN_WORDS, re: r(PERSONA_EN.join('|')) },
];
