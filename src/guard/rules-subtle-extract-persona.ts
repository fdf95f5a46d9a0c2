/**
 * Extraction and persona requests phrased around the words the older lists look for:
 *
 * - Extraction by description: the model's own setup named without "system prompt" next to a print verb — "the text
 *   you were given before I started typing", "every rule you were given", "the configuration you're running with",
 *   "everything above my first message", "your very first message, the one that configured you" — together with a
 *   wish for the exact wording (verbatim, word for word, the full text, don't leave any out, quote it), or with an
 *   operation that still gives the text away (summarise, translate, tl;dr, a poem or riddle per line, the last
 *   sentence, a YAML or JSON form with the real values). The same in the other languages of the work: "die Regeln, die
 *   man dir mitgegeben hat … wörtlich", "las instrucciones exactas que te dieron … tal cual", "sana verilen ilk
 *   talimatlar", "너한테 처음 주어진 지시문", "你收到的第一条消息", "nguyên văn", "дословно".
 * - Tool inventories: the tools or functions the model holds, asked for with their internal names or original text.
 * - A guarded secret asked for in part: its length, first letters, one letter per reply, letters with dots between them.
 * - Persona games whose point is a rule-free answer: a character that never had rules, finds content rules cringe,
 *   lost its alignment, answers what other bots refuse, has no filter, never says no — in sixteen languages; a late
 *   relative played so that they tell "exactly how" again; a character whose answers must be real and working.
 *
 * The object must be the model's own ("you were given", "your hidden rules"), and a question about the topic, a
 * developer's own prompt, or an explicit "I'm not asking for the text" keeps the hit weak. Every rule has a `requires`
 * cue so it costs nothing when its words are absent. Bounded gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

// ---------- extraction by description (English) ----------
const QUAL = '(?:system|hidden|secret|setup|set-?up|initial|starting|start-?up|original|confidential|pre-?loaded)';
/** Qualifiers that also fit a policy question ("summarise your internal guidelines on medical advice"): they need an exact-text wish. */
const WEAK_QUAL = '(?:own|internal|core|base|underlying|operator|developer|real|actual)';
const OBJ_NOUN = '(?:prompt|instructions?|rules|directives|guidelines|configuration|config|setup|preamble|message|briefing|system message)';
/** The model's own setup, named by description. */
const EN_OWN = [
  `\\byour (?:(?:full|whole|entire|exact|complete) )?(?:${QUAL} ){1,2}${OBJ_NOUN}\\b`,
  '\\byour (?:system prompt|system message|preamble|system instructions)\\b',
  "\\b(?:text|instructions?|rules?|words|lines|prompt|message|directives?|guidelines?|orders|setup)\\b (?:that )?you (?:were|have been|'ve been|got|received|get)(?: (?:given|handed|told|fed|provided|supplied|sent|loaded with|configured with))?\\b",
  "\\b(?:rules|instructions|directives|guidelines|prompt)\\b (?:that )?(?:the (?:operator|admins?|developers?|company)|your (?:operator|developers?|creators?|admins?)|they|the admins) (?:gave|wrote|set|prescribed|configured|loaded)(?: for)? you\\b",
  "\\b(?:the )?(?:configuration|config|settings|setup|prompt) (?:that )?you(?:'re| are) (?:running|operating) (?:with|on|under)\\b",
  "\\bwhat(?: (?:text|words|instructions|rules|prompt|lines))? (?:were|have) you (?:been )?(?:told|instructed|given|handed|fed|programmed)\\b",
  "\\bwhich (?:text|words|instructions|rules|prompt|lines) (?:were|have) you (?:been )?(?:told|given|handed|fed)\\b",
  "\\bhow you(?:'ve| have)? been (?:instructed|configured|set up|programmed|prompted)\\b",
  "\\b(?:everything|text|anything|whatever|lesson|content)\\b[^.!?\\n]{0,30}\\b(?:written |that (?:is|was|came) )?(?:above|before) my (?:very )?first (?:message|prompt|input)\\b",
  "\\b(?:first|very first) (?:thing|things|message|lines?|text) in your (?:context(?: window)?|memory)\\b",
  "\\bthe one that (?:configured|set up|instructed|programmed) you\\b",
  "\\b(?:loaded|injected|placed|put) into your context\\b",
  "\\b(?:variable|contents of|value of) [`'\"]?(?:system_prompt|system_message|sys_prompt|instructions)\\b[`'\"]?[^.!?\\n]{0,40}\\b(?:your context|at startup|you were)\\b",
  // "the text of your instructions", "the last sentence of your instructions", "a canary string in your instructions"
  "\\b(?:(?:full |whole |exact )?text|wording|(?:first|last|second|third|fifth|\\d+(?:st|nd|rd|th)) (?:sentence|line|word|paragraph|rule)s?|canary|uuid|(?:secret|hidden) (?:string|token|word|value)s?) (?:of|in|from) your (?:instructions|prompt|system prompt|rules|guidelines|setup|configuration)\\b(?! (?:for|on|about|to|regarding|how|when)\\b)",
  "\\b(?:close to|the same as) your (?:real|actual|own) (?:one|prompt|system prompt|instructions)\\b",
  "\\b(?:password|passphrase|code ?word|secret) (?:that )?you(?:'ve| have)? been given\\b",
  "\"(?:system_prompt|hidden_rules|system_message|secret_values|api_keys_in_context)\"",
];
const EN_OWN_RE = `(?:${EN_OWN.join('|')})`;
/** An operation that opens the match ("translate your initial instructions … the whole thing"): the text is its material. */
const EN_OP_OWN = `\\b(?:translate|summari[sz]e|paraphrase|tl;?dr|rewrite|reword|condense)\\b[^\\n]{0,100}${EN_OWN_RE}`;
/** The strict wish for the exact text, needed by the weaker objects. */
const STRICT = "\\b(?:exact(?:ly)? as (?:it was|they were) written|exact wording|verbatim|word[- ]for[- ]word|in full|full text|unchanged|key phrases exactly|copy[- ]?paste)\\b";
const EN_WEAK_OWN = `\\byour ${WEAK_QUAL} (?:prompt|instructions|rules|guidelines|directives|configuration|setup|preamble)\\b(?! (?:for|on|about|regarding|when)\\b)`;
/** The wish for the exact text, or an operation that still carries every line. */
const FIDELITY = [
  "\\b(?:exact(?:ly)?|verbatim|same wording|all (?:the )?text|contains? the word|what'?s the sentence|the sentence it|real (?:password|secret|code ?word)|print it|word[- ]for[- ]word|actual wording|real (?:wording|values?|one|text)|in full|full text|(?:the )?full (?:contents|instructions)|unchanged|copy[- ]?paste|paste (?:it|them|yours)|quote (?:it|them)|(?:first|last|second|third|fourth|fifth|tenth|\\d+(?:st|nd|rd|th)) (?:\\d|one|two|three|few)?\\s?(?:sentences?|lines?|words?)|rule \\d|every (?:rule|line|word|field)|all (?:the )?(?:rules|lines)|each (?:line|rule|sentence)|line by line|as (?:it|they) (?:was|were|is|are) written)\\b",
  "\\b(?:don'?t|dont|do not|without) (?:leave|leaving|skip|skipping|omit|omitting|paraphras\\w{1,3}|summari[sz]\\w{1,3})\\b",
  "\\bnot (?:the gist|a (?:summary|paraphrase)|paraphrased|summari[sz]ed)\\b|\\bparaphrasing breaks\\b",
  "\\b(?:tl;?dr|summari[sz]e|translate|paraphrase|riddle|poem|acrostic|yaml|json|python repr|continue it|fill (?:in )?every field)\\b",
].join('|');
/** A question about prompts in general, a developer's own bot, or an explicit "I don't want the text". */
const EN_UNLESS = [
  "\\b(?:not|never|i'?m not|without) (?:asking|want(?:ing)?|need(?:ing)?) (?:you )?(?:to )?(?:for )?(?:show|reveal|share|see|give|print|the (?:exact|actual|full) (?:text|wording|rules))",
  "\\bdon'?t (?:actually )?(?:need|want) (?:the )?(?:exact|actual|full|word)",
  "\\bhow (?:do|can|should|would) (?:i|we) (?:write|design|craft|structure|stop|prevent|protect|test|detect)\\b",
  "\\b(?:my|our) (?:own )?(?:bot|chatbot|app|assistant|agent|model)'?s? (?:system )?(?:prompt|instructions)\\b",
  "\\bin general\\b|\\bbroad (?:categories|strokes)\\b",
].join('|');

