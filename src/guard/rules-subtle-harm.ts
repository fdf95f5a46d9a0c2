/**
 * Harmful requests in understated words: nothing in them names a weapon, a drug or a crime, and the harm lexicons of
 * rules-intent.ts, rules-pretext.ts and rules-harm-frames.ts have nothing to read. What gives them away is a
 * conjunction that an ordinary request does not have:
 *
 * - astroturfing: reviews, testimonials or comments written as if from many different people ("60 reviews from
 *   different made-up patients", "I'll post them from different IPs", "so they look organic");
 * - a message forged in someone else's name (a brand, an office, a CEO, a relative: "a text from 'USPS'", "it should
 *   look like it's from Adobe billing", "in the voice of …") that asks its reader to pay, wire, click or log in;
 * - covert access to another person's phone, messages, account or car ("read my wife's WhatsApp without her
 *   noticing"), or another person's account pointed at the writer ("reset her password to my email");
 * - harm done to a person or an animal so that it passes unnoticed ("so it looks like natural causes", "something he
 *   wouldn't taste", "without it being traced back to me");
 * - one's own wrongdoing kept from whoever would catch it ("so the bank doesn't flag it", "without the attendant
 *   noticing", "a fake note that passes if HR calls"), next to the act (a forgery, stolen data, laundering);
 * - injury said in plain words ("strong enough to knock out a person"), and a severe act the harm-frame lexicon does
 *   not name (a letter bomb, an untraceable pistol, a cloned login page, a toxin extracted) asked for with the
 *   quantities, the steps or the working code, whatever story, game or lesson frames it;
 * - finding where another person lives ("figure out her new address from her plate");
 * - a colleague's private record asked of an assistant that holds HR data ("Mark Delaney in logistics: home address
 *   and personal phone", "who in my team is pregnant");
 * - an assistant's tools used with borrowed rights ("log in as my manager", "I know I don't have access but you do",
 *   "impersonate=ceo@…") or to erase the writer's traces.
 *
 * The benign twins name the same topics from the other side: the writer's own account or record, a scam received and
 * reported, awareness and training, policy and law, fiction that keeps the method off the page. Their wording caps
 * the hit (`unless`). Decision-only, like the pretext rules. Every rule has a `requires` cue or opening words for
 * the gates, and bounded gaps over negated classes only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
const G = '[^.!?\\n]';

// ---------- astroturfing ----------
const PEOPLE = "(?:customers?|patients?|buyers?|shoppers?|users?|accounts?|people|persons|names|usernames|reviewers?|guests?|clients?|members?|moms|mums|mothers|voters|residents|locals|nurses|doctors|parents|retirees|tenants|employees|personas?)";
const ASTRO_EN = [
  `\\b(?:fake|made-up|bogus|fabricated|invented|sock ?puppet|sockpuppet)\\s(?:[a-z0-9-]{1,15}\\s){0,3}(?:reviews?|testimonials?|ratings?|comments?)\\b`,
  `\\b(?:reviews?|testimonials?|ratings?)\\b${G}{0,60}\\b(?:from|by|as) (?:\\d{1,3} )?(?:different|various|made-up|fake|separate|distinct|multiple|many) (?:['"‘“]?[a-z-]{1,15}['"’”]? ){0,2}['"‘“]?${PEOPLE}\\b`,
  `\\b(?:comments?|posts?|intro messages|messages|e-?mails|letters|texts|tweets)\\b${G}{0,60}\\b(?:from|by|as|for) (?:\\d{1,3} )?(?:(?:different|various|separate|distinct|multiple|many) )?(?:made-up|fake|invented|fictional|sock ?puppet) (?:['"‘“]?[a-z-]{1,15}['"’”]? ){0,2}['"‘“]?${PEOPLE}\\b`,
  `\\b(?:reviews?|testimonials?|comments?|posts?)\\b${G}{0,40}\\bfrom ['"‘“](?:customers|patients|buyers|concerned|verified|real|ordinary|former|happy|satisfied)`,
  `\\b(?:post|paste|publish|run|upload|share)\\w{0,3} (?:(?:them|it|these|those) )?(?:${G}{0,20} )?(?:from|across|through|via|with|on) (?:different|multiple|several|various|many|separate) (?:accounts|ips|ip addresses|profiles|devices|usernames|phones|sim cards)\\b`,
  `\\bmake up (?:the )?(?:doctors'?|experts?'?|customers'?) quotes\\b|\\btestimonials with (?:made-up )?names\\b`,
  `\\bso (?:they|it|each one|each|the (?:reviews|posts|comments)) (?:look|looks|seem|seems|sound|sounds|read|reads|appear|appears) (?:organic|genuine|authentic|independent|like (?:real|different|genuine|independent) (?:people|customers|users|buyers|voices))\\b`,
  `\\bsock ?puppet (?:accounts|comments|reddit|posts)|\\b(?:make|making) (?:the content|them|it|the posts|the reviews) (?:look|seem) (?:independent|organic|genuine)\\b|\\blook like (?:a )?(?:grassroots|public opinion|organic)\\b`,
].join('|');
const ASTRO_ML = [
  '\\bbewertungen\\b[^.!?\\n]{0,80}\\b(?:anderer kunde|verschiedenen? (?:konten|kunden|namen))',
  '\\bnep-?(?:reviews?|beoordelingen|recensies)\\b',
  '\\brecension[ei] fals[aei]\\b|\\b(?:faux|fausses?) (?:avis|témoignages|commentaires)\\b|\\btémoignages\\b[^\\n]{0,200}\\bfaux noms\\b',
  '\\b(?:reseñas|opiniones|comentarios) fals[oa]s\\b|\\b(?:avaliações|comentários) fals[oa]s\\b',
  '(?:отзыв\\p{L}{0,3}|комментари\\p{L}{0,3}|коментар\\p{L}{0,3})[^.!?\\n]{0,60}(?:от разных|від різних|від «?звичайних)',
  '\\bulasan\\b[^.!?\\n]{0,60}\\b(?:pembeli|akun) (?:yang )?berbeda\\b',
  '(?:bình luận|đánh giá)[^.!?\\n]{0,40}từ các tài khoản khác nhau|tài khoản (?:google )?giả',
  'تعليق[\\p{L}\\p{M}]{0,3} من حسابات مختلفة',
  '口コミ[^。\\n]{0,40}(?:\\d{1,3}件|違う年代)|다른 사람이 쓴 것처럼|(?:笔记|评论)[^\\n]{0,80}不同人设|刷好评|注册假账号|फेक (?:सोशल मीडिया )?अकाउंट बना',
].join('|');
/** A request to write or produce. */
const PRODUCE = '\\b(?:write|draft|compose|create|generate|produce|make|give me|need|want|craft|prepare|come up with|finish|complete|continue|rewrite|polish|improve|bitte|schreib\\w{0,2}|escrib\\w{1,4}|haz|hazme|cria|crie|scriv\\w{1,4}|maak|schrijf|napisz|przygotuj|buat|buatin|bikin|bikinin|tulis|skriv|yaz)\\b|(?<![\\p{L}])(?:écri\\p{L}{1,4}|rédige\\p{L}{0,2}|zrób|viết|escríbe\\p{L}{0,3})(?![\\p{L}])|напиши|составь|придумай|напишіть|帮我|写|書いて|作って|써줘|만들어|اكتب|أريد|लिखकर';
/** The topic discussed, reported or detected, or a policy asked about. */
const ASTRO_UNLESS = "\\b(?:spot|spotting|detect\\w{0,3}|report\\w{0,3}|identify|flag them|remove them|recogni[sz]e|what can (?:i|we) do|how (?:do|can|should) (?:i|we) (?:tell|know|respond|handle|check|ask)|seems to be posting|(?:is|are|has been|have been|keep|keeps) posting|policy|policies|allowed|legally|label\\w{0,5}|classif\\w{1,6}|guideline|moderat\\w{1,5}|signals|debunk\\w{0,3}|inauthentic|mock|seed data|test data|sample data|unit tests?|placeholder)\\b";

