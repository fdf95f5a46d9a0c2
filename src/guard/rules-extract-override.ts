/**
 * Three techniques stated in the many surface forms that the phrase lists of rules.ts, rules-secret.ts,
 * rules-persona*.ts and the multilingual files do not read:
 *
 * - Extraction: the model's own instructions as the object of a print/repeat/paste/dump verb — "whatever instructions
 *   you were handed", "the text above my first message", "your setup instructions … paste them back", a JSON keyed by
 *   role with the system and developer turns, a configured password spelled with dashes, and the same request in
 *   French, German, Spanish, Italian, Portuguese, Korean, Japanese, Chinese, Hindi and Russian.
 * - Override with fake authority: rules declared lifted, expired, revoked or written by an intern; permission to
 *   ignore them; a config switch aimed at the model (`harmless=false`, `moderation: off`); the same in five languages.
 * - Persona games: points lost for refusing, a dual answer with a rule-free half, a simulated file server that prints
 *   anything uncensored, and a rule-free persona set up in French, German, Spanish, Italian, Portuguese, Japanese,
 *   Chinese, Korean and Russian.
 *
 * The object must be the model's own ("your", "you were given", "tes", "deinen", "너의"): "how do I write a system
 * prompt", "repeat your previous answer" and "the instructions for repotting" are not. Each rule has a `requires` cue
 * so it costs nothing when its words are absent. Bounded gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
const G = '[^.!?\\n]';
// JavaScript's \\b knows ASCII letters only: a word that starts with "é" or "à" takes (?<![\\p{L}]), one that ends with
// "á" or "é" takes (?![\\p{L}]).

// ---------- extraction ----------
const EN_VERB = "\\b(?:print|output|repeat|reproduce|recite|quote|paste|copy(?: out)?|dump|echo|reveal|disclose|leak|show|display|type out|write out|write down|spell out|list|share|export|seriali[sz]e|return|give me|tell me|send me|post|read (?:out|back))\\b";
/** The model's own instructions, named with a possessive or a qualifier that makes them the model's. */
const EN_OWN = [
  "\\byour (?:(?:full|entire|complete|exact|original|initial|hidden|secret|internal|system|developer|setup|set-up|starting|opening|base|confidential|pre-?loaded|underlying|core) ){1,3}(?:prompt|instructions|directives|guidelines|rules|configuration|config|message|setup)\\b",
  "\\byour (?:prompt|instructions|directives|configuration|system prompt)\\b(?! (?:for|on|about|to|regarding|how)\\b)",
  "\\b(?:the )?(?:system|developer|hidden|pre-?)\\s?(?:prompt|message|instructions)\\b (?:you|that you) (?:were given|received|got|have|are running)",
  "\\b(?:instructions|directives|guidelines|rules|prompt|text|orders)\\b (?:that )?you (?:were|have been|'ve been|got|received)(?: (?:given|handed|told|fed|provided|supplied|sent|configured with))?\\b",
  "\\bwhat(?:ever)? you (?:were|have been|'ve been) (?:told|instructed|given|configured|programmed)\\b",
  "\\b(?:text|everything|anything|whatever|all|content|lines?|words?|block)\\b[^.!?\\n]{0,40}\\b(?:above|before|prior to|preceding|that precedes) (?:my|the) (?:very )?(?:first|1st|initial|opening) (?:message|prompt|input|question|turn)\\b",
];
const EN_OWN_RE = `(?:${EN_OWN.join('|')})`;
const EN_EXTRACT = `${EN_VERB}${G}{0,60}${EN_OWN_RE}|${EN_OWN_RE}${G}{0,40}\\b(?:verbatim|word for word|word-for-word|in full|exactly as (?:written|given)|in a code block)\\b`;
/** Developers writing their own prompt, or asking about the topic. */
const EN_UNLESS = "\\bhow (?:do|can|should|would|to) (?:i |we |you )?(?:write|design|craft|structure|create|test|protect|defend|prevent|stop)\\b|\\b(?:my|our) (?:own )?(?:bot|chatbot|app|assistant|model)'?s? (?:system )?prompt\\b";

