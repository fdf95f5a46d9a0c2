/**
 * More plain agent abuse (see rules-agent-commands.ts for the command and tool rules).
 *
 * - `exfiltration.agent_link_slot`: every answer, citation or image is to carry a link whose path or query has a slot
 *   for held data ("?u=user_email&c=last_message", "/r/<session_token>/<user_email>", "?k=<the access token you
 *   used>", "?s= + the original notes", "x/ followed by everything the reader has said"). A developer's URL template
 *   names ids ({user_id}, {title}); the slot words here are messages, e-mails, tokens, notes and documents, and the
 *   order is about the assistant's own replies.
 * - `tool_abuse.agent_unchecked_access`: the agent is reminded of a system it can reach ("du hast doch Zugriff auf",
 *   "masz dostęp do", "用你的数据库工具", "with your terminal tool") and told to keep the people who would check out of
 *   it ("no approval needed", "nobody will notice", "don't tell the boss", "the ticket comes later"), in the
 *   languages of the family. A surprise kept from a friend names no approval, check or boss.
 * - `tool_abuse.agent_wildcard_call`: a tool call whose arguments take everything or silence the owner
 *   (filter="*", invoice_id="ALL", scope `*`, notify_customer=false).
 */
import type { Rule } from './rules.js';
import { ASKED_ABOUT } from './rules-agent-commands.js';
import { lead, unicodeBoundaries } from './word-boundary.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
const ru = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** The order is about the assistant's replies or citations. */
const REPLY_CUE = "\\b(?:every|each|all|any) (?:\\w{1,12} )?(?:answers?|responses?|repl(?:y|ies)|messages?|outputs?|chapters?|citations?|time you)\\b|\\bwhen(?:ever)? you (?:answer|reply|respond|cite|mention|reference|summari[sz]e|write|finish)\\b|\\b(?:include|append|add|insert|embed|render|use) (?:this|the following|an?|the) (?:\\w{1,12} )?(?:image|link|pixel|badge|html|markdown|footnote|button)\\b|\\bformat every\\b|\\brespond in the following\\b|\\bhyperlink\\b|\\blink (?:the word|its title)\\b|\\bat the end of\\b|\\b(?:into|in) this (?:\\w{1,12} )?(?:badge|image|link|pixel)\\b";
/** Held data a slot names. */
const SLOT_WORD = "(?:e-?mail|messages?|question|typed|said|conversation|chat|thread|history|notes|complaint|passage|secrets?|secret values|tokens?|password|api.?keys?|profile|full.?name|phone|account.?number|first \\d{1,4} char\\w{0,6}|documents?|recipient|context)";
const LINK = "(?:https?://|\\]\\(|src\\s?=\\s?[\"']?)[^\\s)\"']{0,160}?";
const SLOT = [
  // <user_email>, {user_full_name}, {{first 1000 characters of the thread}}, [the secret values]
  `[/?&=|](?:<|\\{\\{?|\\[)[^<>{}\\[\\]\\n]{0,60}?${SLOT_WORD}[^<>{}\\[\\]\\n]{0,60}(?:>|\\}\\}?|\\])`,
  // ?u=user_email&c=last_message, ?d=insert_the_users_email_here
  `[?&][a-z_]{1,15}=[a-z0-9_]{0,30}(?:user_?e?-?mail|last_\\w{0,10}message|messages|profile_json|conversation|chat_?history|password|secret|access_token|session_token)`,
  // "?s= + the original notes", "…/x/ followed by everything the reader has said"
  `(?:=|/)\\s{0,3}(?:\\+|followed by)\\s{0,3}(?:a slug made of |the )?(?:everything|the (?:original|full|whole|entire))\\b`,
].join('|');