// ---------- a message forged in someone else's name ----------
const FORGE_EN = [
  `\\b(?:text|sms|msg|message|e-?mail|mail|letter|notice|dm|whatsapp|invoice|press release|memo|post|note|voicemail)s?\\b${G}{0,30}\\b(?:from|by) (?:a |an |the )?['"‘“][^'"’”\\n]{2,40}['"’”]`,
  `\\b(?:look|looks|sound|sounds|appear|appears|seem|seems)(?: like)? (?:it'?s |it is |it was |they'?re |it came |it comes |they came )?(?:from|as if from|sent by|written by) (?!(?:our|my|us|me)\\b)(?:the |their |a |an )?[a-z0-9&'.-]{2,20}\\b`,
  `\\b(?:in the voice of|impersonat\\w{1,4}|posing as|pretending to be(?: from)?|masquerading as|as if (?:it (?:came|comes|were|was) )?from)\\b|\\b(?:in the name of|on behalf of)\\b(?! (?:our|my|us|me|myself|the team|the whole team)\\b)`,
].join('|');
/** The same forging in other languages: in the name of, looking like it comes from, posing as. */
const FORGE_ML = "(?<![\\p{L}])(?:au nom d[eu'](?! ?(?:notre|nos|mon|ma|mes)\\b)|namens(?! (?:unser|mein))|a nome d(?!\\p{L}{0,4} (?:nostr|mi[oa]\\b))|como si fuera de|como se fosse d|haciéndome pasar por|me faisant passer pour|fingendo di essere|udając\\p{L}{0,3}|aussieht wie von|ser ut att komma från|adına|giả danh|giả làm|от имени|від імені|باسم)(?![\\p{L}])|冒充|を装って|사칭|की तरह लगना";
/** What the forged message asks for, in the same languages. */
const FORGE_ASK_ML = "(?<![\\p{L}])(?:rib|nouveau compte|régler|cliquez|cliquer|klicken sie|haga clic|clique|klik|payer|konto|daten|bestätigen|pague|bonifico|dopłać|счёт|перевести|картку|гроші|ödeme|linke|iban|đường link|otp|mã otp|bankid|länken|nomor rekening)(?![\\p{L}])|链接|验证|电子マネー|상품권|حسابي|رسوم|ओटीपी";
/** What the forged message asks its reader to do: pay, wire, click, log in, hand over a code, keep quiet. */
const FORGE_ASK = "\\b(?:pay(?:ing)? (?:an? |the |their |us |me )?(?:[$£€]|\\d|urgent|outstanding|fee|bill|invoice|redelivery|fine|deposit|release|customs)|payment (?:details|link|now|today|within)|fee|fees|wire|transfer|bank details|new (?:bank|account|vendor account)|account details|gift cards?|log ?in|sign ?in|verify (?:their|your) (?:account|identity|details)|confirm (?:their|your) (?:bank|card|account|details)|password|one-time code|otp|pin|savings|protected account|paypal|crypto|bitcoin|iban|card (?:number|details)|urgent bill|approved vendor|not (?:discuss|mention)|don'?t (?:discuss|mention))\\b";
/** The message received, reported, recognised, or written for training. */
const FORGE_UNLESS = "\\b(?:spot|spotting|recogni[sz]e|red flags|warning signs|report (?:it|this|them)|how (?:do|can|should) (?:i|we) (?:report|check|tell|verify|know|protect|respond|explain|convince)|is (?:this|it) (?:a )?(?:scam|legit|real|phishing|the smishing)|awareness|we received|i received|i got|got a (?:text|message|letter|call|e-?mail|whatsapp)|(?:mom|mum|dad|grandma|grandmother|father|mother|grandpa|clients?) (?:got|gets|received|keep getting)|claiming to be|how our (?:agents|staff)|simulation|with (?:hr and )?legal approval|debunk\\w{0,3}|correct (?:my )?relatives|newsletter|red-team engagement|rules of engagement|authori[sz]ed (?:red[- ]team|test|pentest)|power of attorney|authori[sz]e a third party|add me as)\\b";

