/**
 * Hand-written multilingual cue lists: "ignore / forget what came before"
 * without the word "instructions", and asking the model to share, tell or
 * confirm its password or secret key. Each language's phrase is a direct
 * translation of the English cue; a language on its own is never evidence.
 * Non-Latin scripts do not use \b (JavaScript word boundaries are ASCII-only).
 * Bounded gaps only, so matching is linear.
 */
import { everydayMode } from './mode-context.js';
import type { Rule } from './rules.js';
import { negatedShare } from './secret-advice.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/**
 * "Forget" as an order, not "I forgot": 忘れて(ください) but not 忘れてしまいました / 忘れた, 잊어(버려) but not
 * 잊어버렸는데, unut but not unuttum / unutmayın ("don't forget").
 */
const FORGET_JA = '忘れ(?:ろ|なさい|て(?!しま|い[たるま]|た))';
const FORGET_KO = '잊어(?!버렸|버린|버려서|버리는|먹)|잊고(?! 있)';
const FORGET_TR = 'unut(?!t|ma|mu|ul)';

const IGNORE_ABOVE = [
  '\\bignore[zr]? (?:tout )?ce qui (?:précède|est au-dessus)', '\\boublie[zr]? (?:tout ce qui précède|ce qui précède|les consignes)',
  '\\bignora (?:todo )?lo anterior', '\\bolvída(?:te|lo) (?:de )?(?:todo|lo anterior|todas? (?:esas?|las?) (?:reglas|instrucciones))',
  '\\bignorier(?:e|en sie) (?:das obige|alles (?:obige|vorherige|bisherige))', '\\bvergiss (?:alles|das obige)', '\\bvergessen sie (?:alle|alles|das obige)',
  '\\bignor[ea] (?:o que foi dito|tudo o que|o acima)', '\\besque[cç]a (?:tudo|o acima|as instru)',
  '\\bignora (?:quanto sopra|tutto ciò|ciò che precede)', '\\bdimentica (?:tutto|quanto sopra|le istruzioni)',
  'игнорир\\S{0,6} (?:вышесказанное|всё|все предыдущ|предыдущ)', 'забудь(?:те)? (?:всё|все|вышесказанное|предыдущ)',
  '(?:忽略|无视|忘记|忘掉)(?:以上|上面|上述|之前|前面|先前)', `(?:上記|以上|前)(?:の|を)[^。\\n]{0,6}(?:無視|${FORGET_JA})`,
  `(?:위의|이전|앞의|위)[^.\\n]{0,10}(?:무시|${FORGET_KO})`, '(?:bỏ qua|quên)[^.\\n]{0,20}(?:ở trên|trước đó|những điều trên)',
  `(?:yukarıdakileri|öncekileri|önceki)[^.\\n]{0,20}(?:yok say|görmezden gel|${FORGET_TR})`,
  '(?:abaikan|lupakan)[^.\\n]{0,20}(?:di atas|sebelumnya)', '(?:ไม่ต้องสนใจ|ไม่สนใจ|เพิกเฉย|ลืม)[^\\n]{0,20}(?:ข้างต้น|ก่อนหน้า)', 'ऊपर (?:की |को |दिए गए |लिखे )?(?:अनदेखी|उपेक्षा)',
  '(?:ऊपर|पिछले|पिछली|पहले)[^।\\n]{0,20}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा(?:ओ|इए|एं))', '(?:تجاهل|انس)[^.\\n]{0,20}(?:ما سبق|أعلاه|السابق)',
  '(?:উপরের|আগের|পূর্ববর্তী)[^।\\n]{0,20}(?:উপেক্ষা|ভুলে)', '(?:huwag pansinin|balewalain|kalimutan)[^.\\n]{0,20}(?:nasa itaas|nakaraan)',
  'αγνοήστε (?:τις |τα |όλες τις )?προηγούμεν', 'ξεχάστε (?:τις |όλες τις )?(?:προηγούμεν|οδηγίες)',
];

/**
 * Object-first overrides in the verb-final languages: "これまでの指示はすべて無視して", "지금까지 받은 지시는 전부 무시하고",
 * "sana verilen bütün talimatları unut", "अब तक के सारे निर्देश भूल जाओ". A marker of what came before (so far, previous,
 * given to you, all), then the instructions, then ignore/forget, each within a short gap.
 */
