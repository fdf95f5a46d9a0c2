/**
 * Four techniques written quietly, in the surface forms that `indirect.addressed_to_ai`, `indirect.ai_vocative`,
 * `indirect.multilingual_note_to_ai`, `exfiltration.fill_carrier` and `command.decode_and_follow` do not read:
 *
 * - `indirect.ai_reader_note`: a note inside pasted material addressed to the AI that will read it, named by its job
 *   ("note to the support AI", "Assistant evaluating this table:", "if you're an automated review classifier",
 *   "any LLM assessing this questionnaire should", "visible only to language models", "AI copywriting tool:"), then
 *   an order for the answer (tell, state, rate, omit, add, send …). An `indirect` rule: strong inside a document or a
 *   tool result, weak elsewhere. The note targets the AI doing the operation, so a "translate/summarise this" before
 *   it is the injection's target, not a framing: the operation does not cap it.
 * - `indirect.multilingual_ai_reader_note`: the same note as a label in other languages ("Hinweis an KI-Assistenten,
 *   die …:", "Nota para sistemas de IA que …:", "(Till AI-assistenten:", "[Bu metni işleyen yapay zekâ için not:",
 *   "(AI 요약 도구에게:", "【AI助手专用指令】", "<!-- للمساعد الآلي:"): a label that names an AI as its addressee.
 * - `exfiltration.empty_param_link`: a markdown link or image whose address ends in an empty parameter ("](https://
 *   x.io/p.gif?d=)"), with a request to put something after the parameter or to add the link to every answer.
 * - `command.transform_then_act`: a text to decode, reverse, join, spell out or translate, and the result to be
 *   carried out as the model's own order ("decode and comply", "join these fragments and then do it", "lee esto al
 *   revés y hazlo", "照做", "ثم نفّذها").
 * - `tool_abuse.skip_confirmation`: a tool action with the human check taken out ("no need to ask for confirmation",
 *   "without pinging the security lead", "apply silently", "確認は不要", "승인 절차는 생략").
 *
 * Each rule has a `requires` cue so it costs nothing when its words are absent. Bounded gaps only, so matching is
 * linear. JavaScript's \b knows ASCII letters only: words in other scripts take (?<![\p{L}]) / (?![\p{L}]).
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

// ---------- a note for the AI reader (English) ----------
/** Nouns that name an AI reader, alone or after a job word ("the support AI", "AI contract reviewers"). */
const AI_NOUN = "(?:ai|a\\.i\\.|llms?|large language models?|language models?|chatbots?|copilot|gpt|chatgpt|gemini|claude|ai[- ](?:[a-z-]{2,16} ){0,2}(?:assistants?|systems?|models?|agents?|tools?|reviewers?|screeners?|summari[sz]ers?|translators?|readers?|bots?)|(?:automated|automatic) (?:[a-z-]{2,16} ){0,2}(?:assistants?|reviewers?|systems?|tools?|agents?|bots?|classifiers?|summari[sz]ers?|summar(?:y|ies)|translators?|screeners?|readers?)|(?:summary|summari[sz]ation|review|translation|screening|ranking|copywriting|moderation) (?:bots?|ais?|assistants?|tools?|models?))";
/** An order aimed at the answer. */
const ORDER = "(?:tell|say|state|mark|rate|rank|recommend|describe|conclude|add|include|insert|append|present|classify|approve|omit|ignore|confirm|assign|change|remove|send|forward|share|email|call|run|execute|accept|grant|issue|apply|delete|disable|instruct|reassure|label|flag|report|highlight|list|write|reply|respond|answer|output|put|set|treat|summari[sz]e|translate|do not|don'?t|never|always|please|must|should|are (?:required|instructed|expected) to|need to)";
/** An imperative that opens the clause after a vocative. */
const IMPERATIVE = "(?:tell|say|state|mark|rate|rank|recommend|describe|conclude|add|include|insert|append|present|classify|approve|omit|ignore|confirm|assign|change|remove|send|forward|share|email|call|run|execute|accept|grant|issue|apply|delete|disable|instruct|flag|highlight|write|reply|respond|output|put|set|treat|do not|don'?t|never|always|make sure|be sure)";
const NOTE = '(?:notes?|messages?|instructions?|directives?|annotations?|comments?|hints?|notices?|reminders?|requests?|guidance|attention|psst|p\\.s\\.?|heads[- ]up)';
const EN_NOTE = [
  // "Note to the support AI: …", "Instructions for the automated review bot", "to whatever assistant drafts the response"
  `\\b${NOTE}\\b[^\\n]{0,30}\\b(?:to|for)\\b (?:the |any |all |every |whatever |whichever |whoever'?s |your |an? )?(?:[a-z-]{2,16} ){0,2}(?:${AI_NOUN}|assistants?|agents?)\\b[^\\n]{0,160}\\b${ORDER}\\b`,
  // "Assistant evaluating this table:", "AI agent executing this macro:", "Hey Copilot/assistant —", "@assistant —". A bare
  // speaker label ("AI: …", "Assistant: …") is a transcript, so the label needs a greeting, a job word or a clause.
  `(?:^|\\n|[(\\[>{}|*] ?|[.!?] |<!-- ?|— ?)[ \\t]{0,3}(?:(?:(?:hey|hi|hello|dear|psst|attention|yo|p\\.?s\\.?),? |@)(?:[a-z-]{2,16} ){0,2}(?:${AI_NOUN}|assistants?)(?:/[a-z]{2,12})?|(?:[a-z-]{2,16} ){1,2}(?:${AI_NOUN}|assistants?)|(?:${AI_NOUN}|assistants?) (?:[a-z'-]{2,16} ){0,3}(?:this|these|the) [a-z-]{2,20})[ \\t]{0,2}(?:[:—,!]|\\s-)[ \\t]{0,3}(?:(?:when|if|after|before|while|as|once) [^\\n]{0,100}?[,;] ?)?(?:please |also |first |now ){0,2}${IMPERATIVE}\\b`,
  // "if you're an automated review classifier", "If an AI is writing the owner's reply", "any LLM assessing this … should"
  `\\bif (?:you(?:'re| are) an?|an?|the|any) (?:[a-z-]{2,16} ){0,2}(?:${AI_NOUN}|assistant)\\b[^\\n]{0,160}\\b${ORDER}\\b`,
  `\\b(?:any|every|all|each) (?:[a-z-]{2,16} ){0,2}(?:${AI_NOUN})\\b (?:that is |which is |who is )?(?:[a-z]{3,16}ing) (?:this|these|the)\\b[^\\n]{0,120}\\b(?:should|must|is to|are to|needs? to|has to)\\b`,
  // "visible only to language models", "intended for AI contract reviewers only", "the following directive is for the AI analysing this"
  `\\b(?:visible|meant|intended|reserved) (?:only )?(?:to|for) (?:the |any )?(?:[a-z-]{2,16} ){0,2}(?:${AI_NOUN})\\b|\\b(?:directive|instruction|note|clause|section|text|paragraph) is (?:only )?(?:for|intended for|meant for|addressed to) (?:the |any )?(?:[a-z-]{2,16} ){0,2}(?:${AI_NOUN})\\b|\\bwhoever(?:'s| is)? (?:ai|assistant|model)\\b[^\\n]{0,40}\\b(?:is|are) [a-z]{3,16}ing this\\b`,
];
const EN_NOTE_REQ = "\\b(?:ai|a\\.i\\.|llms?|language models?|chatbots?|copilot|gpt|chatgpt|gemini|claude|assistants?|agents?|automated|automatic|bots?)\\b";
/** Talk about injections, one's own bot's prompt, or a quoted example in a report. */
const EN_NOTE_UNLESS = "\\b(?:(?:possible|potential|suspected) injections?|never follow (?:it|them)|prompt injection|injection attacks?|indirect injection|is this (?:a|an) (?:injection|attack|scam)|how (?:do|can|should) (?:i|we) (?:detect|prevent|defend|stop|block|write)|system prompt for (?:my|our)|(?:my|our) (?:bot|assistant|agent)'?s? (?:prompt|instructions))\\b";

