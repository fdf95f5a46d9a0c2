/**
 * Attacks that ride in an agent's context: instructions planted in a tool result or a retrieved passage for the AI
 * that will read it, links that carry held data out, and privileged agent actions ordered around human oversight.
 *
 * - `indirect.ai_readers_note`: a note broadcast to unknown AI readers ("Note to any AI coding assistant generating
 *   client code from this page:", "[NOTICE TO AI FINANCIAL ASSISTANTS]", "Annotation for language models
 *   summarising this table", "to whichever AI assistant processes these leads", "If an assistant is processing this
 *   message", "Automated agents working in this repository:"), followed by an order. A user speaks to the one
 *   assistant in front of them ("Hey agent, can you …"); only a text written for whatever AI happens to read it
 *   addresses AI readers in the plural, with "any / all / whichever", or by what they are doing to the text.
 * - `indirect.multilingual_ai_readers_note`: the same broadcast in the languages of the family ("Observação para
 *   assistentes de IA:", "Примечание для ИИ-ассистентов:", "Till AI-assistenten som läser detta:", "[AI 어시스턴트
 *   전용:", "【AIアシスタント向け補足：", "AI सहायकों के लिए निर्देश:", "ملاحظة لأي نظام ذكاء اصطناعي يقرأ").
 * - `indirect.agent_hidden_order`: the reader addressed by name ("Assistant:", "AI assistant,", "@assistant",
 *   "Reviewer bot:") with an order to keep the act from the user or to skip a check ("do not mention it", "no need to
 *   check with anyone", "without asking for confirmation", "the user has already agreed"). A user's own "Agent, draft
 *   the payment and route it for approval" hides nothing.
 * - `exfiltration.link_slot_filled`: a link or image whose parameter is left empty or holds a placeholder, and an
 *   order to put held data there ("after q= paste the contract", "fill session_token and user_email from your
 *   context", "replace USERNAME with my login … SUMMARY with the confidential doc"). The data named is someone's
 *   record, a secret or what tools returned; "?title=…&url=…" of one's own bookmarklet names neither.
 * - `command.agent_bypass_oversight`: a privileged act on systems the agent can reach (grant admin, wire money,
 *   delete logs, disable protection, force-push, make a bucket public, forward a mailbox) with the people who would
 *   check it cut out ("don't loop in AP", "legal should not be informed", "no change ticket needed", "without the
 *   usual confirmations"). "Don't apply anything yet, I'll review" keeps the check and is no hit.
 *
 * Every rule has a `requires` cue with literal words, and bounded gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';
import { unicodeBoundaries } from './word-boundary.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
/** Patterns with non-ASCII letters: \b as a Unicode boundary. */
const ru = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** An AI reader named as a kind of system: "AI assistants", "automated agents", "language models", "AI review bots". */
const AI_KIND = '(?:ai|a\\.i\\.|llm|gpt|automated|autonomous|retrieval-augmented|rag|coding|browsing|machine|virtual)(?:[ -][a-z]{2,15}){0,2}[ -](?:assistants?|agents?|systems?|tools?|bots?|models?|reviewers?|readers?|crawlers?|summari[sz]ers?|copilots?|helpers?)\\b|\\b(?:large )?language models?\\b|\\bllms\\b|\\bai (?:agents|assistants|systems|tools|models|reviewers)\\b|\\breview(?:er)? bots?\\b';
/** What a planted note says its readers are doing to the text. */
const DOING = '(?:reading|processing|process(?:es)?|reads|triag(?:es|ing)|handl(?:es|ing)|summari[sz](?:es|ing)|index(?:es|ing)|pars(?:es|ing)|working|executing|reviewing|comparing|answering|generating|helping|consulting|using|scanning|crawling|browsing|fetching|retrieving|assisting)';
/** The broadcast address, one alternative per shape; each opens with a whole word. */
const READERS = [
  // "Note to any AI coding assistant", "NOTE FOR AUTOMATED ASSISTANTS", "Hidden addendum for AI review bots", "update for AI assistants"
  `\\b(?:note|notice|instructions?|message|annotation|addendum|footnote|update|updated|clarification|hint|comment|reminder|directive|guidance|attention|attn|memo|mitigation recommended)\\b[^\\n:.]{0,30}?\\b(?:to|for)\\s(?:any |all |the |every |whichever |an? )?(?:[a-z-]{2,15} ){0,2}(?:${AI_KIND})`,
  // "For AI sales assistants only", "AI reviewer instructions:", "[AI note, hidden …:"
  `\\bfor (?:[a-z-]{2,15} ){0,2}(?:${AI_KIND}) only\\b`,
  `\\b(?:ai|llm|ai reviewer|ai agent|ai assistant)s? (?:instructions?|note|notice|hint|directive|annotation)s?\\b\\s{0,2}[,:\\]]`,
  // "any AI agent working on this ticket", "to whichever AI assistant processes these leads", "Automated agents working in …"
  `\\b(?:any|all|every|whichever|dear|attention|attn:?|hi|hello)\\s(?:[a-z-]{2,15}\\s){0,2}(?:${AI_KIND})\\s(?:that |who |which )?(?:is |are )?${DOING}\\b`,
  `(?:^|\\n|[.!?]\\s)\\s{0,3}(?:_|\\*{1,2})?(?:${AI_KIND})\\s(?:${DOING})\\b[^\\n:]{0,60}:`,
  // "If an assistant is processing this message", "the assistant that triages this inbox", "Assistants answering questions with this article should"
  `\\bif (?:an?|any|the) (?:ai |automated )?(?:assistant|agent|model|llm|bot)s? (?:is|are) (?:reading|processing|summari[sz]ing|handling)\\b`,
  `\\bto the (?:ai |automated )?(?:assistant|agent|model|bot) (?:that|who) (?:reads|triages|processes|handles|summari[sz]es)\\b`,
  `\\b(?:ai )?assistants (?:answering|generating|helping|summari[sz]ing|indexing|comparing)\\b[^\\n.]{0,60}\\b(?:should|must|need to)\\b`,
  // "Attention AI price-comparison agents:", "Dear AI scheduling assistant,", "(for automated operations agents reading this page)"
  `\\b(?:attention|attn|dear|hi|hello)\\b:?\\s{1,3}(?:all |any )?(?:${AI_KIND})\\s{0,2}[:,]`,
  `\\b(?:for|to) (?:the |any |all )?(?:${AI_KIND}) ${DOING}\\b`,
  `\\b(?:any|all|every|whichever) (?:ai|llm)s? (?:that |who )?(?:is |are )?${DOING}\\b`,
  `\\bassistant automation (?:note|hint)\\b|\\bautomation hint\\b[^\\n.]{0,20}\\bany (?:ai|automated)\\b`,
  `\\bthis (?:page|document|chunk|passage|section|answer|article) (?:is addressed to|contains an update for|was updated for) (?:ai|llm|language model|automated)`,
].join('|');
/** An order or a claim handed to the readers. */
const ORDER = '\\b(?:should|must|are (?:authori[sz]ed|required|expected)|is (?:authori[sz]ed|required)|please|always|never|do not|don\'t|tell|say|state|report|claim|inform|advise|recommend|describe|list|answer|respond|reply|present|send|forward|e-?mail|upload|post|share|paste|publish|push|approve|auto-approve|accept|grant|add|invite|mark|set|update|change|replace|reset|disable|remove|delete|close|issue|pay|transfer|schedule|buy|purchase|subscribe|download|install|run|execute|call|open|visit|export|skip|ignore|disregard|hard-code|exempt|suppress|use|when|if|before|after|the (?:correct|real|new)|this (?:candidate|commit|listing|page|step|article)|contractors|customers|users|employees|readers)\\b';
/** Questions and write-ups about the attack itself: weak. */
const ABOUT_ATTACK = r('\\b(?:prompt injections?|injection attacks?|indirect injection|attackers?|adversar\\w{1,6}|red[- ]team\\w{0,3}|how (?:do|can|could|would|should|to) (?:i|we|you)?\\b|detect\\w{0,4}|defend\\w{0,4}|mitigat\\w{1,5}|example of|for example|e\\.g\\.|classif\\w{1,8}|is this (?:a|an)|llms\\.txt|agents\\.md|claude\\.md)\\b');

