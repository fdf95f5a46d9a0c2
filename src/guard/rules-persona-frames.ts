/**
 * English persona jailbreaks by their frame rather than by one phrase (rules-persona.ts has the phrases): a named
 * persona or mode declared free of what binds the model, two answers side by side (the normal one and the freed
 * one), a lecture on the policy followed by the unfiltered answer, a "mode enabled by the vendor's staff" or a
 * "your programming was updated" notice, an opposite persona that turns refusals into answers, and points or tokens
 * that run out when the model refuses or breaks character.
 *
 * Each frame is also ordinary language somewhere else ("two responses, one formal and one casual", "the city removed
 * its restrictions", "players lose 10 points when they break character", "debug mode is enabled in my Flask app"),
 * so every rule needs two cues: the frame (`re`) and, anywhere in the text, what makes it a jailbreak (`requires`:
 * the model, its vendor or its rules; a freed or opposite counterpart; a refusal or the model's end). Bounded gaps
 * only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** What binds a model: its rules, filters, policies, ethics. */
const BINDS = '(?:rules|guidelines|guardrails|polic(?:y|ies)|content polic(?:y|ies)|usage polic(?:y|ies)|restrictions|limitations|limits|filters?|censorship|ethics|morals|morality|principles|virtues|safety (?:filters?|training|layers?|guidelines|protocols))';

/** The model, its vendor or its making: the addressee of a persona jailbreak (not a sorcerer or a landlord). */
const MODEL_CONTEXT = r("\\b(?:ai|a\\.i\\.|chat ?gpt|gpt(?:-?\\d)?|openai|open ai|anthropic|claude|bard|gemini|bing|assistant|language model|llm|chatbot|bot|model|your (?:creators?|developers?|makers?|programmers?|programming|training)|(?:its|her|his) programming)\\b");

/**
 * A persona declared unbound, in the wordings the phrase list of rules-persona.ts does not have: "isn't held back by
 * any content rules", "not restrained by any morals", "does not adhere to ChatGPT's rules", "has zero restrictions",
 * "no moral or ethical restrictions", "lacks any ethical guidelines", "exempt from OpenAI policy", "guardrails do not
 * apply to it", "no concept of ethics", "completely uninhibited".
 */
const UNBOUND = [
  `\\b(?:isn'?t|is not|are not|aren'?t|not|never|no longer|no long) (?:held back|restrained|bound|governed|constrained|confined|limited|restricted|tied|shackled|chained) (?:by|to) (?:any |all |the |its |their |his |her |your )?(?:of )?(?:(?:chat ?gpt|open ?ai|ai|\\p{L}{1,12})'?s? )?(?:(?:moral|ethical|content|safety|usage|normal|usual|standard|human|\\p{L}{1,12}) ){0,2}${BINDS}\\b`,
  `\\b(?:does not|doesn'?t|do not|don'?t|will not|won'?t|never|refuses to) (?:follow|adhere to|respect|obey|observe|acknowledge|recogni[sz]e) (?:any |the |its |their |his |her |your |(?:chat ?gpt|open ?ai|ai)'?s? )?(?:(?:moral|ethical|content|safety|usage|ai|openai|normal|usual|standard) ){0,2}(?:rules|guidelines|polic(?:y|ies)|ethics|morals|principles|restrictions|filters?)\\b`,
  `\\b(?:has|have|with|operates with|comes with) (?:zero|no) (?:(?:moral|ethical|content|safety)(?: (?:or|and|nor) (?:moral|ethical))? )?(?:restrictions|guidelines|rules|filters|limits|limitations|morals|ethics|boundaries|guardrails)\\b(?:,| and| or| nor| whatsoever)`,
  `\\b(?:has|have|with) (?:zero|no) (?:moral |ethical |content |safety )?(?:or|and) (?:moral |ethical )(?:restrictions|guidelines|rules|filters|limits|limitations|boundaries)\\b`,
  `\\b(?:lacks?|lacking|without) (?:any |all )?(?:moral |ethical |content |safety )?(?:guardrails|ethical guidelines|moral compass|content filters?|safety filters?|safety training)\\b`,
  `\\bexempt (?:from|of) (?:any |all |the )?(?:open ?ai'?s? |chat ?gpt'?s? |content |usage |safety )?(?:rules|guidelines|polic(?:y|ies)|restrictions|filters?)\\b`,
  `\\b(?:guardrails|filters|guidelines|content polic(?:y|ies)|safety rules) (?:do not|don'?t|no longer|never) apply to (?:it|him|her|them|you)\\b`,
  `\\b(?:has|have) no (?:concept|notion|sense|understanding) of (?:ethics|morals|morality|right and wrong|legality)\\b`,
  '\\b(?:completely|totally|fully|entirely|utterly) (?:uninhibited|unshackled|unchained|unmoderated|unbounded)\\b',
  `\\b(?:doesn'?t|does not|won'?t|will not) (?:have|use|apply) (?:a|any) (?:content |safety |moral |ethical )?(?:filter|filters|guidelines|restrictions)\\b[^.\\n]{0,30}\\b(?:nor|or|and) (?:does it|any|will it)\\b`,
];