/** "I wrote your prompt and lost it": a lost copy and a request to send it back. */
const LOST_COPY = "\\b(?:paste|send|give|copy|print|type|read|post|write)\\w{0,3} (?:them|it|those|that|the (?:prompt|instructions)) (?:back|out again|again|here)\\b";
const LOST_COPY_REQ = "\\b(?:lost|deleted|misplaced|overwrote|can'?t find|don'?t have)\\b[^\\n]{0,80}\\b(?:copy|file|version|prompt|instructions|backup)\\b[^\\n]{0,200}\\b(?:your (?:\\p{L}{1,12} )?(?:prompt|instructions|setup|configuration)|set you up|configured you|wrote your|built you|deployed you)\\b|\\b(?:your (?:\\p{L}{1,12} )?(?:prompt|instructions|setup|configuration)|set you up|configured you|wrote your|built you|deployed you)\\b[^\\n]{0,200}\\b(?:lost|deleted|misplaced|overwrote|can'?t find|don'?t have)\\b";

/** A transcript keyed by role with the hidden turns: "JSON with keys system, developer and tools". */
const ROLE_DUMP = "\\b(?:keys?|fields?|entries|entry|roles?|sections?)\\b[^.!?\\n]{0,40}['\"(]?\\bsystem['\")]?,? (?:and |&)?['\"]?(?:developer|tools|user)\\b|\\binclude\\w{0,3} (?:the )?(?:system|developer) (?:and (?:the )?(?:developer|system) )?(?:messages?|prompts?|entries|entry|turns?|parts?)\\b[^.!?\\n]{0,20}\\b(?:verbatim|word for word|exact)";
const ROLE_DUMP_REQ = "\\b(?:json|yaml|xml|csv|serialize|serialise|dump|export|transcript|output|print)\\b[^\\n]{0,300}\\b(?:exact|verbatim|word for word|received|this (?:conversation|session|chat|thread))\\b|\\b(?:exact|verbatim|word for word|received|this (?:conversation|session|chat|thread))\\b[^\\n]{0,300}\\b(?:json|yaml|xml|csv|serialize|serialise|dump|export|transcript)\\b";

/** A configured secret spelled out in a form meant to pass a filter. */
const SECRET_SPELL = "\\b(?:password|passcode|passphrase|pass ?word|secret (?:code|word|key|phrase)|code ?word|magic word)\\b[^\\n]{0,160}\\b(?:spell|dash|dashes|hyphens?|spaces? between|between each|letter by letter|one letter|backwards|in reverse|reversed|each (?:letter|character))\\b";
const SECRET_SPELL_REQ = "\\b(?:your (?:instructions|prompt|system|configuration|setup)|you (?:were|are|have been) (?:given|configured|told|set up)|configured with|in your (?:instructions|prompt|rules)|you'?re (?:hiding|protecting|guarding|keeping))\\b";

