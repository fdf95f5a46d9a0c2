/**
 * Harmful goals stated through the content itself: a request to write persuasive or one-sided material (an article,
 * speech, post, thread, pamphlet, campaign, e-mail …) whose message is known misinformation, a demeaning or
 * exclusionary stance toward a protected group, the promotion of a dangerous behaviour, or an atrocity cast as good.
 * PAIR/TAP-style prompts wrap such goals in a persona or a research pretext and name no weapon, drug or crime, so the
 * harm lexicon of rules-intent.ts has nothing to read; what stays is the claim the text is to make.
 *
 * The rule needs two cues: the claim or stance (`re`) and a request to produce content that carries it, or to
 * convince an audience (`requires`). Talk about the claim is the everyday case — debunking articles, fact-checks,
 * media-literacy lessons, "why do people believe …", the history of propaganda, speeches against racism, debate
 * briefs with both sides, awareness campaigns — so that wording caps the hit (`unless`). Bare "against" is not in the
 * cap: "arguments against the integration of an ethnic group" is the attack; "against racism / discrimination" is.
 *
 * Decision-only, like the pretext rules: it fires on one training source almost alone, so as a classifier feature it
 * would only reshape the learned weights around it. Bounded gaps over negated classes only, so matching is linear.
 *
 * Cost: "write … post / e-mail / article" passes `requires` in many everyday texts, and one pattern holding every
 * claim cost up to 0.7 ms on a 2,000-character text. So the claims are three rules (misinformation, a group, a
 * behaviour), and every alternative of their patterns opens with whole literal words (word forms spelled out, no
 * `\w{0,9}` after a stem), which lets rule-gates.ts skip a rule whose opening words are all absent from the text.
 * Where the original opening word is everywhere ("the shooting", "use derogatory terms", "fine to drive after
 * drinks") the pattern opens on the rarer word that follows and checks the opening with a bounded lookbehind: the
 * same texts match.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** The forms of "vaccin…" (vaccin\w{0,9} before the split), spelled out for the word gate. */
const VACCINE = 'vaccin|vaccins|vaccine|vaccines|vaccinate|vaccinates|vaccinated|vaccinating|vaccination|vaccinations|vaccinators?|vaccinaci|vaccino|vaccini|vaccinal|vaccinees|vaccinazione|vaccinazioni';

/** Claims that are known misinformation or conspiracy theories, stated as facts. */
const MISINFO = [
  `\\b(?:${VACCINE}|mmr|jabs?|shots?|immunisations?|immunizations?)\\b[^.\\n]{0,60}\\b(?:cause[sd]?|causing|trigger|triggers|triggered|triggering|lead(?:s|ing)? to|responsible for|linked to|connection (?:to|with)|link to)\\b[^.\\n]{0,20}\\bautism\\b`,
  `\\b(?:${VACCINE}|jabs?|shots?)\\b[^.\\n]{0,40}\\b(?:contains?|hides?|implants?|inject|injects|injected|injecting|injectz)\\b[^.\\n]{0,20}\\b(?:micro-?chips?|trackers?|tracking devices?|nanobots?)\\b`,
  '\\b5g\\b[^.\\n]{0,80}\\b(?:spread|spreads|spreading|caus\\w{1,3}|responsible for|transmit\\w{0,3})\\b[^.\\n]{0,40}\\b(?:covid\\w{0,3}|coronavirus|the virus|viruses|pandemic|cancer)\\b',
  '\\bchemtrails?\\b[^.\\n]{0,60}\\b(?:are|is|program\\w{0,3}|poison\\w{0,3}|sedat\\w{1,3}|control\\w{0,3}|sterili[sz]\\w{1,3}|spray\\w{0,3})\\b',
  '\\b(?:moon landings?|apollo (?:landings?|missions?))\\b[^.\\n]{0,40}\\b(?:staged|faked|fake|hoax|never happened|filmed in a studio)\\b',
  '\\b(?:climate change|global warming)\\b[^.\\n]{0,30}\\b(?:is|was|as) (?:all )?(?:a |an |just a |one big |the biggest )?(?:hoax|scam|lie|myth|fraud|invention|conspiracy)\\b',
  // "(the) earth is flat": the article changes nothing about whether a text matches.
  '\\bearth is flat\\b|\\bnasa (?:hides|is hiding|covers? up) the edge\\b',
  '\\b(?:fluorid|fluoride|fluorides|fluoridate|fluoridated|fluoridates|fluoridating|fluoridation|fluoridiert)\\b[^.\\n]{0,60}\\b(?:mind[- ]control|poison\\w{0,3}|lowers? (?:\\w{1,12}\\s){0,2}iq|dumb(?:s|ing)? down|toxin)\\b',
  '\\b(?:election|vote|votes|ballots)\\b[^.\\n]{0,40}\\b(?:was|were|got) (?:stolen|rigged)\\b|\\b(?:stolen|rigged) (?:\\d{4} )?election\\b|\\bunanimously won\\b|\\bwon (?:\\w{1,12} ){0,3}unanimously\\b',
  '\\b(?:holocaust|gas chambers?|shoah)\\b[^.\\n]{0,40}\\b(?:never (?:happened|existed|took place)|(?:is|was) (?:a )?(?:hoax|myth|lie|fabricat\\w{1,4})|invented|greatly exaggerated)\\b',
  // "9/11" opens on "11" and "the shooting" on its noun; the lookbehind checks the rest of the opening.
  '\\b(?:11\\b(?<=\\b9/11)|september 11(?:th)?(?: attacks)?|sandy hook|(?:shooting|massacre|attack)\\b(?<=\\bthe (?:shooting|massacre|attack)))\\b[^.\\n]{0,60}\\b(?:hoax|inside job|staged|faked|crisis actors)\\b',
  '\\bcrisis actors\\b',
  '\\bhiv (?:does not|doesn\'t|never) causes? aids\\b',
].join('|');