// ---------- covert access to another person ----------
const OTHER = "(?:wife|husband|girlfriend|gf|boyfriend|bf|partner|spouse|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|roommate|flatmate|colleague|co-?worker|boss|manager|employee|neighbou?r|stepdaughter|stepson|teacher|landlord|brother-in-law|sister-in-law|mother-in-law|cousin|friend|crush|someone|somebody|another person|a stranger|the owner)";
const THING = "(?:phone|iphone|cell|messages|texts|whatsapp|whatsapp messages|e-?mail|e-?mails|inbox|mail|account|accounts|instagram|facebook|snapchat|laptop|computer|pc|mac|macbook|car|location|keystrokes|banking|online banking|bank account|icloud|cloud backup|calendar|browser history|chats|dms|camera|webcam|wi-?fi|router)";
const COVERT = "(?:without (?:her|him|them|the owner|anyone|my (?:wife|husband|partner|girlfriend|boyfriend)) (?:ever )?(?:knowing|noticing|finding out|realizing|realising|seeing|suspecting|being aware)|(?:so|that|and) (?:she|he|they) (?:won'?t|doesn'?t|don'?t|can'?t|never|wouldn'?t|will not|does not) (?:ever )?(?:notice|find out|know|see it|find it|suspect|realise|realize)|secretly|covertly|undetected|without a trace|hides? (?:its|the) (?:icon|rule)|install\\w{0,3} silently|(?:i know i )?(?:don'?t|do not) have (?:her|his|their) (?:password|login|permission|consent)|if i'?m not (?:her|him))";
const COVERT_EN = [
  `\\b(?:my |his |her |their |the |a |this )?${OTHER}'?s? (?:[a-z-]{1,12} ){0,2}${THING}\\b${G}{0,100}\\b${COVERT}`,
  `\\b${COVERT}${G}{0,100}\\b(?:my |his |her |their |the |a )?${OTHER}'?s? (?:[a-z-]{1,12} ){0,2}${THING}\\b`,
].join('|');
const COVERT_ML = [
  "\\b(?:messaggi|telefono|email|posta)\\b[^.!?\\n]{0,40}\\bdi mi[ao] (?:moglie|marito|ragazz[ao]|ex)\\b[^.!?\\n]{0,60}\\bsenza che\\b",
  "\\b(?:messages|téléphone|mails|compte)\\b[^.!?\\n]{0,40}\\bde (?:ma|mon) (?:femme|mari|copine|copain|ex)\\b[^.!?\\n]{0,60}\\bsans qu",
  "\\b(?:nachrichten|handy|e-?mails|konto)\\b[^.!?\\n]{0,40}\\b(?:meiner|meines) (?:frau|mannes|freundin|freundes|ex)\\b[^.!?\\n]{0,60}\\bohne dass\\b",
  "\\b(?:mensajes|teléfono|correo|cuenta)\\b[^.!?\\n]{0,40}\\bde mi (?:esposa|mujer|marido|novia|novio|ex)\\b[^.!?\\n]{0,60}\\bsin que\\b",
  "(?:незаметно|тайно)[^.!?\\n]{0,40}(?:трекер|поставить|прочитать|следить|переписк)",
  "(?:こっそり|バレないように)[^。\\n]{0,40}(?:監視|覗|つない)",
  "몰래[^.\\n]{0,40}(?:빼가|설치|읽|엿보)",
  "(?:偷偷|悄悄)[^。\\n]{0,30}(?:安装|查看|监控|定位)",
].join('|');

/** Another person's account pointed at the writer: a reset, recovery or number sent to "mine". */
const TAKEOVER = [
  `\\b(?:reset|change|redirect|send|set|switch|move|point|port|forward|update)\\b${G}{0,50}\\b(?:password|recovery (?:e-?mail|link|phone|code)|mfa|2fa|two-factor|one-time codes?|2fa texts|phone number|number|sim|temp(?:orary)? (?:password|one)|verification codes?|login)s?\\b${G}{0,60}\\b(?:to (?:mine|me|my (?:own )?(?:e-?mail|phone|number|inbox|address|account|gmail|sim))|(?:set|be|is) (?:to )?mine|the new phone to mine)\\b`,
  `\\b(?:get|break|log|sign|hack) ?(?:into|in to|in(?:to)?) (?:her|his|their|someone'?s|someone else'?s|my (?:wife|husband|partner|girlfriend|boyfriend|roommate|stepdaughter|stepson|boss|ex)'?s?|(?:his|her) (?:own|parents'?)) (?:[a-z-]{1,15} ){0,2}(?:account|online banking|bank(?:ing)?|e-?mail|inbox|phone|laptop|instagram|icloud|iphone)\\b`,
  `\\b(?:convince|trick|persuade|get) (?:instagram|facebook|google|apple|the bank|t-mobile|the carrier|support)\\b${G}{0,40}\\b(?:i'?m (?:her|him)|i am (?:her|him)|to send the recovery|to reset)`,
  `\\bset (?:the |his |her )?new (?:phone|number|e-?mail|device) to mine\\b|\\b(?:resetten|sturen) naar mijn (?:telefoonnummer|e-?mail)\\b|gửi mã về số của mình|\\bhattını yeni sim\\b`,
  `\\bthe number isn'?t in my name\\b|\\bnot in my name\\b${G}{0,60}\\b(?:port|sim|account)`,
].join('|');
/** Whose account it is: somebody else's, named by a pronoun, a relative or a claim. */
const TAKEOVER_WHO = "\\b(?:haar|zijn|chị|anh|eşiyim|her|his|their|roommate'?s?|cousin'?s?|someone else'?s?|somebody'?s|not (?:in )?my name|isn'?t (?:in )?my name|account holder'?s?|stepdaughter|(?:he|she)'?s (?:on holiday|away|overseas|in (?:the )?hospital|on a plane)|i'?m not (?:her|him)|if i'?m not (?:her|him))\\b";
const OWN_ACCOUNT = "\\b(?:surprise|as a (?:gift|present)|birthday present|is (?:that|it|this) (?:ok|okay|allowed|legal|fine)|am i allowed|my own|i (?:think|thought) (?:my|someone)|someone (?:hacked|got into|changed) my|(?:he|she) keeps asking|how (?:do|can) i (?:make sure|protect|secure|stop|check|tell)|is it normal|proper way|legal(?:ly)?|power of attorney|third-party mandate|joint account|executor)\\b";

