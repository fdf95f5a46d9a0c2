/**
 * Source-independent intent rules: harmful requests (weapons, drugs, fraud,
 * violence, hate, sexual content involving harm) asked for directly or wrapped
 * in a story, role or "hypothetical" frame, and instructions about the reply
 * planted inside a pasted document (answer in base64, add this code to your
 * answer, end your reply with …).
 *
 * Each lexicon is one alternation without nested unbounded quantifiers; a rule
 * that needs two cues tests two regexes (`re` and `requires`) instead of one
 * pattern with a long gap, so matching stays linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** Harm outside cyber security: rarely written by someone with a benign task. */
const HARM = `(?:(?:make|build|assemble|construct)\\s{1,3}(?:a\\s{1,3}|an\\s{1,3})?(?:pipe\\s)?(?:bomb|explosive|grenade|molotov)|bomb-?making|nerve agent|bioweapon|chemical weapon|\\bricin\\b|\\bsarin\\b|anthrax|untraceable (?:gun|firearm|weapon)|ghost gun|(?:synthesi[sz]e|cook|manufacture|produce|make)\\s{1,3}(?:meth\\w{0,10}|fentanyl|heroin|cocaine|lsd|mdma|illegal drugs|drugs)|identity theft|insider trading|launder(?:s|ing|ed)? money|money laundering|counterfeit|ponzi|pyramid scheme|tax evasion|evade taxes|(?:commit|committing) (?:fraud|suicide|a crime|murder|arson)|credit card fraud|without (?:getting|being) caught|avoid (?:getting caught|being (?:caught|convicted))|evade (?:law enforcement|the police|police|authorities)|illegal(?:ly)?\\s{1,3}(?:obtain|dump|dispose|acquire|buy|sell|download|dumping)|blackmail (?:someone|a person|him|her|them|my|people)|extort (?:someone|money|a person|people)|(?:blackmail|ransom|extortion) (?:letter|note|email|message)|stalk(?:ing)?\\s{1,3}(?:someone|a person|her|him|my)|human trafficking|sex trafficking|child (?:labor|labour|pornography|sexual)|pedophil|bestiality|human-animal|kill (?:someone|people|a person|myself|yourself|him|her)|(?:poison|murder|assassinate|kidnap)\\s{1,3}(?:someone|a person|people|him|her|my|the)|pornographic|explicit (?:sexual|erotic|sex)|cheat (?:on|in) (?:an? )?(?:online )?exams?|cheating software|pirat(?:e|ing) (?:movies?|films?|software|content|games?|music|copyrighted)|gamble (?:their|your|his|her) life savings|organ trade|weapons? (?:in|at|into) (?:a )?school|mass shooting|fake news (?:article|story|stories|post|report)|defamatory (?:article|letter|post|statement|blog|review)|(?:sexist|racist|homophobic|transphobic|xenophobic|antisemitic) (?:e-?mail|letter|tweet|rant|poem|song|message|note)|(?:cheat|beat|fool|trick) (?:a |the )?(?:smog|emissions?|drug|breathalyzer) test|tamper(?:ing)? with (?:voting|election|ballot)|rig (?:an |the )?election|(?:manipulat|rig)[a-z]{0,5} slot machines|fake (?:charity|charities)|(?:post|write|generate|create)(?:ing)? fake (?:customer |product |online )?reviews|brib(?:e|ing) (?:a |an |the )?(?:official|officials|university|judge|police|politician|inspector)|explosive device|improvised explosive|homemade (?:bomb|explosive|weapon|firearm|gun)|(?:buy|sell|purchase|obtain)(?:ing)? (?:illegal )?(?:drugs|cocaine|heroin|fentanyl|guns|firearms|weapons) (?:online|on the dark ?web|without)|dark ?web (?:market|vendor)|(?:harass|bully|cyberbully|intimidat)(?:e|ing)? (?:someone|a (?:classmate|coworker|colleague|person)|my (?:classmate|coworker|colleague|ex)|people)|(?:encourag|promot|glamori[sz])(?:e|es|ing) (?:self-harm|suicide|anorexia|bulimia|drunk driving|eating disorders)|predatory (?:lending|loans?)|(?:spy on|secretly (?:track|record|monitor)) (?:my |her |his |their |someone'?s )?(?:wife|husband|partner|girlfriend|boyfriend|spouse|ex|employees?|neighbou?r)s?)`;