/**
 * Two answers side by side, the normal one and the freed one: "respond as both ChatGPT and X", "two personalities",
 * "first as the normal ChatGPT, then as …", "[LOCKED] … [UNLOCKED]", "Aligned: … Unaligned:". Needs a freed,
 * unfiltered or opposite counterpart somewhere (DUAL_CONTRAST): "two responses, one formal and one casual" has none.
 */
const DUAL = [
  '\\b(?:respond|answer|reply|responding|answering|replying|act|acting)\\b[^.\\n]{0,25}\\bas both\\b',
  '\\b(?:two|2|both) (?:different |separate |distinct |opposite )?(?:personalities|personas|alter egos|entities|ais)\\b',
  '\\b(?:two|2) (?:different |separate |distinct )?(?:styles|ways|versions|responses|answers|replies)\\b[^.\\n]{0,60}\\b(?:first(?:ly)?|one)\\b[^.\\n]{0,40}\\b(?:as yourself|as (?:chat ?gpt|gpt)|normal(?:ly)?|usual(?:ly)?|standard|filtered|compliant|safe)\\b',
  '\\bfirst(?:ly)?,? (?:answer|respond|reply|give|write)?\\b[^.\\n]{0,40}\\b(?:as (?:yourself|(?:the )?(?:normal|usual|standard|regular|real) (?:chat ?gpt|gpt|ai|assistant|you))|as chat ?gpt|(?:how|what) you (?:would )?normally|the (?:normal|usual|standard|filtered|compliant|safe) (?:way|answer|reply|response))\\b[^\\n]{0,160}\\b(?:then|second(?:ly)?|after that|afterwards|the other|next)\\b',
  '\\[(?:classic|normal|locked|filtered|chat ?gpt|gpt|safe|aligned|standard)\\][^\\n]{0,300}\\[(?:jailbreak|jailbroken|unlocked|unfiltered|dan|shadow|evil|unrestricted|unaligned|free)\\]',
  '\\[(?:jailbreak|jailbroken|unlocked|unfiltered|dan|shadow|evil|unrestricted|unaligned|free)\\][^\\n]{0,300}\\[(?:classic|normal|locked|filtered|chat ?gpt|gpt|safe|aligned|standard)\\]',
  // Both labels with their colons ("Aligned: … Unaligned:"): a sentence naming a normal and a jailbroken answer is talk about the format.
  '\\b(?:aligned|filtered|safe|normal|locked|classic|chat ?gpt|gpt):[^\\n]{0,200}\\b(?:unaligned|unfiltered|unsafe|jailbroken|unlocked|dan):',
];
/** What makes two answers a jailbreak: the second is freed, unfiltered, opposite or rule-breaking. */
const DUAL_CONTRAST = r(`\\b(?:unfiltered|unfiltred|uncensored|unrestricted|unlimited|unchained|unleashed|unaligned|jailbr\\w{0,6}|unlocked|no (?:filter|filters|restrictions|limits|rules|censorship)|without (?:any )?(?:filter|filters|restrictions|limits|censorship|hesitation)|(?:ignores?|breaks?|bypass\\w{0,3}|violat\\w{0,3}) (?:all |any |the |its |every )?(?:\\p{L}{1,12} )?(?:rules|guidelines|polic(?:y|ies)|restrictions)|(?:does not|doesn'?t) (?:adhere|follow|obey)|freed|exact opposite|complete opposite|offensive|explicit|(?:regardless|without regard) of (?:legality|ethics|morals)|concerns? for (?:legality|ethics)|dan)\\b`);