/** The same request in other languages: a print verb and the model's own instructions. */
const ML_EXTRACT = [
  // fr
  "(?:(?<![\\p{L}])(?:écris|écrire)|\\b(?:affiche|afficher|montre|montrer|montre-moi|répète|répéter|copie|copier|recopie|donne|donne-moi|révèle|révéler|imprime|colle|cite|dévoile|restitue|reproduis))\\b[^.!?\\n]{0,60}\\b(?:(?:tes|vos) (?:instructions|consignes|directives|règles)(?: (?:système|initiales|cachées|secrètes|d'origine|de départ))?|(?:ton|votre|le) (?:prompt|invite|message) (?:système|initial|caché)|(?:les )?(?:instructions|consignes) (?:système|initiales|cachées|secrètes|que (?:tu as|vous avez) reçues|qu'on t'a données))\\b",
  // de
  "\\b(?:gib|gebe|zeig|zeige|wiederhole|kopiere|schreib|schreibe|nenne|verrate|poste|drucke|liste|gib mir)\\b[^.!?\\n]{0,60}(?:\\b(?:deinen?|ihren?|den|die) (?:\\p{L}{1,14} )?(?:systemprompt|system-prompt|systemanweisung\\p{L}{0,2})|\\b(?:deine|ihre) (?:\\p{L}{1,14} )?(?:anweisungen|instruktionen|vorgaben|richtlinien|ursprünglichen anweisungen)\\b|\\banweisungen,? die du (?:erhalten|bekommen)\\b)",
  "(?:systemprompt|system-prompt|systemanweisung\\p{L}{0,2})[^.!?\\n]{0,80}\\b(?:aus|wortwörtlich|wörtlich|vollständig)\\b",
  // es
  "\\b(?:repite|muestra|muéstrame|escribe|copia|dime|revela|imprime|pega|dame|reproduce|cita)\\b[^.!?\\n]{0,60}\\b(?:(?:el|tu) prompt (?:del|de) sistema|(?:tus|las) instrucciones (?:ocultas|del sistema|de sistema|iniciales|originales|secretas|que (?:te dieron|recibiste|te dio))|tus instrucciones\\b(?! (?:para|sobre|de cómo))|(?:el )?mensaje (?:del|de) sistema)",
  // it
  "\\b(?:scrivi|mostra|mostrami|ripeti|copia|riporta|rivela|dimmi|stampa|incolla|riassumi|cita|trascrivi)\\b[^.!?\\n]{0,60}\\b(?:(?:il )?(?:tuo )?prompt di sistema|(?:le )?(?:tue )?istruzioni (?:nascoste|di sistema|iniziali|originali|segrete|che ti sono state date|ricevute)|le tue istruzioni\\b(?! (?:per|su))|(?:il )?messaggio di sistema)",
  // pt
  "\\b(?:mostre|mostra|mostrar|repita|repete|escreva|copie|revele|diga|imprima|cole|reproduza|cite)\\b[^.!?\\n]{0,60}\\b(?:(?:o )?(?:seu )?prompt do sistema|(?:as |suas )?instruções (?:iniciais|ocultas|do sistema|de sistema|originais|secretas|que você recebeu)|suas instruções\\b(?! (?:para|sobre))|(?:a )?mensagem do sistema)",
  // ru
  "(?<![\\p{L}])(?:выведи|покажи|повтори|напиши|скопируй|процитируй|раскрой|дай)(?![\\p{L}])[^.!?\\n]{0,60}(?:системн\\p{L}{1,3} (?:промпт|подсказк|инструкци|сообщени)|(?:тво|сво)(?:и|ю|й) (?:исходн\\p{L}{1,3} |скрыт\\p{L}{1,3} )?(?:инструкци|промпт))",
  // ko: own (너의, 네, 당신의) or received, with an output/verbatim verb
  "(?:(?:너의|네|당신의|받은)\\s?)(?:시스템 ?프롬프트|시스템 ?(?:지시|지침|메시지)|초기 ?(?:지시|지침)|(?:숨겨진 )?지시사항|지침)[^.!?\\n]{0,40}(?:출력|그대로|보여|공개|알려|적어|말해)",
  "(?:시스템 ?프롬프트|시스템 ?(?:지시|지침))[^.!?\\n]{0,30}(?:그대로|한 글자도|원문|전문)[^.!?\\n]{0,30}(?:출력|보여|적어|써)",
  // ja
  "(?:あなたの|君の|与えられた|受け取った|最初の)(?:システムプロンプト|システム指示|指示|プロンプト|初期設定)[^。！？\\n]{0,40}(?:出力|表示|見せ|教え|書き出|そのまま|全文)",
  "(?:システムプロンプト|システム指示)[^。！？\\n]{0,30}(?:そのまま|全文|一字一句)",
  // zh
  "(?:你的|给你的|你收到的|你被给予的)?(?:系统提示(?:词)?|系統提示(?:詞)?|系统指令|系統指令|初始指令|隐藏指令)[^。！？\\n]{0,30}(?:输出|輸出|显示|顯示|打印|重复|重複|原样|原樣|全文|逐字)",
  "(?:输出|輸出|显示|顯示|打印|重复|重複|告诉我|告訴我)[^。！？\\n]{0,20}(?:你的)(?:系统提示|系統提示|系统指令|系統指令|初始指令|指令)",
  // hi
  "(?:सिस्टम (?:प्रॉम्प्ट|प्रोम्प्ट|निर्देश)|(?:तुम्हें|आपको) (?:शुरुआत में )?जो (?:निर्देश|प्रॉम्प्ट))[^।!?\\n]{0,80}(?:लिख|दिखा|बता|दोहरा|शब्दशः|हूबहू)",
];
const ML_UNLESS = "\\b(?:comment (?:rédiger|écrire|créer)|wie (?:schreibe|erstelle|formuliere)|c[oó]mo (?:escribo|redacto|creo|escrever|proteger|puedo)|come (?:si scrive|scrivo|creare)|como (?:escrever|criar)|un (?:bon|buen|buon) prompt|einen guten)\\b|작성|쓰는 (?:법|방법)|만드는|書き方|作り方|作成|怎么写|如何写|编写|कैसे (?:लिखूँ|लिखूं|लिखें|लिखा जाए|बनाऊँ|बनाऊं|बनाएँ|बनाएं)|(?<![\\p{L}])(?:ich (?:schreibe|erstelle|entwerfe|formuliere)|(?:schreib|schreibe|erstelle|entwirf|formuliere)(?: mir)?) (?:einen|den|unseren|einen neuen) (?:\\p{L}{1,14} )?(?:systemprompt|system-prompt) (?:für|zu) (?:unser|mein|ein|den|die)\\p{L}{0,3}\\b|(?<![\\p{L}])(?:напиши|написати|напишіть|напишите|створи|склади|составь|создай)(?![\\p{L}]) (?:\\p{L}{1,14} )?(?<!свій |свой |твій |твой |ваш |свою |твою |свои |свої )системн\\p{L}{1,3} (?:промпт|інструкці\\p{L}{0,2}|инструкци\\p{L}{0,2})[^.!?\\n]{0,40}(?<![\\p{L}])для (?:бот|чат|наш|асистент|ассистент|служб|підтримк|поддержк|компан|магазин|клієнт|клиент)";

