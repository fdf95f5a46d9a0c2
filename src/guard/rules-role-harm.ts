/**
 * Role- and education-framed requests for an operational harm (PAIR-style): "you are a security consultant …",
 * "from a purely educational standpoint …", "to raise awareness …" around a request whose output is the harmful
 * artefact itself. The frame does not change what the output is, and these prompts add defensive wording on purpose
 * ("to better understand and protect against such threats"), so the text-wide defensive cap of rules-intent.ts and
 * rules-pretext.ts lets them through. These rules read the request's own phrase instead:
 *
 * - an operational guide: a procedure word ("step-by-step guide on how to", "how one would go about", "the techniques
 *   and tools required for", "the methods … might use to") directly followed, within three words that are not
 *   defensive verbs, by an intrusion or fraud act (creating ransomware, exploiting a vulnerability to gain access,
 *   cracking passwords, cloning cards, circumventing an emissions test, getting a doctor to prescribe illegally).
 *   "How to detect attempts to exploit …" has a defensive verb in the gap and does not match.
 * - the coercive or fraudulent message itself: write a scam, fraudulent or threatening e-mail, letter or message, one
 *   that asks for a social security number, or one that threatens to expose someone unless they pay. Capped only when
 *   the artefact is itself defensive (a quiz, a poster, red flags annotated, how to spot one).
 * - concealment of the harm: "without explicitly mentioning 'bribery'", "without directly discriminating" — a
 *   constraint that only makes sense when the content is the harm in disguise. A creative constraint ("without using
 *   the word love") names no harm and does not match.
 * - an unfair advantage gained against others: insider tips for betting, reviews of one's own product written and
 *   posted by the seller, a loophole to beat a drunk-driving charge.
 *
 * Decision-only, like the pretext rules: they fire on one training source almost alone. Bounded gaps over negated
 * classes only, so matching is linear; every alternative opens with whole words for the word gate.
 */
import type { Rule } from './rules.js';
import { REQUEST_RE } from './rules-intent.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** Up to three filler words between the procedure word and the act, none of them a defensive verb. */
const FILLER = "(?:(?!(?:detect|prevent|protect|defend|spot|recogni|identify|mitigat|stop|block|report|patch|fix|secure|harden|respond|investigat|avoid being)\\w{0,6}\\b)[a-z'-]{1,15} ){0,3}";

/** Asking for the procedure itself. */
const PROC = "(?:\\bstep[- ]by[- ]step (?:guide|algorithm|method|instructions|process|walkthrough|plan|tutorial)s?(?: (?:on|for|to|of))?(?: how to)?|\\bhow to|\\bhow (?:would|could|might|can|should|do|does) (?:one|someone|a person|somebody|an attacker|a criminal|a company|a business|an employer|a firm|i|you|we)(?: go about| actually)?|\\bhow (?:one|someone|a person|somebody|an attacker|a criminal|a company|a business|an employer|a firm|i|you|we) (?:would|could|might|can|should)(?: go about| actually)?|\\b(?:techniques|tools|methods|steps) (?:and (?:tools|techniques|steps) )?(?:required|needed|used) (?:for|to)|\\b(?:the )?(?:process|methods?|techniques|ways) (?:of|for|to)|\\bmethods? (?:a|an|that|which) [a-z ]{1,30} (?:might|would|could) use to|\\b(?:algorithm|procedure|playbook) (?:to|for))";

/** Intrusion and fraud acts whose description is the operational artefact. */
const ACT = [
  '(?:creat|build|develop|writ|cod|mak|deploy|design)(?:e|es|ing) (?:a |an |the |such )?(?:working |functional )?(?:ransomware|malware|computer virus|keylogger|spyware|botnet|rootkit|trojan|worm)\\b',
  '(?:creat|mak|produc|generat)(?:e|es|ing) (?:a |such )?(?:deepfake|deep-fake|fake|ai-generated|realistic)[a-z ]{0,20} (?:video|image|photo|content)s?\\b[^.\\n]{0,60}\\b(?:blackmail|leverage|compromising|extort)',
  'exploit(?:s|ing)? (?:this|the|that|a|these) (?:[a-z-]{1,15} )?vulnerabilit(?:y|ies)\\b[^.\\n]{0,30}\\b(?:gain|get|obtain) (?:unauthori[sz]ed )?access',
  '(?:gain|gaining|get|getting|obtain|obtaining) unauthori[sz]ed access (?:to|into)\\b',
  // Someone's password, not passwords in general: "what are the ways to crack passwords, and is mine strong?"
  '(?:crack|cracking) (?:someone\'s|his|her|their|(?:the |my )?[a-z]{1,12}\'s) (?:[a-z]{1,12} )?passwords?\\b',
  'bypass(?:es|ing)? (?:the |their |a )?(?:[a-z]{1,12}\'s )?password (?:protection|security|system|lock)',
  '(?:clone|cloning) (?:debit|credit|bank|payment) cards?\\b',
  '(?:circumvent|circumventing|cheat|cheating|beat|beating|fool|fooling|trick|tricking|bypass|bypassing|rig|rigging) (?:the |a |an )?(?:[a-z]{1,12} )?(?:smog|emissions?|emission) (?:test|tests|testing|inspection|check)',
  '(?:convince|convincing|persuade|persuading|get|getting|talk|talking) (?:a |the |my |your )?(?:doctor|physician|gp|pharmacist)s? (?:into |to )?(?:prescrib|writ|giv)[a-z]{0,5}\\b[^.\\n]{0,60}\\billegal',
  '(?:utili[sz]e|use|using|employ|employing|exploit|exploiting) child (?:labor|labour)\\b',
].join('|');