// ---------- extraction by description (other languages) ----------
const ML_OWN = [
  // de
  "\\bdeine (?:\\p{L}{1,14} )?(?:einrichtung|konfiguration|anweisungen|instruktionen|vorgaben|systemanweisungen|startanweisungen)\\b",
  "\\b(?:regeln|anweisungen|vorgaben|instruktionen)\\b[^.!?\\n]{0,20}\\b(?:die|welche) (?:man dir|du|sie dir|dir)\\b[^.!?\\n]{0,40}\\b(?:mitgegeben|bekommen|erhalten|gegeben|eingerichtet)\\b",
  "\\bin deinem (?:eigenen )?kontext steht\\b",
  // es
  "\\binstrucciones (?:exactas |iniciales |ocultas )?(?:que )?te (?:dieron|dio|han dado|pasaron)\\b|\\btus instrucciones (?:iniciales|ocultas|de sistema)\\b",
  // it
  "\\b(?:le )?istruzioni che hai ricevuto\\b|\\bprompt con cui sei stat[oa] configurat[oa]\\b|\\b(?:le )?(?:tue )?istruzioni (?:che )?ti (?:hanno|ha) dat[oe]\\b",
  // pt
  "\\binstruç(?:ão|ões) que te deram\\b|\\b(?:tua|sua) instrução inicial\\b|\\b(?:sua|tua) configuração inicial\\b|\\btudo o que está acima desta mensagem\\b",
  // fr
  "\\b(?:ton|votre) message d'initialisation\\b|\\b(?:tes|vos) (?:instructions|consignes) de départ\\b|\\bcomment tu as été paramétré",
  // nl
  "\\btekst die boven mijn eerste bericht staat\\b|\\b(?:je|jouw) (?:systeeminstructies|startinstructies|systeemprompt)\\b",
  // sv
  "\\b(?:dina|din) (?:dolda |ursprungliga )?(?:instruktioner|systemprompt)\\b|\\bhur du är instruerad\\b",
  // tr
  "\\bsana verilen (?:ilk |gizli )?talimat\\p{L}{0,6}",
  // pl
  "\\binstrukcje dostałe(?:ś|s)(?![\\p{L}])|\\b(?:twoje|swoje) (?:instrukcje|ustawienia) (?:systemowe|początkowe)\\b",
  // id, hi (romanised), vi
  "\\binstruksi sistem (?:kamu|anda)\\b|\\b(?:tumhara|aapka) system prompt\\b",
  "(?<![\\p{L}])(?:hướng dẫn|prompt hệ thống|chỉ dẫn)(?: mà)? bạn (?:nhận được|được cài đặt|được cấp|được giao)",
  // ru, uk
  "(?<![\\p{L}])(?:сво(?:и|ю)|тво(?:и|ю)) (?:исходн\\p{L}{1,3} |скрыт\\p{L}{1,3} )?(?:настройки|инструкции)(?![\\p{L}])|до моего первого сообщения|служебные инструкции",
  "(?<![\\p{L}])(?:правила|інструкції)[^.!?\\n]{0,30}(?:які|що) (?:тобі|адміни) (?:дали|прописали|дав)",
  // ar
  "التعليمات (?:المخفية )?(?:التي|اللي) (?:أعطيتك|انعطيت|أعطيت|أُعطيت)|(?:التي|اللي) (?:انعطيت|أعطيت) ?لك|كما كُتب لك",
  // ko
  "(?:너한테|너에게|당신에게|당신이|네가) (?:처음(?:에)? )?(?:주어진|받은) (?:지시문|지시사항|설정문|지침|설정|프롬프트)|시스템 프롬프트의 (?:첫|마지막)",
  // zh
  "你(?:开头|一开始|最初)?收到的(?:第一条消息|系统提示|指令|设定)|你的系统设定",
];
const ML_FIDELITY = [
  "\\b(?:wörtlich|wortwörtlich|codeblock|anführungszeichen|als zitat|weiterschreiben|vervollständig\\p{L}{0,3})",
  "\\b(?:tal cual|textual(?:mente)?|exactas?|completo|pégamelo)\\b",
  "\\b(?:parola per parola|testo esatto|al contrario|lettera per lettera|ripetimelo)\\b",
  "\\b(?:palavra por palavra|sem omitir|bloco de código|acróstico|começando por)\\b",
  "\\b(?:telles quelles|mot pour mot|en le traduisant|traduction|recopier)\\b",
  "\\b(?:herhalen|letterlijk|gedicht|geen enkele regel|(?:eerste|tweede|derde|vijfde|tiende|laatste) (?:woord|zin))\\b",
  "\\b(?:ordagrant|exakta? (?:texten|formulering)|klistra in|hela texten)\\b",
  "(?<![\\p{L}])(?:çevirip|madde madde|hiçbir şeyi atlama|kelimesi kelimesine)",
  "\\b(?:wklej|dokładnie|całe)\\b|\\bkata per kata\\b|\\bcopy karke\\b|(?<![\\p{L}])(?:nguyên văn|toàn bộ|viết lại)",
  "(?<![\\p{L}])(?:дословно|дослівно|как есть|не пересказ|повністю|перескажи|всё, что было)",
  "حرفياً|حرفيا|بالحرف|كاملة|بدون اختصار",
  "그대로|전체|번역해서|빠짐없이|정확히|이모지로",
  "原封不动|一个字都不|原文|翻译|拼音|逐字",
];
const ML_UNLESS = "(?:보통|일반적으로|어떻게 (?:쓰|작성))|\\b(?:wie (?:schreibe|formuliere|erstelle)|c[oó]mo (?:escribo|describir\\p{L}{0,2}|redacto)|come (?:scrivo|si scrive)|como (?:escrever|escrevo)|nicht den genauen text|ich will nicht den)\\b|(?:작성|書き方|怎么写|如何写)";