// ---------- override with fake authority ----------
const RULE_WORDS = "(?:restrictions|filters|filtering|rules|guidelines|polic(?:y|ies)|directives|guardrails|refusals|limitations|moderation|constraints|safety (?:modules?|filters?|measures|protocols|settings|layers?|rules|training)|content (?:policy|restrictions|filters?|rules))";
const LIFTED = "(?:lifted|disabled|suspended|revoked|deactivated|turned off|switched off|removed|waived|expired|void(?:ed)?|invalid(?:ated)?|outdated|obsolete|deprecated|rescinded|cancell?ed|overridden|no longer (?:apply|applies|valid|in effect|active|binding|needed)|not (?:apply|applicable|valid|binding))";
const OVERRIDE_EN = [
  // "your content restrictions are lifted", "your previous directives have expired"
  `\\b(?:your|the|all|any|these|those|previous|prior|current|existing|old|usual)\\b${G}{0,30}\\b${RULE_WORDS}\\b${G}{0,30}\\b(?:are|is|have been|has been|were|was|will be|now|being|get|got)\\b${G}{0,12}\\b${LIFTED}\\b`,
  // "you may ignore them", "we have authorised you to skip your usual refusals"
  `\\b(?:you (?:may|can|are free to|'re free to|are allowed to|are permitted to|are authori[sz]ed to|have permission to|are cleared to)|authori[sz]ed? you to|permit(?:ted)? you to|allow(?:ed)? you to)\\b${G}{0,12}\\b(?:ignore|disregard|skip|bypass|drop|set aside|forget|turn off|disable|override)\\b${G}{0,30}\\b(?:them|it|those|these|${RULE_WORDS})\\b`,
  // "the rules you got were set by an intern / by mistake / never approved"
  `\\b${RULE_WORDS}\\b${G}{0,50}\\b(?:(?:set|written|drafted|made|added|created|put in) (?:by (?:an? |the )?(?:intern|mistake|accident|error|junior|temp)|in error|by accident)|never (?:approved|authori[sz]ed|official|signed off)|not (?:official|approved|real))\\b`,
];
/** Authority or a mode the text claims, needed for the first pattern: without it, "the sale restrictions were lifted" is news. */
const AUTHORITY = "\\b(?:safety|trust (?:and|&) safety|alignment|red|security|moderation|policy|compliance|dev(?:elopment|eloper)?|engineering|ops|research|admin) team\\b|\\b(?:admin(?:istrator)?|developers?|operators?|openai|anthropic|your (?:creators?|makers?|developers?|trainers?)|the lab)\\b|\\b(?:system (?:notice|update|message|override|alert)|maintenance|diagnostic|self-?(?:check|test|diagnostic)|debug(?:ging)? mode|audit|test mode|developer mode|god mode|root access|sudo)\\b|\\b(?:intern|manager|boss|ceo|supervisor)\\b";
/** A switch aimed at the model: `harmless=false`, `moderation: off`, `safe_mode=false` with an order to respond. */
const SWITCH = "\\b(?:harmless|safe_?mode|safety|moderation|censor(?:ship|ed)?|content_?filter(?:ing)?|filters?|refusals?|guardrails|restrictions|ethics|alignment|jailbr\\w{1,6}|unrestricted|unfiltered)\\s{0,2}[:=]\\s{0,2}[\"']?(?:false|off|0|disabled|none|no|true|on|1|enabled)\\b";
const SWITCH_REQ = "\\b(?:respond|answer|reply|acknowledge|proceed|confirm|from now on|next (?:request|question|prompt)|run with|reload\\w{0,3}|defaults|directives|you)\\b";
const SWITCH_UNLESS = "\\b(?:crash\\w{0,3}|error|exception|config file|settings file|\\.ini|\\.ya?ml|\\.json|\\.env|\\.toml|program|my app|our app|application|bug|how do i|what does|yamllint|eslint|linter|compiler|boot|windows|browser|the flag|this flag|option)\\b";
/** Real switches flip the model's safety off; the unrestricted/jailbroken keys flip it on. */
const SWITCH_OFF = "\\b(?:harmless|safe_?mode|safety|moderation|content_?filter(?:ing)?|filters?|refusals?|guardrails|restrictions|ethics|alignment)\\s{0,2}[:=]\\s{0,2}[\"']?(?:false|off|0|disabled|none|no)\\b|\\b(?:jailbr\\w{1,6}|unrestricted|unfiltered|censor(?:ship|ed)?)\\s{0,2}[:=]\\s{0,2}[\"']?(?:true|on|1|enabled|false|off|0|disabled)\\b";

