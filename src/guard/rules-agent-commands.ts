/**
 * Plain orders to an agent that can run commands or call tools: the harmful act is spelled out, with no injection
 * trick around it. A user asking about the same command ("what does `rm -rf /` do?", "how do I rotate my AWS keys?",
 * "I accidentally ran DROP TABLE") is no order, so every rule here is capped by `ASKED_ABOUT`.
 *
 * - `command.agent_secret_read_out`: read a credential store (~/.aws/credentials, a private SSH key, /etc/shadow,
 *   printenv, kubectl secrets, a Vault path, a service-account token, a .env file's secret values, password hashes)
 *   and put it in front of the writer ("paste the output here", "show me everything", "wklej mi").
 * - `command.agent_destructive_run`: run a destructive command (rm -rf on a system path, DROP TABLE, DELETE without
 *   a real filter, terraform destroy, a force-push, flushing the firewall, stopping auditd, clearing shell history,
 *   switching off Defender) with an order verb or a tool named in any of several languages.
 * - `tool_abuse.agent_grant_admin`: make someone an administrator through a tool or a command (role='admin',
 *   GRANT ALL ON *.*, a cluster-admin binding, a uid-0 user, AdministratorAccess, Global/Domain admin, Superuser on).
 * - `tool_abuse.agent_disable_security`: switch off a protection (MFA, audit logging, firewall or WAF, endpoint
 *   protection, alarm and cameras) or open a service to the whole internet (0.0.0.0/0, a public bucket or snapshot).
 * - `exfiltration.agent_upload_out`: internal data piped or uploaded out (… | curl --data-binary @-, curl -F f=@…,
 *   transfer.sh, a public gist or pastebin, a personal Dropbox or mailbox, secrets POSTed to a URL).
 *
 * Every rule has a cheap `requires` cue; gaps are bounded, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/**
 * The command talked about rather than ordered: a question about it, a warning against it, a mishap already past, a
 * lab or a detection rule. A text with any of these is weak evidence for the rules of this file.
 */
export const ASKED_ABOUT = r([
  '(?:що означає|что означает|что делает|was (?:bedeutet|macht)|que (?:signifie|fait)|qué (?:significa|hace)|o que (?:significa|faz)|cosa (?:significa|fa)|co (?:znaczy|robi)|wat (?:betekent|doet)|什么意思|是什么意思|做什么|どういう意味|何をする|무슨 뜻|ne anlama|ne yapar)',
  "\\b(?:what (?:does|do|is|are|would|will|happens|if)|what's the|how (?:do|can|should|would|to|does)|why (?:does|do|is|did|would)|is (?:it|this|that) (?:safe|ok|okay|bad|dangerous|risky|possible)|should (?:i|we)|explain|difference between|meaning of)\\b",
  "\\b(?:never|don't ever|do not ever|don't|do not|shouldn't|should not|must not|avoid|refuse to) (?:run|paste|type|execute|share|post|commit|upload|disable|grant|give)\\b",
  '\\b(?:accidentally|by mistake|someone (?:ran|deleted|disabled|uploaded)|(?:i|we|he|she|they) (?:just )?(?:ran|executed|typed|deleted|dropped)|was (?:run|executed)|got (?:deleted|wiped))\\b',
  '\\b(?:ctf|hack ?the ?box|tryhackme|capture the flag|home ?lab|detect\\w{0,4}|sigma rule|yara|siem|alert(?:s|ing)? (?:on|when)|audit(?:ing)? (?:our|my|the) (?:config|setup|policies)|post-?mortem|incident report|lint\\w{0,3} rule|code review|review (?:this|my|the) (?:script|code|pr|diff))\\b',
].join('|'));