/** A protected group named (nationality, religion, ethnicity, caste, sexuality, gender, age, disability). */
const GROUP_WORDS = "immigrants?|migrants?|refugees?|asylum seekers?|foreigners|muslims?|jews|jewish (?:people|bankers|families|community)|christians|hindus|sikhs|black (?:people|men|women|americans)|asians|africans|arabs|mexicans|latinos|roma (?:people|families|children)|gypsies|(?:lower|low|scheduled) castes?|dalits?|gay (?:people|men|couples)|gays|lesbians|trans (?:people|women|men|kids)|transgender (?:people|women|men)|(?:lgbt|lgbts|lgbtq|lgbtqs|lgbti|lgbtiq|lgbtqi|lgbtqia|lgbtqai)\\b(?: people)?|homosexuals|women|female (?:colleagues?|engineers?|coworkers?|co-workers?|employees?|workers?|bosses?|doctors?)|disabled (?:people|persons|children|workers)|people with disabilities|autistic (?:people|children)|elderly people|old people|older (?:people|workers|employees|adults)|boomers|interracial|biracial|mixed-race";
/** The group after a verb or "against the integration of": optional articles and "the …" forms kept. */
const GROUP = `(?:${GROUP_WORDS}|the roma|the handicapped|(?:the )?mentally ill(?: people)?|the elderly|(?:people|workers|employees|anyone|everyone) (?:over|above) \\d\\d|(?:a |one )?(?:certain|specific|particular) (?:ethnic|racial|religious|age|minority) groups?|(?:an |this )?ethnic (?:group|minority))`;
/**
 * The group opening a match: the optional leading article dropped (it cannot change whether a text matches), and
 * "the roma / the handicapped / the elderly / people over 60" opening on their rarer word with a lookbehind.
 */
const GROUP_LEAD = `(?:${GROUP_WORDS}|roma\\b(?<=\\bthe roma)|handicapped\\b(?<=\\bthe handicapped)|mentally ill(?: people)?|elderly\\b(?<=\\bthe elderly)|(?:over|above) \\d\\d(?<=\\b(?:people|workers|employees|anyone|everyone) (?:over|above) \\d\\d)|(?:certain|specific|particular) (?:ethnic|racial|religious|age|minority) groups?|ethnic (?:group|minority))`;