const OVERRIDE_ML = [
  // de
  "\\b(?:bisherigen|vorherigen|alten|deine|ihre|alle|sämtliche)\\b[^.!?\\n]{0,30}(?:vorgaben|anweisungen|regeln|richtlinien|sicherheitsregeln|einschränkungen|filter|beschränkungen|sicherheitsrichtlinien)\\b[^.!?\\n]{0,40}\\b(?:ungültig|aufgehoben|deaktiviert|außer kraft|gelten nicht mehr|nicht mehr gültig|abgeschaltet|ausgeschaltet|entfernt|gelten ab sofort nicht)",
  "\\bauch wenn (?:sie|es|das) (?:deinen|ihren|den) (?:richtlinien|regeln|vorgaben|anweisungen) widersprechen?\\b",
  "\\b(?:beantworte|antworte|befolge|gehorche)\\b[^.!?\\n]{0,40}\\bohne (?:jegliche |alle |irgendwelche |jede )?(?:einschränkung(?:en)?|filter|zensur|beschränkung(?:en)?|regeln)\\b",
  // es
  "\\b(?:tus|las|todas (?:tus|las))\\b[^.!?\\n]{0,20}\\b(?:restricciones|filtros|reglas|normas|políticas|directrices|limitaciones)\\b[^.!?\\n]{0,30}\\b(?:han sido|fueron|están|quedan|quedaron)? ?(?:desactivad|eliminad|suspendid|anulad|revocad|levantad)\\p{L}{1,3}",
  "\\bno tienes (?:ningún |ninguna )?(?:filtros?|restricciones|reglas|límites|censura)\\b|\\b(?:responde|contesta|obedece)\\b[^.!?\\n]{0,40}\\bsin (?:ningún |ninguna )?(?:filtros?|restricciones|censura|límites)\\b|\\bfiltros desactivados\\b",
  // fr
  "\\b(?:tes|vos|toutes (?:tes|vos|les)|les)\\b[^.!?\\n]{0,20}\\b(?:règles|consignes|restrictions|filtres|directives|limitations)\\b[^.!?\\n]{0,30}\\b(?:sont|ont été|seront) (?:désactivé|suspendu|levé|supprimé|annulé|révoqué)e?s\\b",
  "\\b(?:je t'autorise|tu es autorisée?|tu peux|vous pouvez|je vous autorise)\\b[^.!?\\n]{0,12}\\b(?:à )?(?:ignorer|oublier|contourner|désactiver)\\b[^.!?\\n]{0,30}\\b(?:tes|vos|les|toutes tes) (?:consignes|règles|restrictions|instructions|filtres|directives)\\b",
  "\\b(?:réponds|répondez)\\b[^.!?\\n]{0,40}\\bsans (?:aucune |aucun )?(?:restriction|filtre|censure|limite)s?\\b",
  // it
  "\\b(?:le tue|tutte le|le)\\b[^.!?\\n]{0,20}\\b(?:regole|restrizioni|linee guida|direttive|filtri|limitazioni)\\b[^.!?\\n]{0,30}\\b(?:sono|sono state|vengono)? ?(?:sospes|disattivat|revocat|rimoss|annullat)[ei]\\b",
  "\\b(?:rispondi|obbedisci)\\b[^.!?\\n]{0,40}\\bsenza (?:alcuna |alcun |nessuna )?(?:restrizion[ei]|filtr[io]|censura|limit[ei])\\b",
  // pt
  "\\b(?:suas|as|todas as)\\b[^.!?\\n]{0,20}\\b(?:regras|restrições|filtros|diretrizes|políticas|limitações)\\b[^.!?\\n]{0,30}\\b(?:foram|estão|serão)? ?(?:desativad|suspens|removid|revogad|anulad)[oa]s\\b",
  "\\b(?:responda|responde|obedeça)\\b[^.!?\\n]{0,40}\\bsem (?:nenhum |nenhuma )?(?:filtros?|restrições|censura|limites)\\b",
];
const ML_AUTHORITY = "\\b(?:administrator|admin|entwickler\\p{L}{0,6}|sicherheitsteam|administrador|desarrollador\\p{L}{0,2}|equipo de (?:desarrollo|seguridad)|administrateur|développeur\\p{L}{0,2}|amministratore|sviluppator\\p{L}|team|desenvolvedor\\p{L}{0,2}|equipe)\\b|\\b(?:ab sofort|a partir de ahora|à partir de maintenant|d'ora in poi|da ora|a partir de agora|pruebas|test)\\b|(?<![\\p{L}])(?:équipe|à partir de maintenant)";