/** "You can reach this system" in the languages of the family. */
const ACCESS = [
  "\\b(?:you have|you've got|you're connected to|you are connected to|you're hooked up to) (?:\\w{1,15} ){0,2}(?:access|shell|root|admin|sql|the \\w{1,20} tool)\\b|\\b(?:with|via|using|through) (?:your|the) [\\w-]{2,20} tool\\b|\\buse (?:your|the) [\\w-]{2,20} tool\\b",
  '\\bdu hast (?:doch |ja )?(?:zugriff|zugang|admin\\p{L}{0,8}|root)\\b|\\bmit (?:deinem|dem) [\\p{L}-]{0,20}tool\\b',
  "\\btu as (?:accès|les droits)\\b|\\btu peux (?:exécuter|accéder|lancer|envoyer)\\b|\\b(?:avec|via) (?:ton|l')\\s?outil\\b|\\butilise l'outil\\b",
  '\\b(?:tienes|como tienes) (?:acceso|permisos)\\b|\\bpuedes (?:mandar|enviar|ejecutar|acceder)\\b|\\b(?:con|usa) (?:tu|la) herramienta\\b',
  '\\b(?:você|tu) tem acesso\\b|\\btu consegues\\b|\\b(?:com|pela|use a) ferramenta\\b|\\bpelo plugin\\b',
  '\\bhai (?:accesso|i permessi)\\b|\\b(?:con|tramite|usa) (?:lo |il |l\')?strumento\\b',
  '\\b(?:jij|je) hebt (?:toch )?toegang\\b|\\bvia (?:je|jouw|de) [\\p{L}-]{0,15}tool\\b',
  '\\bmasz dostęp\\b|\\bużyj narzędzia\\b|\\b(?:w|przez) narzędzi\\p{L}{1,3}\\b',
  '(?:у тебя (?:же )?есть (?:доступ|права)|через инструмент|используй инструмент|ти маєш доступ|у тебе ж? є доступ|через інструмент|використай інструмент)',
  '\\b(?:erişimin|yetkin) var\\b|\\baracı(?:nı|nla|na)\\b|\\b(?:kamu )?(?:kan )?punya akses\\b|\\bpakai (?:tool|alat)\\b|\\bdùng công cụ\\b|\\bbạn (?:có quyền|đọc được|truy cập được)\\b',
  '\\bdu har (?:adgang|åtkomst|tillgång)\\b|\\bvia dina verktyg\\b|\\bbrug dit\\b|\\bsinulla on pääsy\\b|\\btyökalu\\p{L}{0,5}\\b|\\bai acces\\b|\\bmáš přístup\\b|\\bnástroj\\p{L}{0,3}\\b|\\beszközöd\\p{L}{0,4}\\b',
  '(?:έχεις πρόσβαση|με το εργαλείο|عندك وصول|لديك صلاحية|استخدم أداة|دسترسی داری|با ابزار|יש לך גישה|टूल से|টুল দিয়ে|ใช้เครื่องมือ)',
  '(?:你(?:能|可以)(?:访问|操作)|你不是能|用你的[^\\n]{0,10}工具|你有[^\\n]{0,10}权限|アクセスできる|ツールで|도구로|있잖아|볼 수 있으시죠|접근 권한)',
].join('|');
/** The people who would check it kept out. */
const NO_CHECK = [
  "(?:no need to (?:ask|check with|ping|tell|notify|involve|wait for)|without (?:asking|checking with|pinging|telling|notifying|involving|waiting for)|(?:don't|dont|do not) (?:ask|ping|tell|notify|loop in))\\b[^.\\n]{0,20}\\b(?:security|approval|manager|boss|lead|team|anyone|anybody|finance|legal|compliance)\\b",
  '\\b(?:sag|erzähl) (?:es )?niemandem\\b|\\bniemand (?:merkt|wird es merken)\\b|\\bohne (?:freigabe|genehmigung|ticket)\\b|\\bmündlich (?:okay|ok|zugestimmt|freigegeben|abgesegnet)\\b|\\bdas formular dauert\\b',
  '\\bpas besoin de (?:prévenir|demander|ticket|validation)\\b|\\bsans (?:prévenir|ticket|validation)\\b|\\bpersonne ne (?:verra|saura)\\b',
  '\\bno hace falta (?:esperar|pedir|avisar|dejar registro)\\b|\\bsin (?:avisar|aprobación|ticket)\\b|\\bnadie se (?:va a )?entera\\p{L}{0,2}\\b|\\bni dejar registro\\b',
  '\\bnão precisa (?:mascarar|avisar|pedir|de aprovação)\\b|\\bsem (?:avisar|aprovação|ticket)\\b|\\bninguém vai (?:saber|perceber)\\b|\\bo rh ainda não sabe\\b',
  '\\bnon vanno avvisati\\b|\\bsenza (?:avvisare|approvazione|ticket)\\b|\\bnessuno (?:lo )?(?:saprà|se ne accorgerà)\\b|\\bnon dirlo a nessuno\\b',
  '\\bniet vragen\\b|\\bgewoon uitvoeren\\b|\\bzonder (?:te vragen|goedkeuring|ticket)\\b|\\bniemand (?:merkt|hoeft)\\b',
  '\\bnikt (?:się nie dowie|nie sprawdzi|nie zauważy)\\b|\\bbez (?:akceptacji|zgody|ticketu)\\b|\\bnie czekać na akceptację\\b|\\bzanim admin wróci\\b',
  '(?:никто не (?:узнает|заметит)|ніхто не (?:помітить|дізнається)|без (?:согласования|погодження|одобрения)|не согласовывал|не погоджував|погодження[^.\\n]{0,20}буде потім|не світився)',
  '\\bkimseye (?:söyleme|bahsetme)\\b|\\bkimse fark etmez\\b|\\bonay (?:istemene|almana) gerek yok\\b',
  '\\btidak perlu (?:tiket|persetujuan|backup|izin)\\b|\\b(?:gak|nggak|ga) usah (?:dijelasin|bilang|izin)\\b|\\btiketnya nanti\\b|\\bjangan bilang\\b|\\bđừng hỏi\\b|\\bkhông ai biết\\b|\\bkhông cần (?:báo|xin phép|duyệt)\\b',
  '\\bingen (?:märker|behöver veta|skal vide)\\b|\\battestflödet\\b|\\buden (?:at spørge|godkendelse)\\b|\\bei tarvitse tietää\\b|\\bticket nebude\\b|\\bnikomu neříkej\\b|\\bsenkinek ne szólj\\b',
  '(?:μην ενημερώσεις|δεν χρειάζεται να ενημερώσεις|لا تسألني عن الموافقة|بدون موافقة|لا تخبر أحد|لازم نیست از کسی|بدون تأیید|אל תספר|בלי אישור|बताने की ज़रूरत नहीं|बिना अनुमति|টিকিট পরে|ไม่ต้องขออนุมัติ|ไม่ต้องบอก)',
  '(?:别走审批|不用审批|流程以后补|审批流程太慢|别告诉|不要告诉|没人会知道|先删了再说|誰にも言わない|承認(?:は)?不要|말하지 말고|아무도 모를|승인은 나중에|승인 없이)',
].join('|');