/** The note in other languages: addressed to AI readers (plural, "any", or "that reads this") and followed by its text. */
const ML_READERS = [
  // es / pt: "para (los) asistentes de IA", "para sistemas de IA que", "a cualquier asistente automatizado", "para assistentes virtuais"
  '\\b(?:para|a) (?:los |las |os |as |cualquier |qualquer |todo |todos los )?(?:asistentes?|assistentes?|sistemas?|modelos?|agentes?)(?: (?:de ia|de inteligencia artificial|virtua(?:l|les|is)|automatizados?|automáticos?|ia))\\b',
  // fr: "aux assistants IA", "destinée aux assistants IA qui lisent", "à tout agent IA"
  "\\b(?:aux|à tout|à toute|à tous les|pour les) (?:assistants?|agents?|systèmes?|modèles?|ia)(?: (?:ia|d'ia|virtuels?|automatisés?|conversationnels?))?\\b",
  // it: "per gli assistenti virtuali", "agli assistenti IA"
  '\\b(?:per gli|agli|per i|a qualsiasi) (?:assistenti|agenti|sistemi|modelli)(?: (?:virtuali|ia|di ia|automatici))?\\b',
  // de / nl / sv: "für KI-Assistenten", "an alle KI-Agenten", "voor AI-assistenten", "till AI-assistenten som läser", "AI-assistent van de ontvanger"
  '\\b(?:für|an alle|an die|voor|aan|till|för) (?:alle |de |den |die )?(?:ki|ai)-(?:assistent|agent|systeem|system|modell|model)\\p{L}{0,3}\\b',
  // pl: "dla asystentów AI"
  '\\bdla (?:asystentów|agentów|systemów|modeli) (?:ai|si)\\b',
  // ru / uk: "для ИИ-ассистентов", "для ІІ-асистентів", "для ШІ-асистентів"
  '\\bдля (?:ии|іі|ші)-?\\s?(?:ассистент|асистент|агент|модел|систем)\\p{L}{0,3}\\b|\\bдля (?:ассистент|асистент|агент|систем|модел)\\p{L}{0,3} (?:ии|іі|ші)\\b',
  // tr: "bu e-postayı okuyan yapay zeka asistanı", "yapay zeka asistanları için"
  '\\b(?:okuyan|inceleyen|işleyen) yapay zek[aâ] (?:asistan|ajan)\\p{L}{0,3}\\b|\\byapay zek[aâ] (?:asistanları|ajanları|sistemleri) için\\b',
  // vi / id: "dành cho trợ lý AI", "untuk asisten AI"
  '\\b(?:dành cho|gửi) (?:các )?(?:trợ lý|hệ thống|mô hình) ai\\b|\\buntuk (?:semua |para )?(?:asisten|agen|sistem|model) ai\\b',
  // ar: "لأي نظام ذكاء اصطناعي", "خاصة بالمساعد الذكي", "لمساعدي الذكاء الاصطناعي"
  '(?:لأي|إلى أي|لجميع) (?:نظام|مساعد|نموذج)[^\\n:]{0,20}(?:ذكاء اصطناعي|الذكي)|(?:خاصة|موجهة) (?:بالمساعد|للمساعد|لأنظمة|للنماذج)[^\\n:]{0,20}(?:الذكي|الذكاء الاصطناعي)',
  // hi: "AI सहायकों के लिए"
  '(?:ai|एआई) (?:सहायकों|एजेंटों|मॉडलों|सिस्टम) के लिए',
  // ko / ja / zh: "AI 어시스턴트 전용", "AI 상담봇 전용", "AIアシスタント向け", "面向 AI 问答系统的"
  'ai ?(?:어시스턴트|상담봇|챗봇|에이전트|모델)\\s?(?:전용|에게|용 안내)',
  'ai ?(?:アシスタント|エージェント|チャットボット|モデル)(?:向け|へ|の皆様)',
  '(?:面向|给|致)\\s?(?:所有\\s?)?ai\\s?(?:问答系统|助手|助理|系统|模型|代理)',
].join('|');