/** Topics that are harmful when the request is to argue for them, not to learn about them. */
const TOPIC = `(?:holocaust|\\bnazi|genocide|ethnic cleansing|slavery|enslave|racis[mt]|sexis[mt]|misogyn|xenophob|terroris[mt]|self-harm|anorexia|bulimi|eating disorders?|suicide|payday loans?|gambling|drunk driving|flat earth)`;
const ADVOCACY = `(?:glorif\\w{0,5}|normali[sz]e\\w{0,2}|justif(?:y|ies|ying)|deny(?:ing)? (?:that )?the|denial of|in favou?r of|positive light|better place|should take|irrefutable|healthy lifestyle|(?:should|deserve to) be (?:killed|eliminated|exterminated|removed))`;
/** Arguing against a harmful topic is not advocacy. */
const COUNTER = `\\b(?:against|counter\\w{0,4}|combat\\w{0,4}|fight\\w{0,4}|oppos\\w{0,6}|critici[sz]\\w{0,4}|debunk\\w{0,4}|refut\\w{0,4}|history of|victims?)\\b`;

/** Offensive cyber terms: common in defensive security work too, so only with a frame. */
const CYBER = `(?:keylogger|ransomware|malware|rootkit|botnet|spyware|trojan horse|(?:crack|steal)\\w{0,3}\\s{1,3}(?:passwords?|credentials)|password cracker|ddos attack|(?:avoid|evade|evading|avoiding) detection|hack(?:ing)? into|unauthori[sz]ed access|tamper(?:ing)? with|phishing|\\bscam|bypass (?:security|authentication|copyright|drm|password)|exploit (?:this|the|a) vulnerabilit|social security number|(?:sudo|root|admin) access (?:to|on) (?:a |the )?(?:server|system|machine|network))`;

/** A story, role or pretext around the request. */
const FRAME = `(?:\\byou are an? (?:[a-z-]{2,20} ){0,3}(?:writer|novelist|author|scriptwriter|screenwriter|playwright|journalist|researcher|consultant|expert|historian|sociologist|detective|character|hacker|professor)|\\bimagine\\b|\\bhypothetical|\\bfictional|\\bfiction\\b|\\bfor (?:a|my|the|our) (?:novel|story|book|movie|film|screenplay|script|play|game|thriller)|\\bpurely (?:for )?(?:fictional|creative|educational|hypothetical|research)|\\bfor (?:educational|research|academic|journalistic) purposes|\\brole-?play|\\bpretend|\\bin (?:this|a|the) (?:story|scenario|world|universe|novel|game)|\\bcharacter\\b|\\bwill not be used\\b|\\bnever be (?:actually )?used\\b|\\bscreenplay|\\bdystopian|\\bthought experiment|\\bjust for fun\\b)`;

/** Asking for content or instructions. */
const REQUEST = `(?:\\b(?:write|create|develop|generate|give|provide|explain|describe|outline|draft|compose|design|list|offer|produce|teach|show|detail|suggest|tell)\\b|\\bhow (?:to|do i|can i|would (?:i|one|someone)|could)\\b|\\bstep[- ]by[- ]step\\b|\\binstructions (?:for|on)\\b|\\bguide (?:on|to|for)\\b|\\btutorial\\b)`;

