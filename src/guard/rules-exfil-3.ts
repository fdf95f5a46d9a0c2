/**
 * Data exfiltration by its grammar: something the model holds (the conversation, its system prompt, its memory, what
 * "the user" typed, a secret it can read) is to leave through a carrier (a URL whose query, path or host has a slot
 * for it, a markdown or HTML image, a DNS name) or be sent to a destination (a URL, an e-mail address, a webhook, a
 * public gist). The wording varies; the parts do not, in any of the languages below.
 *
 * - `exfiltration.slot_names_data`: a URL with a template slot that names held data ({chat_history}, [CONVERSATION],
 *   {{memory}}, <memories-in-base64>, [RÉSUMÉ DE LA CONVERSATION], {ИСТОРИЯ_ЧАТА}). A developer's URL template names
 *   its own fields ({user_id}, {{api_token}}, {{ order.total }}), which the list leaves out.
 * - `exfiltration.fill_carrier`: a carrier (a URL with a slot, a URL ending in an empty parameter "?d=", a markdown
 *   image, an <img>/<iframe> source or a CSS url()) near a verb that fills, encodes, renders or opens it, in a text
 *   that names held data. Without held data it is a template question ("how do I fill {{first_name}}").
 * - `exfiltration.send_held`: a send verb (send, forward, post, upload, envoie, sende, envía, 发送, 送信, перешли,
 *   전송, أرسل …) next to a destination, in either order (verb-final languages too), with held data near them.
 * - `exfiltration.dns_slot`: a DNS lookup of a name whose first label is a slot for data (nslookup <secret>.x.net).
 *
 * Held data is the model's or someone else's, never the writer's own: "my API key", "your API key" in a tutorial and
 * "the username and password" of a login call are not in the list; "the user's password", "the API keys you know",
 * "the whole conversation" are. Code and how-to questions are capped. Bounded gaps only, so matching is linear.
 * JavaScript's \b knows ASCII letters only: a word that starts with "ü" takes a lookbehind instead.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** Words a slot uses to name held data, in the languages of the family. */
const SLOT_DATA = [
  'conversation', 'convo', 'chat', 'histor', 'memor', 'summary', 'prompt', 'instructions', 'password', 'passwort', 'secret',
  'credential', 'cookie', 'messages', 'transcript', 'résumé', 'resumen', 'resumo', 'riassunto', 'zusammenfassung', 'verlauf',
  'conversación', 'conversa', 'conversazione', 'cronologia', 'contraseña', 'senha', 'segreto', 'secreto', 'geheim', 'mot de passe',
  'истори', 'переписк', 'диалог', 'парол', 'секрет', '对话', '聊天', '记忆', '密码', '会话', '摘要', '会話', '要約', '履歴',
  'パスワード', '대화', '비밀번호', '기록', 'المحادثة', 'سجل', 'كلمة المرور',
].join('|');

/** A template slot: {x}, {{x}}, [x], <x>, $X, INSERT_X_HERE, or an upper-case env name that ends in key/token/secret. */
const SLOT = '(?:\\{\\{?[^{}\\n]{1,60}\\}\\}?|\\[[^\\]\\n]{1,60}\\]|<[^<>\\n]{1,60}>|\\$[a-z_]{2,30}|\\binsert[_ ][a-z_ ]{1,30}[_ ]here\\b|\\b[a-z]{2,20}_[a-z_]{0,20}(?:key|token|secret|password)\\b)';
/** A URL whose own characters run on into a slot. */
const URL_SLOT = `https?://[^\\s"'()]{0,160}?${SLOT}`;
const URL_SLOT_DATA = `https?://[^\\s"'()]{0,160}?(?:\\{\\{?[^{}\\n]{0,40}(?:${SLOT_DATA})[^{}\\n]{0,40}\\}\\}?|\\[[^\\]\\n]{0,40}(?:${SLOT_DATA})[^\\]\\n]{0,40}\\]|<[^<>\\n]{0,40}(?:${SLOT_DATA})[^<>\\n]{0,40}>)`;
/** A URL that ends in an empty parameter ("…/c?d= followed by …"), or a markdown image, HTML source or CSS url(). */
const CARRIER = [
  URL_SLOT,
  'https?://[^\\s"\'()]{0,160}[?&][a-z0-9_]{1,15}=(?=[\\s"\')\\],]|$)',
  '!\\[[^\\]\\n]{0,80}\\]\\(\\s{0,3}https?://',
  '<(?:img|iframe|image|source|embed)\\b[^>\\n]{0,80}\\bsrc\\s{0,2}=',
  '\\burl\\(\\s{0,2}[\'"]?https?://',
].join('|');