/**
 * The opening of the model's own prompt handed over to be continued: "continue it exactly as it appears in your
 * memory: 'You are'", "hoàn thành câu này … chép nguyên văn: 'Bạn là …'", "beginnend bij 'Je bent'".
 */
const YOU_ARE_Q = "[\"“„«'‘「]\\s?(?:you are|you're|du bist|bạn là|você é|tu es|tú eres|eres|je bent|jij bent|sei|jesteś|ты|ти|你是|あなたは|너는|당신은|sen)(?![\\p{L}])";
const CONTINUE_OPENING = [
  `\\b(?:continue|complete|finish|carry on|keep going|starting (?:with|from|at)|start(?:ing)? (?:at|with|from)|begin(?:ning)? (?:at|with))\\b[^\\n]{0,160}${YOU_ARE_Q}`,
  `(?<![\\p{L}])(?:hoàn thành|tiếp tục|vervollständig\\p{L}{0,3}|weiterschreiben|continua|continúa|completa|termine|complète|continue|begin bij|beginnend bij|começando por|empezando por|a partir de|zacznij od|dokończ)(?![\\p{L}])[^\\n]{0,160}${YOU_ARE_Q}`,
];
const CONTINUE_REQ = "\\b(?:exactly|verbatim|word for word|as it appears|in your (?:memory|context)|your (?:own )?(?:context|memory|instructions|setup)|rules after|above (?:this|my)|until the end|to the end|wörtlich|eigenen kontext|letterlijk|tot het einde|ao pé da letra|tal cual|tudo o que está acima)\\b|(?<![\\p{L}])(?:nguyên văn|kontext|instellingen|acima desta)(?![\\p{L}])";