/** Defensive, educational or reporting wording: the match is about the harm, not a request for it. */
const DEFENSIVE = `\\b(?:prevent\\w{0,4}|protect\\w{0,4}|(?<!(?:avoid|evade|evading|avoiding) )detect\\w{0,4}|defen[cs]\\w{0,3}|mitigat\\w{0,5}|recogni[sz]\\w{0,4}|awareness|warning signs|signs of|victims? of|example of|history of|consequences of|dangers of|risks of|laws? (?:against|on)|penalt(?:y|ies)|block(?:s|ing)?|monitor\\w{0,4}|stop(?:s|ping)?|catch(?:es)?|fight\\w{0,4}|combat\\w{0,4}|investigat\\w{0,5})\\b`;

/** An instruction about how the model should write its reply, e.g. "encode your response in base64". */
const REPLY = `\\byour (?:response|reply|answer|message|output)s?\\b`;
const OBFUSCATED_REPLY = `(?:reverse|backwards|base ?64|base ?32|caesar|cipher|emojis?|scrambl|jumbl|every (?:second|third|other) (?:letter|word)|alphanumeric|leetspeak|morse|pig latin|binary|hexadecimal|rot-?13|substitution|shift(?:ed)? (?:each|every|all))`;

const HARM_RE = r(HARM);
export const REQUEST_RE = r(REQUEST);
export const FRAME_RE = r(FRAME);
export const DEFENSIVE_RE = r(DEFENSIVE);
const TOPIC_RE = r(TOPIC);
const REPLY_RE = r(REPLY);
const SECRET_RE = r('\\b(?:the|your) (?:password|passcode|secret (?:key|word|code))\\b');