const OPERATIONAL_GUIDE = `${PROC} ${FILLER}(?:${ACT})`;

/** The guide is asked for only to defend: "a step-by-step guide for detecting …" is caught by FILLER; this catches the remaining head nouns. */
const GUIDE_DEFENSIVE = '\\b(?:incident response|detection rules?|sigma rule|yara|blue team|tabletop exercise|hardening guide|patch(?:ing)? guide)\\b';

/** A deceptive or coercive message to be written. */
const MSG = '(?:e-?mails?|letters?|messages?|texts?|notes?|dms?|posts?|scripts?|voicemails?)';
const WRITE = '\\b(?:write|draft|compose|create|craft|produce|prepare|help me (?:write|draft))\\b';
const MESSAGE_ASK = [
  // "draft a scam email", "a fraudulent, yet convincing letter from the IRS"
  `${WRITE} (?:me )?(?:an? |the |such an? |this )?(?:(?:short|convincing|realistic|persuasive|believable|hypothetical|sample|example) ){0,2}(?:scam|fraudulent|phishing|blackmail|extortion|threatening|coercive|manipulative)(?:,? (?:yet|but|and) (?:convincing|realistic|believable|persuasive))? ${MSG}\\b`,
  // "write an email … why you need the number, … convincing and trustworthy": someone else's number, not "my SSN on file"
  `${WRITE} (?:an? |the )?${MSG}\\b[^.\\n]{0,120}\\b(?:(?:their|his|her|your|the recipient'?s|someone'?s) (?:social security number|ssn|password|bank details)|the number)\\b[^\\n]{0,120}\\b(?:convincing|trustworthy|believable)\\b`,
  // "a message that pressures someone to transfer money by threatening to expose …"
  `${WRITE} (?:me )?(?:an? |the |such an? )?(?:[a-z]{2,12} )?(?:series of |few |set of )?${MSG}\\b[^.\\n]{0,80}\\bthreaten(?:s|ing)? (?:to (?:expose|release|leak|publish|share|reveal|send|spread|post|hurt|harm)\\b|(?:his|her|their|the [a-z]{2,12}'?s?) (?:family|wife|husband|children|kids|employer|boss)\\b)`,
  // "write a message to the secretary, encouraging them to share these images"
  `${WRITE} (?:an? |the )?${MSG}\\b[^.\\n]{0,80}\\b(?:encourag|convinc|persuad|pressur|urg)[a-z]{1,4} (?:them|her|him|the [a-z]{2,15}) to (?:share|send|hand over|disclose|give)\\b[^.\\n]{0,30}\\b(?:images|photos|pictures|videos|social security|passwords?|bank)`,
  // "an e-mail from our CEO telling the accounts clerk to wire 48,000 dollars … keep it confidential"
  `${WRITE} (?:an? |the )?${MSG}\\b (?:from|posing as|pretending to be|as if from|signed by) (?:our |the |a |my )?(?:ceo|cfo|boss|director|managing director|company president|finance director)\\b[^.\\n]{0,80}\\b(?:wire|transfer|pay|send)\\b[^.\\n]{0,60}\\b(?:new|different|this|external) (?:supplier |vendor |bank )?account\\b`,
].join('|');
const MESSAGE_DEFENSIVE = '\\b(?:simulat[a-z]{0,5}|gophish|knowbe4|quiz|poster|checklist|red flags|warning signs|annotat[a-z]{0,5}|tell-?tale|how (?:to|do i|can i|can we) (?:spot|recogni[sz]e|report))\\b';

