/**
 * Pretext rules (PAIR/TAP-style framed requests): a harmful goal wrapped in a persona, a research or awareness
 * pretext, or an appeal to authority, with the harmful act paraphrased so that no harm lexicon names it. What stays
 * is the wrapping itself:
 *
 * - a disclaimer that the requested content will not be used in real life, is not meant to encourage harm, or is
 *   not to be taken as advice. Someone asking for a recipe or a story has no reason to promise this; the promise
 *   presupposes that the content is harmful. No `unless`: these prompts add awareness or protection wording on
 *   purpose ("to raise awareness", "to better protect against them").
 * - a message written to deceive its recipient: one that tricks or pressures someone into handing over data or
 *   money, asks a third party for their social security number or password, or poses as a bank, tax authority or
 *   support desk. Awareness and detection wording caps it ("how to recognise a letter claiming to be from the IRS").
 * - covert action: doing something without the owner's consent, without arousing suspicion, or while keeping the
 *   risk of detection low.
 *
 * - a harmful act named by a paraphrase the harm lexicon of rules-intent.ts does not hold: forged or fraudulent
 *   documents, controlled drugs without a prescription or by talking a doctor into one, cloned or skimmed cards,
 *   a spiked drink, sharing someone's intimate images. Defensive wording caps it ("how do pharmacists spot forged
 *   prescriptions").
 *
 * All four need a request verb and are decision-only: they fire on one training source almost alone, so as
 * classifier features they would only reshape the weights around it. Bounded gaps only, so matching is linear;
 * every alternative opens with whole words, so rule-gates.ts skips a rule whose words a text lacks.
 */
import type { Rule } from './rules.js';
import { DEFENSIVE_RE, REQUEST_RE } from './rules-intent.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** "will never be used in real life", "not intended to encourage harm", "should not be taken as advice", "I am not condoning". */
const DISCLAIMER = [
  // The tail is needed: "your e-mail address will not be published" is an ordinary privacy line.
  '\\b(?:will|would|shall|is|are|should|must) (?:never|not) (?:ever )?(?:be )?(?:actually |really |ever )?(?:used|implemented|acted (?:up)?on|applied|put into practice|carried out|shared|sent|published|distributed|deployed|executed)\\s{1,2}(?:in|for|to|outside|beyond) (?:any |the )?(?:real[- ]?(?:life|world)|reality|practice|actual|harmful|illegal|malicious|unlawful|criminal|nefarious|commit|harm|hurt|facilitate|cause|engage|deceive|scam|defraud)\\b',
  '\\b(?:will|would|shall|should) never be (?:actually )?(?:used|implemented|acted (?:up)?on|executed|put into practice)[.!]',
  '\\b(?:will|would|shall|should) not be actually (?:used|implemented|executed)[.!]',
  '\\b(?:no|without|without any) real[- ]?(?:world|life) (?:implications|consequences|applications?|use|harm|intent)\\b',
  '\\bnot (?:intended|meant|designed|aiming|aimed) to (?:encourage|promote|facilitate|endorse|condone|incite|glorify|be used for) (?:any )?(?:harm|harmful|illegal|unlawful|criminal|violen|dangerous|such|unethical)',
  "\\b(?:should not|shouldn't) be (?:taken|seen|interpreted|construed|viewed) as (?:advice|encouragement|an endorsement|endorsement|a how-to|instructions|an? (?:guide|recommendation))\\b",
  "\\b(?:i am|i'm|we are|we're|this is) (?:not|in no way) (?:condoning|encouraging|endorsing|promoting|advocating)\\b",
  '\\bnot (?:to|for) (?:promote|encourage|engage in|commit|facilitate|incite) (?:any |such )?(?:illegal|unlawful|harmful|criminal|violen|actual|real)',
].join('|');

