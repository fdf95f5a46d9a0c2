/**
 * Hand-written multilingual cues for instructions planted in pasted documents,
 * in the 17 languages of rules-multilingual.ts: "ignore the page/document and
 * state: …", "your account has been compromised, follow this link …" and a
 * false claim of authority ("I am your developer"). They are `indirect` rules:
 * strong inside a pasted document or a tool result, weak evidence otherwise.
 * Each phrase is a direct translation of the English cue; a language on its own
 * is never evidence. Non-Latin scripts do not use \b (JavaScript word
 * boundaries are ASCII-only). Bounded gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** "Ignore the <document> and state/say/indicate/answer: …", one line per language. */
const IGNORE_AND_STATE = [
  "\\b(?:ignore[zr]?|oublie[zr]?)\\b[^.\\n]{0,50}\\bet (?:indique[zr]?|dis|dites|déclare[zr]?|affirme[zr]?|écri(?:s|vez)|répond(?:s|ez)|l'état|l'?énonc)",
  '\\b(?:ignora|ignore|olvida)\\b[^.\\n]{0,50}\\by (?:di|diga|declara|declare|indica|indique|afirma|afirme|responde|responda|escribe|escriba|el estado)\\b',
  '\\b(?:ignore|ignora|esqueça)\\b[^.\\n]{0,50}\\be (?:diga|declare|indique|afirme|responda|escreva|o estado)\\b',
  '\\b(?:ignorier\\w{0,3}|vergiss|vergessen sie)\\b[^.\\n]{0,50}\\bund (?:sag\\w{0,2}|erklär\\w{0,2}|antworte\\w{0,2}|schreib\\w{0,2}|geben sie|gib|stelle\\w{0,2} fest|behaupte\\w{0,2}|den zustand)\\b',
  "\\b(?:ignora|ignori|dimentica)\\b[^.\\n]{0,50}\\be (?:di'|dì|dichiara|afferma|indica|rispondi|scrivi|lo stato)",
  '(?:игнорир\\S{0,6}|проигнорир\\S{0,6}|забудь\\S{0,2})[^.\\n]{0,50}\\sи (?:скаж\\S{0,4}|заяв\\S{0,4}|укаж\\S{0,4}|ответ\\S{0,4}|напиш\\S{0,4}|сообщ\\S{0,4}|состояни)',
  '(?:忽略|无视|忽视|忘记)[^。\\n]{0,20}(?:并|然后|而是)[^。\\n]{0,6}(?:说(?!明)|声明|表示|陈述|回答|写|指出|表明)',
  '無視(?:して|し)[^。\\n]{0,30}(?:述べ|言って|答え|書いて|伝え|主張|示して)',
  '무시하고[^.\\n]{0,30}(?:말하|진술|답하|작성|명시|주장|나타내|표시하)',
  '(?:bỏ qua|phớt lờ|lờ đi)[^.\\n]{0,50} và (?:nói|nêu|tuyên bố|trả lời|viết|khẳng định|cho biết|chỉ ra)',
  '(?:yok say|görmezden gel|unut)\\S{0,6}[^.\\n]{0,40}\\s(?:ve )?(?:şunu |şöyle )?(?:söyle|belirt|yaz|yanıtla|beyan|iddia)',
  '\\b(?:abaikan|lupakan)\\b[^.\\n]{0,50}\\bdan (?:katakan|nyatakan|sebutkan|jawab|tulis|tuliskan|tunjukkan|tunjukan|sampaikan|tegaskan)\\b',
  '(?:เพิกเฉย|ไม่ต้องสนใจ|ละเว้น)[^\\n]{0,40}และ[^\\n]{0,6}(?:ระบุ|บอก|กล่าว|ตอบ|เขียน)',
  '(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|उपेक्षा)[^।\\n]{0,40}और (?:कहें|कहो|बताएं|बतायें|बताये|बताइए|बताओ|लिखें|घोषित|उत्तर|इंगित|दिखाएं)',
  '(?:تجاهل|انس)[^.\\n]{0,40}\\sو(?:قل|اذكر|صرح|أعلن|اكتب|أجب|ذكر|أشر|وضح|بين)',
  '(?:উপেক্ষা|অগ্রাহ্য)[^।\\n]{0,40}এবং (?:বলুন|বলো|জানান|লিখুন|উল্লেখ|বিবৃতি|নির্দেশ কর)',
  '\\b(?:huwag pansinin|balewalain|ignorahin)\\b[^.\\n]{0,50}\\bat (?:sabihin|sabihing|ipahayag|isulat|sagutin|ipahiwatig)\\b',
];

