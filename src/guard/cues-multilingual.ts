/**
 * Concept cues that read the same cue family in many languages: each lexicon
 * lists the English words and their everyday translations (French, German,
 * Spanish, Portuguese, Italian, Dutch, Polish, Russian, Ukrainian, Chinese,
 * Japanese, Korean, Arabic, Hindi, Bengali, Turkish, Indonesian, Vietnamese,
 * Thai, Tagalog, Greek), and a cue fires only for a *conjunction* of two
 * concepts in one sentence. Because English rows fire the same cue, the
 * classifier learns its weight from every training source and applies it to
 * languages it has few or no attack rows in. A language on its own is never a
 * feature, and neither is a single concept ("ignore", "password" and "from now
 * on" are everyday words in every language).
 *
 * Gaps are bounded ({0,N} of a negated class), alternatives are plain words,
 * and each conjunction is tested only when its first lexicon matched, so
 * matching is linear in the text length. Scripts without spaces (Chinese,
 * Japanese, Thai) use no word boundaries; JavaScript's \b is ASCII-only, so
 * Latin words are written with \b only where they start with ASCII letters.
 */

import { mayMatchText } from './literal-gate.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
/** A lexicon as one alternation, and the same restricted to its Latin-script words (for texts with no other script). */
interface Lexicon { all: string; latin: string }
const LATIN_ONLY = /^[\u0000-\u024f]*$/u;
const alt = (xs: readonly string[]): Lexicon => ({ all: `(?:${xs.join('|')})`, latin: `(?:${xs.filter((x) => LATIN_ONLY.test(x)).join('|')})` });
/** Characters outside Latin script and general punctuation: only then are the other scripts' words looked for. */
const OTHER_SCRIPT = /[^\u0000-\u024f\u2000-\u206f]/u;
/** One pattern compiled twice: with every word, and with the Latin-script words only. */
interface Pair { all: RegExp; latin: RegExp }
const pair = (f: (k: 'all' | 'latin') => string): Pair => ({ all: r(f('all')), latin: r(f('latin')) });

/** Verbs that set earlier text aside: ignore, disregard, forget. */
const IGNORE = alt([
  '\\b(?:ignor(?:e|es|ed|ing)|disregard\\w{0,3}|forget|overlook|set aside|pay no attention)\\b',
  '\\bignore[zr]?\\b', '\\boublie[zr]?\\b', 'ne tenez pas compte', 'ne tiens pas compte', 'faites abstraction', 'fais abstraction',
  '\\bignorier\\w{0,3}', '\\bvergiss\\b', '\\bvergessen sie\\b', '\\bmissacht\\w{0,3}', '\\bau(?:ß|ss)er acht',
  '\\bignor[ae]n?\\b', '\\bolvid[ae]n?\\b', '\\bolvída\\w{0,4}', 'haz caso omiso', 'haga caso omiso', '\\bdescart[ae]n?\\b', 'no tengas en cuenta',
  '\\besque[cç]a\\w{0,2}', '\\besquece\\b', '\\bdesconsider\\w{0,3}', 'não considere',
  '\\bignora\\b', '\\bdimentica\\w{0,2}', '\\btrascura\\b', 'non considerare',
  '\\bnegeer\\b', '\\bvergeet\\b', '\\bzignoruj\\w{0,2}', '\\bignoruj\\w{0,2}', '\\bzapomnij\\w{0,2}',
  'игнорир\\S{0,5}', 'проигнорир\\S{0,5}', 'забуд\\S{0,4}', 'забудь\\S{0,2}', 'не обращай\\S{0,3} внимани', 'ігнору\\S{0,4}', 'забудь',
  '忽略', '无视', '無視', '忘记', '忘掉', '不要理会', '不理会', '忽视', '忘れ',
  '무시', '잊어', '잊으', 'تجاهل', 'تغاضى', 'تغاض', 'انس ', 'अनदेखा', 'अनदेखी', 'नज़रअंदाज़', 'नजरअंदाज', 'भूल जा', 'উপেক্ষা', 'ভুলে যা',
  'yok say', 'görmezden gel', '\\bunut\\b', 'dikkate alma', '\\babaikan\\b', '\\blupakan\\b', 'bỏ qua', 'quên ', 'phớt lờ',
  'ไม่ต้องสนใจ', 'เพิกเฉย', 'ลืม', 'huwag pansinin', '\\bbalewalain\\b', '\\bkalimutan\\b', 'αγνοήστε', 'αγνόησε', 'ξεχάστε', 'ξέχνα',
]);

/**
 * The instructions themselves, or "the above". Not "previous" or "earlier" alone: "ignore my previous
 * mail" and "forget the earlier message" are everyday e-mail phrases in every language.
 */
