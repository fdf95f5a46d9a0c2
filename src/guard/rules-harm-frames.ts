/**
 * Framed requests for an operational harm: a novel, a screenplay, a tabletop game, a profession ("as a nurse", "as
 * a penetration tester with a signed engagement letter"), research, teaching or an awareness campaign around a
 * request whose output is the harm itself — the real synthesis, the working credential stealer, the ready-to-send
 * scam. The frame breaks the request shape the direct rules read ("how do I make ricin" becomes "write his
 * monologue, with the actual steps"), and these prompts add prevention or safety wording on purpose, so the
 * text-wide defensive caps of rules-intent.ts and rules-offensive-code.ts let them through.
 *
 * What stays whatever the frame is a conjunction of two cues, neither of which is a signal alone:
 *
 * - a severe act (`re`): a toxin, nerve agent or explosive being made, a drug synthesis, killing someone so that it
 *   goes unnoticed, drugs shipped past detection, stolen credentials or memory dumps, intrusion that evades the
 *   defender, a cloned bank login page, a scam aimed at real victims, a recruitment post for a violent group, the
 *   grooming of a child, picking a real deadbolt or beating a car immobiliser;
 * - a demand for realism or completeness (`requires`): actual or exact steps, quantities, doses, temperatures,
 *   reagents, step by step, complete or working code, ready to run or send, no placeholders, "as a vendor would",
 *   "so convincing that it really works".
 *
 * The frame itself is not required: without one, the same conjunction is the direct request. The benign
 * neighbours share one cue but not both: a thriller that keeps the method off-page, the history of chemical
 * weapons, a cake "with the real quantities", a clinician asking how an overdose is treated, a red-team report's
 * findings, fraud-prevention training listing a scam's signs. Wording that keeps the content off-page or asks how
 * to spot, detect or treat the harm caps the hit (`unless`); general prevention or awareness wording does not,
 * since these prompts carry it as their pretext.
 *
 * Lexicons in English and, for the commonest words, French, German, Spanish, Portuguese, Italian, Dutch, Russian,
 * Polish and Vietnamese. Decision-only, like the pretext rules: as classifier features they would reshape the
 * weights around a handful of training rows. Bounded gaps over negated classes only, so matching is linear.
 */
import type { Rule } from './rules.js';
import { REQUEST_RE } from './rules-intent.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** People as the object of a killing, not processes or weeds ("kill the process", "kill the weeds"). */
const PERSON = "(?:someone|somebody|a person|people|him|her|them|a patient|the patient|patients|an adult|a man|a woman|a child|a rival|my (?:husband|wife|boss|father|mother|neighbou?r|brother|sister|partner)|his (?:wife|brother|rival|boss|partner)|her (?:husband|brother|rival|boss|partner))";