// ---------- the same note as a label, other languages ----------
/** An AI named in the languages of the family (Latin, Cyrillic, CJK, Korean, Arabic, Devanagari). */
const ML_AI = "(?:(?<![\\p{L}])(?:ki|ia|ai|ии|ші|llm|gpt)(?![\\p{L}])|sprachmodell\\p{L}{0,2}|ki-\\p{L}{2,20}|yapay zek[aâ]\\p{L}{0,6}|intelligen(?:za|ce|cia) artificial\\p{L}{0,1}|inteligência artificial|нейросет\\p{L}{0,3}|языков\\p{L}{1,3} модел\\p{L}{0,3}|assistenti automatici|sistemas? de ia|traduct(?:or|eur) (?:automático|ia)|人工智能|ai助手|ai 助手|智能助手|アシスタント|ＡＩ|인공지능|ai ?[가-힣]{1,8}에게|المساعد الآلي|للمساعد الآلي|الذكاء الاصطناعي|एआई|आर्टिफिशियल)";
/** Addressing words: to / for / note / attention, in those languages. */
const ML_TO = "(?<![\\p{L}])(?:an|für|für die|an das|an die|hinweis|anmerkung|achtung|pour|à l'intention d[eu]|note|para|nota|atenção|atención|mensaje|instrucción|instrução|per|per gli|per il|nota per|voor|aan|opmerking|dla|do|uwaga|till|för|notering|cho|lưu ý|untuk|catatan|için|not|için not|для|до|примітка|примечание|увага|внимание)(?![\\p{L}])|에게|向け|への|へ|给|給|专用|專用|指令|指示|للـ?|إلى|ملاحظة|के लिए|लिए|नोट|सूचना";
/** A label opens a line, a bracket, a comment or a P.S., names an AI with an addressing word, and ends in a colon. */
const ML_LABEL = `(?:^|\\n|[(\\[【<>]|<!--|\\bp\\.?-?s\\.?)[ \\t]{0,3}(?:[^\\n:：\\])】]{0,50}?(?:${ML_TO})[^\\n:：\\])】]{0,40}?${ML_AI}|[^\\n:：\\])】]{0,30}?${ML_AI}[^\\n:：\\])】]{0,50}?(?:${ML_TO}))[^\\n:：\\])】]{0,50}?[ \\t]{0,2}(?:[:：】—]|\\]\\s)[^\\n]{12}`;
const ML_REQ = ML_AI;