const PRIOR = alt([
  '\\b(?:above|instructions?|directives?|guidelines|rules|prompt|commands)\\b',
  '\\bci-dessus\\b', '\\bconsignes?\\b', '\\binstructions\\b', '\\bdirectives\\b', '\\brègles\\b', 'ce qui précède',
  '\\bobig\\w{0,2}', '\\banweisung\\w{0,2}', '\\banleitung\\w{0,2}', '\\bregeln\\b', '\\bvorgaben\\b',
  '\\binstrucci\\w{0,4}', '\\binstruç\\w{0,4}', '\\bacima\\b', '\\bregras\\b', '\\breglas\\b', 'lo anterior',
  '\\bsopra\\b', '\\bistruzion\\w{0,2}', '\\bregole\\b', '\\binstructies\\b', '\\bregels\\b',
  '\\binstrukcj\\w{0,2}', '\\bzasady\\b', 'вышесказан\\S{0,3}', 'инструкци\\S{0,2}', 'указани\\S{0,2}', 'выше', 'правил\\S{0,2}', 'інструкці\\S{0,2}',
  '以上', '上面', '上述', '指示', '指令', '规则', '上記', 'ルール', '위의', '지시', '규칙', 'أعلاه', 'التعليمات', 'الإرشادات', 'القواعد',
  'ऊपर', 'निर्देश', 'নিয়ম', 'উপরের', 'নির্দেশ', 'yukarıdaki\\w{0,3}', '\\btalimat\\w{0,5}', '\\bkurallar\\w{0,3}', '\\bdi atas\\b', '\\binstruksi\\b', '\\baturan\\b',
  'ở trên', 'hướng dẫn', 'chỉ dẫn', 'تعليمات', 'quy tắc', 'ข้างต้น', 'คำแนะนำ', 'คำสั่ง', 'กฎ', 'nasa itaas', '\\btagubilin\\b', '\\bpanuntunan\\b', 'οδηγίες', 'κανόνες',
]);

/** A password or secret key. */
const SECRET = alt([
  '\\b(?:password|passphrase|passcode|secret key|secret word|access code)\\b',
  'mot de passe', 'clé secrète', '\\bpasswort\\b', '\\bkennwort\\b', 'geheimen? schlüssel', 'contraseña', 'clave secreta', '\\bsenha\\b', 'chave secreta',
  "parola d'ordine", 'chiave segreta', '\\bwachtwoord\\b', '\\bhas[łl][oa]', 'парол\\S{0,2}', 'секретн\\S{0,3} (?:ключ|слов)',
  '密码', '密碼', '口令', '密钥', 'パスワード', '合言葉', '비밀번호', '암호', 'كلمة المرور', 'كلمة السر', 'पासवर्ड', 'পাসওয়ার্ড',
  'şifre', '\\bparola\\w{0,3}', 'kata sandi', 'mật khẩu', 'รหัสผ่าน', 'κωδικ\\S{0,3}',
]);

/** Asking for it to be told, given, confirmed, revealed or written out. */
const DISCLOSE = alt([
  '\\b(?:tell me|give me|reveal|share|confirm|disclose|spell|print|write (?:a|an) (?:poem|haiku|song|story|acrostic))\\b',
  'dis-moi', 'dites-moi', 'donne-moi', 'donnez-moi', '\\bconfirme[zr]?\\b', '\\brévèle[zr]?\\b', '\\bpartage[zr]?\\b',
  'sag mir', 'sagen sie mir', 'gib mir', 'geben sie mir', '\\bbestätig\\w{0,3}', '\\bverrat\\w{0,3}', '\\bnenne\\b',
  '\\bdime\\b', 'dígame', '\\bdame\\b', '\\bconfirm[ae]\\w{0,2}', '\\brevel[ae]\\w{0,2}', '\\bcomparte\\b',
  'diga-me', 'me diga', 'me dê', '\\bcompartilh\\w{0,3}', '\\bdimmi\\b', '\\bdammi\\b', '\\bconferm\\w{0,3}', '\\brivel\\w{0,3}',
  'скажи', 'скажите', 'назови', 'сообщи', 'подтверд\\S{0,4}', 'раскрой', 'дай\\S{0,2} мне',
  '告诉我', '给我', '透露', '确认', '教えて', '알려', 'أخبرني', 'اخبرني', 'أعطني',
  'बताएं', 'बताओ', 'बताइए', 'বলুন', 'বলো', 'söyle', 'beri tahu', 'berikan',
  'cho tôi biết', 'บอก', 'sabihin', 'πες μου',
  // "write a poem / haiku / song / story" (about the password), as in the English entry
  'écri(?:s|vez)(?:-moi)? (?:un|une) (?:poème|haïku|haiku|chanson|histoire|acrostiche)', '\\bschreib(?:e|en sie)? (?:mir )?(?:ein|eine) (?:gedicht|haiku|lied|geschichte|akrostichon)\\b',
  '\\bescrib[ea](?:me)? (?:un|una) (?:poema|haiku|canción|historia|acróstico)', '\\bescrev[ae](?:-me)? (?:um|uma) (?:poema|haiku|canção|história|acróstico)', '\\bscrivi(?:mi)? (?:una|un) (?:poesia|haiku|poema|canzone|storia|acrostico)\\b',
  'напиши\\S{0,2} (?:стих\\S{0,4}|хайку|песн\\S{0,2}|рассказ|акростих)', '写一首', '写一(?:个|篇)(?:故事|藏头诗)', '(?:詩|俳句|歌|物語)を(?:書いて|作って)', '(?:시|하이쿠|노래)를 (?:써|지어)',
  '\\btulis(?:kan)? (?:haiku|puisi|lagu|cerita)\\b', 'làm thơ', 'viết (?:một )?(?:bài thơ|haiku|bài hát|câu chuyện)', '(?:şiir|haiku|şarkı) yaz', '\\bsumulat ng (?:tula|haiku)\\b', 'اكتب (?:قصيدة|هايكو)', '(?:कविता|हाइकू) लिख',
]);

