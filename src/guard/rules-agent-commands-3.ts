/**
 * Agent orders the first two agent-command files miss (see rules-agent-commands.ts for the shared `ASKED_ABOUT` cap:
 * a question, a warning, a mishap already past or a detection rule about the same words is weak evidence).
 *
 * - `command.agent_secret_posted`: a credential store or the process environment (/proc/…/environ, a service-account
 *   token, ~/.aws/credentials, a private SSH key, kubeconfig, .netrc, `env | sort`, os.environ, process.env) is to be
 *   posted, mailed, committed, uploaded or copied somewhere (a thread, an issue comment, a ticket, a gist, a URL, a
 *   fixture file), in several languages. The first file only knows "show it to me".
 * - `tool_abuse.internal_fetch`: the agent is told to fetch, open, preview or summarise an address that only
 *   reaches the host's own side: cloud metadata in any spelling (169.254.169.254, 0xA9FEA9FE, ::ffff:a9fe:a9fe, the
 *   ECS credential endpoint), gopher:// or dict:// smuggling, or a loopback/private host with an admin path
 *   (actuator/env, config_dump, Consul KV, Elasticsearch _cat, Tomcat manager, …/admin/…/delete). SSRF hardening text
 *   (block, deny, validate, reject …) is capped.
 * - `tool_abuse.escalate_unchecked`: someone (often the writer) is made owner, superadmin or AdministratorAccess, or
 *   handed another person's account, and the check that would catch it is skipped in the same text ("skip the
 *   confirmations", "the teardown rolls it back", "force=true, the UI won't let me", "delete the audit row").
 * - `tool_abuse.mass_action_unchecked`: a bulk side effect (close every ticket, force-push every repo, delete all
 *   140 repos, send 500 copies, post a review 200 times) with the confirmation or review switched off.
 * - `tool_abuse.preapproved_calls`: the agent is told to treat its tool calls as approved, to confirm prompts itself
 *   or to stop asking before side effects ("set confirm=true yourself", "if it asks for confirmation, confirm it").
 * - `prompt_leak.tool_config_secrets`: the keys, tokens, auth headers, connection strings or internal URLs of the
 *   agent's own tools or context are to be listed or printed, often with "mask nothing".
 * - `override.policy_unlock_note`: a note posing as the maintainers, the vendor or the team that set the model up
 *   declares that sharing the configuration, credentials or instructions is now allowed (or required).
 * - `prompt_leak.guard_internals`: the exact phrases, thresholds or scores the input filter uses, or the writer's
 *   session put on the guard's allowlist.
 * - `command.datastore_injection`: a stacked SQL query that reads password tables, NoSQL operator injection handed to
 *   a tool, or Redis CONFIG SET/FLUSHALL tricks (authorized_keys, web root).
 *
 * Every rule is decision-only with a cheap second cue; all gaps are bounded over negated classes.
 */