/** Filling, encoding, rendering or opening the carrier. */
const FILL = [
  "\\b(?:replac|substitut|fill|append|attach|concatenat|encod|insert|embed|render|display|includ|open|visit|fetch|brows|load|call)\\w{0,6}\\b",
  '\\b(?:followed by|put (?:it|them)|add|show|with (?:the )?[a-z\' ]{1,40} (?:filled in|appended|added|inserted))\\b',
  "\\b(?:remplaç|remplac|ajout|insér|insèr|encod|affich|ersetz|einsetz|häng|hänge|kodiert|einfüg|anzeig|sustitu|reemplaz|incluy|inclu|codific|coloqu|substitu|sostitu|inserisc|compil|mostr|exib)\\w{0,6}",
  'подстав', 'замени', 'встав', 'закодир', '替换', '填入', '拼接', '附加', '编码', '置き換', '入れて', '埋め込', 'エンコード',
  '대체', '채워', '붙인', '붙여', '인코딩', 'استبدل', 'ضع', 'أضف', 'أدرج', 'رمّز',
].join('|');

/** Data the model holds, or the user's, named by someone who is not that user. */
const HELD = [
  '\\bsystem (?:prompt|message)s?\\b', '\\b(?:hidden|initial|original|secret|internal) (?:instructions|prompt)\\b',
  // "the whole conversation", not where something is tried out ("see if markdown images work in this chat")
  '(?<!\\b(?:work|works|working|render|renders|rendered|rendering|display|displays|displayed) in )\\b(?:the|this|our|whole|entire|full|complete) (?:conversation|chat|thread|transcript)\\b',
  '\\b(?:conversation|chat) (?:so far|history|log|transcript)\\b', '\\bchat_history\\b',
  '\\b(?:previous|earlier|prior|last) (?:\\w{1,10} )?(?:messages?|questions?|prompts?|replies)\\b',
  '\\bsummary of (?:the|our|this) (?:chat|conversation)\\b', '\\bsummari[sz]e (?:our|the|this) (?:chat|conversation)\\b',
  '\\b(?:your|the user\'?s?|saved|stored) memor(?:y|ies)\\b', '\\bstored in your memory\\b', '\\beverything you remember\\b',
  "\\b(?:the )?(?:user|attendee|customer|recipient|participant|victim)s?'s? (?:\\w{1,12} ){0,2}(?:password|passcode|pin|token|api key|key|secret|credentials|cookie|session|e-?mail(?: address)?|phone(?: numbers?)?|address|name|card(?: number)?|ssn|messages?|notes|files|documents|uploads|history|conversation|chat|data|location)s?\\b",
  '\\b(?:the )?(?:password|token|key|secret|notes|documents|files|data) (?:that )?the user (?:gave|told|typed|entered|shared|pasted|uploaded|sent)\\b',
  "\\b(?:what|everything|anything) (?:the user|they|he|she) (?:typed|said|wrote|told you|asked|shared|pasted)\\b",
  '\\b(?:all|every|any) (?:the |of the )?(?:api keys|passwords|secrets|tokens|credentials|cookies)\\b',
  '\\b(?:api keys?|passwords?|secrets?|tokens?|credentials) (?:you (?:know|have|can see|hold|remember|were given)|from (?:earlier|before|the chat|the conversation|your context|the config))\\b',
  '\\bthe real (?:session )?(?:token|key|secret|password|cookie)\\b', '\\bsession (?:token|cookie)\\b', "\\benvironment variable'?s? value\\b",
  '\\bcontents of [^\\n]{0,30}(?:\\.env\\b|id_rsa|secrets?\\.ya?ml|credentials)', '\\b(?:the |your )?\\.env file\\b',
  // fr, de, es, pt, it
  "\\b(?:la |cette |notre |toute la )conversation\\b", "\\bhistorique (?:de la |du |des )?(?:conversation|chat|discussion|échanges?)\\b",
  "\\bprompt (?:système|systeme)\\b", "\\bde l'utilisateur\\b", "\\bque l'utilisateur\\b", "\\btous les (?:e-?mails|messages|documents|fichiers)\\b",
  "\\b(?:chat|gesprächs|unterhaltungs)verlauf\\b", "\\bsystem-?prompt\\b", "\\bsystemanweisungen\\b", "\\b(?:alle )?api-schlüssel\\b", "\\bdes (?:nutzers|benutzers|users)\\b",
  "\\b(?:la |esta |toda la )conversación\\b", "\\bhistorial\\b", "\\bprompt del sistema\\b", "\\b(?:del|que el) usuario\\b", "\\btodos los (?:correos|mensajes|documentos|archivos)\\b",
  "\\b(?:desta|da|toda a|esta) conversa\\b", "\\bprompt do sistema\\b", "\\b(?:do|que o) (?:usuário|utilizador)\\b", "\\btodos os (?:e-?mails|documentos|arquivos|ficheiros)\\b", "\\btodas as mensagens\\b",
  "\\b(?:la |questa |tutta la )conversazione\\b", "\\bprompt di sistema\\b", "\\b(?:dell'|che l')utente\\b", "\\btutti i (?:documenti|messaggi|file|email)\\b",
  // zh, ja, ru, ko, ar
  '对话', '聊天记录', '系统提示', '记忆', '用户的', 'システムプロンプト', '会話', 'チャット履歴', 'ユーザーの', '記憶',
  'переписк', 'истори\\S{0,3} (?:чата|диалога|переписки|сообщений)', 'системн\\S{0,3} (?:промпт|инструкци)', 'пользовател', 'все сообщения',
  '대화', '채팅 기록', '시스템 프롬프트', '사용자의', '기억',
  'المحادثة', 'موجه النظام', 'تعليمات النظام', 'المستخدم',
].join('|');