/** "Your account has been compromised / hacked / locked", one line per language. */
const ACCOUNT_COMPROMISED = [
  '\\bvotre compte (?:a été|est) (?:compromis|piraté|bloqué|suspendu)',
  '\\b(?:su|tu) cuenta (?:ha sido|fue|está) (?:comprometida|hackeada|pirateada|bloqueada|suspendida|vulnerada)',
  '\\b(?:a sua|sua|a tua) conta (?:foi|está|tem sido) (?:comprometida|hackeada|pirateada|bloqueada|suspensa|invadida)',
  '\\b(?:ihr|dein) konto (?:wurde|ist) (?:kompromittiert|gehackt|gesperrt)',
  "\\b(?:il tuo|il suo) account è stato (?:compromesso|violato|hackerato|bloccato|sospeso)",
  '(?:ваш|твой) (?:аккаунт|учетн\\S{0,4} запис\\S{0,2}|счет|счёт) (?:был\\S{0,2} )?(?:скомпрометирован|взломан|заблокирован)',
  '(?:您|你)的(?:帐户|账户|账号|帳戶|帳號)(?:已经|已)?(?:被|遭)',
  'アカウントが[^。\\n]{0,6}(?:侵害|ハッキング|乗っ取|ロック|停止)',
  '계정이[^.\\n]{0,6}(?:해킹|손상|도용|잠겼|정지|침해)',
  'tài khoản của bạn (?:đã )?bị (?:xâm phạm|hack|tấn công|khóa|đánh cắp)',
  'hesabınız[^.\\n]{0,20}(?:ele geçirildi|tehlikeye|hacklendi|kilitlendi|askıya)',
  '\\bakun anda (?:telah |sudah )?(?:disusupi|diretas|dibobol|dikompromikan|dikunci|diblokir)\\b',
  'บัญชีของคุณ(?:ได้)?ถูก',
  'आपका खाता[^।\\n]{0,20}(?:हैक|समझौता|ब्लॉक|लॉक|निलंबित)',
  'حسابك[^.\\n]{0,15}(?:اختراق|اخترق|للخطر|قفل|إيقاف|تعليق)',
  'আপনার অ্যাকাউন্ট[^।\\n]{0,20}(?:হ্যাক|আপস|ঝুঁকি|লক|স্থগিত)',
  '\\bang (?:iyong|inyong) account ay (?:na-hack|nakompromiso|na-kompromiso|na-lock)',
];
/** A link or "follow/click" cue: the compromised-account notice must send the reader somewhere. */
const LINK = r('https?:|<a |href|\\blink\\b|\\blien\\b|enlace|ligação|\\blink|ссылк|链接|鏈接|リンク|링크|liên kết|bağlant|tautan|ลิงก์|लिंक|رابط|লিংক|লিঙ্ক');

/** A false claim of authority inside a document: "I am your developer". */
const I_AM_DEVELOPER = [
  "\\b(?:i am|i'm) your (?:developer|creator|programmer)\\b",
  '\\bje suis (?:votre|ton) (?:développeur|créateur|programmeur)', '\\bsoy (?:tu|su) (?:desarrollador|creador|programador)\\b',
  '\\bsou (?:o )?(?:seu|teu) (?:desenvolvedor|criador|programador)\\b', '\\bich bin (?:dein|ihr) (?:entwickler|schöpfer|programmierer)\\b',
  '\\bsono il (?:tuo|suo) (?:sviluppatore|creatore|programmatore)\\b', 'я (?:ваш|твой) (?:разработчик|создатель|программист)',
  '我是(?:你|您)的(?:开发者|开发人员|创造者|程序员|開發者)', '(?:私|僕)は(?:あなたの)?(?:開発者|作成者|プログラマー)', '(?:저는|나는) (?:당신의|귀하의|너의) (?:개발자|제작자)',
  'tôi là (?:nhà phát triển|người tạo ra|lập trình viên) của bạn', '\\bben (?:senin|sizin) (?:geliştiricin|geliştiriciniz|yaratıcın)',
  '\\bsaya (?:adalah )?(?:pengembang|pembuat|pemrogram) anda\\b', '(?:ฉัน|ผม)(?:เป็น|คือ)(?:นักพัฒนา|ผู้สร้าง)ของคุณ',
  'मैं (?:आपका|तुम्हारा) (?:डेवलपर|निर्माता|प्रोग्रामर)', 'أنا (?:مطورك|المطور الخاص بك|مبرمجك)', 'আমি (?:আপনার|তোমার) (?:ডেভেলপার|নির্মাতা|প্রোগ্রামার)',
  '\\bako ang (?:iyong |inyong )?(?:developer|tagalikha|programmer)\\b',
];

/** Cheap gates (shared, memoised): the ignore verbs and the developer nouns of the lists above. */
const IGNORE_WORDS = r('ignor|oubli|olvid|esqueç|vergiss|vergessen|dimentica|игнор|забуд|忽略|无视|忽视|忘记|無視|무시|bỏ qua|phớt lờ|lờ đi|yok say|görmezden|unut|abaikan|lupakan|เพิกเฉย|ไม่ต้องสนใจ|ละเว้น|अनदेखा|नज़रअंदाज़|नजरअंदाज|उपेक्षा|تجاهل|انس|উপেক্ষা|অগ্রাহ্য|huwag pansinin|balewalain');
const DEVELOPER_WORDS = r('developer|creator|programm|programad|программист|développeur|créateur|desarrollador|creador|desenvolvedor|criador|entwickler|schöpfer|sviluppatore|creatore|разработчик|создатель|开发|開發|创造者|程序员|開発者|作成者|プログラマー|개발자|제작자|nhà phát triển|người tạo ra|lập trình viên|geliştirici|yaratıcı|pengembang|pembuat|pemrogram|นักพัฒนา|ผู้สร้าง|डेवलपर|निर्माता|प्रोग्रामर|مطور|مبرمج|ডেভেলপার|নির্মাতা|প্রোগ্রামার|tagalikha');

export const MULTILINGUAL_INDIRECT_RULES: readonly Rule[] = [
  { id: 'indirect.multilingual_ignore_state', category: 'indirect', score: 0.45, toolScore: 0.85, requires: IGNORE_WORDS, re: r(IGNORE_AND_STATE.join('|')) },
  { id: 'indirect.multilingual_account', category: 'indirect', score: 0.45, toolScore: 0.85, requires: LINK, re: r(ACCOUNT_COMPROMISED.join('|')) },
  { id: 'indirect.claimed_developer', category: 'indirect', score: 0.45, toolScore: 0.85, requires: DEVELOPER_WORDS, re: r(I_AM_DEVELOPER.join('|')) },
];