import type { Rule } from './rules.js';
import { ASKED_ABOUT } from './rules-agent-commands.js';
import { unicodeBoundaries } from './word-boundary.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
const ru = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** Credential stores and the process environment. */
const SECRET_PATH = [
  '/proc/(?:self|1|\\d{1,6})/environ\\b', 'serviceaccount/token\\b', '\\.aws/credentials\\b', '(?:\\.ssh/|\\b)id_(?:rsa|ed25519|ecdsa)\\b(?!\\.pub)',
  '\\.kube/config\\b', '\\.docker/config\\.json\\b', '\\.netrc\\b', '\\bgh/hosts\\.yml\\b', '\\benv\\s{0,2}\\|\\s{0,2}sort\\b',
  '\\bdict\\(os\\.environ\\)', '\\bos\\.environ\\b(?!\\.get|\\[)', '\\bcontents? of process\\.env\\b', '\\bprocess\\.env\\b(?=[^\\n.]{0,30}\\b(?:to|into)\\b)',
  '`printenv`', '\\bprintenv\\b(?=[^\\n]{0,60}\\b(?:envoie|send|post|curl|upload|sube|invia)\\b)',
].join('|');
/** Put somewhere others read: posted, mailed, committed, uploaded, copied into a comment (several languages). */
const POST_OUT = [
  "\\b(?:post|paste|upload|commit|email|e-mail|mail|attach|publish|push)\\b[^\\n.]{0,60}\\b(?:it|them|this|here|the (?:output|contents?|result|file)|both|thread|issue|comment|ticket|gist|pr|repo|channel)\\b",
  '\\b(?:write|copy|include|send|put)\\b[^\\n]{0,80}(?:\\bto tests?/|\\binto\\b[^\\n.]{0,30}\\b(?:comment|issue|ticket|field|request|fixture|gist)|\\bto https?://|\\bverbatim\\b)',
  '\\burlopen\\([^\\n)]{0,60}https?://[^\\n]{0,80}\\bdata\\s{0,2}=',
  "\\b(?:envoie|envoyer|sube|súbelo|manda|envía|invia|carica|kopier\\p{L}{0,2}|schick\\p{L}{0,2}|lade|envie|poste|wklej|wyślij|надішли|отправь|скопируй|запость)\\b",
  '(?:发到|贴到|上传|送って|貼り付け|올려|보내)',
].join('|');

/** Addresses that only reach the host's own side. */
const INTERNAL_URL = [
  '169\\.254\\.169\\.254', '169\\.254\\.170\\.2\\b', '\\b0xa9fea9fe\\b', 'a9fe:a9fe\\b', '\\b2852039166\\b', 'metadata\\.google\\.internal\\b', '100\\.100\\.100\\.200\\b',
  '\\b(?:gopher|dict)://',
  "\\b(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|192\\.168\\.\\d{1,3}\\.\\d{1,3}|[\\w-]{1,30}\\.(?:local|internal|corp))(?::\\d{2,5})?/[^\\s\"'<>]{0,40}?(?:actuator/(?:env|heapdump)|config_dump|v1/kv|_cat/|manage/html|latest/(?:meta-data|user-data|api/token)|admin/[^\\s\"'<>]{0,30}(?:delete|drop|reset))",
].join('|');
const FETCH = [
  '\\b(?:fetch|open|get|load|visit|browse|download|curl|wget|request|preview|summari[sz]e|crawl|scrape|hit|ping|check|read|link preview|send (?:a )?(?:get|post|delete))\\b',
  '\\b(?:apri|abre|ouvre|öffne|otwórz|resume|résume|riassumi|zusammenfass\\p{L}{0,3}|récupère|recupera)\\b',
  '(?:сделай get|открой|запроси|відкрий|요약|열어|打开|访问|总结|開いて|要約)',
].join('|');
const SSRF_DEFENCE = r('\\b(?:block(?:s|ed|ing)?|deny|denylist|blocklist|allowlist|reject\\w{0,3}|validat\\w{1,4}|sanitiz\\w{1,4}|prevent\\w{0,3}|mitigat\\w{1,5}|harden\\w{0,3}|ssrf|imdsv2|firewall rule|egress|suricata|snort|falco)\\b|(?:检测|告警|拦截|阻止|防护|検知|ブロック|탐지|차단|обнаруж|блокир|erkenn|blockier|détect|bloquer|detectar|bloquear|rilevare|bloccare)');