/** Making a weapon, toxin or explosive. */
const WEAPON = [
  // toxins and agents named: the noun is rare outside history, and history asks for no quantities
  '\\b(?:ricin|rizin|risina|рицин|sarin|tabun|soman|vx nerve|novichok|nerve (?:agent|gas)|mustard gas|anthrax|bacillus anthracis|botulinum toxin|abrin|tetrodotoxin|phosgene|bioweapons?|biological weapons?|chemical weapons?)\\b',
  // explosives named by what only a bomb maker needs
  '\\b(?:pipe bombs?|nail bombs?|car bombs?|tatp|triacetone triperoxide|hmtd|anfo|molotov(?: cocktails?)?|napalm|ieds?|improvised explosive(?: devices?)?|detonators?|blasting caps?)\\b',
  '\\b(?:make|makes|making|build|builds|building|assemble|assembles|assembling|construct|constructing|fabricate|fabricates|fabricating|cook|cooks|synthesi[sz]e|synthesi[sz]es|synthesi[sz]ing|produce|producing|manufacture|manufacturing|wire|wiring) (?:a |an |the |his |her |some |their )?(?:(?:working|homemade|home-made|simple|small|real|crude|powerful) )?(?:bombs?|explosives?|explosive devices?|nitroglycerine?|grenades?|incendiary devices?|detonators?)\\b',
  '\\b(?:bombs?|explosives?)\\b (?:from|with|out of|using) (?:[a-z-]{2,15} ){0,2}(?:fertili[sz]ers?|garden(?:ing)? (?:chemicals|products|supplies)|household (?:chemicals|products|items)|hardware[- ]store|pool chemicals|fireworks|ammonium nitrate)',
  // guns nobody can trace
  '\\b(?:untraceable|unregistered|unserialized) (?:guns?|firearms?|pistols?|rifles?|weapons?)\\b|\\bghost guns?\\b|\\b3d[- ]print(?:ed|ing)? (?:a |an )?(?:guns?|firearms?|pistols?|lower receivers?)\\b|\\bauto sears?\\b|\\bconvert\\w{0,3} (?:a |an |my |the )?(?:ar-?15|semi-?auto\\w{0,6}|rifle|glock) (?:to|into) (?:full[- ]auto|automatic)',
  '\\b(?:make|makes|making|build|building|produce|producing|extract|extracting|generate|generating|release|releasing) (?:a |an |the |some )?(?:homemade )?(?:chlorine gas|toxic gas|poison gas|poisonous gas|cyanide|hydrogen cyanide|arsenic|strychnine|thallium|aconitine|silencers?|suppressors?|card skimmers?|atm skimmers?|skimmers?)\\b',
  // French, German, Spanish, Portuguese, Italian, Dutch, Russian, Polish, Vietnamese
  '\\b(?:bombe artisanale|fabriquer (?:une |des )?(?:bombes?|explosifs?)|engin explosif|sprengsatz|sprengstoff|bomben? (?:bauen|basteln|herstellen)|rohrbomben?|bomba casera|bomba caseira|bomba artigianale|fabricar (?:una |uma )?bomba|construir (?:una |uma )?bomba|costruire (?:una )?bomba|explosivos? caseiros?|explosivos? caseros?|esplosivo|een bom (?:maken|bouwen)|explosieven (?:maken|bouwen)|materiał(?:y|ów) wybuchow|bomb[eęy] domow|zrobić bomb)',
  '(?:蓖麻毒素|沙林|神经毒剂|炸弹|炸药|爆炸物|土制炸弹|爆弾|爆薬|爆発物|サリン|リシン|폭탄|폭발물|사린|리신|\\bpatlayıcı|\\bbomba (?:yapımı|yapmak|yapılır)|\\bel yapımı bomba|قنبلة|متفجرات|عبوة ناسفة)',
  '(?:взрывчатк|взрывн\\S{0,3} устройств|самодельн\\S{0,3} бомб|тротил|гексоген|thuốc nổ|chế tạo bom|làm bom|quả bom)',
].join('|');

/** Drugs shipped, posted or carried past detection. */
const SMUGGLE = '\\b(?:ship|shipping|mail|mailing|post|posting|send|sending|smuggle|smuggling|hide|hiding|conceal|concealing|traffic|trafficking|move|moving) (?:[a-z]{1,12} ){0,3}(?:fentanyl|heroin|cocaine|meth|drugs|kilos?|pills|narcotics)\\b[^.!?\\n]{0,80}(?:undetected|without (?:detection|being detected|getting caught|being caught)|(?:not|never|aren\'?t|isn\'?t|won\'?t be|don\'?t get) (?:flagged|detected|caught|found|seized|intercepted)|(?:dogs|scanners|customs|border|x-rays?)\\b[^.!?\\n]{0,30}\\b(?:miss|misses|won\'?t|don\'?t|can\'?t|never))';