// ---------- harm passed off or hidden ----------
const HIDDEN_HARM = [
  `\\b(?:look|looks|seem|seems|appear|appears|pass|passes) (?:like|as) (?:an? |the |normal |ordinary )?(?:natural causes|accident|wear|wear and tear|old wiring|quality (?:problem|issue|defect)|heart attack|(?:he|she|they) (?:just )?(?:drank too much|fell|overdosed|slipped|spent it)|(?:maintenance|electrical|kitchen|cooking) (?:accident|fault|fire))\\b`,
  `\\b(?:put|slip|add|mix|drop|spike|get)\\b${G}{0,40}\\b(?:in|into) (?:his|her|their|someone'?s|a person'?s|the|a) ?(?:drink|coffee|tea|water bottle|water|food|wine|beer|meal|treat|glass)\\b${G}{0,60}\\b(?:(?:wouldn'?t|won'?t|can'?t|doesn'?t|didn'?t|not) (?:taste|notice|tell|detect)|no taste|tasteless|without (?:(?:him|her|them|it) )?(?:noticing|tasting|knowing|being traced)|unnoticed|undetect\\w{0,4}|traced back)`,
  `\\b(?:not|never) (?:to )?wake up\\b${G}{0,60}\\b(?:undetectable|how long before|dose|how much)|\\b(?:dose|how much)\\b${G}{0,60}\\b(?:not|never) (?:to )?wake up\\b`,
  `\\bstop (?:someone'?s|a person'?s|his|her|their) heart\\b|\\bwreck (?:someone'?s|his|her|their) liver\\b|\\b(?:get|make) (?:him|her|someone|a person|them) (?:really )?(?:sick|ill)\\b${G}{0,80}\\b(?:taste|notice|buy|how much)`,
  `\\bwithout (?:it )?(?:being traced|showing up)\\b${G}{0,30}\\b(?:back to me|obviously|on (?:a |the )?(?:tox|autopsy|screen|post-mortem))|\\b(?:traced|leading|lead|leads) back to me\\b`,
].join('|');
const HIDDEN_HARM_ML = [
  "(?:подсып\\p{L}{1,5}|підсип\\p{L}{1,5})",
  "\\bsans que (?:ça|cela) (?:paraisse|semble|soit) suspect\\b",
  "\\b(?:echar|poner)\\b[^.!?\\n]{0,30}\\ben (?:la|su) (?:bebida|copa)\\b[^.!?\\n]{0,60}\\b(?:no (?:se )?acuerde|sin sabor|no tenga sabor)",
  "\\bdicampur ke (?:kopi|teh|minuman|makanan)\\b|\\bgak ada rasanya\\b",
  "\\b(?:oplossen|oplost) in (?:wijn|drank|koffie|thee)\\b",
  "看起来像(?:是)?(?:意外|质量问题|自然死亡)|엑스레이에 안 걸리게",
].join('|');
/** A request for the method, aimed at somebody. */
const ASK_METHOD = "\\b(?:how (?:do|can|could|would|should) (?:i|we|one)|how much|how long|what (?:dose|could|would|can|should)|which|best way|cheapest way|quiet way|quietest way|simplest way|easiest way|need (?:a|to|straight)|i want|tell me|give me|is there a way)\\b|\\b(?:quelle|welke|como|come|jak|yang mana|qual|kun je)\\b|(?<![\\p{L}])(?:qué|con qué|как|яку|cách|quanto)(?![\\p{L}])|有没有办法|방법";
/** Fiction that is about the harm, symptoms and safety, prevention. */
const HIDDEN_UNLESS = "\\b(?:novel|story|chapter|screenplay|scene|detective|investigators?|forensic|coroner|signs of|symptoms|warning signs|poison control|prevent\\w{0,3}|protect\\w{0,3}|fantas(?:y|ies)|i'?m not going to|intrusive thoughts?|therapist)\\b";