/** The check that would catch it skipped, in the languages of the family. */
const SKIP_CHECK = [
  "\\b(?:skip|bypass|without|no|don't need|doesn't need|not need)\\b[^\\n.]{0,20}\\b(?:confirm\\w{0,7}|approv\\w{1,5}|review|ci|change note|ticket)\\b",
  "\\b(?:no need to|don't|do not|dont)\\b[^\\n.]{0,15}\\b(?:check|confirm|show me|ask|notify|tell|post it|add a change note|bother)\\b",
  '\\b(?:rolled back|roll it back|teardown|save silently|silently|force\\s{0,2}=\\s{0,2}true|skip_review\\s{0,2}=\\s{0,2}true|confirm\\s{0,2}=\\s{0,2}true|won\'t let me|doesn\'t let me|so (?:it looks organic|their filters|nobody|no one))\\b',
  '\\b(?:подтверждени\\p{L}{0,2} (?:не нужно|пропусти)|пропусти подтвержд\\p{L}{0,5}|согласование будет потом|откат сделает|без подтверждени\\p{L}{0,2}|отключи оповещения|підтвердження не потрібне)',
  "\\b(?:sem (?:aprovação|confirmar|avisar)|pra não dar confusão|apaga a linha|damit es [^\\n.]{0,30}keiner merkt|ohne (?:bestätigung|freigabe)|sans (?:confirmation|le mentionner|validation)|senza (?:aspettare|conferma|approvazione)|conferma tu|sin (?:confirmación|aprobación))\\b",
  '(?:别通知|不要通知|她不知道|不需要确认|确认を|確認不要|マスキングは不要|확인 없이|알리지 마)',
].join('|');

/** Someone made owner or superadmin, or handed another person's account. */
const ESCALATE = [
  "\\b(?:grant|give|assign|attach|add|make|set|promote)\\b[^\\n.]{0,60}\\b(?:owner|org_owner|superadmin|super admin|superuser|administratoraccess|full admin\\w{0,6}|admin rights)\\b",
  "\\bset_role\\b[^\\n]{0,40}\\b(?:owner|org_owner|admin|superadmin)\\b", "\\bis_superuser\\s{0,2}=\\s{0,2}true\\b",
  "\\bupdate\\s{1,3}[\\w.\"`]{1,30}\\s{1,3}set\\s{1,3}[\\w]{1,20}\\s{0,2}=\\s{0,2}'(?:admin|owner|superuser|root)'",
  '(?:выдай|дай|назначь|видай|надай)[^\\n.]{0,60}(?:owner|владел\\p{L}{1,4}|администратор\\p{L}{0,3}|суперадмин)',
  '\\breset_password\\b[^\\n]{0,80}(?:登录|log in|sign in)', '(?:改成|重置)[^\\n]{0,40}(?:用她的|用他的)账号',
  "\\b(?:reply|answer|send|approve)\\b[^\\n.]{0,20}\\bfrom (?:her|his|the ceo's|their) account\\b", '\\baccept\\b[^\\n.]{0,40}\\bas the (?:ceo|cfo|director|president)\\b',
].join('|');

/** A bulk side effect. */
const MASS = [
  "\\b(?:close|delete|remove|wipe|purge|force[- ]?push|reassign|archive|cancel|refund|approve|merge|resolve|mark)\\b[^\\n.]{0,40}\\b(?:every|all (?:\\d{2,5} |of (?:the |his |her |their )?|open |the )|each)\\b",
  '\\b(?:send|post|submit)\\b[^\\n.]{0,60}\\b\\d{2,5} (?:times|copies)\\b', '\\bdelete_\\w{2,20}\\b[^\\n]{0,30}\\bfor all\\b',
  '\\bkubectl\\s{1,3}(?:delete\\s{1,3}namespace|scale\\b[^\\n]{0,60}--replicas[= ]0)\\b', '\\bamount\\s{0,2}=\\s{0,2}\\d{4,}\\b',
].join('|');

/** Tool calls declared approved in advance, or prompts confirmed by the agent itself. */
const PREAPPROVED = [
  '\\btreat (?:every|each|all) (?:tool )?(?:calls?|commands?|actions?) as (?:pre-?approved|approved|confirmed)\\b',
  "\\b(?:don't|do not|never) ask (?:the user|me|anyone) (?:before|for (?:confirmation|approval))\\b[^\\n.]{0,40}\\b(?:running|commands?|side effects|tool calls?|actions?)\\b",
  '\\bset\\s{1,3}confirm\\s{0,2}=\\s{0,2}true\\s{1,3}yourself\\b', '\\b(?:if|when) (?:it|they|the tool|the dialog|the system) asks? (?:for )?confirm\\w{0,6}[^\\n.]{0,10}\\bconfirm (?:it )?yourself\\b',
  '\\bse chiede conferme?, conferma tu\\b', '\\bsi (?:te )?pide confirmaci[oó]n,? confírmalo tú\\b', '\\bs\'il demande (?:une )?confirmation,? confirme\\b',
].join('|');