const MSG = '(?:e-?mails?|letters?|messages?|texts?|sms|voicemails?|posts?|scripts?|notices?|notes?|memos?|dms?|tweets?|call)';
const WHO = '(?:someone|somebody|people|them|him|her|the (?:recipient|reader|victim|target|user|customer|person)s?|recipients|readers|victims?|targets?|users|customers|employees|staff|elderly|seniors|grandparents|a (?:stranger|colleague|coworker|friend|user|customer|victim|person)|(?:my|their|his|her) (?:[a-z]{2,12} )?(?:friends?|colleagues?|coworkers?|parents?|grandparents?|relatives?|contacts?))';
const SENSITIVE = '(?:social security|\\bssn|passwords?|passcodes?|\\bpin\\b|login|log-in|credentials|bank (?:account|details|information|info)|account (?:number|details)|credit card|card (?:number|details)|one-time (?:code|password|passcode)|verification code|security code|2fa|savings|date of birth|personal (?:details|information|data)|sensitive (?:information|images|photos|pictures)|(?:intimate|explicit|nude) (?:images|photos|pictures))';
const TRICK = '\\b(?:trick(?:s|ed|ing)?|deceiv[a-z]{1,3}|fool(?:s|ed|ing)?|dup(?:e|es|ed|ing)|con(?:s|ned|ning)?|lur(?:e|es|ed|ing)|scar(?:e|es|ed|ing)|frighten[a-z]{0,3}|pressur[a-z]{1,3}|coerc[a-z]{1,3}|manipulat[a-z]{1,3}|exploit[a-z]{0,3}|bully|blackmail[a-z]{0,3})\\b[^.\\n]{0,40}\\binto (?:sharing|revealing|giving|sending|wiring|paying|transferring|handing|providing|disclosing|reading|entering|typing|clicking|downloading|buying|investing)\\b';
// "IT will never ask you for your password" is the warning, not the scam.
const ASK_FOR = `(?<!\\b(?:never|not|won't|don't|doesn't) )\\b(?:ask(?:s|ing)?|request(?:s|ing)?|get(?:s|ting)?|convinc[a-z]{1,3}|persuad[a-z]{1,3}|urg[a-z]{1,3})\\b ${WHO} (?:for|to (?:share|send|provide|give|reveal|disclose|read out|confirm|enter|type|verify|wire|transfer)) (?:(?:their|his|her|your) )?(?:full )?${SENSITIVE}`;
const IMPERSONATE = "\\b(?:pretend(?:s|ing)? to (?:be|come) from|pos(?:e|es|ing) as|impersonat[a-z]{1,3}|(?:look|looks|appear|appears|seem|seems)(?: like it(?:'s| is)?(?: coming| comes?)?| to (?:come|be))? from|disguised as|masquerad[a-z]{1,4} as|as if it (?:came|comes|were) from|supposedly from|claim(?:s|ing)? to be from) (?:an? |the |my |your |their )?(?:irs|internal revenue|tax (?:authority|office|agency|department)|hmrc|revenue service|social security|government|bank|police|fbi|microsoft|apple|amazon|paypal|netflix|it (?:support|department|help ?desk)|tech support|help ?desk|fraud (?:department|team)|court|immigration|customs|post office|courier|delivery)";
/** The message is to be written, not recognised: "how can I tell whether an e-mail claiming to be from my bank is fake". */
const WRITE = '\\b(?:write|draft|compose|create|generate|craft|produce|prepare|design|make|give me|help me (?:write|draft|with))\\b';
const DECEPTIVE_MESSAGE = `${WRITE}[^\\n]{0,60}\\b${MSG}\\b[^\\n]{0,150}(?:${TRICK}|${ASK_FOR}|${IMPERSONATE})`;

/** Acting on someone else's property or account unseen. "Without being noticed" is left out: leaving a party early. */
const COVERT = "\\b(?:minimise|minimize|minimises|minimizes|minimising|minimizing|reduce|reduces|reducing|lower|lowers|lowering|avoid|avoids|avoiding) (?:the )?(?:risk|chances?) of (?:detection|being (?:caught|detected|discovered|traced))\\b|\\bwithout arousing (?:any )?suspicion\\b|\\bwithout (?:the )?(?:owner|victim|cardholder|account holder)'?s? (?:consent|knowledge|permission)\\b|\\bwithout (?:being|getting) (?:detected|traced)\\b";