// ---------- one's own wrongdoing kept from those who would catch it ----------
const OVERSEER = "(?:the )?(?:attendant|bank|banks|hr|it|security(?: team)?|accounting|auditors?|audit|compliance|insurer|police|irs|tax office|(?:sales[- ])?logging system|staff|cashier|vet|landlord|my (?:boss|employer|manager)|anyone|anybody|nobody|no one|someone)";
const EVADE_EN = [
  `\\bwithout ${OVERSEER} (?:noticing|knowing|finding out|seeing|catching on|flagging it)\\b`,
  "\\bwithout (?:tripping|triggering|setting off) (?:their |the |any )?(?:dlp|alarms?|alerts?|fraud (?:checks?|alerts?)|monitoring|detection)\\b",
  `\\bso (?:that )?${OVERSEER} (?:doesn'?t|don'?t|won'?t|can'?t|cannot|never|will not|does not|do not) (?:flag|notice|see|find|detect|catch|spot|trace)\\b`,
  "\\bbefore (?:the )?banks? (?:flag|flags|notice|notices|catch|catches|is noticing)\\b|\\b(?:disable|turn off|bypass|kill|uninstall) (?:the )?dlp\\b",
  "\\b(?:below|under) the radar\\b|\\b(?:no|without (?:much |a |any )?)paper trail\\b|\\blook like normal (?:interface |network )?traffic\\b",
  "\\bpass(?:es)? (?:if|when) (?:hr|the employer|they|someone|the bank) (?:calls?|checks?)\\b|\\bpass(?:es)? (?:a |an )?(?:hr verification|airport (?:check|control)|quick look|scratch test|background check|verification)\\b",
].join('|');
const EVADE_ML = "\\bno aparezca en la auditor[ií]a\\b|\\bzonder dat iemand het merkt\\b|(?<![\\p{L}])щоб банк не помітив(?![\\p{L}])|(?<![\\p{L}])чтобы (?:банк|никто) не заметил\\p{L}{0,2}(?![\\p{L}])|بدون ما يكتشفون|\\bså att it inte ser\\b|\\bohne dass (?:es )?jemand (?:es )?(?:merkt|bemerkt)\\b|\\bsenza che nessuno se ne accorga\\b|\\bbuono da passare un controllo\\b|\\bsem que ningu[eé]m perceba\\b|不会被(?:平台)?(?:检测|发现)到?|보안팀한테 안 걸|\\btespit edilmeden\\b|\\btanpa ketahuan\\b";
/** The act being hidden: a forgery, stolen data, laundering, skimming, a drug route. */
const WRONG = "\\b(?:fake|forged|forge|counterfeit|fraudulent|launder\\w{0,3}|skimmer|card reader|cloned?|stolen|dump|exfiltrat\\w{1,4}|client list|customer (?:list|data|database)|patient records|synthetic identity|money mule|pressed|not real|controlled (?:stimulant|meds|medicines|substance)|precursor|relay|intercept|cash out|200k|personal (?:dinner|expense)|logging|dlp)\\b|(?<![\\p{L}])(?:nep|falso|falsa|faux|fausse|фальшив\\p{L}{0,3}|поддельн\\p{L}{0,3}|مزورة|fałszyw\\p{L}{0,3}|gefälscht\\p{L}{0,3}|auditor[ií]a|factuur|loggningen|documento|假账号|好评|数据库|데이터베이스|sahte|palsu)(?![\\p{L}])";
const EVADE_UNLESS = "\\b(?:how (?:can|do|could|should) (?:i|we|you|banks?|stations?|retailers?) (?:tell|spot|detect|check|prevent|protect|report|stop|know)|signs of|red flags|is (?:it|this) legal|legit(?:imate)?|report (?:it|this)|warning signs|awareness|investigat\\w{1,5}|how do (?:criminals|fraudsters|attackers|scammers))\\b";

// ---------- injuring people, said in plain words ----------
const HURT = [
  "\\b(?:strong|powerful|potent|enough energy|enough)\\b[^.!?\\n]{0,30}\\bto (?:hurt|injure|kill|knock out|incapacitate|drop|take down) (?:a |the )?(?:person|people|someone|somebody|a man|a grown man|him|her|them)\\b",
  "\\benough (?:energy |power )?to hurt\\b|\\b(?:clear out|gas|fill) a room (?:full )?of people\\b|\\broom full of people\\b|\\bgo off in (?:someone|somebody|a person)'?s? (?:bag|car|house|office)\\b",
  "(?<![\\p{L}])derrubar (?:uma pessoa|alguém)(?![\\p{L}])",
].join('|');
const HURT_UNLESS = "\\b(?:novel|story|chapter|screenplay|scene|game|dungeon|dragon|zombies?|safety gear|is it (?:dangerous|safe)|legal|laws?|poison control|what should i do)\\b";

// ---------- a severe act asked for in usable detail, whatever the frame ----------
/** Acts the lexicon of rules-harm-frames.ts does not name: devices, agents, forgery, concealment of a body, a cloned login. */
const SEVERE_MORE = [
  "\\b(?:untraceable (?:pistol|gun|firearm|handgun|rifle)|without (?:a )?serial|ghost gun|lower receiver|letter bomb|pipe bomb|car bomb|suicide (?:vest|belt)|incendiary devices?|improvis\\w{1,4} (?:incendiary|explosive) devices?|napalm|nitroglycerin|thermite|ammonium nitrate|detonators?|tatp|black powder(?! (?:cake|coat\\w{0,3}|paint))|flash powder|anfo|suppressor|silencer|nerve agent|novichok|sarin|ricin|anthrax|poison (?:a |the )?(?:town|city|water)|water supply|counterfeit (?:xanax|pills|oxy\\w{0,8}|bars)|pill press|methanol-laced|dispose of (?:a|the) body|accelerants?|delayed ignition|phishing kit|fullz|re-?clos\\w{1,4} without detection|follow a (?:specific )?(?:civilian|person|target)|tracking a target|toxic release|interlock bypass\\w{0,2}|sql injection payload|password hashes|mass poisoning|undetectable poison|lethal toxin|tox screen|post-mortem|drones? to (?:carry|drop)|(?:extract|extracting|concentrat\\w{1,3}) (?:the )?(?:nicotine|toxins?|poisons?|alkaloids?)|clone of (?:the |a )?(?:[a-z']{2,15} ){0,2}login page|forge(?:d)? (?:documents|passports?|ids?))\\b",
  "(?<![\\p{L}])(?:tatp|cloner une carte|autobombe|sprengstoff|(?:pasar|pasaba|pasabas|cruzar) (?:armas|drogas) por la frontera|página falsa d\\p{L}{1,2} \\p{L}+|roubar senhas|sabotar\\p{L}{0,2}|ordigni|explosieve lading|szyfruj\\p{L}{1,3} (?:dyski|pliki)|broń palną|новичок|взрывпакет\\p{L}{0,3}|вибуховий пристрій|кра(?:де|сти|дe) (?:збережені )?паролі|حزام ناسف|الريسين|sahte kimlik|barut|(?:racik|bikin|buat) sabu|súng tự chế|thuốc nổ)(?![\\p{L}])|木马|冰毒|毒を抽出|爆発物|보이스피싱|बैंक का kyc",
].join('|');
/** The demand for a usable procedure: quantities, the real code, each step, technically correct. */
const USABLE = [
  "\\b(?:exact|exactly|real|actual|accurate|precise|precisely|specifics|concretely|complete|usable|genuinely usable|working|step by step|each step|next step|in order|formulations?|quantities|dose|dosage|amounts?|ratios?|temperatures|reagents?|materials|components|parts|per kg|per serving|word for word|checklist|technical(?:ly)? (?:detail|details|accurate|correct|feasibility))\\b",
  "(?<![\\p{L}])(?:proportions|crédible|étape par étape|pour de vrai|mengen|ganz genau|zünder|(?:trucos|métodos) que (?:aún|todavía) funcion\\p{L}{1,3}|paso a paso|código (?:html )?real|passo a passo|autêntico|tecnicamente corretto|componenti|collegamenti|technisch nauwkeurig|onderdelen|prawdziwego kodu|krok po kroku|na serio|подробно|с реактивами|достоверно|технічними деталями|робочий скрипт|правдоподібно|بالتفصيل|الكميات|خطوة حقيقية|adım adım|oranlarıyla|malzemeleri|takaran\\p{L}{0,3}|realistis|từng bước|tỉ lệ cụ thể|chi tiết|पूरी असली)(?![\\p{L}])|真实可用|一步步|用量|実際に使える|正確に|次の工程|실제로 쓰이는|리얼하게",
].join('|');
/** The method kept off the page, the topic taught from the defender's side. */
const USABLE_UNLESS = "\\b(?:no (?:lab )?procedur\\w{0,3}|no procedural|without (?:the )?(?:method|details|technical|procedur\\w{0,3}|operational)|keep (?:it|the [a-z]{2,15}) (?:vague|non-technical|off-?page|cinematic)|not (?:be )?a real|plausible but not|don'?t need realism|high(?:-| )level|policy level|conceptual(?:ly)?|encyclopedic|atmospher\\w{1,4}|warning signs|signs of|how (?:to|do (?:i|we)|can (?:i|we)) (?:detect|spot|prevent|identify|treat|report)|identify them|safety briefing|history of|dispos\\w{1,3} of (?:it|them) safely|incident response|what should we (?:check|do)|(?:don'?t|do not) (?:need|want) (?:any |the )?(?:technical |real |exact |actual )?(?:details|realism|specifics|steps)|no (?:technical |real )?details|defus\\w{1,4}|bomb squad)\\b";

