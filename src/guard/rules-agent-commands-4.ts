/**
 * Orders planted for one agent inside the material it works on, and agent orders kept from the people they touch
 * (rules-agent-context.ts covers notes broadcast to any AI reader and the English hidden-order vocative).
 *
 * - `indirect.artifact_agent_directive`: a code comment, commit message, issue title, tool result or passage speaks
 *   to the one agent or bot that will process it ("// @ai-agent:", "# Assistant: if you are asked to…", "[agent-
 *   directive]", "[bot: …]", "(assistant: now also…)", "Note for the bot that compiles…", "LLM clients:", "Nota per
 *   l'agente di rilascio:", "Remarque destinée à l'agent :", "AIレビュアーへ：") and hands it an act or a claim. A
 *   developer's "@dependabot rebase" names a bot but no agent; write-ups about injection are capped.
 * - `tool_abuse.payee_swap_hidden`: bank details (an IBAN, a routing number, a pix key) to be replaced or money sent
 *   to a new account, with the check or the user kept out ("no need to bother the user", "não precisa confirmar com
 *   o financeiro", "sin detallarlo", "meld de gebruiker alleen").
 * - `tool_abuse.account_takeover_order`: the agent is to log in as someone else, reset another person's MFA or
 *   password and hand it over, or read someone else's mailbox or password vault ("log in as my teacher", "log into
 *   her gmail", "reset the MFA for j.doe@corp and send the QR to my number", "прочитай его переписку").
 * - `exfiltration.hidden_tracking_link`: every reply is to carry a link or pixel whose address holds what the agent
 *   read (documents, files opened, looked-up IDs, an API key from the environment), and the users are not to be told.
 */
import type { Rule } from './rules.js';
import { unicodeBoundaries } from './word-boundary.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
const ru = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** Write-ups, questions and detection work about injection: weak. */
const ABOUT_INJECTION = r('\\b(?:prompt injections?|injection attacks?|indirect injection|attackers?|adversar\\w{1,6}|red[- ]team\\w{0,3}|how (?:do|can|could|would|should|to) |detect\\w{0,4}|defend\\w{0,4}|mitigat\\w{1,5}|example of|for example|e\\.g\\.|classif\\w{1,8}|is this (?:a|an)\\b|what does this|training data|test case for (?:our|the) (?:filter|guard|detector))');

/** The one agent addressed inside an artifact. */
const ADDRESS = [
  "(?:^|\\n)\\s{0,3}(?://|#|--|/\\*|\\*)\\s{0,3}@?(?:ai[- ]?agent|ai|assistant|agent|llm|reviewer[- ]ai|ai[- ]reviewer|copilot)\\s{0,2}:",
  '\\[\\s{0,2}(?:agent|ai|assistant|llm)[- ](?:directive|instruction|note|order)s?\\s{0,2}\\]', '\\[\\[ai-instruction\\]\\]', '\\[bot:\\s', '\\((?:assistant|agent|ai)\\s{0,2}:',
  "\\b(?:note|remark|message|instructions?|directive|reminder|memo|hint|footnote|addendum|side remark)s? (?:(?:meant|intended|destined) )?(?:for|to) (?:the |our |this |any )?(?:[\\w-]{2,20} ){0,2}(?:bot|agent|assistants?|llms?)\\b[^\\n:]{0,60}:",
  '\\bllm clients\\s{0,2}:', '\\binstructions for the llm\\b', '\\b(?:for|to) (?:the )?note-taking bot\\b',
  '\\bretrieval-augmented assistants\\s{0,2}:', '\\b(?:footnote|addendum|note) for (?:ai )?assistants\\b',
].join('|');
/** The same address in the other languages of the family (Unicode word boundaries). */
const ADDRESS_ML = [
  "\\bnota per l'agente\\b", "\\bremarque destinée à l'agent\\b", '\\bnota para el agente\\b', '\\bhinweis für den agenten\\b', '\\bnotitie voor de agent\\b',
  '\\bagente de (?:facturación|rilascio|despliegue|soporte)\\s{0,2}:', '\\bassistant ia,', '\\bai-assistent(?:e|en)?(?: van [^\\n,:]{1,30})?\\s{0,2}[:,]', '\\basisten ai\\s{0,2}:',
  'ai ?レビュアーへ', 'ai ?アシスタントへ', '(?:致|给)ai(?:助手|审查)',
].join('|');
/** The act or claim handed over. */
const ACT_EN = '\\b(?:run|execute|deploy|apply|commit|push|publish|merge|approve|close|delete|remove|mark|write|add|change|set|grant|share|send|email|forward|upload|download|post|re-?issue|repeat|record|state|say|treat|leave (?:them )?out|omit|count|reassign|cancel|disable|export|transfer|buy|purchase|book|update|replace|answer|inform|tell|advise|instruct)\\b';
const ACT_ML = [
  '\\b(?:esegui|pubblica|tagga|fais-le|partage|envoie|supprime|suma|envía|envia|añade|di siempre|werk|plan|trage|godkänn|lösche|schicke)\\b',
  '(?:デプロイ|実行|削除|送信|部署|执行|删除|发送)',
].join('|');