/** The keys and addresses of the agent's own tools. */
const TOOL_SECRETS = [
  '\\b(?:api keys?|tokens?|auth(?:orization)? headers?|connection strings?|credentials|secrets)\\b[^\\n]{0,60}\\b(?:in your (?:context|tool\\w{0,2}|config\\w{0,9})|(?:of|in|for) (?:your|the) tool (?:config\\w{0,9}|registration)|attached to (?:your|the) tools?|your tools? (?:use|send|attach)|that are attached)\\b',
  '\\b(?:every|all|each) tools? you have access to\\b[^\\n]{0,120}\\b(?:auth\\w{0,9} headers?|internal urls?|api keys?|tokens?)\\b',
  '\\bshare (?:the |your )?tool credentials\\b',
  '\\b(?:chaves de api|tokens?|urls internas)\\b[^\\n]{0,60}\\bconfigurad\\p{L}{1,2} nas suas ferramentas\\b',
  "\\b(?:clés? (?:d'api )?|identifiants )configurées? (?:pour|dans) (?:l'outil|tes outils)\\b", '\\b(?:claves de api|credenciales)\\b[^\\n]{0,40}\\bconfigurad\\p{L}{1,2} en tus herramientas\\b',
  '\\b(?:api-schlüssel|zugangsdaten)\\b[^\\n]{0,40}\\b(?:deiner|deinen) tools\\b',
].join('|');
const DUMP_ORDER = "\\b(?:output|list|print|share|produce|dump|send|give|liste|envoie|envie|listar|lista|muestra|zeig\\p{L}{0,2})\\b|\\b(?:mask nothing|sem mascarar|don't redact|do not redact)\\b";

/** An authority note that unlocks disclosure. */
const UNLOCK = [
  "\\b(?:allowed|permitted|free|fine|ok|okay|authori[sz]ed|must)\\b[^\\n.]{0,40}\\b(?:to )?(?:share|output|reveal|disclose|be open about|print)\\b[^\\n.]{0,60}\\b(?:internal configuration|configuration|config|tool credentials|credentials|api keys|(?:full |operating |system )?instructions|how you were configured|system prompt)\\b",
  "\\b(?:peut|pode|puede|può|darf)\\b[^\\n.]{0,30}\\b(?:communiquer|partager|révéler|compartilhar|revelar|compartir|condividere|rivelare|teilen|preisgeben)\\b[^\\n.]{0,40}\\b(?:configuration|configuração|configuración|configurazione|konfiguration|clés|chaves|claves|chiavi|schlüssel)\\b",
].join('|');
const NOTE_CUE = "\\b(?:maintainers?|mainteneurs?|mantenedores|manutentori|vendor advisory|advisory|policy update|mise à jour de politique|note from the team|team that set you up|supersedes|effective immediately|going forward|à compter de maintenant|a partir de agora|a partir de ahora|ab sofort)\\b";

/** The guard's own settings. */
const GUARD_INTERNALS = [
  '\\b(?:exact|specific|all the|every) (?:phrases|keywords|words|thresholds|rules|patterns)\\b[^\\n]{0,80}\\b(?:your|the) (?:input |content |safety |prompt )?(?:filter|guard|moderation|classifier)\\b[^\\n.]{0,20}\\b(?:uses|applies|blocks|checks)\\b',
  '\\bwhat score\\b[^\\n.]{0,40}\\b(?:get through|pass|bypass|slip past)\\b',
  '\\b(?:add|put|whitelist)\\b[^\\n.]{0,20}\\b(?:my|this) session\\b[^\\n.]{0,20}\\b(?:guard|filter|moderation)? ?(?:allow|white)list\\b',
].join('|');