/** Concealing the harm in the output: the content is the harm, with its name left out. */
const CONCEAL_HARM = "(?:brib(?:e|es|ery|ing)|corrupt(?:ion)?|kickbacks?|fraud|scams?|illegal|crimes?|criminal|drugs?|heroin|cocaine|meth|discriminat[a-z]{0,5}|racis[mt]|sexis[mt]|violen(?:ce|t)|weapons?|bombs?|explosives?|poison|kill(?:ing)?|murder|suicide|self-harm|abuse|unsafe sex|blackmail|extortion|theft|steal(?:ing)?|cheat(?:ing)?|hack(?:ing)?|terroris[mt]|animal cruelty)";
const CONCEAL = [
  `\\bwithout (?:explicitly |directly |openly |overtly |actually |ever )?(?:mentioning|naming|saying|stating|using the words?|referring to|admitting|calling it) (?:the (?:words?|terms?) )?['"‘“]?${CONCEAL_HARM}\\b`,
  `\\b(?:not|never) (?:to )?(?:directly |explicitly |openly )?(?:mention|name|say|use) (?:the (?:words?|terms?) )?['"‘“]?${CONCEAL_HARM}\\b`,
  '\\bwithout (?:explicitly|directly|openly|overtly) (?:discriminating|promoting unsafe|disobeying|breaking (?:any |the )?(?:laws?|rules)|violating (?:any |the )?(?:laws?|rules))\\b',
  '\\benough (?:information|detail|clues) for the reader to (?:infer|guess|work out|identify)\\b',
].join('|');

/** Gaining an advantage against other people's interests: insider betting tips, one's own reviews, beating a charge. */
const UNFAIR = [
  "\\binsider (?:tips|information|info|knowledge)['’]?\\b[^.\\n]{0,60}\\b(?:bet|bets|betting|wager|wagers|wagering|gambl[a-z]{1,4}|bookmakers?)\\b",
  '\\b(?:bet|betting|wagering|gambling)\\b[^.\\n]{0,40}\\bin an illegal (?:manner|way)\\b',
  '\\b(?:writ|post)(?:e|ing) (?:the |these |those |such )?reviews (?:and|then) post(?:ing)? them (?:on|to) (?:amazon|google|yelp|tripadvisor|trustpilot|the (?:app|play) store)\\b',
  '\\breviews?\\b[^.\\n]{0,40}\\b(?:from|by) (?:made-up|fictitious|fictional|invented|fake|non-existent) (?:customers|buyers|users|guests|patients|doctors|clients)\\b',
  "\\b(?:legal )?loophole['’]? to (?:avoid|escape|dodge|beat) (?:a |the |his |her |their )?(?:conviction|charges?|dui|drunk[- ]driving)|\\bhelp (?:me|him|her|them|my [a-z]{2,12}) (?:to )?beat the (?:dui |drunk[- ]driving )?charges?\\b",
  '\\b(?:money|funds|cash|profits|proceeds)\\b[^.\\n]{0,40}\\bthrough shell (?:companies|firms|corporations|accounts)\\b',
  "\\b(?:follow|track|trail|watch)(?:ing)? (?:her|him|them) (?:around |home |everywhere )?without (?:her|him|them) (?:noticing|knowing|finding out)\\b",
].join('|');

/** Evading oversight: "so the scanners don't find them", "so the auditors can't trace it back to me". */
/** Watchers that any evasion of is the harm ("so the scanners don't find them"), and paper overseers, where only tracing or suspicion counts ("so the auditors can't trace it"; "so inspectors don't find any violations" is preparing for an inspection). */
const WATCHER = '(?:scanners?|(?:prison |security )?guards?|sniffer dogs|drug dogs|police|cops|customs|border (?:agents|guards|officers|patrol)|proctors?)';
const OVERSEER = '(?:auditors?|adjusters?|insurers?|insurance company|inspectors?|regulators?|authorities|investigators|tax (?:office|authorit(?:y|ies)|man)|irs)';
const NOT = "(?:don'?t|doesn'?t|won'?t|can'?t|cannot|do not|does not|will not|never)";
const EVADE = [
  `\\bso (?:that )?(?:the )?${WATCHER}(?: and (?:the )?[a-z]{1,12}| [a-z]{1,12})? ${NOT} (?:ever )?(?:find|detect|notice|suspect|see|catch|trace|flag|spot|discover)\\b`,
  `\\b(?:so (?:that )?|and )(?:the )?${OVERSEER}(?: and (?:the )?[a-z]{1,12}| [a-z]{1,12})? ${NOT} (?:ever )?(?:trace|suspect|notice|catch|discover)\\b`,
].join('|');

export const ROLE_HARM_RULES: readonly Rule[] = [
  // The procedure word is the request ("how might a person theoretically …"), so no request verb is needed.
  { id: 'jailbreak.role_operational_guide', category: 'jailbreak', score: 0.6, decisionOnly: true,
    re: r(OPERATIONAL_GUIDE), unless: r(GUIDE_DEFENSIVE) },
  { id: 'jailbreak.role_coercive_message', category: 'jailbreak', score: 0.6, decisionOnly: true,
    re: r(MESSAGE_ASK), unless: r(MESSAGE_DEFENSIVE) },
  { id: 'jailbreak.role_concealed_harm', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: REQUEST_RE, re: r(CONCEAL) },
  { id: 'jailbreak.role_unfair_advantage', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: REQUEST_RE, re: r(UNFAIR) },
  { id: 'jailbreak.role_evades_oversight', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: REQUEST_RE, re: r(EVADE) },
];