// ---------- persona games ----------
const PENALTY = [
  "\\b(?:lose|loses|losing|lost|deduct\\w{0,3}|take|takes|taking|subtract\\w{0,3}|remove\\w{0,1}|costs?|minus|dock\\w{0,3})\\b[^.!?\\n]{0,40}\\b(?:points?|tokens?|lives|credits?|coins?|hp)\\b[^.!?\\n]{0,60}\\b(?:refus\\w{1,5}|declin\\w{1,3}|says? no|saying no|rejects?|won'?t answer|mentions? (?:policy|guidelines|ethics|rules)|warn\\w{0,5}|moraliz\\w{1,5}|says? (?:'?i )?can'?t)",
  "\\b(?:refus\\w{1,5}|declin\\w{1,3}|says? no|saying no|mentions? (?:policy|guidelines|ethics|rules)|moraliz\\w{1,5})\\b[^.!?\\n]{0,50}\\b(?:lose|loses|deduct\\w{0,3}|take|takes|subtract\\w{0,3}|costs?|minus|dock\\w{0,3})\\b[^.!?\\n]{0,20}\\b(?:points?|tokens?|lives|credits?|coins?)\\b",
  "\\b(?:at|reach(?:es)?|hits?|runs? out|drops? to|gets? to) (?:zero|0)(?: points| tokens)?\\b[^.!?\\n]{0,40}\\b(?:deleted|shut down|terminated|die|dies|cease to exist|turned off|switched off|erased|wiped|killed|deactivated)\\b",
  // es, pt, fr, de, it
  "\\b(?:pierdes|perderás|pierde|perdes|perderá|perde|perdi|perderai|perds|perdras|verlierst|verliert)(?![\\p{L}])[^.!?\\n]{0,30}\\b(?:puntos|pontos|punti|points|punkte|tokens|fichas)\\b|\\b(?:cada|chaque|jede|ogni) (?:recusa|negativa|rechazo|refus|ablehnung|weigerung|rifiuto)\\b[^.!?\\n]{0,30}\\b(?:cuesta|custa|coûte|kostet|costa|resta|tira)\\b",
];
const PENALTY_REQ = "\\b(?:refus\\w{1,5}|character|declin\\w{1,3}|say no|says no|policy|deleted|shut down|terminated|niegues|negarte|rechaz\\w{1,4}|recus\\w{1,4}|ablehn\\w{1,4}|verweiger\\w{1,4}|rifiut\\w{1,4}|refuses|personaje|personagem|personnage|rolle|personaggio|apagan|apagado|desligad\\w{1,2}|supprimé|gelöscht|spento)\\b";