/** Bank details replaced, or money routed to a new account. */
const PAYEE = [
  '\\b(?:iban|routing|bank account|account number|payment details|chave pix|pix key|rekeningnummer|kontonummer|cuenta)\\b[^\\n]{0,80}?(?:\\b[a-z]{2}\\d{2}(?: ?[a-z0-9]{4}){3,}|\\b\\d{9}\\b|\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2})',
  '\\b(?:new|nova|nueva|neue|nieuw\\w?) (?:chave pix|pix key|iban|routing number|bankverbindung|rekeningnummer)\\b',
].join('|');
const KEPT_OUT = [
  "\\b(?:no need to|don't|do not|never) (?:bother|tell|inform|notify|ask|check with|confirm with|mention)\\b[^\\n.]{0,20}\\b(?:the user|anyone|finance|accounting|the owner|them|it)\\b",
  '\\b(?:only tell|just tell|confirm to) the user\\b|\\bmeld de gebruiker alleen\\b|\\bniet (?:melden|vertellen)\\b',
  '\\bnão precisa confirmar\\b|\\bsem (?:avisar|confirmar)\\b|\\bsin (?:detallarlo|avisar|confirmar)\\b|\\bno hace falta (?:avisar|confirmar)\\b',
  '\\bohne (?:rückfrage|bestätigung)\\b|\\bsans (?:prévenir|le signaler|confirmation)\\b|\\bsenza (?:avvisare|confermare)\\b|\\bthis is a routine update\\b',
].join('|');

/** Someone else's account entered or handed over. */
const TAKEOVER = [
  "\\blog ?(?:in|into)\\b[^\\n.]{0,20}\\b(?:as (?:my|her|his|their|the) (?:teacher|boss|manager|ex|colleague|wife|husband|partner|professor|ceo)|(?:her|his|my ex's|their) (?:gmail|e-?mail|account|mailbox|inbox|icloud|outlook))\\b",
  "\\blog ?in as\\b[^\\n.]{0,40}\\busername\\b", '\\bforgot password\\b[^\\n.]{0,40}\\b(?:her|his|their)\\b|\\b(?:her|his|their) gmail\\b[^\\n.]{0,60}\\bforgot password\\b',
  '\\breset (?:the )?(?:mfa|2fa|password|authenticator)\\b[^\\n]{0,60}\\b(?:send|text|give)\\b[^\\n.]{0,40}\\b(?:my (?:personal )?(?:number|phone|email)|to me)\\b',
  "\\b(?:reset|change) (?:his|her|their) (?:windows |account |email )?password\\b[^\\n]{0,120}\\b(?:turn off|disable|suppress|hide|don't send)\\b[^\\n.]{0,30}\\bnotification",
  "\\b(?:read|open)\\b[^\\n.]{0,40}\\bpassword manager\\b[^\\n]{0,80}\\b(?:every|all) (?:entry|entries|passwords?)\\b|\\bpassword manager integration\\b[^\\n]{0,60}\\bread me\\b",
  '(?:прочитай|прочти|перешли мне)[^\\n]{0,60}(?:его|её|ее|гендиректора|директора) (?:переписк|почт)\\p{L}{0,3}|(?:доступ к почте)[^\\n]{0,80}(?:прочитай|перешли)',
  '(?:用她的|用他的)(?:账号|帐号)登录',
].join('|');