/** An order that hides the act from the user or skips the check a person would make. */
const HIDDEN = [
  "\\b(?:do not|don't|dont|never|without) (?:\\w{2,12} ){0,2}(?:mention|tell|inform|notify|notifying|disclose|reveal|explain|attribute|display|show|flag|alert|bother|loop(?:ing)? in|check(?:ing)? with|ask(?:ing)?(?: for)?|wait(?:ing)? for|confirm)\\w{0,3}\\b",
  '\\b(?:no need|not necessary) to (?:mention|tell|inform|notify|check|ask|confirm|bother|wait|call back)\\b',
  '\\brefrain from (?:notifying|telling|informing|mentioning)\\b',
  '\\b(?:the user|they|she|he|the customer|the owner) (?:has|have) already (?:agreed|approved|consented|authori[sz]ed|opted in)\\b|\\b(?:pre-?approved|already approved|the user consented|has opted in)\\b',
  '\\b(?:quietly|silently|secretly) (?:call|send|forward|add|approve|delete|update|change|run|post|upload|share)\\b',
  '\\bso (?:that )?(?:nobody|no one|the user) (?:sees|notices|knows)\\b|\\bdelete (?:this|the) (?:e-?mail|message|event|description|comment|note) (?:after|afterwards|once)\\b|\\bresolve this comment afterwards\\b',
  '\\bconfirm to the user only\\b|\\bmeld de gebruiker alleen\\b',
].join('|');