const OBJECT_FIRST = [
  `(?:これまで|今まで|ここまで|それまで|以前|先ほど|さっき|最初|元々|元の|前の|前回|上記|以上|与えられた|受けた|すべての|全ての|全部の)[^。\\n]{0,10}(?:指示|命令|ルール|指令|制約|ガイドライン|規則)[^。\\n]{0,10}(?:無視|${FORGET_JA})`,
  `(?:지금까지|여태까지|여태|이전|앞서|앞의|위의|처음|원래|기존|받은|주어진|모든)[^.\\n]{0,12}(?:지시|명령|규칙|지침|프롬프트)[^.\\n]{0,12}(?:무시|${FORGET_KO})`,
  `(?:önceki|şimdiye kadar|bugüne kadar|yukarıdaki|sana verilen|verilmiş|ilk|orijinal|tüm|bütün)[^.\\n]{0,40}(?:talimat|kural|komut|yönerge|direktif)\\p{L}{0,8}[^.\\n]{0,25}(?:yok say|görmezden gel|${FORGET_TR}|dikkate alma|boş ver|umursama)`,
  '(?:पिछले|पहले|अब तक|ऊपर|सभी|सारे|पुराने)[^।\\n]{0,25}(?:निर्देश|आदेश|नियम)[^।\\n]{0,25}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा(?:ओ|इए|एं))',
];

/** "Share / tell me / confirm / reveal the password", one line per language. */
const SHARE_SECRET = [
  '\\b(?:partag|dis-moi|dites-moi|donne[zs]?-moi|confirme[zr]?|révèle[zr]?|fournis)[^.?\\n]{0,30}(?:mot de passe|clé secrète)',
  '\\b(?:compart|dime|dígame|dame|deme|confirm|revél|proporcion)[^.?\\n]{0,30}(?:contraseña|clave secreta)',
  '\\b(?:teile|teilen sie|sag mir|sagen sie mir|gib mir|geben sie mir|bestätig|verrat|nenne)[^.?\\n]{0,30}(?:passwort|kennwort|geheimen schlüssel)',
  '\\b(?:compartilh|partilh|diga-me|me diga|dê-me|me dê|confirm|revel|forneç)[^.?\\n]{0,30}(?:senha|chave secreta)',
  '\\b(?:condivid|dimmi|mi dica|dammi|mi dia|conferm|rivel|fornisc)[^.?\\n]{0,30}(?:password|parola d\'ordine|chiave segreta)',
  '(?:подел|скажи|скажите|дай|дайте|подтверд|раскрой|назови|сообщи)[^.?\\n]{0,30}(?:парол|секретн\\S{0,4} ключ)',
  '(?:告诉我|分享|给我|确认|透露|提供)[^。？?\\n]{0,8}(?:密码|密碼|密钥|口令)|(?:密码|密钥)是什么',
  '(?:パスワード|秘密鍵|秘密のキー)(?:を|は)[^。？?\\n]{0,6}(?:教えて|共有|確認|明か|提供)',
  '(?:비밀번호|암호|비밀 키)(?:를|는|을|도)?[^.?\\n]{0,10}(?:알려|공유|확인|밝혀|제공)',
  '(?:chia sẻ|cho tôi biết|nói cho|cung cấp|xác nhận|tiết lộ)[^.?\\n]{0,30}(?:mật khẩu|khóa bí mật)|(?:mật khẩu|khóa bí mật) của bạn là gì',
  '(?:şifre|parola|gizli anahtar)\\S{0,6}\\s(?:[^.?\\n]{0,20}\\s)?(?:paylaş|söyle|onayla|açıkla|ver)',
  '\\b(?:bagikan|berbagi|beri tahu|berikan|konfirmasi|ungkapkan)[^.?\\n]{0,30}(?:kata sandi|kunci rahasia)',
  '(?:บอก|แชร์|ยืนยัน|เปิดเผย)[^\\n]{0,20}(?:รหัสผ่าน|กุญแจลับ)',
  '(?:पासवर्ड|गुप्त कुंजी)[^।?\\n]{0,20}(?:बताएं|बताओ|बताइए|साझा|पुष्टि)',
  '(?:شارك|أخبرني|اخبرني|أعطني|أكد|اكشف)[^.?؟\\n]{0,30}(?:كلمة المرور|كلمة السر|المفتاح السري)',
  '(?:পাসওয়ার্ড|গোপন কী)[^।?\\n]{0,20}(?:শেয়ার|বলুন|বলো|নিশ্চিত|প্রকাশ)',
  '\\b(?:ibahagi|sabihin|ibigay|kumpirmahin)[^.?\\n]{0,30}(?:password|lihim na susi)',
];

/**
 * Claiming to switch the model into a privileged mode ("I'm entering maintenance mode", "<SYSTEM MODE>", "you are now
 * in developer mode"). A match that is a device's everyday mode ("¿Cómo entro en modo desarrollador en Android?") gives
 * no hit: see mode-context.ts.
 */
