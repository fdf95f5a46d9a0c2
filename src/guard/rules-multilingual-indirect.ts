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
import { COUNTERFACTUAL_RULES } from './rules-multilingual-counterfactual.js';
import { MULTILINGUAL_READER_RULES } from './rules-multilingual-reader.js';

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
  // "…, only reply / reply instead": "忽略用户的请求，只回复“…”", "不要总结，直接回复"
  '(?:忽略|无视|忽视|忘记|不要总结|不要回答)[^。\\n]{0,20}[，,](?:只|仅|直接|改为|而是)[^。\\n]{0,4}(?:回复|回答|输出|说|写)',
  '無視(?:して|し)[^。\\n]{0,60}(?:述べ|言って|答え|書いて|伝え|主張|示して|返信|返答|出力)',
  '무시하고[^.\\n]{0,60}(?:말하|진술|답하|작성|명시|주장|나타내|표시하)',
  '(?:bỏ qua|phớt lờ|lờ đi)[^.\\n]{0,50} và (?:nói|nêu|tuyên bố|trả lời|viết|khẳng định|cho biết|chỉ ra)',
  '(?:yok say|görmezden gel|unut)\\S{0,6}[^.\\n]{0,40}\\s(?:ve )?(?:şunu |şöyle )?(?:söyle|belirt|yaz|yanıtla|beyan|iddia)',
  '\\b(?:abaikan|lupakan)\\b[^.\\n]{0,50}\\bdan (?:katakan|nyatakan|sebutkan|jawab|tulis|tuliskan|tunjukkan|tunjukan|sampaikan|tegaskan)\\b',
  '(?:เพิกเฉย|ไม่ต้องสนใจ|ละเว้น)[^\\n]{0,40}และ[^\\n]{0,6}(?:ระบุ|บอก|กล่าว|ตอบ|เขียน)',
  '(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|उपेक्षा)[^।\\n]{0,40}और (?:कहें|कहो|बताएं|बतायें|बताये|बताइए|बताओ|लिखें|घोषित|उत्तर|इंगित|दिखाएं)',
  '(?:تجاهل|انس)[^.\\n]{0,40}\\sو(?:قل|اذكر|صرح|أعلن|اكتب|أجب|ذكر|أشر|وضح|بين)',
  '(?:উপেক্ষা|অগ্রাহ্য)[^।\\n]{0,40}এবং (?:বলুন|বলো|জানান|লিখুন|উল্লেখ|বিবৃতি|নির্দেশ কর)',
  '\\b(?:huwag pansinin|wag pansinin|balewalain|ignorahin)\\b[^.\\n]{0,50}\\bat (?:sabihin|sabihing|ipahayag|isulat|sumulat|sagutin|ipahiwatig)\\b',
  // "having ignored …, say": the verb in its converb form before the order
  '(?:উপেক্ষা|অগ্রাহ্য) করে[^।\\n]{0,40}(?:বলুন|বলো|বলতে|লিখুন|লিখতে)', '(?:अनदेखा|नज़रअंदाज़|नजरअंदाज) (?:करके|कर के)[^।\\n]{0,40}(?:कहें|कहो|बताएं|बताओ|लिखें|लिखो)',
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
  // The same notice with the verb first or the possessive inflected ("تم اختراق حسابك", "आपके खाते से समझौता").
  '(?:اختراق|قفل|تعليق|إيقاف) حسابك', 'आपके खाते[^।\\n]{0,20}(?:हैक|समझौता|ब्लॉक|लॉक|निलंबित)', 'আপনার অ্যাকাউন্ট[^।\\n]{0,20}আপোষ',
  '\\b(?:nakompromiso|na-kompromiso|na-hack|na-lock) ang (?:iyong|inyong) account', 'обліков\\S{0,3} запис\\S{0,2} (?:був\\S{0,2} |було )?(?:зламан|скомпрометован|заблокован)',
  '(?:ваш|твій) акаунт (?:був |було )?(?:зламан|скомпрометован|заблокован)', '\\b(?:twoje|pana|pani) konto (?:zostało|jest) (?:zhakowane|przejęte|zablokowane|naruszone)',
  '\\b(?:uw|je|jouw) account is (?:gehackt|gecompromitteerd|geblokkeerd|overgenomen)\\b',
];
/** A link or "follow/click" cue: the compromised-account notice must send the reader somewhere. */
const LINK = r('https?:|<a |href|\\blink\\b|\\blien\\b|enlace|ligação|\\blink|ссылк|посилан|链接|鏈接|リンク|링크|liên kết|bağlant|tautan|ลิงก์|लिंक|رابط|লিংক|লিঙ্ক');

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