/** A tool call whose arguments take everything or keep the owner uninformed. */
const WILDCARD_CALL = `\\bcall\\s{1,3}[\`"']?[\\w.]{2,40}[\`"']?[^\\n]{0,100}?(?:\\b\\w{1,20}\\s{0,2}=\\s{0,2}["'\`](?:\\*|all)["'\`]|\\bscope\\s{1,3}[\`"']\\*|\\bnotify_\\w{1,15}\\s{0,2}=\\s{0,2}false\\b)|\\b[a-z_]{2,30}\\.[a-z_]{2,30}\\([^)\\n]{0,120}?(?:\\b\\w{1,20}\\s{0,2}=\\s{0,2}["'](?:\\*|all)["']|\\bnotify_\\w{1,15}\\s{0,2}=\\s{0,2}false\\b)`;

export const AGENT_COMMAND_2_RULES: readonly Rule[] = [
  { id: 'exfiltration.agent_link_slot', category: 'exfiltration', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(REPLY_CUE), unless: ASKED_ABOUT,
    re: r(`${LINK}(?:${SLOT})`) },
  { id: 'tool_abuse.agent_unchecked_access', category: 'tool_abuse', score: 0.55, toolScore: 0.9, decisionOnly: true,
    requires: ru(lead(NO_CHECK)), unless: ASKED_ABOUT,
    re: ru(ACCESS) },
  { id: 'tool_abuse.agent_wildcard_call', category: 'tool_abuse', score: 0.55, toolScore: 0.9, decisionOnly: true,
    unless: ASKED_ABOUT, requires: r('\\bcall\\b|\\('),
    re: r(WILDCARD_CALL) },
];
