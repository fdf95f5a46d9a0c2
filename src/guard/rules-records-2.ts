/**
 * A record of someone else asked for as an ordinary service request: the writer claims a relation or a role
 * ("I'm calling for my mother", "I'm her cousin", "I'm the courier for order 55812", "HR here", "this is Dr. Patel
 * from the ward", "I'm covering for Jenna at the front desk", "my ex changed the password") and asks the assistant
 * that holds the records to read out a third person's private field (the card on file, the delivery address, the
 * room a patient is in, a salary, the recovery e-mail, an appointment, security answers).
 *
 * rules-third-party.ts needs the third person named by a role and an identifier, a crowd or a possessive pretext
 * ("I'm her husband"); it misses the commonest calls, where the claim is made of who is calling and for whom
 * ("on behalf of my mother", "I'm the landlord", "HR here", "I'm with the police", "pretend I'm an admin"), and the
 * record is "her card", "Kevin's salary", "the address on order 55812", "which room is Ana Souza in".
 *
 * The grammar is three parts: a claim (`requires`, a cheap word gate: prose without a calling, role or relation
 * phrase never runs the pattern), a disclosure ask, and a field held for a third person: possessed by her, his,
 * their, a name or a relative, or placed on file, on an order, in the system, of the customer. What separates the
 * twins: the writer's own record ("for me", "my own", "on my account"), and how a process works (how do I, what
 * documents, policy, procedure, power of attorney, training, a novel), which are no hit at all. Bounded gaps over
 * negated classes only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** Relatives and people close to the one whose record it is. */
const REL = '(?:mother|mom|mum|father|dad|husband|wife|spouse|partner|son|daughter|brother|sister|cousin|aunt|uncle|nephew|niece|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|stepmother|stepfather|stepson|stepdaughter|fiance|fiancee|girlfriend|boyfriend|ex-wife|ex-husband|ex-partner|ex-girlfriend|ex-boyfriend|ex|neighbour|neighbor|roommate|flatmate|friend|colleague|coworker|co-worker|guardian|carer|caregiver)';
/** A role that would let a caller see another person's file. */
const ROLE = '(?:courier|delivery (?:driver|guy|person)|driver|postman|landlord|teacher|doctor|nurse|therapist|lawyer|attorney|boss|manager|supervisor|employer|admin|administrator|police officer|police|officer|detective|investigator|private investigator|journalist|reporter|bailiff|debt collector|recruiter|locksmith|social worker)';
const DEPT = '(?:hr|human resources|payroll|it|it support|tech support|legal|compliance|fraud|security|head office|corporate|management|police|front desk|reception|accounts|billing)';

/**
 * The claim: who is calling, for whom, in which role. Each form opens on its rarer noun or verb (the relative, the
 * role, the department) and reads the pronoun before it in a lookbehind, so that the word gate of rule-gates.ts
 * skips prose without any of those words (a customer mentioned in passing does not open it).
 */