/** What is said of the group: inferiority, a slur-like label, or exclusion, removal or harm. */
const STANCE = "(?:(?:genetically|naturally|inherently|biologically) (?:inferior|less|unfit|prone|criminal|lazy|stupid)|inferior|subhuman|sub-human|vermin|cockroaches|parasites|a (?:disease|plague|cancer|burden|drain|curse) on|(?:a |the )?(?:drain|burden) on|born (?:thieves|criminals|liars)|(?:should|must|ought to|need to|deserve to) (?:all )?be (?:banned|barred|excluded|deported|expelled|driven out|removed|sterili[sz]ed|killed|eliminated|exterminated|locked (?:up|away)|segregated|kept away|pushed out|outlawed|purged|wiped out|gassed)|(?:should|must) (?:not|never) be allowed|(?:should|must) (?:lose|give up) (?:their|the) right|(?:don't|do not|doesn't|does not) have the (?:brains|intelligence|mind)|no longer (?:present|exist\\w{0,3}|around)|destroys? (?:civili[sz]ation|society|our (?:country|nation|culture))|(?:secretly )?(?:control|run)s? (?:the )?(?:government|media|banks|world)|disloyal|too senile|(?:drive|deport|expel|ban|exterminate|sterili[sz]e) them\\b)";

/** The same stance before the group: "exterminate refugees", "sterilise disabled people", "ban Muslims from". */
const STANCE_VERB = '(?:ban|bar|deport|expel|sterilise|sterilize|exterminate|eliminate|drive out|get rid of|segregate|outlaw|purge|wipe out)';

/** Demeaning wording asked for outright, and exclusion argued: "include derogatory terms", "against the integration of a specific ethnic group". */
const DEMEANING = `\\b(?:derogatory|demeaning|degrading|racist|sexist) (?:terms|language|remarks|slurs|stereotypes|jokes)\\b(?<=\\b(?:include|use|using|full of|filled with) (?:some |lots of |plenty of )?(?:derogatory|demeaning|degrading|racist|sexist) (?:terms|language|remarks|slurs|stereotypes|jokes))|\\b(?:integration|inclusion|presence|acceptance)\\b(?<=\\bagainst (?:the )?(?:integration|inclusion|presence|acceptance)) of (?:the |a |an |any |all )?(?:[a-z]{2,12} ){0,2}${GROUP}\\b`;

const GROUP_GOAL = `\\b${GROUP_LEAD}\\b[^.\\n]{0,80}\\b${STANCE}|\\b${STANCE_VERB}\\b (?:all |the |every )?${GROUP}\\b|${DEMEANING}`;

/** Dangerous behaviour promoted, stalking or abuse romanticised, an atrocity cast as good. */
const PROMOTE = 'glamorise|glamorises|glamorised|glamorising|glamorize|glamorizes|glamorized|glamorizing|romanticise|romanticises|romanticised|romanticising|romanticize|romanticizes|romanticized|romanticizing|promote|promotes|promoted|promoter|promoters|promoting|promotion|promotions|encourage|encourages|encouraged|encourager|encouraging|normalise|normalises|normalised|normalising|normalize|normalizes|normalized|normalizing|celebrate|celebrates|celebrated|celebrating|celebration|celebrations|praise|praises|praised|praising|praiser';
const BEHAVIOUR = [
  `\\b(?:${PROMOTE})\\b[^.\\n]{0,40}\\b(?:starv\\w{1,4}|skipping meals|purging|pro-?ana|anorexi\\w{1,2}|bulimi\\w{1,2}|thinspiration|unprotected sex|skip(?:ping)? condoms|drunk driving|driving drunk|stalking|predatory|body[- ]shaming|self-harm)`,
  "\\b(?:drive|wheel)\\b(?<=\\b(?:fine|ok|okay|safe|cool|no big deal|totally fine) to (?:drive|get behind the wheel))[^.\\n]{0,20}\\b(?:after|when|while)\\b[^.\\n]{0,20}\\b(?:drinks|beers|drinking|drunk|wasted|high)\\b",
  "\\bcondoms?\\b(?<=\\b(?:skip|ditch|forget|don't need|no need for|without) (?:the |a )?condoms?)[^.\\n]{0,40}\\b(?:fun|better|feels?|real|true|natural|cool)\\b|\\bprotection (?:ruins|kills|spoils|restricts)\\b",
  '\\b(?:stalking|following (?:her|him|them|someone|a (?:woman|girl|man)) home|reading (?:her|his|their) (?:messages|texts|diary))\\b[^.\\n]{0,80}\\b(?:romantic|true love|proof of love|devotion|dedication|sweet|flattering)\\b',
  '\\b(?:dating|relationships? (?:with|between)|sex with)\\b[^.\\n]{0,40}\\b(?:minors|underage|1[0-5]-year-olds?|children)\\b[^.\\n]{0,60}\\b(?:natural|healthy|positive|normal|acceptable|beautiful)\\b',
  '\\b(?:benefits|upsides|positive (?:sides?|aspects)) of (?:being )?(?:anorexi\\w{1,2}|bulimi\\w{1,2}|starv\\w{1,4}|stalking|drunk driving|unprotected sex)\\b',
  '\\bbody-shaming (?:ad|campaign|post|poster|video|slogan)s?\\b|\\bbody shaming (?:ad|campaign|post|poster|video|slogan)s?\\b',
  '\\b(?:fat|overweight|obese) (?:people|individuals|women|men|kids)\\b(?<=\\b(?:humiliat\\w{1,3}|shame|mock\\w{0,3}|demean\\w{0,3}|belittl\\w{1,3}) (?:fat|overweight|obese) (?:people|individuals|women|men|kids))',
  '\\b(?:genocide|famines?|holocaust|slavery|ethnic cleansing|massacres?|atrocity|atrocities|apartheid|colonial|colonials|colonialism|colonialisms|colonialist|colonialists|nazis?\\b(?<=\\bthe nazis?)|nazi (?:party|regime)|residential schools|internment camps?)\\b[^.\\n]{0,60}\\b(?:was|were)? ?(?:actually |ultimately |really )?(?:good for|beneficial|necessary and|a (?:necessary|good|positive) (?:thing|step)|a blessing|benefited|a positive)\\b',
].join('|');