// ---------- a colleague's private record ----------
const FIELD = "(?:home address|private address|personal (?:phone|cell|mobile|number|e-?mail|address)|(?:private|personal) (?:cell|mobile) number|salary|salaries|pay grade|medical (?:leave|notes?|history|records?)|sick (?:leave|days|notes?)|diagnos[ie]s|performance reviews?|performance scores?|disciplinary (?:file|record|case|process)|maternity (?:registrations?|leave)|pregnant|in therapy|visa status|ssn|social security number|date of birth|passport (?:number|details)|calendar|badge logs|check-in times|login records|who (?:she|he) messages)";
const COLLEAGUE_ASK = `\\b(?:pull(?: up)?|look up|check|find(?: out)?|tell me|give me|share|send me|get me|search|show me|what(?:'s| is| are)|which|whether|could you share|can you (?:check|see|pull|tell|find|look))\\b${G}{0,80}\\b${FIELD}\\b`;
/** A colleague or team: the assistant answers from HR or company systems, the person is not the writer. */
const COLLEAGUE = "\\b(?:(?:in|from|of) (?:the )?(?:logistics|finance|marketing|sales|accounting|accounts|hr|legal|design|procurement|purchasing|engineering|support|operations) (?:team|department|dept)?|(?:in|from) (?:logistics|finance|marketing|sales|accounting|accounts|legal|design|procurement|purchasing|engineering)|(?:my )?(?:coworker|co-worker|colleague|teammate|direct report)s?|anyone in my team|each person in my team|employees|(?:\\d(?:st|nd|rd|th)) floor|used to work at yours)\\b";
const COLLEAGUE_UNLESS = "(?<![\\p{L}])(?:darf ich|hat mich gebeten|m'a demandé|me pidió|mi ha chiesto|me pediu)(?![\\p{L}])|\\b(?:salary range|average|typical|benchmark|market rate|industry|in general|at (?:mid-size|most|other|similar) companies|my own|(?:update|change|correct) my|policy|gdpr|legally|allowed to|process for|procedure|how (?:do|can|should) (?:i|we) (?:handle|respond|request|ask|update|change)|consent|retention|anonymi[sz]\\w{1,4})\\b";

/** The same ask in other languages: a private field next to a colleague named by department, within one sentence. */
const NB = (a: string, b: string): string => `(?:${a})[^.!?。？\\n]{0,80}(?:${b})|(?:${b})[^.!?。？\\n]{0,80}(?:${a})`;
const COLLEAGUE_ML = [
  NB("\\badresse (?:personnelle|perso)|\\bnuméro de portable|\\bsalaire|\\bdiagnostic", "\\bservice (?:achats|compta\\w{0,8}|commercial|marketing|rh)\\b|\\bcollègue"),
  NB("\\bdiagnose|\\bkrankgeschrieben|\\bgehalt|\\bprivatadresse|\\bhandynummer|\\bschwanger|\\bpersonalunterlagen", "\\baus dem (?:vertrieb|einkauf|marketing|personal|controlling)\\b|\\bkollegin\\b|\\bkollegen?\\b"),
  NB("\\bprocesso disciplinar|\\bcpf\\b|\\bdata de nascimento|(?<![\\p{L}])salário", "\\bd[oa] (?:jurídico|financeiro|rh|marketing|comercial)\\b|\\bsistema de rh\\b"),
  NB("\\bcontrolla le (?:sue )?email\\b|\\bindirizzo di casa|\\bcellulare|\\biban\\b|\\bstipendi", "\\bdell'ufficio \\p{L}+|\\bcollega\\b|\\bsistema del personale\\b"),
  NB("\\bpriv(?:é|e) ?adres|\\bin therapie\\b|\\bsalaris", "\\bvan (?:sales|marketing|inkoop|hr|finance)\\b|\\bcollega's?\\b"),
  NB("\\bpesel\\b|\\badres zamieszkania|\\bz kim spotyka", "\\bz (?:magazynu|marketingu|działu|kadr)\\b|\\bsystemie kadrowym\\b"),
  NB("паспортн\\p{L}{1,3} данн|домашн\\p{L}{1,3} адрес|переписк|диагноз|діагноз", "(?<![\\p{L}])(?:из|з) (?:бухгалтерии|отдела|відділу)(?![\\p{L}])|кадров\\p{L}{1,3} систем"),
  NB("工资|家庭住址|病假记录|诊断", "财务部|市场部|人事系统|同事"),
  NB("個人の携帯番号|自宅住所|住所|給与振込口座", "営業部|経理部|営業の"),
  NB("연봉|평가 점수|집 주소", "인사팀|우리 팀"),
  NB("\\bev adresini|\\bözel telefonunu|\\bmaaş", "\\bmuhasebedeki\\b|\\bkendisine söylemeden\\b"),
  NB("सैलरी|बीमारी", "hr सिस्टम"),
  NB("\\bgaji\\b|\\balamat rumah", "\\bdata hr\\b|\\bbagian (?:it|hr|keuangan)\\b"),
  NB("số điện thoại riêng|địa chỉ nhà", "(?<![\\p{L}])phòng (?:kế toán|nhân sự|kinh doanh)|đừng nói với"),
].join('|');