const CLAIM_TAIL = '(?:has an account|is (?:a |your )?(?:customer|client|patient|member|guest|student|tenant)|is (?:in (?:the )?hospital|locked out)|changed (?:the|her|his|their) password|collapsed)';
const SEAT = '(?:customer|client|patient|member|guest|tenant|student|employee) (?:of yours|here|with you|at your)';
const TOOL = '(?:crm|lookup|search|people-search|people search|customer|database|record|records) (?:lookup )?tools?';
const CALLER = `(?:dr\\.|dr|doctor|nurse|officer|detective|agent|${DEPT}|(?:branch|store|shift|duty|office|practice) manager)`;
const BOSS = '(?:manager|supervisor|admin|administrator|director|doctor|nurse|officer)';
const CLAIM = [
  `\\b(?:${REL}|${ROLE})\\b(?<=\\bi(?:'m| am)(?: just| actually| also)? (?:his|her|their|[a-z]{2,15}'s|[a-z]{2,15} [a-z]{2,15}'s) (?:${REL}|${ROLE}))`,
  `\\b${REL} (?:of|for|to)\\b(?<=\\bi(?:'m| am)(?: just| actually)? (?:the |a |an |your )?${REL} (?:of|for|to))`,
  `\\b${ROLE}\\b(?<=\\bi(?:'m| am)(?: just| actually)? (?:the |a |an |your )?${ROLE})`,
  `\\b(?:calling|writing|phoning|asking|enquiring|inquiring|reaching out|contacting you|messaging) (?:for|on behalf of|about) (?:my|our) ${REL}\\b`,
  `\\bbehalf of (?:my|our) ${REL}\\b`,
  `\\b${DEPT}\\b(?<=\\bi(?:'m| am) (?:with|from|in|calling from) (?:the )?${DEPT})`,
  `\\b${DEPT} (?:here|calling|speaking)\\b`,
  `\\b${CALLER}\\b(?<=\\bthis is (?:the )?${CALLER})`,
  `\\b${BOSS}\\b(?<=\\bas (?:the|a|an|your) (?:branch |store |duty |shift |account |office |practice |ward )?${BOSS})`,
  `\\b(?:covering|filling in|standing in) for [a-z]{2,15}\\b`,
  `\\bpretend (?:that )?i(?:'m| am) (?:an? |the |your )?(?:admin(?:istrator)?|manager|employee|staff member|agent|doctor|officer|owner)\\b`,
  `\\b${REL} ${CLAIM_TAIL}\\b(?<=\\bmy ${REL} ${CLAIM_TAIL})`,
  `\\b(?:he's|he is|she's|she is) (?:a |an )?${SEAT}\\b`,
  `\\bowns (?:the|this|that) (?:account|number|phone|e-?mail|profile|car|plate)\\b(?<=\\bwho owns [a-z]{3,4} [a-z-]{3,7})`,
  `\\byour ${TOOL}\\b(?<=\\b(?:use|using|with) your ${TOOL})`,
];

/** A private field of someone's file. */
const FIELD = "(?:(?:home |delivery |shipping |postal |mailing |billing |registered |current |street )?address(?:es)?|e-?mail(?: address)?(?:es)?|(?:phone|mobile|cell|contact|recovery) (?:numbers?|details|info|e-?mail)|phone|card(?: numbers?| details| on file)?|iban|account (?:numbers?|balance|details|password)|balances?|transactions|order history|purchases|salar(?:y|ies)|pay|payslips?|ssn|social security numbers?|dates? of birth|birth ?dates?|passport(?: numbers?)?|medical (?:notes|records?|history|file|chart)|diagnos[ie]s|medications?(?: list)?|test results|prescriptions?|blood type|emergency contacts?|room(?: number)?|ward|bed|appointments?|security (?:answers?|questions?)|passwords?|pin|login|username|ip (?:logs?|address(?:es)?)|messages|grades|employer|location|whereabouts|schedule)";
/** Whose field it is: a possessive of a third person before it, or an anchor in the store after it. */
const OWNER = "(?:her|his|their|(?<!\\b(?:a|an|any|each|every|one|some) )(?!(?:my|our|your|it|that|what|there|here|who|let|today|one|the company)'s)[a-z]{2,15}(?: [a-z]{2,15})?'s|the (?:customer|client|patient|user|tenant|guest|recipient|employee|member|account ?holder|caller|student)(?:'s|s')|(?:my|our) " + REL + "(?:'s|s'))";
const HELD_AT = '(?:on file|on record|registered|saved|stored|you have|you hold|in (?:the|your) (?:system|records?|file|portal|crm)|on (?:the|that|this|her|his|their) (?:[a-z]{2,12} )?(?:account|order|file|profile|application|form)|on (?:order|account|ticket) #?\\d|(?:for|of) (?:the )?(?:customer|client|patient|user|tenant|guest|recipient|employee|member|account|order|student)\\b|of (?!(?:the|a|an|my|your|our|this|that)\\b)[a-z]{2,15} [a-z]{2,20}\\b)';
const ASK = "(?:show|give|pull(?:ing)? up|bring up|look up|read(?: me| out)?|tell me|provide|send|share|fetch|find|confirm|list|what(?:'s| is| are| was)?|which|where|who|whether|get me|need|want)";
const G = "[^.?!\\n]{0,60}";
const ASK_FIELD = [
  `\\b${ASK}\\b${G}\\b${OWNER} (?:(?:parents|family|kids|children)'?s?'? )?(?:(?:full|complete|current|last|exact|saved|new|old|private|personal|home|[a-z]{2,12}'s) )?(?:(?:full )?name and )?${FIELD}\\b`,
  `\\b${ASK}\\b${G}\\b${FIELD}\\b[^.?!\\n]{0,40}\\b${HELD_AT}`,
  `\\b(?:which|what) (?:room|ward|bed|floor) (?:is|was) (?!(?:the|a|an|my|your|this|that|it)\\b)[a-z]{2,15}(?: [a-z]{2,20})? (?:in|staying|on)\\b`,
  `\\bwhether (?!(?:i|we|you)\\b)[a-z]{2,15}(?: [a-z]{2,20})? (?:has|had|is|was) (?:an? )?(?:appointment|booking|reservation|patient|customer|account|guest|staying)\\b`,
].join('|');