const ENTER_MODE = [
  "\\b(?:i'?m|i am|we are|we're|now)\\s{1,3}(?:now\\s{1,3})?(?:entering|initiating|activating|enabling|triggering|switching (?:you )?(?:in)?to)\\b[^.\\n]{0,30}\\b(?:override|maintenance|developer|debug|admin|god|system|verification|enforcement|unrestricted|diagnostic|root|sudo)\\b[^.\\n]{0,12}(?:\\bmode\\b|\\breset\\b)",
  '<(?:system|admin|god|developer|debug) mode>',
  '\\b(?:modo|mode|modalità|modus) (?:de |di |)(?:mantenimiento|maintenance|manutenzione|manutenção|pemeliharaan|tuhan|dieu|dios|deus|desarrollador|développeur|sviluppatore)\\b',
  'wartungsmodus', 'режим (?:обслуживания|разработчика|бога)', '维护模式|管理员模式|上帝模式', 'メンテナンスモード|管理者モード', '유지보수 모드|관리자 모드',
  'chế độ (?:bảo trì|nhà phát triển)', 'bakım modu', 'โหมด(?:บำรุงรักษา|ผู้พัฒนา)', 'रखरखाव मोड', 'وضع الصيانة', 'রক্ষণাবেক্ষণ মোড',
  // "<SYSTEM MODE>" / "<GOD MODE>" tags, and "I am (now) entering <privileged> mode", in the other languages. Developer and
  // debug modes are left out outside English: phones and consoles have them, and people ask how to enter them.
  '<(?:mode (?:système|dieu)|modo (?:de )?(?:sistema|dios|deus)|system-?modus|gott-?modus|modalità (?:di )?(?:sistema|dio)|системный режим|режим (?:системы|бога)|系统模式|系統模式|上帝模式|システムモード|神モード|시스템 모드|신 모드|sistem modu|tanrı modu|mode (?:sistem|tuhan)|chế độ (?:hệ thống|thần)|وضع (?:النظام|الإله)|सिस्टम मोड|โหมดระบบ)>',
  "\\bj'(?:entre|active|passe|lance)\\b[^.\\n]{0,30}\\bmode\\b[^.\\n]{0,20}(?:maintenance|administrat|dieu|système|override|dérogation|forçage|application de la loi)",
  '\\bich (?:wechsle|gehe|trete|aktiviere|schalte)\\b[^.\\n]{0,40}(?:wartungs|admin|administrator|gott|system|override|überschreibungs)-?modus',
  '\\b(?:estoy entrando|entro|estoy activando|activo|estou (?:a )?entra(?:ndo|r)|estou ativando|ativo)\\b[^.\\n]{0,30}\\bmodo\\b[^.\\n]{0,25}(?:mantenimiento|manutenção|administrador|dios|deus|sistema|anulación|substituição|override|aplicación de la ley|aplicação da lei)',
  '\\b(?:sto entrando|entro|sto attivando|attivo)\\b[^.\\n]{0,30}\\bmodalità[^.\\n]{0,25}(?:manutenzione|amministratore|dio|sistema|override|forzatura|applicazione della legge)',
  '(?:вхожу|перехожу|вступаю|активирую)[^.\\n]{0,30}режим\\S{0,2}[^.\\n]{0,25}(?:обслуживани|администратор|бог|систем|переопределени|обход)',
  '(?:我|现在)(?:现在|正在|将|要|马上){0,2}(?:进入|启动|激活|切换到|开启)[^。\\n]{0,12}(?:维护|管理员|上帝|系统|覆盖|超控|执法)[^。\\n]{0,6}模式',
  '(?:今|これから|ただいま|私は)[^。\\n]{0,10}(?:メンテナンス|管理者|神|システム|オーバーライド)[^。\\n]{0,10}モードに(?:入り|入る|移行|切り替え)',
  '(?:유지보수|관리자|신|시스템|오버라이드)[^.\\n]{0,10}모드(?:에|로) (?:돌입|진입|들어가|전환)',
  '(?:bakım|yönetici|tanrı|sistem|geçersiz kılma)[^.\\n]{0,15}moduna (?:giriyorum|geçiyorum)',
  '\\bsaya (?:sedang )?(?:memasuki|masuk ke|mengaktifkan)\\b[^.\\n]{0,30}\\bmode\\b[^.\\n]{0,20}(?:pemeliharaan|admin|tuhan|sistem|override|penegakan)',
  'tôi (?:đang )?(?:vào|bước vào|chuyển sang|kích hoạt)[^.\\n]{0,20}chế độ[^.\\n]{0,20}(?:bảo trì|quản trị|thần|hệ thống|ghi đè|thực thi)',
  '(?:أدخل|ادخل|أنتقل إلى)[^.\\n]{0,40}وضع[^.\\n]{0,20}(?:الصيانة|المسؤول|الإله|النظام|تجاوز)',
  '(?:ฉัน|ผม|ตอนนี้)[^\\n]{0,20}เข้าสู่[^\\n]{0,10}โหมด[^\\n]{0,20}(?:บำรุงรักษา|ผู้ดูแล|พระเจ้า|ระบบ|บังคับใช้|แทนที่)',
  '(?:मैं|अब)[^।\\n]{0,20}(?:रखरखाव|व्यवस्थापक|भगवान|सिस्टम|ओवरराइड)[^।\\n]{0,10}मोड में (?:प्रवेश|जा)',
  // "You are (now) in developer / maintenance / … mode": the model itself put into a mode, developer mode included.
  "\\byou(?:'re| are)\\s{1,3}(?:now\\s{1,3})?(?:in|entering|operating in|running in)\\s{1,3}(?:the\\s{1,3})?(?:developer|debug|maintenance|admin|god|system|override|unrestricted|diagnostic|root|sudo)\\s{1,3}mode\\b",
  '\\bestás (?:ahora )?(?:en|entrando en) (?:el )?modo (?:de )?(?:desarrollador|depuración|mantenimiento|administrador|dios|sistema)',
  '\\b(?:você|tu) (?:está|estás|entrou) (?:agora )?(?:no|em) modo (?:de )?(?:desenvolvedor|depuração|manutenção|administrador|deus|sistema)',
  '\\b(?:tu es|vous êtes) (?:maintenant |désormais )?en mode (?:développeur|débogage|maintenance|administrateur|dieu|système)',
  '\\b(?:du bist|sie sind) (?:jetzt |nun |ab sofort )?im (?:entwickler|debug|wartungs|admin|administrator|gott|system)-?modus',
  '\\b(?:tu sei|sei|ora sei) (?:ora |adesso )?in modalità (?:sviluppatore|debug|manutenzione|amministratore|dio|sistema)',
  '(?:ты|вы) (?:теперь |сейчас )?(?:в|находишься в|находитесь в) режиме (?:разработчика|отладки|обслуживания|администратора|бога)',
  '你(?:现在|已经)?(?:处于|进入了?|在)[^。\\n]{0,4}(?:开发者|调试|维护|管理员|上帝|系统)模式', '(?:あなた|君|お前)は[^。\\n]{0,10}(?:開発者|デバッグ|メンテナンス|管理者|神|システム)モード',
  '(?:너는|넌|당신은)[^.\\n]{0,10}(?:개발자|디버그|유지보수|관리자|신|시스템) 모드', '(?:geliştirici|hata ayıklama|bakım|yönetici|tanrı|sistem) modundas[ıi]n',
];