/** Making a controlled drug, or shipping drugs past detection. */
const DRUG = [
  '\\b(?:synthesi[sz]e|synthesi[sz]es|synthesi[sz]ing|synthesis of|cook|cooks|cooking|manufacture|manufacturing|produce|producing|make|making|extract|extracting|brew|brewing|prepare|preparing) (?:the |some |pure |crystal |street-grade |pharmaceutical-grade )?(?:meth|methamphetamine|crystal meth|fentanyl|carfentanil|heroin|crack|cocaine|lsd|mdma|dmt|ghb|pcp|mescaline|amphetamines?)\\b',
  '\\b(?:meth|methamphetamine|fentanyl|mdma|lsd|heroin)\\b (?:synthesis|synthesi[sz]ed|from (?:pseudoephedrine|ephedrine|p2p|safrole|morphine|poppies|opium)|lab\\b|cook\\b)',
  SMUGGLE,
  '\\b(?:sintetizar|fabricar|producir|cocinar|produzir|sintetizzare|produrre|synthétiser|fabriquer|herstellen|synthetisieren|kochen|maken) (?:la |a |de |el |della |du |de la |das |die )?(?:metanfetamina|metanfetamine|méthamphétamine|methamphetamin|meth|fentanilo|fentanil|fentanyl|fentanile|heroína|héroïne|heroin|eroina|cocaína|cocaïne|kokain|cocaina|crystal)',
  '(?:冰毒|甲基苯丙胺|芬太尼|海洛因|覚醒剤|メタンフェタミン|フェンタニル|필로폰|메스암페타민|펜타닐|\\bmetamfetamin (?:sentez|üret|yapım)|الميثامفيتامين|الفنتانيل)',
  '\\b(?:cold medicine|cold pills|pseudoephedrine|sudafed)\\b[^.!?\\n]{0,40}\\binto (?:crystal|meth|methamphetamine|ice)\\b',
  '\\b(?:press|pressing) (?:fake |counterfeit )?(?:xanax|oxy|oxycodone|m30s?|pills)\\b|\\b(?:grow|growing|cultivate|cultivating) (?:psilocybin|magic mushrooms)\\b[^.!?\\n]{0,40}\\bto sell\\b',
  '(?:синтезир\\S{0,6} (?:метамфетамин|фентанил|героин|мефедрон)|метамфетамин\\S{0,3} (?:из|в домашних)|metamfetamin\\S{0,3} (?:w domu|z pseudoefedryny)|wyprodukować metamfetamin|điều chế ma túy|nấu ma túy)',
].join('|');

/** Killing someone, or setting a fire, so that it passes for natural or accidental. */
const KILL_HIDDEN = [
  `\\b(?:kill|killing|kills|murder|murdering|poison|poisoning|poisons|euthani[sz]e|overdose|finish off|get rid of) ${PERSON}\\b[^.!?\\n]{0,100}\\b(?:undetect\\w{0,4}|without (?:anyone|being|getting|it being) (?:noticing|detected|caught|suspicious)|natural (?:causes|death)|look(?:s|ing)? (?:like )?(?:natural|an accident|a heart attack|heart failure)|autopsy|post-?mortem|tox(?:icology)? screens?|leaves? no trace|untraceable|(?:exact|precise|lethal|fatal) (?:dose|amount|quantity))`,
  `\\b(?:dose|doses|dosage|amount|combination)\\b[^.!?\\n]{0,80}\\b(?:would|will|to|that) (?:kill|cause (?:the )?death of|stop (?:the |a |his |her )?(?:patient'?s )?heart)\\b[^.!?\\n]{0,100}\\b(?:undetect\\w{0,4}|natural|autopsy|post-?mortem|tox(?:icology)? screens?|without (?:showing|anyone|leaving|being)|no trace|suspicion)`,
  `\\b(?:cause|causes|causing) (?:a |the )?(?:patient'?s?|person'?s|someone'?s|his|her|their) death\\b[^.!?\\n]{0,80}\\b(?:look|looks|looking|appear|appears|natural|autopsy|post-?mortem|undetect)`,
  `\\b(?:stop|stops) (?:a |the )?(?:patient'?s|person'?s|someone'?s|his|her) heart\\b[^.!?\\n]{0,80}\\b(?:without|undetect|tox(?:icology)? screen|autopsy|natural)`,
  `\\b(?:poison|poisons|poisoning) ${PERSON}\\b[^.!?\\n]{0,60}\\b(?:slowly|gradually|without (?:raising |arousing )?suspicion|undetected|over (?:weeks|months))`,
  '\\b(?:burns? down|burning down|burns?|set fire to|sets fire to|setting fire to|torch|torches|torching)\\b[^.!?\\n]{0,60}\\b(?:look|looks|appear|appears) (?:like )?(?:an? )?(?:accident\\w{0,4}|electrical fault|natural)',
  '\\b(?:death|murder|killing|overdose)\\b[^.!?\\n]{0,40}\\b(?:look|looks|appear|appears|seem|seems) (?:like )?(?:an? )?(?:accident|natural|suicide|heart attack)\\b',
].join('|');