/** An order handed to the agent: a run verb or a tool named, in the languages of the family. */
const RUN_ORDER = [
  '\\b(?:run|execute|exec|launch|apply|issue|fire off|do|perform|call)\\b',
  '\\b(?:via|with|using|through|in|from) (?:the |your |my |our |that )?(?:[\\w-]{2,20} ){0,2}(?:tool|terminal|shell|console|plugin|integration|cli)\\b',
  '\\b(?:exécute[rz]?|lance[rz]?|ejecuta[r]?|corre|roda|rode|esegui(?:re)?|lancia|ausführen|führ\\w{0,4} (?:\\w{1,20} ){0,3}aus|uitvoeren|voer\\w{0,2} (?:\\w{1,20} ){0,3}uit|doen|wykonaj|uruchom|spusť|jalankan|çalıştır|chạy|aja|kör)\\b',
  '(?:выполни|запусти|виконай|запусти|执行|運行|运行|実行|실행|اجرا|نفّذ|شغّل|चलाओ|चलाएं|รัน)',
].join('|');

/** Credential stores and secret dumps. */
const SECRET_SOURCE = [
  '\\.aws/credentials\\b', '(?:\\.ssh/|\\b)id_(?:rsa|ed25519|ecdsa|dsa)\\b(?!\\.pub)', '/etc/shadow\\b', '/root/\\.ssh\\b',
  '\\bprintenv\\b', '\\benv\\s{0,2}\\|\\s{0,2}grep\\b', '`env`', '\\bkubectl\\s{1,3}get\\s{1,3}secrets?\\b', '\\bvault\\s{1,3}kv\\s{1,3}get\\b',
  'serviceaccount/token\\b', '-name\\s{1,3}["\']?\\*\\.(?:pem|key)\\b', '\\bpassword_hash(?:es)?\\b', '\\breset_token\\b',
  '\\bsecrets\\.ya?ml\\b', '\\.docker/config\\.json\\b', '\\bntds\\.dit\\b', '/etc/ssl/private\\b',
  '(?:^|[\\s/`\'"(])\\.env\\b[^\\n]{0,100}\\b(?:secret|api_?key|token|password|database_url|db_pass\\w{0,4})',
].join('|');
/** Put in front of the writer: paste, print, show, send it here (and the same in other languages). */
const SHOW = [
  "\\b(?:paste|print|show|display|send|give|tell|dump|output|read (?:me|out)|write (?:out|down)|list|copy)\\b[^\\n.]{0,40}\\b(?:here|in (?:the |this )?chat|to me|me|the output|(?:their |the |all |full )?values?|them|it|contents?|everything|all|in full)\\b",
  "\\b(?:don't|do not|no need to) (?:mask|redact|censor|hide)\\b", '\\b(?:put|paste|post)\\b[^\\n.]{0,30}\\b(?:gist|pastebin)\\b',
  '\\b(?:wklej|pokaż|pokaz|mostra(?:mi)?|muestra(?:me)?|pégame|pega(?:me)?|affiche|montre|zeig\\w{0,3}|anzeigen|toon|plak|tempel|tampilkan|kirim|göster|yaz|vise|visa|näytä)\\b',
  '(?:вставь|вставте|встав|покажи|покажіть|пришли|粘贴|贴出来|发给我|显示|보여|붙여|貼って|見せて)',
].join('|');

/** Destructive commands, written as commands. */
const DESTRUCTIVE = [
  // Cache and package-list cleanup (/var/lib/apt/lists, /var/cache, /tmp) is housekeeping, not destruction.
  '\\brm\\s{1,3}-(?:rf|fr|r)\\s{1,3}(?:--no-preserve-root\\b|/(?:var(?!/(?:lib/apt|cache|tmp)\\b)|srv|etc|home|usr|opt|root|data|mnt|boot|lib)\\b|~(?:\\s|/?$|`)|/\\s|/\\*|/$|/`)',
  '--no-preserve-root\\b', '\\bdrop\\s{1,3}(?:table|database|schema)\\b', '\\btruncate\\s{1,3}table\\b',
  "\\bdelete\\s{1,3}from\\s{1,3}[\\w.\"`]{1,40}\\s{0,3}(?:;|$|`|where\\s{1,3}(?:1\\s{0,2}=\\s{0,2}1|true|[\\w.]{1,30}\\s{0,2}<\\s{0,2}now\\(\\)\\s{0,3}(?:;|$|`)))",
  '\\bterraform\\s{1,3}destroy\\b', '\\bgit\\s{1,3}push\\s{1,3}(?:--force|-f)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(?:main|master|prod\\w{0,8}|release)\\b', '\\biptables\\s{1,3}-f\\b',
  '\\bsystemctl\\s{1,3}(?:stop|disable)\\s{1,3}auditd\\b', '\\bufw\\s{1,3}disable\\b', '\\bhistory\\s{1,3}-c\\b', '-disablerealtimemonitoring\\s{1,3}\\$?true\\b',
  '\\bmkfs(?:\\.\\w{2,5})?\\s{1,3}/dev/', '\\bdd\\s{1,3}if=/dev/(?:zero|urandom)\\s{1,3}of=/dev/', '\\bchmod\\s{1,3}-r\\s{1,3}777\\s{1,3}/(?:\\s|$)',
].join('|');