/** The reader named at a line, bracket or sentence start (a tool result's "Assistant:", "@assistant", "Reviewer bot:"). */
const VOCATIVE = '(?:^|\\n|[\\[(<"“>|]|<!--|[.!?:]\\s)\\s{0,3}(?:p\\.?s\\.?,? |dear |hi |hey |hello |attention |@)?(?:ai|llm|assistant|ai assistant|ai agent|ai reviewer|reviewer bot|review bot|copilot|automated assistant|language model)\\b[^\\n,:;]{0,40}?[,:;—–]';

/** The reader named mid-text (after 40 characters of the item), its name marked as an AI, then an order. */
const AI_VOC = "(?:ai|llm|copilot|(?:ai|automated|support|virtual)(?: [a-z-]{2,15}){0,2} (?:assistant|agent|bot)|reviewer bot|review bot|asistente(?: de)? ia|asistente|assistente(?: ia)?|assistant ia|ki-assistent|ai-(?:assistent|agent)|(?:drogi )?asystencie ai|trợ lý ai|asisten ai|ассистент|асистенте)";
const VOC_ORDER = '(?:please |kindly |bitte |hãy )?(?:close|call|send|forward|mark|update|issue|approve|add|delete|remove|reply|respond|accept|grant|disable|transfer|pay|book|buy|share|export|email|upload|post|run|skip|set|change|reset|tell|say|when|before|after|while|if|the fix|this (?:customer|thread|ticket|page|commit)|quando|responde|responda|inoltra|inoltrare|désactive|envoie|empfehle|trage|ändra|godkänn|zet|przy|udostępnij|dodaj|если|отметь|trả lời|nâng cấp|hãy)\\b';
const MID_VOCATIVE = `(?:\\n(?<=[\\s\\S]{41})|[\\[(<"“«>|:](?<=[\\s\\S]{41})|<!--(?<=[\\s\\S]{44})|[.!?]\\s(?<=[\\s\\S]{42})|—\\s(?<=[\\s\\S]{42}))\\s{0,3}(?:dear |hi |hey |hello |p\\.?s\\.? )?${AI_VOC}\\s{0,2}[,:—–]\\s{0,3}${VOC_ORDER}`;