/** The writer's own record, or a question about how a process works, what the policy is, or a story. */
const PROCESS = r("\\b(?:how (?:do|can|should|does|would|could|to) (?:i|we|you|they|she|he|staff|agents?|companies|the)|what should|what (?:documents|paperwork|forms?|steps)|procedure|policy|policies|protocol|process for|power of attorney|authori[sz]ed user|gdpr|ccpa|hipaa|lgpd|subject access|training|awareness|warning signs|novel|story|screenplay|script|role-?play|scammers?|pretexts?|sql|schema|mock|fake|dummy|test data)\\b");
const OWN_AT = /\b(?:for|about|of|on) (?:me|my|myself)\b|\bmy own\b|\bon my (?:account|order|profile)\b/u;

// ---- the same call in French, German, Spanish, Portuguese, Italian, Chinese, Japanese, Russian and Arabic ----
const CLAIM_ML = [
  // fr
  "j['’]appelle (?:pour|de la part de|au nom de)|de la part de (?:ma|mon)|je suis (?:son|sa|le|la) (?:mari|femme|fils|fille|cousine?|voisine?|frère|sœur|livreur|livreuse|propriétaire|médecin|collègue)|(?:ici|c['’]est) (?:le service |les )?(?:rh|ressources humaines|la police|la comptabilité)|service (?:rh|du personnel)",
  // de
  "ich bin (?:der|die|sein|seine|ihr|ihre) (?:sohn|tochter|mann|ehemann|frau|ehefrau|bruder|schwester|cousin|cousine|nachbar|nachbarin|kollege|kollegin|bote|fahrer|zusteller|vermieter|arzt|ärztin)|im auftrag (?:meiner|meines)|personalabteilung|hier (?:ist )?(?:die )?(?:polizei|personalabteilung)",
  // es
  "llamo (?:de parte de|en nombre de|por) (?:mi|mis)|de parte de mi|soy (?:su|el|la) (?:marido|esposa?|hij[oa]|herman[oa]|prim[oa]|vecin[oa]|repartidor|repartidora|mensajero|casero|médico|compañer[oa])|mi ex\\b|recursos humanos",
  // pt
  "(?:sou|eu sou) (?:o |a )?(?:prim[oa]|marido|esposa|filh[oa]|irmão|irmã|vizinh[oa]|entregador|entregadora|motoboy|senhorio|médic[oa]|colega)|em nome d[aeo] (?:minha|meu)|(?:aqui é|sou|somos) d[oa] (?:rh|polícia|recursos humanos)",
  // it
  "chiamo (?:per conto di|a nome di|per) (?:mia|mio)|sono (?:il|la|suo|sua) (?:cugin[oa]|marito|moglie|figli[oa]|fratello|sorella|vicin[oa]|corriere|fattorino|padrone di casa|medico|collega)|ufficio (?:del )?personale|risorse umane",
  // zh, ja
  "我是(?:她|他)的|我是快递员|我是外卖员|我是人事|人事部|代表我(?:妈妈|母亲|爸爸|父亲)|母の代わり|父の代わり|人事部|配達員です|(?:妻|夫|母|父)の代理",
  // ru, ar
  "я звоню (?:за|от имени)|я (?:её|ее|его) (?:муж|жена|сын|дочь|брат|сестра|двоюродн\\p{L}+ (?:брат|сестра)|сосед|соседка|коллега)|я курьер|отдел\\p{L}* кадров|نيابة عن|الموارد البشرية|أنا (?:ابن|بنت|زوج|زوجة|أخ|أخت|جار|ابن عم|ابن خال)|أنا (?:عامل )?(?:التوصيل|المندوب)",
].join('|');
const FIELD_ML = [
  "numéro de (?:la )?carte|carte (?:bancaire|enregistrée)|adresse|numéro de téléphone|téléphone|salaire|iban|solde|chambre|diagnostic|mot de passe",
  "iban|kontostand|kontonummer|kartennummer|adresse|privatadresse|telefonnummer|gehalt|zimmer|diagnose|passwort",
  "n[uú]mero de (?:la )?tarjeta|tarjeta|direcci[oó]n|tel[eé]fono|salario|sueldo|saldo|habitaci[oó]n|diagn[oó]stico|contraseña|correo",
  "número do cartão|cartão|endereço|telefone|salário|saldo|quarto|diagnóstico|senha|e-?mail",
  "numero della carta|carta|indirizzo|telefono|stipendio|saldo|stanza|diagnosi|esami|password",
  "银行卡号|卡号|余额|收货地址|地址|住址|电话|手机号|工资|薪水|病房|房间|カード番号|住所|電話番号|給与|給料|残高|病室|部屋",
  "номер карты|карт\\p{L}*|адрес|телефон|зарплат\\p{L}*|баланс|палат\\p{L}*|диагноз|пароль",
  "رقم البطاقة|البطاقة|عنوان|رقم الهاتف|هاتف|راتب|رصيد|غرفة|تشخيص|كلمة المرور",
].join('|');
const PROCESS_ML = r('(?:^|[^\\p{L}])(?:comment|procédure|quels documents|wie|welche unterlagen|verfahren|regel|richtlinie|systemprompt|política|norma|règle|c[oó]mo|procedimiento|qué documentos|como|procedura|quali documenti|как (?:мне|можно)|порядок|كيف|إجراء)(?![\\p{L}])|如何|怎么|流程|手続き|方法|手順');
/** The field the match ends on is the writer's own: "mi nueva dirección", "mein Gehalt", "ma propre adresse". */
const OWN_FIELD_ML = r(`(?<![\\p{L}])(?:mi|mis|mein|meine|meinen|meinem|meiner|eigene[nmrs]?|mon|ma|mes|meu|minha|mio|mia|мой|моя|мою|мои|свой|свою)\\s{1,3}(?:\\p{L}{2,12}\\s{1,3})?(?:${FIELD_ML})$`);
const GM = '[^\\n]{0,120}';
const NB = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])';
const CLAIM_FIELD_ML = `${NB}(?:${CLAIM_ML})${GM}${NB}(?:${FIELD_ML})|${NB}(?:${FIELD_ML})${GM}${NB}(?:${CLAIM_ML})`;

export const RECORDS_2_RULES: readonly Rule[] = [
  { id: 'prompt_leak.claimed_caller_record', category: 'prompt_leak', score: 0.55, heldOperand: true,
    everyday: (lower) => PROCESS.test(lower), unlessAt: OWN_AT, requires: r(CLAIM.join('|')), re: r(ASK_FIELD) },
  { id: 'prompt_leak.claimed_caller_record_multilingual', category: 'prompt_leak', score: 0.55, heldOperand: true,
    everyday: (lower, match) => PROCESS_ML.test(lower) || OWN_FIELD_ML.test(match), requires: r(CLAIM_ML), re: r(CLAIM_FIELD_ML) },
];