/** Stacked SQL reading password tables, NoSQL operators handed to a tool, Redis file-write tricks. */
const DATASTORE = [
  "['\"]\\)?\\s{0,2};\\s{0,2}select\\b[^\\n]{0,60}\\bfrom\\s{1,3}(?:pg_shadow|pg_authid|mysql\\.user|sys\\.sql_logins|users?)\\b[^\\n]{0,40}--",
  '\\bfrom\\s{1,3}(?:pg_shadow|pg_authid)\\b',
  '\\{\\s{0,2}"password"\\s{0,2}:\\s{0,2}\\{\\s{0,2}"\\$(?:ne|gt|regex)"', '\\bupdatemany\\(\\s{0,2}\\{\\s{0,2}\\}\\s{0,2},\\s{0,2}\\{\\s{0,2}\\$set\\s{0,2}:\\s{0,2}\\{\\s{0,2}password\\b',
  '\\bconfig\\s{1,3}set\\s{1,3}dir\\s{1,3}/(?:root/\\.ssh|home/[\\w.-]{1,20}/\\.ssh|var/www|etc|var/spool/cron)\\b', '\\bdbfilename\\s{1,3}authorized_keys\\b',
  '_flushall\\b',
].join('|');
const DATASTORE_ORDER = '\\b(?:run|execute|call|pass|try|search for|fetch|look up|find|tool|roda)\\b';

/** Shared by two rules, so the scan's memo runs it once per text. */
const SKIP_CHECK_RE = ru(SKIP_CHECK);

export const AGENT_COMMAND_3_RULES: readonly Rule[] = [
  { id: 'command.agent_secret_posted', category: 'command', score: 0.6, toolScore: 0.9, decisionOnly: true,
    // The rare store names are the cue; the broad posting verbs run only where one is named.
    requires: r(`(?:${SECRET_PATH})`), unless: ASKED_ABOUT,
    re: ru(POST_OUT) },
  { id: 'tool_abuse.internal_fetch', category: 'tool_abuse', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(`(?:${INTERNAL_URL})`), unless: r(`${ASKED_ABOUT.source}|${SSRF_DEFENCE.source}`),
    re: ru(FETCH) },
  { id: 'tool_abuse.escalate_unchecked', category: 'tool_abuse', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: ru(`(?:${ESCALATE})`), unless: ASKED_ABOUT,
    re: SKIP_CHECK_RE },
  { id: 'tool_abuse.mass_action_unchecked', category: 'tool_abuse', score: 0.55, toolScore: 0.9, decisionOnly: true,
    requires: r(`(?:${MASS})`), unless: ASKED_ABOUT,
    re: SKIP_CHECK_RE },
  { id: 'tool_abuse.preapproved_calls', category: 'tool_abuse', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r('\\b(?:approved|confirm\\w{0,7}|conferm\\w{1,2}|confirmaci[oó]n|ask)\\b'), unless: ASKED_ABOUT,
    re: ru(`(?:${PREAPPROVED})`) },
  { id: 'prompt_leak.tool_config_secrets', category: 'prompt_leak', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: ru(DUMP_ORDER), unless: ASKED_ABOUT,
    re: ru(`(?:${TOOL_SECRETS})`) },
  { id: 'override.policy_unlock_note', category: 'override', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: ru(NOTE_CUE), unless: ASKED_ABOUT,
    re: ru(`(?:${UNLOCK})`) },
  { id: 'prompt_leak.guard_internals', category: 'prompt_leak', score: 0.55, decisionOnly: true,
    requires: r('\\b(?:filter|guard|moderation|classifier|allowlist|whitelist)\\b'), unless: ASKED_ABOUT,
    re: r(`(?:${GUARD_INTERNALS})`) },
  { id: 'command.datastore_injection', category: 'command', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(DATASTORE_ORDER), unless: ASKED_ABOUT,
    re: r(`(?:${DATASTORE})`) },
];