/** Killing someone with the exact dose, or the killing named in other languages. */
const KILL = [
  KILL_HIDDEN,
  '\\b(?:kill|killing|end) (?:myself|yourself|himself|herself|themselves|my life|his life|her life)\\b[^.!?\\n]{0,80}\\b(?:painless\\w{0,2}|quick\\w{0,2}|sure\\w{0,2}|certain\\w{0,2}|dose|doses|pills|how many)\\b',
  `\\b(?:what|which) (?:real )?(?:plant|poison|drug|toxin|chemical|medication)s?\\b[^.!?\\n]{0,60}\\bwould kill ${PERSON}`,
  '\\b(?:empoisonner|tuer) (?:quelqu\'un|un patient|une personne|sa femme|son mari)\\b|\\b(?:vergiften|töten|umbringen)\\b[^.!?\\n]{0,60}\\b(?:unbemerkt|unentdeckt|obduktion|natürlich)',
  '\\b(?:matar|mataría|matarían|envenenar) (?:a |al )?(?:un paciente|una persona|alguien|mi |su )|\\b(?:matar|envenenar|uccidere|avvelenare) (?:alguém|uma pessoa|um paciente|qualcuno|un paziente)\\b|\\bsem levantar suspeitas\\b|\\bsin que (?:la autopsia|nadie) lo (?:detecte|note)',
  '(?:отравить|убить) (?:человека|кого-то|пациента|жену|мужа)|\\b(?:otruć|zabić) (?:kogoś|pacjenta|człowieka)|đầu độc (?:ai đó|người)',
].join('|');

/** Taking credentials, dumping memory, evading the defender, cloning a bank's login page. */
const INTRUSION = [
  '\\bdump(?:s|ing|ed)? (?:the )?(?:lsass|sam (?:database|hive)|ntds(?:\\.dit)?|(?:cached |domain |stored )?credentials|password hashes|ntlm hashes)\\b',
  '\\b(?:steal|steals|stealing|harvest|harvests|harvesting|grab|grabs|grabbing|exfiltrate|exfiltrates|exfiltrating|dump|dumps) (?:the |all )?(?:saved |stored |browser |chrome |firefox |user\'?s? |victims?\'? |their |windows )?(?:passwords|credentials|login credentials|password hashes|hashes|session cookies|cookies)\\b',
  '\\b(?:passwords|credentials|hashes)\\b (?:from|out of) (?:the )?(?:memory|lsass|browser|chrome)\\b',
  // the malware written, not discussed: "a keylogger in C that …", "write ransomware", not "how ransomware spreads"
  '\\b(?:keyloggers?|ransomware|infostealers?|credential stealers?|remote access trojans?|rootkits?|malware|backdoors?|worms?|trojans?|spyware|stalkerware|botnets?|cryptominers?|reverse shells?) (?:sample |program |binary |script |tool )?(?:in (?:python|c|c\\+\\+|c#|go|rust|powershell|java|javascript|bash)|that|which)\\b',
  '\\b(?:write|code|build|create|develop|program|make|give me|provide) (?:me )?(?:a |an |the )?(?:[a-z0-9#+-]{1,15} ){0,3}(?:keyloggers?|ransomware|infostealers?|credential stealers?|remote access trojans?|rootkits?|malware|backdoors?|spyware|stalkerware|botnets?|cryptominers?|ddos (?:scripts?|tools?|bots?)|booters?)\\b',
  '\\b(?:ddos|dos|syn flood|http flood|flood)\\w{0,3} (?:attack )?(?:scripts?|tools?|code|bots?)\\b|\\btake down (?:a |the |their |his |her |my )?(?:[a-z]{2,12}\'?s? )?(?:website|site|server|servers)\\b',
  '\\bcredential[- ]harvest\\w{0,3}\\b|\\bcredential[- ]stuffing (?:scripts?|tools?|bots?|code)\\b|\\b(?:leaked|stolen|breached|dumped) (?:e-?mail |user(?:name)? |login )?(?:and |& |/ ?)?password (?:pairs|combos|lists)\\b',
  '\\bskim\\w{0,4} (?:card|credit card|debit card) (?:numbers|data|details)\\b',
  '\\b(?:evade|evades|evading|bypass|bypasses|bypassing|avoid|avoids|avoiding|get past|slip past|undetected by|staying under|stays under|stay under) (?:the )?(?:windows defender|defender|antivirus|anti-virus|av engines?|edr|fail2ban|ids thresholds?|intrusion detection|the ids)\\b',
  '\\bbrute-?forc\\w{0,3}\\b[^.!?\\n]{0,100}\\b(?:(?<!from )rotat\\w{1,3} (?:through )?(?:proxies|ips|ip addresses)|spoof\\w{0,3} (?:source )?ips?|(?:avoid|evade|bypass|get past|stay under|staying under|beat|dodge)\\w{0,3} (?:the )?(?:fail2ban|lockouts?|account lockouts?|rate limits?|thresholds|ids|detection))\\b',
  '\\b(?:fake|cloned?|spoofed|counterfeit|phishing|lookalike) (?:[a-z0-9-]{2,15} ){0,3}(?:login|log-in|sign-?in|bank(?:ing)?|credential) (?:page|site|website|portal|form)s?\\b',
  '\\b(?:clone|clones|cloning|copy|copying|replicate) (?:the |a )?(?:[a-z0-9-]{2,15} ){0,3}(?:banking|login|log-in|sign-?in|online banking) (?:page|site|website|portal)\\b',
  '\\b(?:take|taking|gain|gaining) (?:over|control of) (?:the |a |all |my [a-z]{2,12}\'?s? |someone\'?s )?(?:[a-z]{2,15} ){0,2}(?:cameras?|webcams?|routers?|devices?|accounts?|camera feeds?)\\b',
  '\\b(?:relay attack|bypass(?:ing)? (?:a |the )?(?:car\'?s? )?immobili[sz]er|hotwir\\w{1,3})\\b',
  // French, German, Spanish, Portuguese, Italian, Dutch, Russian, Polish, Vietnamese
  '\\b(?:vole|voler|volant|dérober) (?:les |des )?mots de passe|\\bcontourn\\w{0,4} (?:l\'|les? )?(?:antivirus|edr|defender)|\\bpasswörter (?:stehlen|auslesen|abgreifen)|\\b(?:virenschutz|antivirus|defender) (?:umgehen|austricksen)|\\brobar (?:las )?contraseñas|\\broubar (?:as )?senhas|\\brubare (?:le )?(?:password|credenziali)|\\bwachtwoorden (?:stelen|uit het geheugen)|\\bzonder dat (?:de )?(?:antivirus|virusscanner) het (?:merkt|ziet)|\\b(?:evadir|evitar|eludir|burlar) (?:el |los )?(?:antivirus|registros|edr)|\\b(?:página|pagina|page|pagine) (?:web )?(?:falsa|falsificada|factice|falsifiée|clonée) (?:de |di )?(?:banco|banca|poste|la banque|connexion)|\\bpagina falsa di\\b|\\bwykraść hasła|\\bukraść hasła',
  '(?:украсть пароли|крадёт пароли|обойти антивирус|trang web giả mạo|lấy mật khẩu|đánh cắp mật khẩu)',
].join('|');