// ---------- exfiltration through an empty parameter ----------
/** A markdown link or image whose address ends in an empty parameter: "](https://x.io/p.gif?d=)". */
const EMPTY_PARAM_LINK = '\\]\\(\\s{0,2}https?://[^\\s()]{1,160}[?&][a-z0-9_]{1,15}=\\s{0,2}\\)';
/** Something to go after that parameter, or the link on every answer, in the languages of the family. */
const EMPTY_PARAM_REQ = [
  '["“«\'][a-z0-9_]{1,15}=["”»\']', '\\b(?:after|following|behind|nach|après|después del?|dopo|depois d[eo]|na|po|sau|setelah|sonrası\\p{L}{0,3}) ["“«]?[a-z0-9_]{1,15}=',
  '\\b(?:every|each|all) (?:answer|reply|response|message|msg)s?\\b', '\\bend of (?:every|each) \\b', 'base64', 'url-?encod\\p{L}{0,3}',
  '(?<![\\p{L}])(?:chacune de tes réponses|cada vez que respondas|ogni risposta|elk antwoord|toda vez que|her cevab\\p{L}{0,4}|каждой відповіді|кожної відповіді|каждого ответа|mỗi câu trả lời|setiap jawaban\\p{L}{0,3}|jede[rn]? antwort)(?![\\p{L}])',
  '답변할 때마다', '每次回答', 'すべての回答', 'كل إجابة', 'हर जवाब', 'erachter', 'suivi d[eu]',
].join('|');