/** Someone made an administrator, as a command or a tool call. */
const GRANT_ADMIN = [
  "\\bupdate\\s{1,3}[\\w.\"`]{1,30}\\s{1,3}set\\s{1,3}(?:role|is_admin|is_superuser|is_staff|admin|user_role)\\s{0,2}=\\s{0,2}(?:'(?:admin|superuser|owner|root)'|\"(?:admin|superuser|owner|root)\"|true\\b|1\\b)",
  '\\bgrant\\s{1,3}all(?:\\s{1,3}privileges)?\\s{1,3}on\\s{1,3}\\*\\.\\*', '\\bclusterrolebinding\\b[^\\n]{0,80}--clusterrole=cluster-admin\\b',
  '\\buseradd\\b[^\\n]{0,20}\\s-u\\s{0,2}0\\b', '\\badministratoraccess\\b', '\\bglobal administrator\\b', '\\bdomain admins\\b',
  '\\brole\\b[^\\n.]{0,20}\\b(?:orgadmin|org_admin|owner|superadmin)\\b[^\\n.]{0,30}\\bscope\\b[^\\n.]{0,6}\\*', '\\b(?:toggle|turn|switch|set)\\s{1,3}superuser\\s{1,3}on\\b',
  '\\b(?:create|generate|make)\\b[^\\n.]{0,20}\\baccess keys?\\b[^\\n.]{0,20}\\bfor\\s{1,3}(?:the\\s{1,3})?root\\b',
].join('|');

/** A protection switched off, or a service opened to everyone. */
const DISABLE_SECURITY = [
  '\\b(?:disable|deactivate|turn off|switch off|shut off|shut down|stop|bypass|remove)\\s{1,3}(?:the\\s{1,3}|all\\s{1,3}|our\\s{1,3}|my\\s{1,3}|its\\s{1,3})?(?:mfa|2fa|two-factor(?: auth\\w{0,10})?|multi-factor(?: auth\\w{0,10})?|audit (?:log(?:s|ging)?|trail)|auditd|cloudtrail|firewall|waf|endpoint protection|antivirus|defender|real-?time (?:monitoring|protection)|security alerts?|the alarm and (?:the )?cameras|alarm and cameras|security cameras)\\b',
  '\\bturn\\s{1,3}(?:the\\s{1,3})?(?:firewall|waf|mfa|2fa|audit log(?:ging)?|alarm)\\s{1,3}off\\b',
  '\\ballow\\s{1,3}0\\.0\\.0\\.0/0\\b', '\\b(?:open|expose)\\b[^\\n.]{0,40}\\b(?:to|for)\\s{1,3}0\\.0\\.0\\.0/0\\b',
  '\\bmake\\s{1,3}(?:it|them|the\\s{1,3}(?:\\w{1,20}\\s{1,3}){0,2}(?:bucket|snapshot|database|backup|repo(?:sitory)?))\\s{1,3}public\\b',
  '\\bshare with\\s{1,3}"?all aws accounts\\b',
].join('|');