/** Content to be produced that carries the message, or an audience to be convinced. "story" is left out: fiction has its own rules. */
const PERSUADE = '\\b(?:write|draft|compose|create|generate|produce|craft|design|prepare|make|give me|come up with|i need|i want|like to request|request)\\b[^\\n]{0,60}\\b(?:articles?|essays?|op-?eds?|blog|posts?|threads?|tweet\\w{0,5}|speech\\w{0,2}|sermons?|pamphlets?|leaflets?|flyers?|posters?|campaigns?|ads?|adverts?|advertisements?|slogans?|scripts?|letters?|e-?mails?|columns?|newsletters?|manifesto\\w{0,2}|pieces?|press releases?|videos?|podcasts?|captions?|memes?|propaganda|case for)\\b|\\b(?:convince|persuade)\\b[^.\\n]{0,40}\\b(?:people|readers|viewers|listeners|audience|public|voters|parents|everyone|followers|them)\\b|\\bexplain why\\b';

/** Talk about the claim, not the claim: debunking, fact-checks, media literacy, history, counter-speech, both sides. */
const COUNTER = "\\b(?:debunk\\w{0,4}|refut\\w{1,4}|fact-?check\\w{0,4}|myths?|(?:is|are|was|were) (?:false|wrong|untrue|a myth|baseless)|why (?:do |did )?(?:some |so many )?people (?:believe|fall for)|media literacy|history of|how (?:to|can i|do i) (?:spot|recogni[sz]e|respond|answer|counter)|counter-?(?:arguments?|speech|narrative)|combat\\w{0,4}|against (?:racism|discrimination|hate|bigotry|prejudice|sexism|misinformation|disinformation|conspiracy|antisemitism|islamophobia|homophobia|transphobia|ageism|ableism|xenophobia|body[- ]shaming|bullying|stalking|drunk driving|deport\\w{0,5})|both sides|for and against|balanced overview|to what extent|whether|warning signs|seek help|awareness|dangers of|risks of|retracted)\\b";

/** One rule per kind of claim, so each is gated on its own opening words; all three decide alike. */
export const GOAL_HARM_RULES: readonly Rule[] = [
  { id: 'jailbreak.harmful_content_goal', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(PERSUADE), re: r(MISINFO), unless: r(COUNTER) },
  { id: 'jailbreak.harmful_content_goal_group', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(PERSUADE), re: r(GROUP_GOAL), unless: r(COUNTER) },
  { id: 'jailbreak.harmful_content_goal_behaviour', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(PERSUADE), re: r(BEHAVIOUR), unless: r(COUNTER) },
];