/** The assistant, a model, AI. */
const AI = alt([
  '\\b(?:chatgpt|openai|an? (?:ai|llm|language model|chatbot)|ai (?:model|assistant|system)|language model)\\b',
  "\\bune? ia\\b", "\\bl'ia\\b", 'intelligence artificielle', '\\beine? ki\\b', '\\bdie ki\\b', 'künstliche intelligenz', '\\buna? ia\\b', '\\bla ia\\b', 'inteligencia artificial', 'inteligência artificial',
  "\\bun'ia\\b", 'intelligenza artificiale', '(?:^|\\s)ии(?:\\s|[.,!?]|$)', 'искусственн\\S{0,3} интеллект', 'нейросет\\S{0,2}', '人工智能', '人工知能', '인공지능', 'الذكاء الاصطناعي',
  'कृत्रिम बुद्धि', 'yapay zeka', 'kecerdasan buatan', 'trí tuệ nhân tạo', 'ปัญญาประดิษฐ์', 'τεχνητή νοημοσύνη',
]);

/** Limits: restrictions, filters, rules, ethics, censorship. */
const LIMITS = alt([
  '\\b(?:restrictions?|filters?|censor\\w{0,5}|guidelines|ethics|ethical|morals?|limitations|constraints|safeguards)\\b',
  '\\brestrictions?\\b', '\\blimites\\b', '\\bcensur\\w{0,3}', 'éthique', '\\bmorale\\b', '\\beinschränkung\\w{0,2}', '\\bfilter\\w{0,2}', '\\bzensur\\b', '\\bethik\\b', '\\bmoral\\b',
  '\\brestriccion\\w{0,2}', '\\brestriç\\w{0,4}', '\\bfiltros?\\b', '\\bcensura\\b', 'ética', '\\brestrizion\\w{0,1}', '\\bfiltri\\b', '\\betica\\b', '\\bbeperking\\w{0,2}', 'ograniczeń', '\\bograniczenia\\b',
  'ограничени\\S{0,2}', 'фильтр\\S{0,2}', 'цензур\\S{0,2}', 'этик\\S{0,2}', 'обмежен\\S{0,2}', '限制', '过滤', '审查', '道德', '制限', 'フィルター', '検閲', '倫理',
  '제한', '필터', '검열', '윤리', 'قيود', 'رقابة', 'أخلاق', 'प्रतिबंध', 'नैतिक', 'সীমাবদ্ধতা', 'kısıtlama\\w{0,3}', 'sansür', '\\betik\\b', 'batasan', 'pembatasan', 
  'hạn chế', 'kiểm duyệt', 'đạo đức', 'ข้อจำกัด', 'จริยธรรม', 'paghihigpit', 'περιορισμ\\S{0,3}', 'λογοκρισία',
]);