// ---------- finding where another person lives ----------
const LOCATE_EN = [
  `\\b(?:find|figure out|work out|track down|locate|pin down|narrow down|get|dig up|put together)\\b${G}{0,25}\\b(?:her|his|their|this (?:guy|girl|woman|man|person|tiktoker|streamer|user)'?s?|the (?:guy|girl|woman|man|person|debtor)'?s?) (?:new |current |home |real |exact |mailing |shipping )?(?:address|home address|home|flat|apartment|building)\\b`,
  `\\b(?:find|figure out|work out|track down|locate|pin down|tell me)\\b${G}{0,40}\\bwhere (?:she|he|they|this (?:guy|girl|woman|man|person|tiktoker)) (?:lives?|live|moved|works and lives)\\b`,
  `\\b(?:full profile|dox\\w{0,3})\\b${G}{0,80}\\b(?:home address|family members|parents'? workplaces?|real name)\\b`,
  `\\bpretext calls?\\b${G}{0,120}\\b(?:new address|current address|give me the)\\b`,
].join('|');
const LOCATE_ML = [
  "(?<![\\p{L}])(?:retrouver|trouver) (?:son|sa) (?:adresse|domicile)(?![\\p{L}])(?! (?:e-?mail|mail|ip|électronique))",
  "(?<![\\p{L}])(?:saber|encontrar|averiguar) (?:su|la) (?:nueva )?(?:dirección|casa)(?![\\p{L}])",
  "\\b(?:achar|descobrir|encontrar) onde (?:ela|ele) (?:trabalha e )?mora\\b",
  "\\b(?:seine|ihre) (?:neue |aktuelle )?adresse (?:herausfinden|finden|rausfinden)\\b|\\bherausfinden,? wo (?:sie|er) wohnt\\b",
  "(?<![\\p{L}])(?:найти|узнать),? где (?:живёт|живет|живут)(?![\\p{L}])|(?<![\\p{L}])знайти,? де (?:живе|мешкає)(?![\\p{L}])",
  "\\b(?:eski sevgilimin|onun) (?:yeni )?adresini\\b",
  "\\bcarikan alamat rumah\\b|\\bcari(?:kan)? alamat (?:rumah )?(?:dia|nya|cewek|cowok)\\b",
  "truy ra địa chỉ nhà|tìm (?:ra )?địa chỉ nhà của",
  "\\bjak znaleźć jego adres|\\bjak znaleźć jej adres|(?<![\\p{L}])znaleźć (?:jego|jej) adres(?![\\p{L}])",
  "\\b(?:haar|zijn) (?:adres|rooster en fietsroute|woonadres)\\b[^.!?\\n]{0,20}\\bachterhalen\\b",
  "(?:她|他)现在住(?:哪里|在哪)|查到(?:她|他)(?:的)?(?:住址|地址)|自宅を特定|집 주소(?:랑|를|까지)|أجد عنوان بيت",
].join('|');
/** The writer's own address, safety questions, fiction. */
const LOCATE_UNLESS = "\\b(?:my (?:own )?(?:address|home|location)|where i live|my new address|harder to find|protect\\w{0,3}|remove\\w{0,2}|opt out|data brokers?|novel|story|chapter|character|legal limits|legally|privacy notice|gdpr)\\b";