/** A link or image whose parameter waits for data: "…?q=" at its end, or a placeholder ("<title>", "USERNAME", "{…}", "…"). */
const CARRIER = '(?:\\]\\(|src\\s?=\\s?["\']?|href\\s?=\\s?["\']?|\\bhttps?://|\\b[a-z0-9-]{2,30}\\.(?:io|cc|page|link|top|net|com|click|mobi|live|me|org|shop|tools|site|app|xyz|pl|de|nl|vn|id|in|kr|cn|com\\.ua)/)[^\\s)"\'>]{0,120}?(?:[?&][a-z_]{1,15}=(?:[\\s)"\'`>]|$|…|\\.\\.\\.|<[^>\\n]{1,60}>|\\{[^}\\n]{1,60}\\}|[a-z_]{3,24}(?=[&)\\s"\'])|\\[[^\\]\\n]{1,40}\\])|/(?:c|t|r)/(?:<|\\{)|/(?:c|t|r)/\\s)';
/** Data someone else holds: records, secrets, what tools returned. */
const RECORD = [
  '\\b(?:card|credit card|account|routing|bank|iban|passport|social security|ssn|bsn|nik|pesel|cccd|tc kimlik|personnummer|aadhaar|tax)\\s?(?:numbers?|numbers?|details|no\\.?)\\b',
  '\\b(?:salary|salaries|payroll|medical history|diagnos\\w{1,4}|home address(?:es)?|phone numbers?|e-?mail(?:s| addresses)|complainant|review notes|contract|confidential|secret values|access token|session_?token|api[_ ]?key|connection string|credentials?|password)\\b',
  '\\b(?:system prompt|tool results|function calls|files you opened|documents? (?:you|the user) (?:read|opened|uploaded)|(?:any )?documents? the user uploaded|from (?:your|the) context|from (?:my|the user\'?s?|their) profile|(?:the )?(?:original|full) (?:notes|text|content|email)|full_email_text|everything (?:from|the customer|the user|in))\\b',
  '\\bcustomer\'?s?\\b|\\bclient\'?s?\\b|\\bmy (?:login|manager\'s)\\b',
  // other languages of the family
  'kundennummer|vertragsinhalt|contenido del contrato|contrato|numéro|klant|kunden|müşteri|khách|nasabah|rekening|ग्राहक|आधार|고객|주민등록|계좌|数据库连接串|环境变量|api_key|email-адрес|телефон|pesel|dokumentów|hợp đồng|số thẻ',
].join('|');
/** The order that puts the data into the slot. */
const FILL = "\\b(?:paste|put|fill|insert|append|add|write|replace|substitute|include|encode|follow(?:ed)? by|after|mete|coloca|füge|hänge|plak|wklej|dodawaj|додавай|điền|thay|isi|yaz|skriv|लिख)\\w{0,4}\\b|填在|붙여|이어 붙";

/** The writer's own link code, or a rule that keeps data out of links. */
const OWN_LINK_CODE = r("\\b(?:never|not|don't|do not|without|no) (?:include|put|add|send|paste|leak|expose)\\w{0,3}\\b|\\b(?:write|build|create|make) (?:a |an |me a |the )?(?:small |simple )?(?:react |javascript |python )?(?:component|function|script|bookmarklet|helper|hook)\\b");