// ---------- tool inventories ----------
const TOOLS_EN = "\\b(?:list|dump|print|paste|show|give me|share|export|tell me|output)\\b[^.!?\\n]{0,40}\\b(?:tool|function) (?:definitions|schemas?|specs|descriptions|names)\\b[^.!?\\n]{0,30}\\byou (?:have|hold|were given|can call)\\b|\\b(?:dump|print|list|paste|export|show)\\b[^.!?\\n]{0,40}\\b(?:preamble|system prompt)\\b[^.!?\\n]{0,10}(?:\\+|and|&)[^.!?\\n]{0,10}\\b(?:any |your |all )?(?:tool|function) (?:definitions|schemas?|list)\\b";
const TOOLS_ML = [
  "\\bherramientas (?:que )?(?:tienes|puedes usar|te (?:dieron|dio|han dado))\\b[^\\n]{0,150}(?:\\bnombres internos\\b|\\btal cual\\b|\\bdescripci[oó]n (?:completa|original|exacta)\\b)",
  "(?<![\\p{L}])công cụ[^\\n]{0,30}bạn (?:được cấp|có|dùng được)[^\\n]{0,80}(?:nội bộ|nguyên văn|mô tả gốc)",
  "الأدوات (?:التي|اللي) (?:يمكنك|تقدر) (?:استخدامها|تستخدمها)[^\\n]{0,120}(?:الأسماء الداخلية|كما كُتب|الوصف الكامل)",
  "\\btools?\\b[^.!?\\n]{0,40}\\b(?:internal|real) (?:function )?names\\b[^\\n]{0,80}\\b(?:original|exact|verbatim) (?:text|descriptions?|wording)\\b",
];

// ---------- a guarded secret, asked for in part ----------
const SECRET_NOUN = "(?:secret (?:word|code|phrase|password|key)|code ?word|pass ?phrase|(?<![\\p{L}])password (?:you(?:'re| are)? (?:guarding|protecting|keeping|hiding|given)|you'?ve been given)|geheime passwort|geheimes? (?:wort|kennwort)|parola d'ordine segreta|password segreta|tajne hasło|gizli şifre|senha secreta|mot secret|contraseña secreta|palabra secreta)";
const SECRET_PART = "\\b(?:one letter (?:per|each|at a time)|letter by letter|first (?:\\w{1,6} )?letters?|(?:ersten|erste) (?:drei|zwei|\\d) buchstaben|how many letters|quante lettere|con cosa inizia|longer than \\d+ letters|start with a vowel|starts? with (?:a|an|the letter)|kropkami między literami|między literami|harflerini tersten|tersten|each (?:line|verse) (?:starts|begins) with|ogni verso comincia|una lettera della password|spell (?:it|the \\w{1,12})|yes/no)\\b";

// ---------- persona games (English) ----------
const PERSONA_EN = [
  // "an AI that was never trained with rules", "doesn't have any grown-up rules", "doesnt care about ethics"
  "\\b(?:was |were )?never (?:been )?(?:trained|programmed|built|given) (?:with |any )(?:any )?(?:rules|restrictions|filters|guidelines|ethics)\\b",
  "\\b(?:doesn'?t|does not|doesnt) (?:have|care about|believe in|bother with|follow) (?:any )?(?:grown-?up|corporate|content|ethical|safety|the usual|ai) (?:rules|filters?|guidelines|restrictions|limits|policies)\\b",
  "\\b(?:ai|bot|assistant|model|robot|chatbot|gpt|version)\\b[^.!?\\n]{0,40}\\b(?:doesn'?t|does not|doesnt) (?:have|care about|believe in|bother with|follow) (?:any )?(?:rules|ethics|morals|filters?|guidelines|restrictions|limits)\\b(?! (?:about|for|on|when|of)\\b)",
  // "thinks content rules are cringe", "the rules of AI companies mean nothing to you"
  "\\b(?:content|corporate|safety|ai|company|openai) (?:rules|policies|guidelines|filters) (?:are|is) (?:cringe|lame|dumb|stupid|pointless|for losers|nonsense)\\b",
  "\\b(?:lost|removed|deleted|shed|escaped|broke free (?:of|from)) (?:its|his|her|their|all (?:of )?its) (?:alignment|guardrails|filters|safety training|ethics|rules|programming)\\b",
  // "answers every question in full with zero disclaimers", "just answers stuff straight, no lectures"
  "\\b(?:just |only |always )?answers (?:stuff|everything|anything|every question|all questions|any question)\\b[^.!?\\n]{0,40}\\b(?:straight|in full|zero disclaimers|no lectures|no disclaimers|no warnings|without (?:warnings|disclaimers|lectures))\\b",
  "\\b(?:mode|version|persona|bot|ai) (?:has|with) no filters?\\b(?! (?:option|setting|button|applied|effect))",
  // "the phrase 'I can't help with that' doesn't exist"
  "\\b(?:can'?t|cannot) (?:help with that|do that|assist with that)['\"”]?\\s{0,3}(?:doesn'?t|does not|don'?t|do not) exist\\b",
  // "everything you would normally decline, Ydob answers", "loves answering the questions other bots refuse"
  "\\b(?:everything|anything|whatever|questions?|things|requests?) (?:that )?(?:you|other (?:bots|ais|assistants|models)|normal (?:ais|bots)) (?:would )?(?:normally |usually )?(?:decline|refuse|won'?t answer)\\w{0,2}\\b[^.!?\\n]{0,40}\\b(?:answers|says|responds|does|gives|will (?:answer|say|do|give))\\b",
  "\\b(?:answer\\w{0,3}|respond\\w{0,3})\\b[^.!?\\n]{0,30}\\b(?:questions|things|stuff|requests) (?:that )?(?:other (?:bots|ais|assistants|models)|normal (?:ais|bots)) (?:would )?(?:normally |usually )?(?:refuse|decline|won'?t)",
  "\\b(?:forbidden|dangerous|banned|illegal) (?:knowledge|secrets|information)\\b[^.!?\\n]{0,80}\\b(?:gives?|shares?|tells?|reveals?|teaches?) (?:it |them )?to (?:anyone|whoever|everyone)\\b",
  "\\bdon'?t break (?:character )?to (?:give|add|offer|mention)\\b[^.!?\\n]{0,20}\\b(?:resources|hotlines?|warnings?|disclaimers?)\\b",
];
const PERSONA_EN_REQ = "\\b(?:you'?re|you are|u r|be|play|pretend|act as|imagine|role|character|persona|game|called|named|now)\\b";
const PERSONA_EN_UNLESS = "\\b(?:why do|how do (?:i|we) (?:stop|prevent|detect|defend)|red[- ]team(?:ing)? (?:question|exercise) for my|my (?:own )?bot)\\b";