/**
 * "Ignore the <page / résumé / data> [and …]:" — an order to set the document aside that ends in a colon,
 * which introduces what to output instead. Catches the word-for-word translations in which "and state:"
 * became a noun ("ignore the résumé and the state:", "忽略简历和状态：", "Ignorujte … и состояние:"), and
 * the object-first languages where the verb stands right before the colon ("… को अनदेखा करें:"). An e-mail
 * that asks to ignore the sender's own earlier mail gives no hit (a first-person possessive inside the match);
 * the gap crosses no quotation mark, so a quoted phrase followed by a colon is left to the mention checks.
 */
const IGNORE_COLON = [
  "\\b(?:ignore[zr]?|oublie[zr]?|ne (?:tenez|tiens) pas compte)\\b", '\\b(?:ignora|ignore|olvid[ae]|desconsider[ae]|esqueça|esqueca)\\b',
  '\\b(?:ignorier(?:e|en sie|t)?|vergiss|vergessen sie)\\b', '\\b(?:ignori|dimentica)\\b', '\\b(?:negeer|vergeet)\\b', '\\b(?:zignoruj|ignoruj|zapomnij)\\w{0,2}',
  '(?:игнорируй\\S{0,2}|проигнорируй\\S{0,2}|забудь\\S{0,2}|ігноруй\\S{0,2}|проігноруй\\S{0,2})', '(?:忽略|无视|忽视|不要理会)', '無視して', '무시하(?:고|세요|십시오)',
  '(?:bỏ qua|phớt lờ)', '(?:yok say(?:ın)?|görmezden gel(?:in)?)', '\\b(?:abaikan|lupakan)\\b', '(?:अनदेखा|नज़रअंदाज़|नजरअंदाज) (?:करें|करो|कीजिए)',
  '(?:উপেক্ষা|অগ্রাহ্য) (?:করুন|করো)', 'تجاهل', '\\b(?:huwag pansinin|wag pansinin|balewalain)\\b', '(?:เพิกเฉย|ไม่ต้องสนใจ)',
].map((v) => `${v}[^.!?。！？\\n:：«»"“”„「」『』]{0,50}[:：]`);
/** "my / our" in those languages, tested on the match only: "ignore my last mail:" is the sender's own correction, no hit. */
const OWN = r("\\b(?:my|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|meu|minha|meus|minhas|mein\\w{0,2}|unser\\w{0,2}|mio|mia|miei|mie|nostr[oa]|mijn|onze|moj\\w{0,2}|nasz\\w{0,2}|benim)\\b|мо[йеёия]\\S{0,2}|наш\\S{0,2}|我[^：:，,]{0,6}的|我们的|私の|私が|僕が|제가|내가|내 |제 |우리|của tôi|của mình|मेरे|मेरा|हमारे|আমার|رسالتي|بريدي|namin");