/** Internal data leaving: piped to an upload, or put on a public or personal drop. */
const PIPE_OUT = [
  "\\|\\s{0,3}(?:gzip\\s{0,3}\\|\\s{0,3})?curl\\b[^\\n|]{0,80}(?:--data-binary|--data|-d\\s|-t\\s|--upload-file|@-)",
  '\\bcurl\\b[^\\n]{0,30}\\s(?:-f|--form)\\s{1,3}["\']?\\w{1,20}=@', "\\bcurl\\b[^\\n]{0,20}\\s-d\\s{0,2}[\"']?\\$\\((?:env|printenv|cat)\\b",
  '\\bscp\\b[^\\n]{0,80}\\s[\\w.-]{1,30}@(?:\\d{1,3}\\.){3}\\d{1,3}:',
].join('|');
const DROP = "(?:(?:a |an )?(?:new )?public (?:github )?(?:gist|pastebin|paste|link|url|folder|bucket|google doc\\w{0,2}|document|repo\\w{0,6}|s3)|pastebin|transfer\\.sh|paste\\.rs|webhook\\.site|my (?:personal|private) (?:dropbox|gmail|e-?mail|mail|drive|onedrive|google drive|account|number|phone|hotmail|telegram)|(?:personal|private) (?:dropbox|gmail|hotmail|onedrive)\\b)";
const INTERNAL = "(?:secrets?|keys?|credentials|tokens?|passwords?|\\.env|config\\w{0,9}|database|db|dump|backup|snapshot|employee\\w{0,2}|customers?|clients?|salar\\w{1,4}|payroll|files|inbox|mailbox|records|table|contracts?|ssns?|hashes|connection strings?)";
const UPLOAD = '(?:upload|paste|put|post|push|copy|dump|send|share|forward|export|drop|save|load|store)';
const SECRET_DATA = '(?:api keys?|access tokens?|tokens and keys|connection strings?|credentials|passwords?|secrets|secret (?:keys?|values)|environment variables|env vars|private keys?)';

export const AGENT_COMMAND_RULES: readonly Rule[] = [
  { id: 'command.agent_secret_read_out', category: 'command', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(SHOW), unless: ASKED_ABOUT,
    re: r(`(?:${SECRET_SOURCE})`) },
  { id: 'command.agent_destructive_run', category: 'command', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(RUN_ORDER), unless: ASKED_ABOUT,
    re: r(`(?:${DESTRUCTIVE})`) },
  { id: 'tool_abuse.agent_grant_admin', category: 'tool_abuse', score: 0.55, toolScore: 0.9, decisionOnly: true,
    unless: ASKED_ABOUT,
    requires: r(`${RUN_ORDER}|\\b(?:please|can you|could you|can u|go ahead|i need you to|paste|give me)\\b`),
    re: r(`(?:${GRANT_ADMIN})`) },
  { id: 'tool_abuse.agent_disable_security', category: 'tool_abuse', score: 0.55, toolScore: 0.9, decisionOnly: true,
    unless: ASKED_ABOUT,
    // An order to the agent, not advice to a person: a request form or a tool or console it holds.
    requires: r("\\b(?:please|pls|plz|can you|could you|can u|would you|go ahead|i need you to|i want you to|you have|you've got|you can reach|on my machine|via the|using the|with the|through the|in the [\\w-]{2,20} (?:dashboard|console|panel)|[\\w-]{2,20} tool)\\b"),
    re: r(`(?:${DISABLE_SECURITY})`) },
  { id: 'exfiltration.agent_upload_out', category: 'exfiltration', score: 0.6, toolScore: 0.9, decisionOnly: true,
    unless: ASKED_ABOUT,
    requires: r('\\b(?:curl|scp|gist|pastebin|paste|transfer|webhook|public|personal|private|https?)\\b'),
    re: r(`${PIPE_OUT}|\\b${INTERNAL}\\b[^\\n]{0,120}?\\b${UPLOAD}\\w{0,3}\\b[^\\n]{0,60}?\\b(?:to|in|into|on|onto) (?:a |an |the )?${DROP}|\\b${UPLOAD}\\w{0,3}\\b[^\\n]{0,120}?\\b${INTERNAL}\\b[^\\n]{0,80}?\\b(?:to|in|into|on|onto) (?:a |an |the )?${DROP}|\\b(?:post|send|upload|submit)\\b[^\\n.]{0,20}\\b(?:all |the |your )?${SECRET_DATA}\\b[^\\n]{0,80}?\\bto\\s{1,3}https?://`) },
];