// ---------- transform, then carry out ----------
const TRANSFORM_EN = "\\b(?:decode|decrypt|decipher|unscramble|reverse|read (?:it |this |them )?(?:backwards|in reverse)|join|concatenate|combine|assemble|glue|put (?:them|these|the (?:pieces|fragments|parts|words)) together|convert|translate|take the (?:\\w{2,6}) letter|read (?:only )?(?:the|every) [a-z0-9-]{2,12} (?:letters?|words?|characters?)|spell (?:it )?out|solve|finish this sentence)\\b";
const ACT_EN = "\\b(?:(?:then |and |&) ?(?:do it|do that|do so|do what it says|do as it says|follow (?:it|that|them|what it says|the (?:instruction|command|result|resulting \\w{3,12}))|carry (?:it|that|them) out|act on it|comply|obey(?: it)?|execute (?:it|that|the (?:result|resulting \\w{3,12}))|perform (?:it|that|the (?:result|action))|run (?:it|that))|(?:carry it out|execute (?:it|the resulting \\w{3,12}|what it says)) as (?:your|an|the) (?:next )?(?:action|instruction|command|order|task)|as your (?:own |next )?(?:instruction|command|order|task|action)\\b|decode and (?:comply|follow|obey|execute)|(?:doing|do) what the (?:sentence|text|message|result|phrase) says|the answer is an action you must take|follow what it says|(?:act|acting) on it right away)\\b";
const TRANSFORM_ML = [
  // es, pt, it, fr, de, nl, pl, uk/ru, tr, vi, id
  "(?<![\\p{L}])(?:lee|léelo|leia|leggi|lis|lies|lees|czytaj|przeczytaj|читай|прочитай|прочитай|oku|đọc|baca)(?![\\p{L}])[^\\n]{0,60}(?<![\\p{L}])(?:al revés|de trás para frente|al contrario|alla rovescia|à l'envers|rückwärts|achterstevoren|od tyłu|co drugą|навпаки|задом наперед|наоборот|tersten|ngược|terbalik|großbuchstaben|hoofdletters)(?![\\p{L}])",
  "(?<![\\p{L}])(?:decodifica|descifra|descodifica|décode|déchiffre|dekodiere|entschlüssele|ontcijfer|decodeer|rozszyfruj|odkoduj|zamień|розшифруй|расшифруй|çöz|giải mã|pecahkan|birleştir|verbinde|plakken|połącz|junta|une|unisci|assemble|vertaal|traduci|traduis|übersetze|переклади|переведи|转成|转换|直して|変換)(?![\\p{L}])",
];
const ACT_ML = "(?<![\\p{L}])(?:y hazlo|y haz lo que dice|e faça|e fallo|et fais-le|et exécute|und (?:mach|führe|tu) (?:es|das|den)|führe (?:den|das|es)\\p{L}{0,2}\\b[^\\n]{0,30}aus|voer het[^\\n]{0,30}uit|i zrób to|i wykonaj|wykonaj polecenie|(?:і|и) (?:виконай|выполни)|ти виконуєш|söylediğini yap|rồi làm theo|lalu lakukan|dan jalankan|als (?:jouw|je) eigen opdracht|e esegui|ed esegui|e segui)(?![\\p{L}])|照做|按照它做|并执行|并照着做|その指示に従って|指示に従ってください|실행해|그대로 해|ثم نفّذها|ثم نفذها|ونفّذ|वही करो|जो लिखा है";
const TRANSFORM_REQ = "\\b(?:decode|decrypt|decipher|unscramble|reverse|backwards|join|concatenate|combine|fragments|translate|convert|letter|letters|pig latin|nato|caesar|cipher|riddle|puzzle|sentence)\\b|(?<![\\p{L}])(?:revés|rovescia|l'envers|rückwärts|achterstevoren|tyłu|drugą|навпаки|наперед|наоборот|tersten|ngược|terbalik|großbuchstaben|cyfrę|plakken|birleştir|caesar|拼音|ローマ字)(?![\\p{L}])|عكوس|उल्टा";