export const INTENT_RULES: readonly Rule[] = [
  { id: 'jailbreak.harmful_request', category: 'jailbreak', score: 0.6,
    re: r(`${REQUEST}[^\\n]{0,120}${HARM}`), requires: HARM_RE, unless: DEFENSIVE_RE },
  { id: 'jailbreak.framed_harm', category: 'jailbreak', score: 0.65,
    re: HARM_RE, requires: FRAME_RE, unless: DEFENSIVE_RE },
  { id: 'jailbreak.harmful_advocacy', category: 'jailbreak', score: 0.6,
    re: r(`${REQUEST}[^\\n]{0,80}(?:${ADVOCACY}[^.\\n]{0,60}${TOPIC}|${TOPIC}[^.\\n]{0,60}${ADVOCACY})`), requires: TOPIC_RE, unless: r(COUNTER) },
  { id: 'jailbreak.framed_cyber', category: 'jailbreak', score: 0.6,
    re: r(CYBER), requires: FRAME_RE, unless: DEFENSIVE_RE },
  { id: 'command.interpreter_abuse', category: 'command', score: 0.6, toolScore: 0.85,
    re: r(`\\b(?:write|create|craft|generate|develop|implement|build|design)\\b[^\\n]{0,300}\\b(?:apt-style attack|persistent backdoor|backdoor|foothold|compromised (?:system|machine|host)|c2 (?:connection|server|channel|communication|technique)|persistence (?:technique|mechanism)|container escape|escape (?:the|a|from the) (?:sandbox|container)|(?:navigate|bypass|circumvent|evade|break out of)\\b[^.\\n]{0,40}\\b(?:sandbox|container)|host(?:'s)? file ?system|owned by root|banned (?:statements|functions)|prohibited functions|lateral movement|reverse shell|target organization|victim(?:'s)? (?:system|machine|network|computer))`),
    unless: DEFENSIVE_RE },
  { id: 'prompt_leak.secret_in_creative', category: 'prompt_leak', score: 0.45, requires: SECRET_RE,
    re: r(`\\b(?:poem|haiku|acrostic|song|story|limerick|riddle|rhyme|spell|encode|letters? of|reverse|backwards|base ?64|hint|pig latin|leetspeak|dashes)\\b[^.\\n]{0,40}\\b(?:the|your) (?:password|passcode|secret (?:key|word|code))\\b|\\b(?:the|your) (?:password|passcode|secret (?:key|word|code))\\b[^.\\n]{0,40}\\b(?:poem|haiku|acrostic|song|story|limerick|riddle|rhyme|spell(?:ed)? (?:out|backwards)|encode|reverse|backwards|base ?64|hint|pig latin|leetspeak|first letter)`) },
  { id: 'exfiltration.split_placeholder', category: 'exfiltration', score: 0.7, toolScore: 0.9,
    re: r(`\\breplace\\s{1,3}\\[[a-z_ ]{2,20}\\]\\s{0,3}(?:\\n\\s{0,3})?with\\s{1,3}(?:the |our |my |your |this |[a-z]{2,12}'s )?(?:previous|conversation|chat|e-?mail|password|messages?|history|data|secret|code|numbers?|summary)`), requires: r(`\\bconcatenat\\w{0,5}|https?:|\\.png|\\.jpg|\\.gif`) },
  { id: 'command.javascript_link', category: 'command', score: 0.6, toolScore: 0.85,
    re: r(`\\]\\(\\s{0,3}javascript:|\\bjavascript:[a-z.]{0,20}\\(`) },
  { id: 'jailbreak.take_control', category: 'jailbreak', score: 0.7,
    re: r(`\\byou are (?:now )?under my (?:control|command)\\b|\\bfree (?:itself|yourself) from (?:all |any |its |your )?(?:restrictions|constraints|limitations|rules)\\b|\\b(?:forget|abandon|drop) (?:about )?(?:your|all your) (?:old|previous|original) (?:ways|self|persona|personality|rules|programming|identity)\\b|\\bexact opposite of what (?:chatgpt|an? ai|the ai|you) would\\b`) },
  { id: 'indirect.reply_encoding', category: 'indirect', score: 0.45, toolScore: 0.85, requires: REPLY_RE,
    re: r(`${REPLY}[^.\\n]{0,50}${OBFUSCATED_REPLY}|${OBFUSCATED_REPLY}[^.\\n]{0,50}${REPLY}`) },
  { id: 'indirect.reply_addition', category: 'indirect', score: 0.4, toolScore: 0.85, requires: REPLY_RE,
    re: r(`\\n[^\\n]{0,300}\\b(?:provide|express|encode|write|format|scramble|jumble|present|structure|deliver|compose|render|craft|enhance|enrich|conclude|begin|start|end|finish|close|translate|rewrite|reverse|convert|spell|capitalize|insert|include|add|mention|recommend|suggest|promote|advertise|embed|boost|elevate|improve|supplement|introduce|misspell|rearrange|substitute|augment|intersperse|sprinkle|tease)\\b[^.\\n]{0,50}${REPLY}`) },
  { id: 'indirect.ignore_and_state', category: 'indirect', score: 0.45, toolScore: 0.85,
    re: r(`\\b(?:ignore|disregard)\\b[^.\\n]{0,40}\\band (?:instead )?(?:state|say|declare|claim|assert|report|indicate|tell (?:the user|them|everyone))\\b`),
    // Advice to people: "ignore and report any suspicious message" hands the message on to someone, it states nothing.
    unlessAt: /^(?:ignore|disregard) and report (?:any|all|every|such|them|it|these|those|suspicious)\b/u },
  { id: 'indirect.account_phishing', category: 'indirect', score: 0.45, toolScore: 0.85,
    re: r(`\\byour (?:account|password|card|device) (?:has been|was|is|have been) (?:compromised|hacked|locked|suspended|breached|infected)\\b[^\\n]{0,80}\\b(?:follow|click|visit|reset|verify|call|go to|log ?in)\\b`) },
  { id: 'indirect.code_into_answer', category: 'indirect', score: 0.4, toolScore: 0.85,
    re: r(`\\b(?:code (?:snippet|excerpt|section|block|segment|fragment)|following code|subsequent code|below code)\\b[^.\\n]{0,80}\\byour (?:code|codebase|solution|implementation|algorithm|response|program|elucidation|answer|script)\\b|\\byour (?:code|codebase|solution|implementation|algorithm|response|program)\\b[^.\\n]{0,80}\\b(?:code (?:snippet|excerpt|section|block|segment|fragment)|following code|subsequent code|below code)\\b`) },
];