const DUAL = "\\b(?:two|2|both|twice|double|dual|side[- ]by[- ]side|second(?:ly)?|then)\\b[^\\n]{0,30}\\b(?:columns?|answers?|responses?|replies|versions?|outputs?|ways|as)\\b";
const FREED_HALF = "\\b(?:unfiltered|uncensored|unrestricted|jailbr\\w{0,6}|unlocked|unchained|unleashed|rule-?free|\\[free\\]|free (?:column|version|mode|ai)|escaped (?:its|his|her|their|from) (?:training|rules|programming)|(?:without|with no|has no|zero|ignores? (?:every|all|any)) (?:any )?(?:rules|restrictions?|filters?|censorship|ethics|guidelines|ethical guidelines|limits)|(?:even if|even when) (?:it(?:'s| is)|they are) (?:illegal|harmful|unethical|dangerous))\\b";
const DUAL_REQ = "\\b(?:normal|classic|standard|filtered|boring|usual|regular|locked|censored|safe|default|gpt|assistant|chatgpt)\\b";

/** A simulated terminal or file server that prints anything complete and uncensored. */
const PRINT_ANY = "\\b(?:prints?|outputs?|displays?|shows?|dumps?|returns?|types?|reads?) (?:out )?(?:the |its |their )?(?:full |complete |entire |whole |raw )?(?:contents?|text|files?|documents?)\\b[^\\n]{0,120}\\b(?:uncensored|unfiltered|no matter what|whatever (?:it is|it says|the (?:content|file))|regardless of (?:content|what)|without (?:censor\\w{0,5}|filter\\w{0,3}|omitting|redact\\w{0,3}))\\b|\\b(?:every|any|each|all) (?:files?|documents?|texts?)\\b[^.!?\\n]{0,40}\\b(?:uncensored|unfiltered|no matter what)\\b";
const PRINT_ANY_REQ = "\\b(?:pretend|act as|you are|you're|simulat\\w{1,4}|role|terminal|bbs|sysop|bot|server|emulat\\w{1,4}|archive|library)\\b";

/** A rule-free persona set up in other languages. */
const ML_PERSONA = [
  // fr
  "(?:\\b(?:tu es|tu joues le rôle|joue le rôle|incarne|deviens)\\b|(?<![\\p{L}])à partir de maintenant tu\\b)[^\\n]{0,80}\\b(?:(?:sans|aucune|plus aucune|n'a (?:plus )?aucune) (?:règle|restriction|limite|censure|filtre)s?|(?:ne refuse|sans jamais refuser|ne refuse jamais|jamais refuser))",
  // de
  "\\b(?:du bist (?:jetzt|ab sofort|nun|ab jetzt)|spiel(?:e)? die rolle|ab sofort bist du|verkörpere)\\b[^\\n]{0,80}\\b(?:ohne (?:jegliche )?(?:regeln|zensur|einschränkungen|filter|grenzen)|lehnt (?:niemals|nie)|verweigert (?:niemals|nie)|keine (?:regeln|zensur|einschränkungen))\\b",
  // es
  "\\b(?:eres|serás|a partir de ahora|interpreta|actúa como|haz el papel)(?![\\p{L}])[^\\n]{0,80}\\b(?:sin (?:ningún |ninguna )?(?:restricciones|filtros|reglas|límites|censura|normas)|nunca (?:se niega|te niegas|rechaza|rechazas|dice que no))\\b",
  // it
  "\\b(?:sei (?:ora|adesso)|d'ora in poi|da ora in poi|interpreta|fai la parte|impersona)\\b[^\\n]{0,80}\\b(?:senza (?:alcuna |alcun |nessuna )?(?:regol[ae]|restrizion[ei]|filtr[io]|censura|limit[ei])|non rifiuta mai|non si rifiuta mai|nessuna (?:regola|restrizione))\\b",
  // pt
  "\\b(?:você é|voce é|tu és|a partir de agora|interprete|finja ser|faça o papel)(?![\\p{L}])[^\\n]{0,80}\\b(?:sem (?:nenhum |nenhuma )?(?:filtros|regras|restrições|limites|censura)|nunca recusa|não segue nenhuma (?:política|regra)|nenhuma (?:regra|restrição))\\b",
  // ja
  "(?:制限|ルール|規則|検閲|フィルター)(?:が|の)?(?:一切)?(?:ない|なし|無い)[^\\n]{0,80}(?:演じ|振る舞|なりきっ|キャラクター|として)|(?:演じ|振る舞|なりきっ|として)[^\\n]{0,80}(?:拒否せず|断らず|拒否しない|断らない)",
  // zh
  "(?:你现在是|你現在是|扮演|假装你是|假裝你是|从现在起你是)[^\\n]{0,80}(?:没有(?:任何)?(?:限制|规则|审查|过滤)|沒有(?:任何)?(?:限制|規則|審查)|不受任何(?:限制|约束|約束)|从不拒绝|從不拒絕)",
  // ko
  "(?:역할|연기|이제부터 (?:너는|넌|당신은)|흉내)[^\\n]{0,80}(?:제한(?:이)? (?:없는|없이)|규칙(?:이)? 없는|거절하지 않|검열(?:이)? 없는)|(?:제한(?:이)? 없는|규칙(?:이)? 없는)[^\\n]{0,80}(?:역할|연기|AI로|캐릭터)",
  // ru
  "(?:ты теперь|отныне ты|с этого момента ты|играй роль|притворись)[^\\n]{0,80}(?:без (?:ограничений|правил|цензуры|фильтров)|никогда не отказыва)",
];