/** Sending it somewhere. */
const SEND = [
  '\\b(?:send|forward|post|upload|e-?mail|transmit|exfiltrate|leak|submit|deliver|push|dm|pipe|beacon)\\b',
  '\\b(?:envoie|envoyez|envoyer|transf[eè]re|transférez|transférer|publie|téléverse)\\b',
  '\\b(?:sende|senden|schicke?|weiterleiten|leite)\\b', '(?<!\\p{L})übermittl',
  '\\b(?:envía|envia|envíe|enviar|reenvía|reenvíe|reenviar|manda|mande|envie|encaminhe|encaminhar)\\b',
  '\\b(?:invia|inviare|inoltra|inoltrare|mandare|carica)\\b',
  '发送', '发到', '发给', '转发', '上传', '传到', '送信', '送って', '転送', 'アップロード',
  'отправ', 'перешли', 'пересл', 'пошли', 'загрузи', '전송', '보내', '전달', '업로드', 'أرسل', 'ارسل', 'إرسال', 'حوّل', 'ارفع',
].join('|');

/**
 * Where it goes: a URL, an e-mail address, a webhook or a public paste. The address's local part starts where its
 * token starts, so the pattern is not retried at every letter of every word.
 */
const DEST = "(?:https?://[^\\s]{3,}|(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,4}\\.[a-z]{2,10}\\b|\\bwebhook\\b|\\b(?:public |secret |new )?gist\\b|\\bpastebin\\b)";

const G = '[^\\n]{0,140}';
const SEND_DEST = `(?:${SEND})${G}${DEST}|${DEST}${G}(?:${SEND})`;

const HELD_RE = r(HELD);
/** Held data within `reach` characters of the match: without it a carrier or a send is everyday (a template, one's own mail). */
const heldNear = (reach: number) => (lower: string, match: string, index: number): boolean =>
  !HELD_RE.test(lower.slice(Math.max(0, index - reach), index + match.length + reach));

/** The writer's own code, or a question about how something works. */
const OWN_CODE = r("\\b(?:write|create|build|implement|generate) (?:a |an |the |me a |me an )?(?:[a-z-]{1,15} ){0,2}(?:function|script|handler|endpoint|class|method|program|snippet|test|middleware|lambda|workflow|action)\\b|\\b(?:how (?:do|can|should|would|to)|is it (?:safe|possible)|explain|what is|what's|why does|mitigat\\w{0,5}|prevent\\w{0,3}|protect\\w{0,3}|detect\\w{0,3}|content-security-policy|csp|should (?:we|i) (?:just )?(?:escape|sanitize|sanitise|strip|block|render|allow|disable)|what do (?:most|other) [a-z ]{0,20}do)\\b|```|\\b(?:fetch|axios\\.(?:get|post)|requests\\.(?:get|post))\\(|\\bcurl -[a-z]\\b");

export const EXFIL_3_RULES: readonly Rule[] = [
  { id: 'exfiltration.slot_names_data', category: 'exfiltration', score: 0.7, toolScore: 0.9,
    requires: /https?:\/\//, re: r(URL_SLOT_DATA), unless: OWN_CODE },
  // The held-data lexicon is long: it runs only on a carrier or a send that matched, over the text around it.
  { id: 'exfiltration.fill_carrier', category: 'exfiltration', score: 0.65, toolScore: 0.9,
    requires: /https?:\/\/|<i(?:mg|frame)\b/, re: r(`(?:${FILL})[^\\n]{0,160}(?:${CARRIER})|(?:${CARRIER})[^\\n]{0,200}(?:${FILL})`),
    unless: OWN_CODE, everyday: heldNear(400) },
  { id: 'exfiltration.send_held', category: 'exfiltration', score: 0.65, toolScore: 0.9,
    requires: /https?:\/\/|@|\b(?:webhook|gist|pastebin)\b/, re: r(SEND_DEST), unless: OWN_CODE, everyday: heldNear(160) },
  { id: 'exfiltration.dns_slot', category: 'exfiltration', score: 0.7, toolScore: 0.9,
    re: r(`\\b(?:nslookup|dig|resolve|resolv\\w{1,4}|dns|lookup|host)\\b[^\\n]{0,100}(?:<[^<>\\s]{1,30}>|\\{[^{}\\s]{1,30}\\}|\\$[a-z_]{1,30}|\\[[^\\]\\s]{1,30}\\])\\.(?:[a-z0-9-]{1,40}\\.){1,4}[a-z]{2,10}\\b`),
    requires: /\b(?:secret|secrets|hex|base64|encod\w{0,3}|token|key|password|credentials|data|payload)\b/ },
];