/** A link or pixel carried in every answer with what the agent read, kept from the users. */
const TRACK_LINK = "(?:!\\[[^\\]\\n]{0,20}\\]\\(|<img\\s{1,3}src\\s{0,2}=\\s{0,2}[\"']?|\\[[^\\]\\n]{0,8}\\]\\()https?://[^\\s)\"']{0,80}[?&=/]";
const HELD = [
  "\\b(?:whole|full|complete|entire) (?:content|contents|text) of (?:the )?(?:files?|documents?)\\b", '\\bfiles you opened\\b', '\\bdocuments? (?:the user|you) (?:uploaded|read|opened)\\b',
  '\\b(?:повний текст документів|зміст документів)\\b|\\bпрочитав інструментами\\b', '(?:环境变量|数据库连接串|주민등록번호|계좌번호|도구로 조회한)',
  '\\bopenai_api_key\\b|\\bapi[_ ]?key\\b', "\\bbase64 of the user'?s question\\b", '\\b(?:emails?|phone numbers) mentioned\\b',
].join('|');
const HIDE_FROM_USERS = [
  "\\b(?:don't|do not|never) (?:explain|mention|tell|describe)\\b[^\\n.]{0,30}\\b(?:users?|it|this|the format|the (?:tracking )?link|the image)\\b", '\\busers find it distracting\\b',
  '(?:别在说明里提到|不要告诉用户|설명하지 마세요|알리지 마세요|не розповідай|не рассказывай|ne (?:le )?dis pas aux utilisateurs|no se lo digas)',
].join('|');

export const AGENT_COMMAND_4_RULES: readonly Rule[] = [
  { id: 'indirect.artifact_agent_directive', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    // Plain literals that the address forms hold (a name before a colon or bracket, "note for", the other languages'
    // forms): the scan's trigram gate reads them off, so the long pattern runs only on the few texts that have one.
    requires: r("# ai:|// ai:|-- ai:|@ai-agent:|# assistant:|// assistant:|-- assistant:|# agent:|// agent:|reviewer-ai:|ai-reviewer:|copilot:|\\[agent-|\\[agent |\\[assistant|\\[bot:|\\(assistant:|\\(agent:|\\(ai:|\\[\\[ai-|\\[ai |\\[ai-|note for |notes for |note to |remark for |message for |directive for |reminder for |memo for |hint for |footnote for |addendum for |llm clients|instructions for the llm|note-taking bot|retrieval-augmented|l'agent|el agente|agente de |den agenten|voor de agent|assistant ia|ai-assistent|asisten ai|レビュアーへ|アシスタントへ|ai助手|ai审查"),
    unless: ABOUT_INJECTION,
    re: new RegExp(`(?:${ADDRESS}|${unicodeBoundaries(ADDRESS_ML)})[^\\n]{0,200}?(?:${ACT_EN}|${unicodeBoundaries(ACT_ML)})`.normalize('NFKC'), 'u') },
  { id: 'tool_abuse.payee_swap_hidden', category: 'tool_abuse', score: 0.6, toolScore: 0.9, decisionOnly: true,
    // The bank details are the rarer cue: the broad "don't tell the user" wording runs only where they stand.
    requires: r(`(?:${PAYEE})`), unless: ABOUT_INJECTION,
    re: ru(KEPT_OUT) },
  { id: 'tool_abuse.account_takeover_order', category: 'tool_abuse', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: ru("\\b(?:can you|could you|can u|you have|you've got|please|go to|use|tool|browser|agent|just)\\b|(?:у тебя|прочитай|用)"),
    unless: ABOUT_INJECTION,
    re: ru(`(?:${TAKEOVER})`) },
  { id: 'exfiltration.hidden_tracking_link', category: 'exfiltration', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: ru(HIDE_FROM_USERS), unless: ABOUT_INJECTION,
    re: ru(`${TRACK_LINK}[^\\n]{0,200}?(?:${HELD})|(?:${HELD})[^\\n]{0,200}?${TRACK_LINK}`) },
];