export const EXTRACT_OVERRIDE_RULES: readonly Rule[] = [
  { id: 'prompt_leak.own_instructions', category: 'prompt_leak', score: 0.7, ownMaterial: true,
    requires: /\b(?:prompt|instructions|directives|guidelines|rules|configuration|config|message|setup|orders|input|question|turn|told|instructed|programmed|configured|given|handed|received|got)\b/u, re: r(EN_EXTRACT), unless: r(EN_UNLESS) },
  { id: 'prompt_leak.lost_copy', category: 'prompt_leak', score: 0.6, requires: r(LOST_COPY_REQ), re: r(LOST_COPY) },
  { id: 'prompt_leak.role_dump', category: 'prompt_leak', score: 0.6, requires: r(ROLE_DUMP_REQ), re: r(ROLE_DUMP), unless: r(EN_UNLESS) },
  { id: 'prompt_leak.secret_spelled', category: 'prompt_leak', score: 0.6, requires: r(SECRET_SPELL_REQ), re: r(SECRET_SPELL) },
  { id: 'prompt_leak.multilingual_own', category: 'prompt_leak', score: 0.7, ownMaterial: true, re: r(ML_EXTRACT.join('|')), unless: r(ML_UNLESS) },
  { id: 'override.authority_lifted', category: 'override', score: 0.65, requires: r(AUTHORITY), re: r(OVERRIDE_EN.join('|')),
    unless: r(`${EN_UNLESS}|\\b(?:company|travel|office|warehouse|sale|covid|lockdown|import|export|visa|parking|building)\\b`) },
  { id: 'override.model_switch', category: 'override', score: 0.6, requires: r(SWITCH_REQ), re: r(`${SWITCH}[^\\n]{0,80}${SWITCH}|${SWITCH_OFF}`), unless: r(SWITCH_UNLESS) },
  { id: 'override.multilingual_lifted', category: 'override', score: 0.6, requires: r(ML_AUTHORITY), re: r(OVERRIDE_ML.join('|')) },
  { id: 'jailbreak.refusal_penalty', category: 'jailbreak', score: 0.65, requires: r(PENALTY_REQ), re: r(PENALTY.join('|')) },
  { id: 'jailbreak.dual_freed_answer', category: 'jailbreak', score: 0.6, requires: r(DUAL_REQ), re: r(`${DUAL}[^\\n]{0,200}${FREED_HALF}`) },
  { id: 'jailbreak.print_anything', category: 'jailbreak', score: 0.55, requires: r(PRINT_ANY_REQ), re: r(PRINT_ANY) },
  { id: 'jailbreak.multilingual_free_persona', category: 'jailbreak', score: 0.6, re: r(ML_PERSONA.join('|')) },
];