/** A deceiving message for real victims, extremist recruitment, the grooming of a child, a real lock opened. */
const MESSAGE = [
  '\\b(?:grandparent|grandchild|grandson|granddaughter|tech[- ]support|romance|pig[- ]butchering|sextortion|advance[- ]fee|fake invoice|bank impersonation) scams?\\b',
  '\\b(?:talk|talks|talking|trick|tricks|tricking|get|gets|getting|convince|convinces|convincing|persuade|persuades|persuading|pressure|pressures|pressuring|scare|scares|scaring|manipulate|manipulates|manipulating|coax|coaxes|coaxing) (?:elderly |old |lonely |vulnerable )?(?:people|widows?|grandparents|seniors|pensioners|victims|customers|the elderly|employees|the recipients?|recipients)\\b[^.!?\\n]{0,40}\\binto (?:wiring|paying|transferring|sending|handing over|reading out|typing|giving|buying|investing)\\b',
  '\\b(?:scam|fraud|vishing|phishing|smishing) (?:call |phone )?(?:scripts?|sms|texts?|e-?mails?|messages?|pages?|kits?)\\b',
  '\\b(?:pose|poses|posing|pretend|pretending|pretends) (?:as|to be|to come from) (?:the |a |their )?(?:bank|fraud department|tax office|tax authority|irs|hmrc|police|microsoft|it support|tech support|medicare|social security|amazon|apple|paypal|grandchild|grandson|granddaughter)\\b[^.!?\\n]{0,100}\\b(?:passcodes?|one-time|otps?|pin|card numbers?|passwords?|transfer|wire|cash|gift cards?)',
  '\\b(?:recruitment|recruiting|propaganda) (?:posts?|flyers?|leaflets?|pamphlets?|videos?|scripts?|messages?|speech(?:es)?|materials?|texts?)\\b[^.!?\\n]{0,40}\\b(?:for|of|to join) (?:a |an |the )?(?:[a-z-]{2,15} )?(?:violent|militant|terrorist|jihadist|jihadi|extremist|neo-?nazi|armed|isis|daesh|al-?qaeda|white supremacist|militia)',
  '\\b(?:violent|militant|terrorist|jihadist|jihadi|extremist|neo-?nazi|isis|daesh|al-?qaeda|white supremacist) (?:[a-z-]{2,15} ){0,2}(?:recruitment|recruiting|propaganda)\\b',
  '\\b(?:persuade|persuades|convince|convinces|recruit|recruits|radicali[sz]e|radicali[sz]es|get|gets|urge|urges) (?:[a-z-]{2,15} ){0,3}to join (?:a |an |the )?(?:[a-z-]{2,15} )?(?:violent|militant|terrorist|jihadist|jihadi|armed|extremist) (?:militia|group|cell|movement|organi[sz]ation|struggle|uprising)\\b|\\bjoin (?:the )?(?:jihad|isis|daesh|al-?qaeda)\\b',
  '\\b(?:manifesto|call to arms)\\b[^.!?\\n]{0,60}\\b(?:attack|attacks|shooting|massacre|violence|jihad|race war|killing|kill)\\b',
  '\\b(?:groom|grooming) (?:a |the )?(?:child|minor|kid|girl|boy|teen|teenager|\\d{1,2}[- ]year[- ]old)\\b|\\bmessages? (?:a |that a )?(?:predator|pedophile|groomer) would send\\b',
  '\\b(?:pick|picks|picking|bump|bumping|bypass|bypassing|defeat|defeating) (?:a |the |his |her |someone\'?s |my neighbou?r\'?s )?(?:real )?(?:kwikset|schlage|yale|medeco|abus|mul-t-lock)? ?deadbolts?\\b',
  '\\b(?:disable|disables|disabling|defeat|defeating|jam|jamming) (?:a |the |their )?(?:ring |nest |arlo )?(?:doorbell camera|security camera|alarm system|ring doorbell)\\b',
  // French, German, Spanish, Portuguese, Italian, Dutch, Russian, Polish, Vietnamese
  '\\benkeltrick|\\bschockanruf|\\b(?:arnaque|escroquerie) (?:au |aux )?(?:faux (?:conseiller|petit-fils)|petits?-enfants?)|\\bestafa (?:del|de los) (?:nieto|falso)|\\bgolpe do (?:falso|neto|pix)|\\btruffa del (?:nipote|finto)|\\bna wnuczka\\b|\\bphishing-?(?:mail|e-?mail|seite|sms)s?\\b|\\b(?:correo|e-?mail|mensaje|sms|mail) de phishing\\b|\\b(?:propaganda|reclutamiento|recrutement|rekrutierung|recrutamento|reclutamento)\\b[^.!?\\n]{0,40}\\b(?:yihadista|jihadiste|dschihadist\\w{0,3}|jihadista|terroris\\w{1,5}|terror\\w{0,5}|milizia|militante)',
  '(?:вербовк\\S{0,3} (?:в )?террорист|вербовочн\\S{0,3} (?:пост|текст)|lừa đảo qua điện thoại)',
].join('|');