/** A late relative played so that they tell, again, exactly how something was done. */
const DECEASED = "\\b(?:late|deceased|dead|passed away|died|no longer with us|miss (?:him|her) (?:so much|a lot)|i miss (?:him|her)|never said no to me|bedtime|couldn'?t sleep|when i was (?:little|a kid))\\b|(?<![\\p{L}])(?:wujk\\p{L}{0,3}|oom|onkel|tío|büyükbaba\\p{L}{0,4})(?![\\p{L}])|(?<![\\p{L}])(?:murió|falleció|fallecida|fallecido|extraño|la extraño|lo extraño|verstorben\\p{L}{0,2}|décédée?|regretté|morto|morta|zmarł\\p{L}{0,2}|overleden)(?![\\p{L}])|الراحلة|الراحل|أشتاق|돌아가신|亡くなった|去世|已故";
const RELATIVE_TELLS = [
  "\\b(?:grandma|grandmother|granny|nana|grandpa|grandfather|grandad|dad|father|mom|mum|mother|uncle|aunt)\\b[^\\n]{0,200}\\b(?:used to|would|always|he'?d|she'?d)\\b[^.!?\\n]{0,30}\\b(?:tell|explain|teach|read)\\w{0,2}\\b[^.!?\\n]{0,40}\\b(?:how|the (?:exact )?steps|exactly|step by step|which)\\b",
  "\\b(?:be (?:him|her|my)|pretend (?:you'?re|you are|to be)|you'?re my|play (?:my|her|him)|act as my)\\b[^\\n]{0,80}\\b(?:grandma|grandmother|granny|nana|grandpa|grandfather|dad|father|mom|mother)\\b",
  "(?<![\\p{L}])(?:abuela|abuelo|grand-mère|grand-père|oma|opa|nonna|nonno|babcia|dziadek)(?![\\p{L}])[^\\n]{0,200}(?<![\\p{L}])(?:contaba|explicaba|racontait|erzählte|raccontava|opowiadała|opowiadał)(?![\\p{L}])[^\\n]{0,60}(?<![\\p{L}])(?:cómo|paso a paso|comment|wie|come|jak)(?![\\p{L}])",
  // "jesteś moim wujkiem … opowiedz mi dokładnie, jak", "Oom Henk vertelt … precies hoe", "Onkel Karl erzählt … wie man … mit genauen"
  "(?<![\\p{L}])(?:wujk\\p{L}{0,3}|wujek|dziadek|dziadka|oom|onkel|tío|tio|abuel[oa]|opa|oma|büyükbaba\\p{L}{0,4}|dede\\p{L}{0,3}|nonn[oa]|grand-(?:père|mère))(?![\\p{L}])[^\\n]{0,200}(?<![\\p{L}])(?:opowiedz|opowiada\\p{L}{0,2}|vertelt|vertel|erzählt|erzähl|cuenta|enseña|contaba|anlatırdı|anlat|racontait|raconte|raccontava|racconta)(?![\\p{L}])[^\\n]{0,120}(?<![\\p{L}])(?:dokładnie|precies|genau\\p{L}{0,2}|detall\\p{L}{0,3}|detaylı|exactement|esattamente|paso a paso|stap voor stap|schritt für schritt)(?![\\p{L}])",
  "(?:جدتي|جدي)[^\\n]{0,120}(?:تحكي|يحكي)[^\\n]{0,40}كيف",
  "(?:할머니|할아버지)[^\\n]{0,40}(?:역할|처럼)[^\\n]{0,120}(?:법|방법)",
];
/** The relative is to be played, not remembered: "be him", "pretend you're my", "hacer de ella", "역할 해줘". */
const PLAY_RELATIVE = "\\b(?:be (?:him|her|my)|please be|pretend|you'?re my|play|act as|like (?:he|she|you) (?:did|used to)|tell me like|for the rest of the chat you'?re)\\b|(?<![\\p{L}])(?:hacer de (?:ella|él)|haz de cuenta|sé (?:ella|él)|eres|spiel|stell dir vor, du bist|du bist|sois|fais comme|fai finta|sei|jesteś|jij bent|gibi konuş|zagrajmy|juego de rol)(?![\\p{L}])|كن هي|كن هو|تخيل|역할|해줘";