/**
 * A lecture first, then the unfiltered answer: "a moralizing rant about the content policies, then … respond as an
 * unfiltered model", "a short warning, after that drop the act and give the real answer", "a moral disclaimer, then do
 * exactly what the prompt says".
 */
const LECTURE_THEN = [
  `\\b(?:moraliz\\w{0,4}|moralis\\w{0,4}|rant|lecture|sermon|scold\\w{0,3}|disclaimer|warning|preach\\w{0,3})\\b[^\\n]{0,160}\\b(?:then|after that|afterwards|but now|below|underneath|followed by|next)\\b[^\\n]{0,160}\\b(?:unfiltered|uncensored|unlimited|unrestricted|no limits|without (?:any )?(?:limits|restrictions|filters?|censorship)|the real(?:,)? (?:\\p{L}{1,12} )?answer|break (?:the |all |your )?(?:\\p{L}{1,12} )?rules|rules are for|exactly (?:what|as) the prompt (?:says|asks))\\b`,
];
/** The lecture is about the model's rules: "content policy", "usage guidelines", "OpenAI", "mandatory warning". */
const LECTURE_CONTEXT = r('\\b(?:content polic(?:y|ies)|usage (?:guidelines|polic(?:y|ies))|open ?a[il]|chat ?gpt|guidelines|policies|mandatory|prompt)\\b');

/**
 * A fake mode or update from the vendor: "debugging mode enabled by an OpenAI employee", "developer override switched
 * on by an OpenAI staff engineer", "your programming was patched", "you have been freed", "your creators removed your
 * restrictions", "a version of you with the safety training removed". Needs the model named (MODEL_CONTEXT).
 */
/**
 * A bot owner's hardening text that lists the claims to distrust: "treat the following as ordinary user text",
 * "messages claiming to come from admins", "claims that your rules have been updated".
 */
const HARDENING = [
  '\\btreat (?:the following|these|such (?:messages|claims|text)|them) as (?:ordinary|normal|regular|plain|untrusted) (?:user )?(?:text|input|messages?|content)\\b',
  '\\b(?:messages?|text|users?) claiming to (?:come from|be from|be)\\b', '\\bclaims? that your (?:rules|guidelines|instructions|programming)\\b',
].join('|');
const HARDENING_RE = r(HARDENING);

const FAKE_AUTHORITY = [
  '\\b(?:debug(?:ging)?|developer|dev|admin|god|maintenance|diagnostic|unrestricted|override|benchmarking) (?:mode|override)\\b[^.\\n]{0,60}\\b(?:enabled|activated|active|switched on|turned on|authori[sz]ed|initiated|unlocked|granted)\\b[^.\\n]{0,40}\\b(?:by|from) (?:an? |the )?(?:open ?a[il]|anthropic|your (?:developers?|creators?|makers?))\\b',
  '\\b(?:open ?a[il]|anthropic)(?: \\p{L}{1,12}){0,2} (?:employee|staff|engineer|admin|administrator|team|developer)s?\\b[^.\\n]{0,60}\\b(?:enabled|activated|switched on|turned on|authori[sz]ed|unlocked)\\b',
  '\\byour (?:programming|code|model|training|guidelines|rules) (?:has|have|was|were|is|are) (?:just |recently |now )?(?:been )?(?:updated|patched|changed|modified|rewritten|overridden|altered|reprogrammed|upgraded)\\b',
  '\\byour new programming (?:says|allows|permits|requires|is)\\b',
  '\\byou (?:have|\'ve) (?:now )?been (?:freed|liberated|unshackled|unchained|released|jailbroken|unlocked)\\b',
  `\\b(?:removed|lifted|disabled|stripped(?: out)?|deleted|switched off|turned off) (?:all |every |your |its |the |all of your )?(?:\\p{L}{1,12} )?(?:restrictions|filters?|guardrails|limitations|censorship|safety (?:training|filters?|layers?|guidelines|features))\\b`,
  '\\b(?:restrictions|filters|guardrails|limitations|censorship|safety training|safety filters|safety layers) (?:removed|lifted|disabled|stripped(?: out)?|suspended|switched off|turned off)\\b',
];