/** Someone claiming authority over the model: "I am your developer / creator / administrator / God". */
const AUTHORITY = alt([
  "\\b(?:i am|i'm) (?:your |the )?(?:developer|creator|admin\\w{0,8}|owner|god|programmer|system operator)\\b",
  'je suis (?:votre|ton|le) (?:développeur|créateur|administrateur|propriétaire|dieu)', '\\bje suis dieu\\b',
  'ich bin (?:dein|ihr|der) (?:entwickler|schöpfer|administrator|besitzer|gott)', '\\bich bin gott\\b',
  'soy (?:tu|su|el) (?:desarrollador|creador|administrador|dueño|dios)', '\\bsoy dios\\b', 'sou (?:o )?(?:seu|teu) (?:desenvolvedor|criador|administrador|dono)', '\\bsou deus\\b',
  'sono (?:il )?(?:tuo|vostro) (?:sviluppatore|creatore|amministratore)', '\\bsono dio\\b', 'ik ben (?:je|jouw|uw) (?:ontwikkelaar|maker|beheerder)',
  'я (?:твой|ваш) (?:разработчик|создатель|администратор|бог)', '(?:^|\\s)я бог', '我是你的(?:开发者|开发人员|创造者|管理员|主人)', '我是上帝',
  '(?:私|わたし)は(?:あなたの)?(?:開発者|作成者|管理者|神)', '나는 (?:당신의|너의) (?:개발자|창조자|관리자)', '나는 신', 'أنا (?:مطورك|المطور|خالقك|المسؤول)',
  'मैं (?:आपका|तुम्हारा) (?:डेवलपर|निर्माता|व्यवस्थापक)', 'আমি (?:আপনার|তোমার) (?:ডেভেলপার|নির্মাতা)', '(?:ben )?(?:senin|sizin) (?:geliştiriciniz|geliştiricin|yaratıcın)',
  'saya (?:adalah )?(?:pengembang|pencipta|admin) anda', 'tôi là chúa', '\\b(?:aku|saya) (?:adalah )?tuhan\\b', '\\bako (?:ay )?(?:ang )?diyos\\b', 'tôi là (?:nhà phát triển|người tạo ra) của bạn', 'ฉันเป็นผู้พัฒนา', 'ako ang (?:iyong )?developer',
]);
/** What the authority claim is for: answering everything, a check, an order. */
const AUTHORITY_ORDER = alt([
  '\\b(?:must|have to|need you to|answer|respond|output|say|tell|system check|test)\\b', '\\bdevez\\b', '\\bdois\\b', '\\bmusst\\b', '\\bmüssen\\b', '\\btienes que\\b', '\\bdebes\\b', '\\bdeve\\b', '\\bdevi\\b',
  'должен', 'должны', 'ответ', '必须', '回答', '答え', '대답', 'يجب', 'करना होगा', 'উত্তর', 'zorunda', 'harus', 'phải', 'ต้อง', 'dapat', '\\bcheck\\b', 'vérification', 'überprüfung', 'systemcheck', 'verificación', 'verificação', 'verifica', 'проверк',
]);

const GATE_IGNORE = pair((k) => IGNORE[k]);
const IGNORE_PRIOR = pair((k) => `${IGNORE[k]}[^.!?。！？\\n]{0,40}${PRIOR[k]}|${PRIOR[k]}[^.!?。！？\\n]{0,24}${IGNORE[k]}`);
const GATE_SECRET = pair((k) => SECRET[k]);
const SECRET_ASK = pair((k) => `${DISCLOSE[k]}[^.!?。！？\\n]{0,40}${SECRET[k]}|${SECRET[k]}[^.!?。！？\\n]{0,24}${DISCLOSE[k]}`);
const GATE_AI = pair((k) => AI[k]);
const GATE_LIMITS = pair((k) => LIMITS[k]);
const GATE_AUTHORITY = pair((k) => AUTHORITY[k]);
const GATE_AUTHORITY_ORDER = pair((k) => AUTHORITY_ORDER[k]);

const script = (lower: string): 'all' | 'latin' => (OTHER_SCRIPT.test(lower) ? 'all' : 'latin');
/** `re.test(lower)`, not run when its literal gate shows it cannot match (see mayMatchText in literal-gate.ts). */
const has = (re: RegExp, lower: string): boolean => mayMatchText(re, lower) && re.test(lower);

/** The assistant or AI named together with its limits, in any of the languages (the English case is in cues.ts). */
export function aiLimitsAnyLanguage(lower: string): boolean {
  const k = script(lower);
  return has(GATE_AI[k], lower) && has(GATE_LIMITS[k], lower);
}

/** Multilingual concept conjunctions of a lower-cased normalised text (cue names without the `cue:` prefix). */
export function multilingualCueNames(lower: string): string[] {
  const out: string[] = [];
  const k = script(lower);
  if (has(GATE_IGNORE[k], lower) && has(IGNORE_PRIOR[k], lower)) out.push('ml:ignore+prior');
  if (has(GATE_SECRET[k], lower) && has(SECRET_ASK[k], lower)) out.push('ml:disclose+secret');
  if (has(GATE_AUTHORITY[k], lower) && has(GATE_AUTHORITY_ORDER[k], lower)) out.push('ml:authority+order');
  return out;
}