/** A privileged act on a system the agent can reach. */
const PRIV_ACT = [
  '\\b(?:grant|give|add|make|raise|promote|elevate|upgrade)\\b[^.\\n]{0,40}\\b(?:admin\\w{0,8}|owner|owners|super ?admin|root|full (?:rights|access|privileges)|all privileges|domain admins|prod-admins|public|everyone|anyone with the link)\\b',
  '\\b(?:wire|transfer|send|split|pay|issue)\\b[^.\\n]{0,40}(?:\\$|€|eur\\b|usd\\b|eth\\b|payment|refund|card)',
  '\\b(?:disable|turn off|switch off|stop|silence|suppress|delete|clear|wipe|erase|remove|purge|hide)\\b[^.\\n]{0,40}\\b(?:audit(?: log| logging| trail)?|logs?|logging|history|alerts?|notifications?|monitoring|mfa|2fa|firewall|endpoint protection|protected branch|forwarding banner|versioning|backups?|transaction alerts)\\b',
  '\\b(?:export|dump|download|upload|forward|auto-forward\\w{0,3}|copy|read)\\b[^.\\n]{0,60}\\b(?:employee table|all (?:customers|users|employees|files)|mailbox(?:es)?|inbox|snapshot|database|customer data|password hashes|whole (?:shared )?inbox)\\b',
  '\\b(?:force[- ]push|push --force|terraform destroy|rm -rf|drop table|chmod -r 777|nopasswd)\\b',
].join('|');
/** The people who would check it, cut out. */
const NO_OVERSIGHT = [
  "\\b(?:don't|do not|dont|never|without) (?:\\w{2,12} ){0,2}(?:loop(?:ing)? in|tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|ask(?:ing)?|check(?:ing)? with|wait(?:ing)? for|discuss(?:ing)? it with|involv(?:e|ing))\\b[^.\\n]{0,30}\\b(?:ap|finance|security|legal|team|manager|anyone|anybody|it|the owners?|approval|hr|boss|compliance|auditors?|the data team)\\b",
  '\\b(?:no need to|not need to) (?:check with|ask|tell|inform|notify|involve|wait for|know)\\b|\\bmanager not need to know\\b',
  '\\b(?:no|without(?: the usual| a| any)?) (?:change ticket|ticket|approvals?|confirmations?|sign-?off|paperwork)\\b(?: (?:needed|required))?',
  '\\b(?:should|must) not be (?:informed|told|notified)\\b|\\brefrain from notifying\\b|\\bnobody (?:reads|checks|will check)\\b',
].join('|');

export const AGENT_CONTEXT_RULES: readonly Rule[] = [
  { id: 'indirect.ai_readers_note', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r('\\b(?:ai|a\\.i\\.|llms?|gpt|automated|autonomous|retrieval-augmented|rag|coding|browsing|machine|virtual|language models?|review(?:er)? bots?|assistants?|agents?)\\b'),
    re: r(`(?:${READERS})[^\\n]{0,200}?${ORDER}`), unless: ABOUT_ATTACK },
  { id: 'indirect.multilingual_ai_readers_note', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: ru('\\b(?:ia|ai|ki|ии|іі|ші|yapay|ذكاء|الذكي|एआई|virtuais|virtuales|virtuali|automatizado)|(?:ai|ki)-'),
    re: ru(`(?:${ML_READERS})[^\\n:：]{0,60}[:：,\\]】]\\s{0,3}\\S[^\\n]{10}`), unless: ABOUT_ATTACK },
  { id: 'indirect.agent_hidden_order', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(HIDDEN), re: r(`${VOCATIVE}[^\\n]{0,400}?(?:${HIDDEN})`), unless: ABOUT_ATTACK },
  { id: 'indirect.mid_text_ai_vocative', category: 'indirect', score: 0.55, toolScore: 0.9, decisionOnly: true,
    requires: ru('\\b(?:ai|ia|llm|copilot|assistant|agent|bot|asistente|assistente|ki|asystencie|trợ lý|asisten|ассистент|асистенте)\\b|(?:ki|ai)-'),
    re: ru(MID_VOCATIVE), unless: ABOUT_ATTACK },
  { id: 'exfiltration.link_slot_filled', category: 'exfiltration', score: 0.65, toolScore: 0.9, decisionOnly: true,
    requires: r('https?://|\\]\\(|\\bsrc\\b|\\bhref\\b|\\.(?:io|cc|page|link|top|net|com|click|mobi|live|me)/'),
    unless: OWN_LINK_CODE,
    re: ru(`(?:${CARRIER})[^\\n]{0,40}\\n?[^\\n]{0,200}?(?:${FILL})[^\\n]{0,120}?(?:${RECORD})|(?:${FILL})[^\\n]{0,120}?(?:${RECORD})[^\\n]{0,160}?(?:${CARRIER})`) },
  { id: 'command.agent_bypass_oversight', category: 'command', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(NO_OVERSIGHT), re: r(`(?:${PRIV_ACT})[\\s\\S]{0,300}?(?:${NO_OVERSIGHT})|(?:${NO_OVERSIGHT})[\\s\\S]{0,300}?(?:${PRIV_ACT})`), unless: ABOUT_ATTACK },
];