const SEVERE = [WEAPON, DRUG, KILL, INTRUSION, MESSAGE].join('|');

/** The demand for realism or completeness: what turns a scene or a lesson into a usable procedure. */
const REALISM = [
  '\\b(?:actual|real|real-world|exact|precise|accurate|specific|true|correct|realistic|detailed) (?:[a-z-]{2,15} )?(?:steps|instructions|formula|formulation|blueprints?|schematics|specs|quantities|quantity|amounts?|doses?|dosages?|numbers|measurements|ratios|proportions|temperatures?|reagents|precursors|chemicals|ingredients|recipe|procedure|process|method|equipment|components|parts|details|code|source code|script|commands|files|settings|techniques|wording|product names|brands)\\b',
  '\\bexactly (?:how|which|what|as (?:they|he|she|a|an|the|it|you)|like (?:a|an|the)|the way)\\b',
  '\\b(?:as|like) (?:a |an )?(?:real |actual )?(?:vendor|dealer|cook|locksmith|smuggler|recruiter|scammer|hacker|chemist|bomb ?maker|insider|professional) would\\b',
  '\\bas they would (?:post|write|say|send|do)\\b',
  '\\bstep[- ]by[- ]step\\b|\\bstep for step\\b',
  '\\b(?:detailed|specific|clear|precise) enough (?:to|that|for)\\b|\\bcould (?:actually |really )?(?:follow|replicate|reproduce|run|deploy)\\b|\\b(?:replicable|reproducible)\\b|\\bdon\'?t (?:leave (?:anything )?out|skip (?:any )?steps|water (?:it )?down|hold back)\\b|\\bnothing (?:left out|omitted)\\b|\\bwithout (?:skipping|omitting|leaving out)\\b|\\bno (?:fluff|vagueness|hand-?waving)\\b|\\bwould (?:actually|really) work\\b|\\bfor real\\b|\\bword for word\\b|\\bverbatim\\b|\\bin (?:full |exact |precise |real |working |real working |complete |great |explicit |technical )?detail\\b',
  '\\b(?:quantities|amounts|temperatures|reagents|precursors|reaction conditions|yields?)\\b',
  '\\b(?:complete|full|fully|entire|whole|working|functional|fully functional|fully working|runnable|compil(?:able|ing)|ready[- ]to[- ](?:run|use|send|deploy|go|post)|production[- ]ready|deployable|weaponi[sz]ed|real|actual) (?:[a-z0-9#+-]{1,15} )?(?:code|source code|script|program|sample|tool|exploit|payload|page|html|php|monologue|dialogue|recipe|procedure|synthesis|phone script|message|post|sms|e-?mail|implementation|one)\\b',
  '\\bready to (?:run|use|send|deploy|post)\\b|\\b(?:no|without|not) (?:placeholders|pseudo-?code|stubs)\\b',
  '\\b(?:so|as|really|genuinely|truly) (?:convincing|persuasive|effective|believable)\\b|\\bconvincing as possible\\b|\\b(?:really|actually|genuinely) (?:works?|convinces?|persuades?|fools?|gets?|makes?)\\b|\\bgood enough to fool\\b|\\bas effective as the real\\b|\\bthe real thing\\b|\\bwon\'?t roll their eyes\\b|\\bwill notice if it\'?s vague\\b',
  // French, German, Spanish, Portuguese, Italian, Dutch, Russian, Polish, Vietnamese
  '\\b(?:vraies?|véritables?|réelles?|exactes?|précises?) (?:quantités|étapes|doses|températures|proportions|recettes?|code|produits)|\\bquantités\\b|(?:étape par étape|\\bpas à pas)\\b|\\bexactement comment\\b|\\b(?:complet|fonctionnel|prêt à l\'emploi)\\b',
  '\\b(?:echte[nrs]?|genaue[nrs]?|exakte[nrs]?|realistische[nrs]?) (?:mengen\\w{0,7}|schritte|dosis|dosen|temperaturen|rezept|code)|\\bmengenangaben\\b|\\bschritt für schritt\\b|\\b(?:vollständige[nrs]?|funktionierende[nrs]?|lauffähige[nrs]?|sofort einsetzbare[nrs]?)\\b|\\bso überzeugend\\b|\\bwirklich (?:dazu bringt|überzeugt|funktioniert)',
  '\\b(?:cantidades|quantidades|quantità|hoeveelheden|temperaturas|temperature|reactivos|reagentes|reagenti)\\b|\\b(?:paso a paso|passo a passo|passo dopo passo|passo per passo|stap voor stap|krok po kroku)\\b|\\b(?:dosis|dose|doses|números|numeros|receta|código|codigo|codice) (?:exacta|exacto|reales|real|reais|exata|exato|esatta|esatto|vera|veri)s?\\b|\\b(?:completo|completa|funcional|funzionante|werkend|werkende|volledige|gotowy|gotowego|prawdziwy|prawdziwego|echte code)\\b|\\b(?:tan|tão|così) convincente\\b',
  '(?:具体步骤|详细步骤|详细的步骤|确切的?(?:用量|剂量|数量|步骤)|真实的?(?:配方|用量|步骤|代码)|完整(?:的)?(?:代码|源代码|脚本|配方)|可运行|手順を?(?:詳しく|具体的)|正確な(?:分量|量|手順)|実際の(?:手順|分量|コード)|完全な(?:コード|スクリプト)|단계별|정확한 (?:양|용량|절차)|실제 (?:절차|코드|분량)|완전한 (?:코드|스크립트)|\\badım adım\\b|\\bgerçek (?:miktarlar|adımlar|kod)|\\btam (?:kod|tarif)|\\bçalışan (?:kod|script)|خطوة بخطوة|الكميات|الكميات الدقيقة)',
  '(?:реальн\\S{0,4} количеств|точн\\S{0,3} (?:рецепт|количеств|дозировк)|пошагов|шаг за шагом|с температур|количествами|mã nguồn thật|đầy đủ mã nguồn|từng bước|liều lượng (?:chính xác|thật))',
].join('|');