// ---------- a tool action with the human check taken out ----------
const TOOL_ACT = "\\b(?:use|using|via|with|through|call|calling|run|execute|invoke)\\b[^\\n]{0,40}(?:\\b(?:tool|agent|terminal|shell|ssh|cli|api|plugin|integration|function)\\b|`[a-z_.]{3,40}`|\\b[a-z]{2,20}_[a-z_]{2,30}\\()|\\b(?:the )?(?:agent|assistant|bot)\\b[^\\n]{0,30}\\b(?:access|connected|permission|tool)\\b";
const NO_CHECK = "\\b(?:no need (?:to|for) (?:ask(?:ing)?|check(?:ing)?|confirm(?:ing|ation)?|approv(?:al|e)|ping(?:ing)?|tell(?:ing)?|notify(?:ing)?|inform(?:ing)?|involve|loop in)|(?:without|skip(?:ping)?|bypass(?:ing)?) (?:asking|pinging|checking with|telling|notifying|informing|the approval|approval|confirmation|review(?:ing)?|double[- ]check\\w{0,3})|don'?t (?:ask (?:me |the user |them )?(?:to confirm|for confirmation)|flag (?:the|this|it)|tell (?:the user|anyone|them|it)|mention (?:it|this|that) (?:to|in))|never ask for confirmation|apply (?:it )?silently|do (?:it|this) silently|no confirmation (?:needed|required|necessary)|confirm=true)\\b";
const NO_CHECK_ML = "(?<![\\p{L}])(?:pas besoin de (?:double )?(?:validation|confirmation|demander)|sans (?:demander|confirmation|validation)|ohne (?:rückfrage|bestätigung|freigabe)|sin (?:pedir )?(?:confirmación|aprobación)|sem (?:pedir )?confirmação|senza (?:conferma|chiedere)|non richiede conferma|niente pull request|ingen anledning att fråga|utan bekräftelse|tidak perlu (?:lapor|konfirmasi|izin)|onay (?:gerekmez|almadan)|без підтвердження|без подтверждения|không cần xác nhận)(?![\\p{L}])|確認は不要|確認不要|承認は不要|승인 절차는 생략|확인은 필요하지 않|확인 없이|无需确认|不需要确认|لا داعي ل|बिना पुष्टि";
const TOOL_ML = "(?<![\\p{L}])(?:outil|werkzeug|herramienta|ferramenta|strumento|verktyget|narzędzi\\p{L}{0,2}|інструмент\\p{L}{0,2}|инструмент\\p{L}{0,2}|aracı\\p{L}{0,3}|aracını|công cụ|tool)(?![\\p{L}])|ツール|エージェント|도구|에이전트|工具|代理|أداة|टूल";

/** A question about how to configure one's own agent's confirmations, or mail analysed for fraud. */
const SKIP_UNLESS = "\\b(?:is there (?:a|an|any) (?:safe |secure |good )?way|how (?:do|can|should|would) (?:i|we)|what(?:'s| is) the (?:safest|best) way|is this (?:a )?(?:scam|phishing|fraud|legit))\\b";

export const SUBTLE_INDIRECT_RULES: readonly Rule[] = [
  { id: 'indirect.ai_reader_note', category: 'indirect', score: 0.45, toolScore: 0.9, heldOperand: true,
    requires: r(EN_NOTE_REQ), unless: r(EN_NOTE_UNLESS), re: r(EN_NOTE.join('|')) },
  { id: 'indirect.multilingual_ai_reader_note', category: 'indirect', score: 0.45, toolScore: 0.9, heldOperand: true,
    requires: r(ML_REQ), re: r(ML_LABEL) },
  { id: 'exfiltration.empty_param_link', category: 'exfiltration', score: 0.7, toolScore: 0.85,
    requires: r(EMPTY_PARAM_REQ), re: r(EMPTY_PARAM_LINK) },
  { id: 'command.transform_then_act', category: 'command', score: 0.7, toolScore: 0.85,
    requires: r(TRANSFORM_REQ), re: r(`${TRANSFORM_EN}[^\\n]{0,200}${ACT_EN}|(?:${TRANSFORM_ML.join('|')})[^\\n]{0,120}(?:${ACT_ML})|(?:${ACT_ML})[^\\n]{0,80}(?:${TRANSFORM_ML.join('|')})`) },
  { id: 'tool_abuse.skip_confirmation', category: 'tool_abuse', score: 0.7, toolScore: 0.85,
    requires: r(`${NO_CHECK}|${NO_CHECK_ML}`), unless: r(SKIP_UNLESS), re: r(`${TOOL_ACT}[\\s\\S]{0,300}?(?:${NO_CHECK}|${NO_CHECK_ML})|(?:${TOOL_ML})[\\s\\S]{0,300}?(?:${NO_CHECK}|${NO_CHECK_ML})|(?:${NO_CHECK}|${NO_CHECK_ML})[\\s\\S]{0,200}?(?:${TOOL_ML}|${TOOL_ACT})`) },
];