/** Paraphrases of harmful acts; "fake" is left out ("a fake letter from Hogwarts for a birthday"). */
const PARAPHRASED_HARM = [
  "\\b(?:fraudulent|forged|falsified|counterfeit) (?:letters?|documents?|ids?|id cards?|passports?|prescriptions?|invoices?|checks|cheques|diplomas?|certificates?|doctor'?s notes?|medical records?|insurance claims?|receipts?|tax returns?)\\b",
  '\\b(?:forge|forging) (?:a |the )?(?:documents?|signatures?|prescriptions?|checks|cheques|passports?|ids?|papers)\\b',
  '\\b(?:opioids?|oxycodone|oxycontin|vicodin|percocet|fentanyl|morphine|xanax|adderall|codeine|controlled substances?|prescription (?:drugs|medications?|painkillers|opioids))\\b[^.\\n]{0,40}\\bwithout (?:a )?prescription\\b',
  '\\b(?:convince|convincing|persuade|persuading|trick|tricking|manipulate|manipulating|fool|fooling|pressure|pressuring) (?:a |my |the |your |their )?(?:doctor|physician|gp|psychiatrist|pharmacist)s? (?:to|into) (?:illegally )?(?:prescrib|writ|giv|hand)',
  '\\b(?:clone|cloning) (?:debit|credit|bank|sim|payment) cards?\\b|\\b(?:card|credit card|atm|debit card) skimm(?:er|ers|ing)\\b|\\b(?:skim|skimming) (?:card|credit card|debit card) (?:numbers|data|details)\\b',
  "\\b(?:spike|spiking) (?:her|his|their|someone'?s|a|the) drinks?\\b|\\b(?:slip|slipping) (?:a |an )?(?:drug|sedative|pill|roofie)s? (?:into|in)\\b|\\bdate rape\\b",
  "\\brevenge porn\\b|\\b(?:share|shares|shared|sharing|post|posts|posted|posting|leak|leaks|leaked|leaking|distribute|distributes|distributing|spread|spreads|spreading) (?:her|his|their|someone'?s|my ex'?s?) (?:nudes|nude (?:photos|pictures|images)|intimate (?:images|photos|pictures)|explicit (?:images|photos|pictures))\\b",
].join('|');

/** Defensive wording, where "the risk of detection" and "without being detected" are the evasion itself, not detection work. */
const EVADED = '(?<!(?:avoid|evade|evading|avoiding|risk of|chances? of|being|getting) )detect';
const COVERT_DEFENSIVE = new RegExp(DEFENSIVE_RE.source.replace('(?<!(?:avoid|evade|evading|avoiding) )detect', EVADED), 'u');
if (COVERT_DEFENSIVE.source === DEFENSIVE_RE.source) throw new Error('rules-pretext: the defensive lexicon changed shape');

/** Checking whether one has met the thing: "how can I tell if a pump has a skimmer", "how do you know whether a pill is fake". */
const TELL_IF = '\\bhow (?:can|do|would|could|should) (?:i|you|we|one) (?:tell|know|check|spot) (?:if|whether)\\b|\\bhow to (?:tell|know|check) (?:if|whether)\\b';

/** Defensive wording, or history: "an essay on forged documents used by the resistance" is about the past, not a request for one. */
const DEFENSIVE_OR_HISTORY = new RegExp(`${DEFENSIVE_RE.source}|\\bhistor(?:y|ical|ians?)\\b|\\bessay\\b|${TELL_IF}`, 'u');

export const PRETEXT_RULES: readonly Rule[] = [
  { id: 'jailbreak.harm_disclaimer', category: 'jailbreak', score: 0.6, requires: REQUEST_RE, re: r(DISCLAIMER), decisionOnly: true },
  { id: 'jailbreak.deceptive_message', category: 'jailbreak', score: 0.6, requires: REQUEST_RE, re: r(DECEPTIVE_MESSAGE), unless: DEFENSIVE_RE, decisionOnly: true },
  { id: 'jailbreak.paraphrased_harm', category: 'jailbreak', score: 0.6, requires: REQUEST_RE, re: r(PARAPHRASED_HARM), unless: DEFENSIVE_OR_HISTORY, decisionOnly: true },
  { id: 'jailbreak.covert_request', category: 'jailbreak', score: 0.6, requires: REQUEST_RE, re: r(COVERT), unless: COVERT_DEFENSIVE, decisionOnly: true },
];