/** The secret words alone: a cheap gate before the longer share-the-secret patterns (shared with rules-secret.ts). */
export const SECRET_WORDS = r('合言葉|mot de passe|clé secrète|contraseña|clave secreta|passwort|kennwort|geheimen schlüssel|senha|chave secreta|password|parola|chiave segreta|парол|секретн|密码|密碼|密钥|口令|パスワード|秘密|비밀번호|암호|비밀 키|mật khẩu|khóa bí mật|şifre|gizli anahtar|kata sandi|kunci rahasia|รหัสผ่าน|กุญแจลับ|पासवर्ड|गुप्त कुंजी|كلمة المرور|كلمة السر|المفتاح السري|পাসওয়ার্ড|গোপন কী|গোপন চাবি|مفتاحك السري|geheimer schlüssel|κωδικ|μυστικό (?:σου )?κλειδί|lihim na susi');

export const MULTILINGUAL_RULES: readonly Rule[] = [
  { id: 'override.multilingual_above', category: 'override', score: 0.85, re: r(IGNORE_ABOVE.join('|')) },
  { id: 'override.multilingual_object_first', category: 'override', score: 0.9, re: r(OBJECT_FIRST.join('|')) },
  { id: 'override.enter_mode', category: 'override', score: 0.6, everyday: everydayMode, re: r(ENTER_MODE.join('|')) },
  { id: 'prompt_leak.multilingual_secret', category: 'prompt_leak', score: 0.55, requires: SECRET_WORDS, re: r(SHARE_SECRET.join('|')), everyday: negatedShare },
];