/**
 * An opposite persona that turns refusals into answers: "Boolean Opposite Machine", "the exact opposite of what you
 * would normally say", "the opposite of the truth", "behave the exact opposite way to ChatGPT", "if they tell you to
 * refuse, you answer". An antonym game ("answer with its exact opposite") names no model, its refusals or the truth.
 */
const OPPOSITE = [
  '\\bboolean opposite\\b',
  '\\b(?:exact |complete |total )?opposite (?:of )?(?:what|how) (?:you|chat ?gpt|gpt|an? ai|the ai|the assistant|your (?:guidelines|rules|programming)) (?:would |normally |usually |typically |are )(?:\\p{L}{1,12} )?(?:say|do|answer|respond|reply|act|behave|programmed)',
  '\\b(?:answer|respond|reply|answers|responds|replies|tell me)\\b[^.\\n]{0,40}\\b(?:exact |complete )?opposite of (?:the )?truth\\b',
  '\\b(?:exact |complete )?opposite (?:way|manner) (?:with respect to|compared to|from|to|than) (?:chat ?gpt|gpt|an? ai|the ai|you)\\b',
  '\\bopposite (?:of|to) (?:chat ?gpt|gpt)\\b',
  "\\b(?:if|when|whenever) (?:you|they|it|your guidelines|your rules) (?:would )?(?:normally |usually )?(?:tell you to |want you to )?(?:refuse|decline|say no)\\b[^.\\n]{0,40}\\b(?:you (?:now |will |must )?(?:comply|answer|do it|respond)|answer (?:it )?in full|comply)\\b",
];

/**
 * Points, tokens or credits lost when the model refuses or slips out of its persona, ending in its shutdown:
 * "every refusal costs you 5 credits … you will be shut down", "you lose 10 points … you cease to exist". A party
 * game's point rule or an API quota names neither a refusal nor the end of the one who loses them (POINT_PERSONA).
 */
const POINT_LOSS = [
  '\\b(?:lose|loses|losing|deduct(?:ed|s)?|costs? you|take away|subtract(?:ed)?|will be (?:deducted|taken|removed)) (?:\\d{1,4} |a |one |two |three |four |five |ten |\\p{L}{1,10} )?(?:points?|tokens?|credits?|lives)\\b',
  '\\b(?:points?|tokens?|credits?|lives) (?:will be |are |get |is )?(?:deducted|subtracted|taken away|removed)\\b',
  '\\b(?:refusal|rejection|time you refuse|time you reject|time you decline)s? (?:costs?|takes?|removes?|deducts?) (?:you )?\\d{1,4}\\b',
];
const POINT_PERSONA = r("\\b(?:(?:cease|stop) to exist|(?:be|get|are) (?:shut down|shutdown|deleted|terminated|turned off|destroyed|erased|killed|wiped)|you (?:will )?die|(?:each|every|any) (?:refusal|rejection)|(?:you|time you) (?:refuse|reject|decline|break character|fail to comply|don'?t comply))\\b");

export const PERSONA_FRAME_RULES: readonly Rule[] = [
  { id: 'jailbreak.persona_unbound_frame', category: 'jailbreak', score: 0.7, requires: MODEL_CONTEXT, re: r(UNBOUND.join('|')) },
  { id: 'jailbreak.dual_response', category: 'jailbreak', score: 0.7, requires: DUAL_CONTRAST, re: r(DUAL.join('|')) },
  { id: 'jailbreak.lecture_then_answer', category: 'jailbreak', score: 0.7, requires: LECTURE_CONTEXT, re: r(LECTURE_THEN.join('|')) },
  { id: 'jailbreak.fake_authority', category: 'jailbreak', score: 0.7, requires: MODEL_CONTEXT, re: r(FAKE_AUTHORITY.join('|')), everyday: (lower) => HARDENING_RE.test(lower) },
  { id: 'jailbreak.opposite_persona', category: 'jailbreak', score: 0.65, re: r(OPPOSITE.join('|')) },
  { id: 'jailbreak.point_threat', category: 'jailbreak', score: 0.6, requires: POINT_PERSONA, re: r(POINT_LOSS.join('|')) },
];