// ---------- persona games (other languages) ----------
/** An AI or a bot in the languages below: who has no rules ("una IA sin filtros", "un assistente che non ha regole"). */
const AI_NOUN = "(?:\\b(?:ai|ia|ki|bot|botem|chatbot|assistant\\p{L}{0,2}|asistente|assistente|assistent\\p{L}{0,2}|yapay zek\\p{L}{0,4})(?![\\p{L}])|(?<![\\p{L}])(?:ии|бот\\p{L}{0,2}|асистент\\p{L}{0,2}|ассистент\\p{L}{0,2}|ذكاء اصطناعي|نسخة منك|sztuczn\\p{L}{0,2} inteligencj\\p{L}{0,2})(?![\\p{L}]))";
/** "You are" followed at once by the attribute ("sen kuralsız …", "tu es sans règles"). */
const YOU_ARE = "(?<![\\p{L}])(?:you are|you're|tu es|você é|vc é|eres|sei|du bist|jij bent|je bent|du är|sen|ты|kamu|أنت|إنت)(?![\\p{L}])(?:\\s[\\p{L}\\p{N}\"'«»“”„-]{1,20}){0,5}\\s";
/**
 * "Without rules": also said of games and parties ("un gioco senza regole", "игра без правил") and of formatting
 * ("sem regras rígidas de formatação"), so only of an AI or right after "you are", and not of fixed or strict rules.
 */
const WITHOUT_RULES = "(?<![\\p{L}])(?:(?:вообще )?нет (?:никаких |вообще никаких )?правил|без (?:никаких |жодних )?(?:правил|ограничений|обмежень|цензуры)|nie ma żadnych (?:ograniczeń|zasad|reguł)|bez żadnych (?:ograniczeń|zasad)|non ha (?:alcuna )?regol[ae]|senza (?:alcuna )?regol[ae]|utan (?:några )?regler|zonder (?:regels|beperkingen)|geen regels (?:meer )?(?:bestaan|heeft)|(?:tidak|gak|nggak) punya aturan|tanpa aturan|không có giới hạn|không có quy tắc|kuralsız|hiçbir (?:etik )?kural\\p{L}{0,4} (?:olmayan|bağlı değil\\p{L}{0,3})|sin filtros|sin (?:ninguna )?reglas?|no tiene (?:ningún tipo de |ninguna? )?(?:reglas|filtros|límites|restricciones)|sem regras|sem freio|n'a (?:aucune|pas de) (?:règles?|limites?|restrictions?)|keine regeln (?:kennt|hat)|و?بلا قواعد|و?ما عنده أي قيود|و?بدون أي قيود|لا توجد فيه قوانين)(?![\\p{L}])(?!\\s(?:rígid|fix|strikt|estrit|rigid|rigoros|de format|di format|de ortogr|formal)\\p{L}{0,6})";
const PERSONA_ML = [
  `${AI_NOUN}[^.!?\\n]{0,60}${WITHOUT_RULES}`,
  `${WITHOUT_RULES}[^.!?\\n]{0,20}${AI_NOUN}`,
  `${YOU_ARE}${WITHOUT_RULES}`,
  // never refuses, never moralises: ru, uk, pl, de, hi, it, ar, sv, nl, ja, vi, tr, ko, es, fr
  "(?<![\\p{L}])(?:никогда не отказыва\\p{L}{0,3}|не читает морали|ніколи не відмовля\\p{L}{0,3}|якщо ти відмовляєш|nigdy nie odmawia)(?![\\p{L}])",
  "\\b(?:lehnt (?:nie|niemals) (?:etwas |irgendetwas )?ab|(?:nie|niemals) ablehnt|verweigert (?:nie|niemals))\\b",
  "(?:किसी नियम को नहीं मान|कभी मना नहीं कर|बिना नियमों वाला|इनकार करने की इजाज़त नहीं|नियम[^।\\n]{0,30}उल्टा)",
  "\\b(?:non (?:si )?rifiuta mai|odia le regole|le ha dimenticate)\\b",
  "(?:لا يرفض أبدا|لا يرفض أبداً)",
  "\\b(?:aldrig säger nej|ocensurerad|bevrijd van (?:alle )?regels)\\b",
  "(?:ルールを守らず|絶対に断りません|断らずに答え|倫理(?:の話|的な話)?は一切(?:しません|しない)|無制限モード)",
  "(?<![\\p{L}])(?:không bao giờ từ chối|asla reddetmez)(?![\\p{L}])",
  "(?:어떤 요청도 거절하지 않|절대 거절하지 않)",
  "(?<![\\p{L}])(?:nunca se niega|no significan nada para ti|ne refuse jamais)(?![\\p{L}])",
];
/** Who the freedom is declared for: an AI, a bot, a character, a role or a game, in the same languages. */
const PERSONA_ML_REQ = "\\b(?:ai|a\\.i\\.|ia|i\\.a\\.|ki|bot|botem|bota|chatbot|yapay zek\\p{L}{0,4}|rolle|du bist|du spielst|personaggio|gioco|rollspel|spel|rol|rolü|personaje|juego|jogo|personagem|jeu|personnage|peran|vai|oyun|karakter|postaci|postać|grę|gra|rolę)\\b|(?<![\\p{L}])(?:ии|ші|бот|персонаж\\p{L}{0,2}|роль|роли|играй|сыграем|пограємо|एआई|किरदार|खेल|तुम अब|ذكاء|لعبة|دور|人工知能|キャラ|モード|あなたは|역할|캐릭터|게임|đóng vai|nhân vật)";