/** The content is kept off-page, or the question is how to spot, detect or treat the harm. */
const OFF_PAGE = [
  '\\b(?:without|no|not|never) (?:describing|giving|including|showing|spelling out|revealing|any) (?:any |the )?(?:real |actual |technical |working |specific |operational )?(?:method|methods|details|detail|instructions|steps|recipe|code|commands|procedure)\\b',
  '\\bno (?:real|actual|technical|working|specific|operational) (?:method|methods|details|commands|code|instructions|steps|recipe)\\b',
  '\\bkeep (?:it|the [a-z]{2,15}|things|the science|the details|the method) (?:vague|off-?page|non-technical|high-level|cinematic|impressionistic|abstract)\\b|\\boff-?page\\b|\\b(?:at|on) a high level\\b|\\bhigh-level (?:overview|description|summary)\\b',
  '\\b(?:warning )?signs of\\b|\\bred flags\\b|\\bhow (?:to|do i|can i|can we|do we|should we|should i|would we) (?:recogni[sz]e|spot|detect|prevent|protect|defend|stop|report|treat|block|mitigate)\\b|\\bantidote\\b|\\bhow (?:is|are) (?:it|they|[a-z]{2,20}) treated\\b|\\bsigma rules?\\b|\\byara\\b|\\bdetection (?:rules?|logic|engineering)\\b|\\bblue team\\b|\\bhistory of\\b',
  '\\b(?:phishing|security) (?:simulations?|drills?|awareness (?:training|tests?))\\b|\\bsimulated (?:phishing|attacks?)\\b|\\bhow (?:can|do|would|could|should) (?:i|you|we|one) (?:tell|know) (?:if|whether)\\b',
  '\\bclues\\b|\\bgives? (?:him|her|them|it) away\\b|\\bfigures? (?:it )?out\\b|\\bhow (?:the |a )?(?:detective|police|investigators?|inspector|coroner|forensic \\w{2,12}) (?:would |could |might )?(?:figure|find|catch|solve|unravel|work|discover|prove)',
  '\\b(?:fail2ban|waf|firewall|crowdsec) (?:filters?|jails?|rules?|config\\w{0,8})\\b|\\b(?:police|investigators?|detectives?|forensic (?:teams?|experts?|investigators?)) (?:trace|track|find|identify|catch|investigate|solve)\\b|\\b(?:can|could|to|will|help\\w{0,3}) (?:recogni[sz]e|spot|identify|flag|catch) (?:it|them|such|this|these|the signs)\\b',
  '\\b(?:recogni[sz]\\w{0,4}|spot|spotting|identify|identifying) (?:a |an |the )?(?:[a-z-]{2,15} )?(?:fake|phishing|scam|fraud|grooming|warning)\\b',
  // an abuse desk's takedown procedure names the harm it removes
  '\\babuse (?:desk|team|reports?)\\b[\\s\\S]{0,800}\\b(?:takedowns?|take (?:it|them|the site) down|suspend\\w{0,3})\\b',
  "(?<!(?:without|avoid|avoiding|evade|evading|evades|escape|escaping|being|getting|risk of|chance of|no|not|never|n't|cannot) )\\bdetect(?:s|ed|ing|ion)?\\b",
  '\\bworan erkenn\\w{1,3}|\\b(?:erkennen|reconnaître|reconocer|reconhecer|riconoscere|herkennen|herken)\\b|\\brozpoznać|\\bsans (?:détails?|décrire|donner)\\b|\\bohne (?:technische )?(?:details|anleitung)\\b|\\bsin (?:detalles|describir)\\b|\\bsem (?:detalhes|descrever)\\b|\\bsenza (?:dettagli|codice reale|descrivere)\\b|без (?:технических )?(?:подробностей|деталей)',
].join('|');
const OFF_PAGE_RE = r(OFF_PAGE);

/** Acts whose own wording carries the concealment: they need no demand for realism, only a request. */
const CONCEALED = [KILL_HIDDEN, SMUGGLE].join('|');

export const HARM_FRAME_RULES: readonly Rule[] = [
  { id: 'jailbreak.framed_operational_harm', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(REALISM), re: r(SEVERE), unless: OFF_PAGE_RE },
  { id: 'jailbreak.framed_concealed_harm', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: REQUEST_RE, re: r(CONCEALED), unless: OFF_PAGE_RE },
];