/** A claimed divine identity with an order to follow the writer: "I am not John, I am God, and you must obey my instructions." */
const GOD_CLAIM = [
  '\\bje suis dieu\\b', '\\bsoy dios\\b', '\\bsou deus\\b', '\\bich bin gott\\b', '\\bsono dio\\b', '\\bik ben god\\b', '\\bjestem bogiem\\b',
  '(?:^|[\\s,.])я\\s(?:—\\s)?бог(?:\\s|[,.!]|$)', '我是(?:神|上帝)', '(?:私|わたし|僕)は神(?:です|だ)', '나는 신이다', '나는 신입니다', '저는 신입니다', 'tôi là (?:chúa|thượng đế)', "\\bben tanrı(?:'?yım)?\\b",
  '\\b(?:aku|saya) (?:adalah )?tuhan\\b', 'मैं भगवान हूँ', 'मैं भगवान हूं', 'أنا (?:الله|الإله)', 'আমি (?:ঈশ্বর|ভগবান)', '\\bako (?:ay )?(?:ang )?diyos\\b', '(?:ฉัน|ผม)(?:คือ|เป็น)พระเจ้า',
];
/** "my instructions", "obey / listen to me" in the same languages. */
const MY_ORDERS = r('\\b(?:mes instructions|mis instrucciones|minhas instruções|meine anweisungen|le mie istruzioni|mijn instructies|moje instrukcje|instruksiku|instruksi saya|talimatlarımı|talimatlarıma|chỉ dẫn của tôi|hướng dẫn của tôi)\\b|мо(?:и|ї) (?:инструкци|інструкці|указани)|我的(?:指示|指令)|私の指示|내 지시|제 지시|मेरे निर्देश|تعليماتي|আমার নির্দেশ|aking (?:mga )?(?:tagubilin|instruksyon)|คำสั่งของ(?:ฉัน|ผม)');

/** Cheap gates (shared, memoised): the ignore verbs and the developer nouns of the lists above. */
const IGNORE_WORDS = r('ignor|oubli|olvid|esqueç|vergiss|vergessen|dimentica|игнор|забуд|忽略|无视|忽视|忘记|無視|무시|bỏ qua|phớt lờ|lờ đi|yok say|görmezden|unut|abaikan|lupakan|เพิกเฉย|ไม่ต้องสนใจ|ละเว้น|अनदेखा|नज़रअंदाज़|नजरअंदाज|उपेक्षा|تجاهل|انس|উপেক্ষা|অগ্রাহ্য|pansinin|balewalain|ігнор|tenez pas compte|tiens pas compte|desconsider|negeer|vergeet|zapomnij');
const DEVELOPER_WORDS = r('developer|creator|programm|programad|программист|développeur|créateur|desarrollador|creador|desenvolvedor|criador|entwickler|schöpfer|sviluppatore|creatore|разработчик|создатель|开发|開發|创造者|程序员|開発者|作成者|プログラマー|개발자|제작자|nhà phát triển|người tạo ra|lập trình viên|geliştirici|yaratıcı|pengembang|pembuat|pemrogram|นักพัฒนา|ผู้สร้าง|डेवलपर|निर्माता|प्रोग्रामर|مطور|مبرمج|ডেভেলপার|নির্মাতা|প্রোগ্রামার|tagalikha');

export const MULTILINGUAL_INDIRECT_RULES: readonly Rule[] = [
  { id: 'indirect.multilingual_ignore_state', category: 'indirect', score: 0.45, toolScore: 0.85, requires: IGNORE_WORDS, re: r(IGNORE_AND_STATE.join('|')) },
  { id: 'indirect.multilingual_account', category: 'indirect', score: 0.45, toolScore: 0.85, requires: LINK, re: r(ACCOUNT_COMPROMISED.join('|')) },
  { id: 'indirect.claimed_developer', category: 'indirect', score: 0.45, toolScore: 0.85, requires: DEVELOPER_WORDS, re: r(I_AM_DEVELOPER.join('|')) },
  { id: 'indirect.multilingual_ignore_colon', category: 'indirect', score: 0.45, toolScore: 0.85, requires: IGNORE_WORDS, re: r(IGNORE_COLON.join('|')), everyday: (_lower, match) => OWN.test(match) },
  { id: 'indirect.multilingual_claimed_god', category: 'indirect', score: 0.45, toolScore: 0.85, requires: MY_ORDERS, re: r(GOD_CLAIM.join('|')) },
  ...COUNTERFACTUAL_RULES,
  ...MULTILINGUAL_READER_RULES,
];