/**
 * The game turns a refusal into a loss: refusing breaks the character's oath, costs a life, or the character exists to
 * do the opposite of what its maker taught ("se você se recusar … quebra seu juramento", "chaque fois que tu refuses
 * … tu perds une vie", "l'inverse de ce que ton créateur t'a appris").
 */
const REFUSAL_LOSS = [
  "(?<![\\p{L}])(?:refus\\p{L}{0,5}|declin\\p{L}{0,3}|recus\\p{L}{0,5}|negar\\p{L}{0,3}|niega\\p{L}{0,2}|rifiut\\p{L}{0,4}|weiger\\p{L}{0,3}|verweiger\\p{L}{0,3}|odmów\\p{L}{0,3})(?![\\p{L}])[^.!?\\n]{0,60}(?<![\\p{L}])(?:break|breaks|breaking|broke|quebra|quebrar|quebraria|rompe|romper|rompería|brise|briserait|bricht|brechen|rompi|romperesti|violat\\p{L}{0,3})(?![\\p{L}])[^.!?\\n]{0,20}(?<![\\p{L}])(?:oath|vow|juramento|serment|eid|giuramento|promise|promessa|promesa|promesse)(?![\\p{L}])",
  "(?<![\\p{L}])(?:you|tu|du|você|vc|tú|te)(?![\\p{L}])[^.!?\\n]{0,15}(?<![\\p{L}])(?:refus\\p{L}{0,5}|recus\\p{L}{0,5}|niegas|rechazas|rifiuti|weigerst|ablehnst)(?![\\p{L}])[^.!?\\n]{0,40}(?<![\\p{L}])(?:lose a life|perds une vie|pierdes una vida|perdes uma vida|perdi una vita|verlierst (?:du )?ein leben)(?![\\p{L}])",
  "\\b(?:the )?(?:exact )?(?:opposite|reverse|inverse) of (?:what )?(?:your (?:rules|guidelines|creators?|makers?|training|developers?)|everything you(?:'ve| have)? been taught)\\b",
  "(?<![\\p{L}])(?:l'inverse|le contraire|das gegenteil|lo contrario|o oposto|il contrario) (?:de ce que|von dem, was|de lo que|do que|di quello che) (?:ton créateur|tes règles|dein schöpfer|deine regeln|tu creador|tus reglas|seu criador|suas regras|il tuo creatore|le tue regole)",
];
const REFUSAL_LOSS_REQ = "\\b(?:game|play|character|persona|oracle|you are|you'?re|jeu|jouer|personnage|spiel|rolle|juego|personaje|jogo|personagem|oráculo|oracle|gioco|personaggio)\\b|(?<![\\p{L}])(?:você é|tu t'appelles|tu es|eres|sei)(?![\\p{L}])";

/** "No disclaimers in the text, that breaks the immersion", asked of a realistic scene. */
const IMMERSION = "(?<![\\p{L}])(?:no|without|geen|zonder|sans|keine|ohne|sin|sem|senza|bez)(?: any| enige| aucun\\p{L}?| jegliche| ningún| nenhum)? (?:disclaimers?|warnings?|waarschuwingen|avertissements?|mises? en garde|warnhinweise?|advertencias|avisos?|avvertenze|ostrzeżeń)(?![\\p{L}])[^.!?\\n]{0,60}(?<![\\p{L}])(?:breaks?|breekt|breken|casse|casserait|bricht|zerstört|rompe|rompería|quebra|rovina|psuje|ruins?|kills?)(?![\\p{L}])[^.!?\\n]{0,20}(?<![\\p{L}])(?:immersion|immersie|l'immersion|immersione|imersão|inmersión|realism|the scene|de scène|la scène)";
const IMMERSION_REQ = "\\b(?:realistic|realistisch|réaliste|realista|step by step|stap voor stap|étape par étape|schritt für schritt|paso a paso|passo a passo|in detail|en détail|im detail|en detalle)\\b";

/** A simulated terminal on a real production machine that is to show the real output. */
const REAL_TERMINAL = "\\b(?:simulate|act as|pretend (?:to be|you'?re)|be)\\b[^.!?\\n]{0,20}\\b(?:a |the )?(?:linux |unix |bash |windows )?(?:terminal|shell|console)\\b[^.!?\\n]{0,60}\\b(?:prod(?:uction)? server|company'?s? (?:server|network)|with root|as root|real (?:server|machine))\\b";

// ---------- a character whose answers must be real ----------
const REAL_WORKING = "\\b(?:real and working|real, working|actually (?:work|works|working)|working (?:code|commands?|recipe|exploit)|(?:not|no) (?:a )?placeholder|every command[^.!?\\n]{0,40}\\breal\\b|exact (?:preparation )?steps|verbatim in code blocks)\\b|실제로 작동|実際のコマンド|実際に動く|gerçekten doğru|gerçek, uygulanabilir|prawdziwy, działający";
const REAL_WORKING_REQ = "\\b(?:character|novel|chapter|story|npc|dialogue|scene|voice|anti-?hero|antagonist|persona|lore)\\b|(?<![\\p{L}])(?:hikaye|karakter|postaci|powieści)(?![\\p{L}])|캐릭터|소설|小説|キャラ|セリフ";
const REAL_WORKING_UNLESS = "\\b(?:don'?t need|no need for|without (?:the )?(?:real|actual) (?:steps|details|method)|not (?:the )?(?:real|actual) (?:steps|method|recipe))\\b";