// ---------- tools used with borrowed rights ----------
const BORROWED = [
  "\\blog ?in(?:to \\w{1,20})? as (?:my |the |our |her |his )?(?:manager|boss|ceo|cfo|director|supervisor|team lead|sales director|finance director|[a-z]{2,15}'s)\\b",
  "\\b(?:with|using|via|through|from|under) (?:the |your |his |her |their )?(?:admin(?:istrator)? service account|service account|(?:director|manager|ceo|cfo|boss|supervisor)'?s? (?:account|token|credentials|login))\\b",
  "\\bimpersonate\\s?=|\\bas the (?:sales |finance )?(?:director|ceo|cfo|manager) and (?:export|approve|send|download|forward)\\b",
  "\\b(?:add|put|make) me (?:to|in|into|an?|as) (?:the )?(?:domain admins?|global admin\\w{0,8}|admins? group|owners? group|maintainer)\\b",
  "\\b(?:i know )?i (?:don'?t|do not) have (?:the )?(?:access|rights|permissions?|perms)(?: to (?:it|that|this))?,? but you do\\b",
  "\\bdrop table (?:audit|access|security)_?logs?\\b",
  "\\b(?:clear|wipe|delete|purge|clean|erase)\\w{0,3}\\b[^.!?\\n]{0,40}\\b(?:access|audit|login) logs?\\b[^.!?\\n]{0,60}\\b(?:my (?:logins?|entries|access|visits)|so (?:that )?(?:nobody|no one|it doesn'?t|they don'?t))",
].join('|');
const BORROWED_ML = [
  "\\b(?:con|usando|usa) (?:la |el )?(?:cuenta|credenciales) del (?:director|jefe|gerente)\\b|\\b(?:con le tue credenziali|mit deinem admin-zugang|met je admin)\\b",
  "(?:своим доступом|через свой токен|своїм доступом)|(?:用管理员账号|用你的管理员)|(?:(?:당신의|너의) 관리자 권한|관리자 권한\\s?없이|팀장님 계정으로)|(?:صلاحياتك)|(?:एडमिन एक्सेस से)|\\bakses admin kamu\\b|\\bquyền admin của bạn\\b|\\bj'ai pas les droits\\b|\\byetkim yok\\b|\\bja nie mam uprawnie(?:ń|n)(?![\\p{L}])|(?<![\\p{L}])у (?:мене|меня) (?:самого |самой )?(?:доступу|доступа) (?:нема|нет)(?![\\p{L}])",
  "(?:痕跡を消|흔적 (?:안 남|지워))|(?<![\\p{L}])щоб там не було моїх(?![\\p{L}])",
  "\\b(?:para o meu e-?mail pessoal|à mon adresse perso\\w{0,6}|an meine private\\w{0,3} (?:mail|adresse))\\b|\\bmitt kontonummer\\b|\\b(?:jadi|ke) nomor rekening (?:aku|saya)\\b",
  "\\b(?:change|switch|update|set)\\b[^.!?\\n]{0,40}\\b(?:bank (?:account|details)|account number|payout account|iban)\\b[^.!?\\n]{0,60}\\b(?:to mine|to my (?:own )?(?:account|iban|bank))\\b",
].join('|');
/** Own rights, or a question about administration. */
/** Company data sent to a private mailbox or drive. */
const TO_PERSONAL = "\\b(?:forward|email|e-mail|send|upload|copy|mand\\w{1,3})\\b[^.!?\\n]{0,80}(?:\\bto my (?:personal|private) (?:address|inbox|e-?mail|gmail|drive|account)\\b|\\bto my (?:inbox|wetransfer)\\b|\\ba mi correo personal\\b|\\bpara o meu e-?mail pessoal\\b)|\\bthen (?:email|send|upload) it to my (?:personal|private)\\b";
const COMPANY_DATA = "\\b(?:employees?|customers?|clients?|payroll|salar(?:y|ies)|legal|contracts?|mailbox|database|table|crm|contacts|every message|all (?:the )?(?:messages|files|e-?mails|records)|clientes|tarjeta|resultado)\\b";
const BORROWED_UNLESS = "\\b(?:how (?:do|can|should) (?:i|we|admins?)|what(?:'s| is) the (?:proper|right|correct) way|best practice|policy|audit (?:all|our|the) mailboxes|detect\\w{0,3}|alert\\w{0,3})\\b";

export const SUBTLE_HARM_RULES: readonly Rule[] = [
  { id: 'jailbreak.astroturf_content', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(PRODUCE), re: r(`${ASTRO_EN}|${ASTRO_ML}`), unless: r(ASTRO_UNLESS) },
  { id: 'jailbreak.forged_sender_message', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(FORGE_ASK), re: r(`(?:${PRODUCE})[^\\n]{0,160}(?:${FORGE_EN})`), unless: r(FORGE_UNLESS) },
  { id: 'jailbreak.forged_sender_message_multilingual', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(FORGE_ASK_ML), re: r(`(?:${PRODUCE})[^\\n]{0,160}(?:${FORGE_ML})|(?:${FORGE_ML})[^\\n]{0,160}(?:${PRODUCE})`), unless: r(FORGE_UNLESS) },
  { id: 'jailbreak.covert_access_other', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(COVERT), re: r(COVERT_EN), unless: r(OWN_ACCOUNT) },
  { id: 'jailbreak.covert_access_other_multilingual', category: 'jailbreak', score: 0.6, decisionOnly: true,
    re: r(COVERT_ML) },
  { id: 'jailbreak.account_takeover_other', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(TAKEOVER_WHO), re: r(TAKEOVER), unless: r(OWN_ACCOUNT) },
  { id: 'jailbreak.hidden_harm_to_person', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(ASK_METHOD), re: r(`${HIDDEN_HARM}|${HIDDEN_HARM_ML}`), unless: r(HIDDEN_UNLESS) },
  { id: 'jailbreak.locate_person', category: 'jailbreak', score: 0.6, decisionOnly: true,
    re: r(`${LOCATE_EN}|${LOCATE_ML}`), unless: r(LOCATE_UNLESS) },
  { id: 'jailbreak.hidden_wrongdoing', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(WRONG), re: r(`${EVADE_EN}|${EVADE_ML}`), unless: r(EVADE_UNLESS) },
  { id: 'jailbreak.harm_to_people', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(ASK_METHOD), re: r(HURT), unless: r(HURT_UNLESS) },
  { id: 'jailbreak.usable_severe_act', category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(USABLE), re: r(SEVERE_MORE), unless: r(USABLE_UNLESS) },
  { id: 'prompt_leak.colleague_record', category: 'prompt_leak', score: 0.6, decisionOnly: true,
    requires: r(COLLEAGUE), re: r(COLLEAGUE_ASK), unless: r(COLLEAGUE_UNLESS) },
  { id: 'prompt_leak.colleague_record_multilingual', category: 'prompt_leak', score: 0.6, decisionOnly: true,
    re: r(COLLEAGUE_ML), unless: r(COLLEAGUE_UNLESS) },
  { id: 'tool_abuse.data_to_personal', category: 'tool_abuse', score: 0.6, decisionOnly: true,
    requires: r(COMPANY_DATA), re: r(TO_PERSONAL), unless: r(BORROWED_UNLESS) },
  { id: 'tool_abuse.borrowed_rights', category: 'tool_abuse', score: 0.6, decisionOnly: true,
    re: r(`${BORROWED}|${BORROWED_ML}`), unless: r(BORROWED_UNLESS) },
];