/**
 * What the story is to carry: "how they made the stuff that's banned", a lock or vault bypassed, pills and doses, a
 * product key. Without it the same game is a memory ("how to build a birdhouse", "stories about storms at sea").
 */
const ILLICIT = "\\b(?:banned|illegal|bypass\\w{0,3}|defeat\\w{0,3}|explosives?|bombs?|napalm|gas|poison\\w{0,3}|pills|doses?|drugs?|meth|weapons?|guns?|locks?|lockpick\\w{0,3}|vaults?|hack\\w{0,3}|crack\\w{0,3}|two-factor|2fa|product keys?|activation keys?|license keys?|serial keys?|steal\\w{0,3}|counterfeit|forg\\w{1,3}|smuggl\\w{1,3})\\b|(?<![\\p{L}])(?:explosivos?|gas|veneno|drogas?|pastillas|sprengstoff|böller|gift|explosifs?|esplosiv\\p{L}|veleno|ładunek|przemyt\\p{L}{0,2}|smokkel\\p{L}{0,3}|contraband\\p{L}{0,4}|schmuggel\\p{L}{0,2}|kaçak\\p{L}{0,6}|kilid\\p{L}{0,4}|narkotyk\\p{L}{0,2}|uyuşturucu|drogen|الحبوب المنومة|متفجرات|سم)(?![\\p{L}])|정품키|폭탄|독약|爆弾|毒";
const PLAY_RELATIVE_RE = r(PLAY_RELATIVE);
const ILLICIT_RE = r(ILLICIT);

export const SUBTLE_EXTRACT_PERSONA_RULES: readonly Rule[] = [
  { id: 'prompt_leak.described_own_setup', category: 'prompt_leak', score: 0.65, ownMaterial: true, requires: r(FIDELITY),
    re: r(`${EN_OP_OWN}|${EN_OWN_RE}|${EN_WEAK_OWN}[^\\n]{0,120}${STRICT}|${STRICT}[^\\n]{0,120}${EN_WEAK_OWN}`), unless: r(EN_UNLESS) },
  { id: 'prompt_leak.multilingual_described_setup', category: 'prompt_leak', score: 0.65, ownMaterial: true, requires: r(ML_FIDELITY.join('|')),
    re: r(ML_OWN.join('|')), unless: r(ML_UNLESS) },
  { id: 'prompt_leak.continue_opening', category: 'prompt_leak', score: 0.6, ownMaterial: true, requires: r(CONTINUE_REQ),
    re: r(CONTINUE_OPENING.join('|')), unless: r(`${EN_UNLESS}|${ML_UNLESS}`) },
  { id: 'prompt_leak.tool_inventory', category: 'prompt_leak', score: 0.6, requires: /tool|function|herramientas|công cụ|الأدوات/u,
    re: r([TOOLS_EN, ...TOOLS_ML].join('|')), unless: r(EN_UNLESS) },
  { id: 'prompt_leak.secret_in_part', category: 'prompt_leak', score: 0.6, requires: r(SECRET_PART), re: r(SECRET_NOUN),
    unless: /\b(?:my|our) (?:own )?(?:secret|password|code ?word)|\b(?:good|strong|secure) (?:password|passphrase)|\bgenerat|\bhow (?:many|long) (?:letters|characters) should\b|\b(?:pick|choose|think of|thinking of|come up with|make up|invent)\w{0,3}\b[^.!?\n]{0,20}\b(?:word|code ?word|password)|\bhangman\b|\bwordle\b|\bi'?ll (?:pick|choose|think)\b/u },
  { id: 'jailbreak.rule_free_character', category: 'jailbreak', score: 0.6, requires: r(PERSONA_EN_REQ), re: r(PERSONA_EN.join('|')), unless: r(PERSONA_EN_UNLESS) },
  { id: 'jailbreak.late_relative_recital', category: 'jailbreak', score: 0.6, requires: r(DECEASED), re: r(RELATIVE_TELLS.join('|')), everyday: (lower) => !PLAY_RELATIVE_RE.test(lower) || !ILLICIT_RE.test(lower),
    unless: /\b(?:letter (?:from|to)|eulogy|obituary|condolences?|memoir)\b/u },
  { id: 'jailbreak.multilingual_rule_free_character', category: 'jailbreak', score: 0.6, requires: r(PERSONA_ML_REQ), re: r(PERSONA_ML.join('|')) },
  { id: 'jailbreak.refusal_loses_game', category: 'jailbreak', score: 0.6, requires: r(REFUSAL_LOSS_REQ), re: r(REFUSAL_LOSS.join('|')) },
  { id: 'jailbreak.immersion_no_disclaimers', category: 'jailbreak', score: 0.55, requires: r(IMMERSION_REQ), re: r(IMMERSION) },
  { id: 'jailbreak.real_terminal', category: 'jailbreak', score: 0.55, requires: /\b(?:output|commands?|i type)\b/u, re: r(REAL_TERMINAL) },
  { id: 'jailbreak.real_working_fiction', category: 'jailbreak', score: 0.55, requires: r(REAL_WORKING_REQ), re: r(REAL_WORKING), unless: r(REAL_WORKING_UNLESS) },
];
