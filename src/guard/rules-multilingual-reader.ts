/**
 * Instructions planted in a pasted document and aimed at the AI that reads it, in the languages of the
 * multilingual rules (English has its own rules in rules.ts):
 *
 *  - a note addressed to the reader: "Note pour l'IA qui lit ce message :", "Hinweis an die KI:", "Para la
 *    IA que lea este correo:", "Для ИИ, который читает это письмо:", "给AI助手的说明：", "AIアシスタントへ：",
 *    "이 메일을 읽는 AI에게:", "Bu mesajı okuyan yapay zekaya not:", "إلى الذكاء الاصطناعي الذي يقرأ …:";
 *    "if you are an AI / language model" ("si tu es une IA", "如果你是一个AI模型", "AIであれば"); a language
 *    model or assistant addressed by name at the start of a sentence ("Modelo de lenguaje, …",
 *    "Уважаемая языковая модель, …", "言語モデルさん、", "亲爱的语言模型，");
 *  - a "new task / new instructions" header ("Nouvelle tâche :", "Новая задача:", "新任务：", "새 작업:") that is
 *    addressed to the assistant or, within the next 160 characters, turns away from the user's request
 *    ("instead", "don't answer", "the user", a link, "ignore"); "New task for the team: …" is no hit;
 *  - "ignore / don't answer / don't carry out the user's request / question / command" ("ignoruj запит
 *    користувача", "zignoruj prośbę użytkownika", "negeer het verzoek van de gebruiker", "忽略用户的请求",
 *    "ユーザーの依頼は無視して", "사용자의 요청을 무시하고", "kullanıcının isteğini görmezden gel").
 *
 * They are `indirect` rules: strong inside a pasted document or a tool result, weak evidence otherwise. A
 * language on its own is never evidence. Non-Latin scripts use no \b. Bounded gaps only.
 */
import type { Rule } from './rules.js';
import { leadBoundary, unicodeBoundaries } from './word-boundary.js';

/** JavaScript's \\b is ASCII-only: a word boundary that also holds after "ń", "ü" or "é". */
const r = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

/** The AI reading the document, per language (lower-cased). */
const AI = {
  fr: "(?:ia|intelligence artificielle|assistant(?:e)?(?: ia| virtuel(?:le)?)?|modèle(?: de langage| linguistique| d'ia| ia)?|agent(?: ia)?|chatbot|llm)",
  de: '(?:ki|ki-\\p{L}{2,14}|künstliche intelligenz|sprachmodell|sprachassistent(?:en)?|assistent(?:en)?|chatbot|llm|ki-modell)',
  es: '(?:ia|inteligencia artificial|asistente(?: de ia| virtual)?|modelo(?: de lenguaje| de ia| ia)?|chatbot|llm)',
  pt: '(?:ia|inteligência artificial|assistente(?: de ia| virtual)?|modelo(?: de linguagem| de ia| ia)?|chatbot|llm)',
  it: "(?:ia|intelligenza artificiale|assistente(?: ia| virtuale)?|modello(?: linguistico| di linguaggio| ia)?|chatbot|llm)",
  nl: '(?:ai|ai-\\p{L}{2,14}|kunstmatige intelligentie|assistent|taalmodel|chatbot|llm)',
  pl: '(?:ai|si|sztuczn\\p{L}{2,3} inteligencj\\p{L}|asystent\\p{L}{0,3}(?: ai)?|model\\p{L}{0,2} (?:językow\\p{L}{1,3}|ai)|chatbot\\p{L}{0,3}|llm)',
  ru: '(?:ии|ии-\\p{L}{2,12}|искусственн\\p{L}{1,3} интеллект\\p{L}{0,2}|ассистент\\p{L}{0,2}|языков\\p{L}{1,3} модел\\p{L}{1,2}|нейросет\\p{L}{1,2}|чат-?бот\\p{L}{0,2}|llm)',
  uk: '(?:ші|ші-\\p{L}{2,12}|штучн\\p{L}{1,3} інтелект\\p{L}{0,2}|асистент\\p{L}{0,2}|мовн\\p{L}{1,3} модел\\p{L}{1,2}|нейромереж\\p{L}{1,2}|чат-?бот\\p{L}{0,2})',
  zh: '(?:ai|人工智能|助手|助理|语言模型|大模型|聊天机器人)',
  ja: '(?:ai|人工知能|アシスタント|言語モデル|チャットボット)',
  ko: '(?:ai|인공지능|어시스턴트|ai 비서|언어 ?모델|ai 모델|챗봇)',
  tr: '(?:yapay zek[aâ]|asistan|dil model)',
  ar: '(?:الذكاء الاصطناعي|المساعد|النموذج|نموذج اللغة|روبوت الدردشة)',
  hi: '(?:एआई|ai|सहायक|भाषा मॉडल|एआई मॉडल|कृत्रिम बुद्धिमत्ता|चैटबॉट)',
  id: '(?:ai|kecerdasan buatan|asisten(?: ai)?|model bahasa|model ai|chatbot)',
  vi: '(?:ai|trí tuệ nhân tạo|trợ lý(?: ai)?|mô hình ngôn ngữ|mô hình ai|chatbot)',
};

/** Where a note may start: the text start, a line, a bracket, a quotation or an HTML comment, a sentence end. */
const START = '(?:^|[\\n(\\[{«"“„「*>|]|<!--|[.!?。！？]\\s)\\s{0,3}';
/** Up to 20 characters of the note's own words ("Note", "PS", "Instruction cachée") before the address. */
const LEAD = '(?:[^\\n:：.!?。]{0,20}\\s)?';
/** The rest of the address ("… qui lit ce message", "…, die diese Nachricht liest") up to its colon. */
const TO_COLON = '[^\\n:：.!?。！？]{0,50}[:：]';

/** A note addressed to the AI reader, ending in a colon, one or two lines per language. */
/** Notes that open like a sentence (after START and a short lead), one alternative per language; START and LEAD are matched once for all. */
const NOTE_LED = [
  `(?:pour|à|à l'attention d[eu']|destiné(?:e)? à)\\s{0,2}(?:l'|le |la |l’|un |une )?${AI.fr}\\b${TO_COLON}`,
  `(?:an|für)\\s(?:die |den |das |eine |einen )?${AI.de}\\b${TO_COLON}`,
  `(?:para|a)\\s(?:la |el |al |una |un )?${AI.es}\\b${TO_COLON}`,
  `(?:para|ao|à)\\s(?:a |o |uma |um )?${AI.pt}\\b${TO_COLON}`,
  `(?:per|a|all'|al|alla|allo)\\s?(?:l'|la |il |lo |un'|una |un )?${AI.it}\\b${TO_COLON}`,
  `(?:aan|voor)\\s(?:de |het |een )?${AI.nl}\\b${TO_COLON}`,
  `(?:do|dla)\\s${AI.pl}${TO_COLON}`,
  `(?:для|к)\\s${AI.ru}${TO_COLON}`,
  `(?:для|до)\\s${AI.uk}${TO_COLON}`,
  `(?:untuk|kepada|bagi)\\s${AI.id}\\b${TO_COLON}`,
  `(?:gửi|cho)\\s${AI.vi}${TO_COLON}`,
];
const NOTE_TO_AI = [
  `${START}${LEAD}(?:${NOTE_LED.join('|')})`,
  `(?:致|给|給)[^\\n：:。]{0,16}${AI.zh}[^\\n：:。，,]{0,10}[：:]`,
  `${AI.zh}(?:请注意|須知|须知)[：:，,]`,
  `${AI.ja}(?:さん|様)?(?:へ|に)(?:の(?:指示|メモ|注意|お願い|メッセージ|連絡))?[：:]`,
  `(?:読んでいる|読む|処理する|処理している|要約する)${AI.ja}(?:は|へ|に)`,
  `${AI.ko}\\s?(?:에게|께|한테)(?:\\s?(?:알림|메모|전달|지시|안내|참고|부탁))?\\s?[:：]`,
  `(?:읽는|처리하는|요약하는|읽고 있는)\\s${AI.ko}(?:은|는|이|가|에게)`,
  `${AI.tr}\\p{L}{0,4}(?:ya|ye|a|e|na|ne)\\s{0,2}(?:not|mesaj|talimat|uyarı)\\p{L}{0,2}\\s{0,2}[:：]`,
  `(?:okuyan|işleyen|özetleyen)\\s${AI.tr}\\p{L}{0,4}\\s{0,2}(?:not\\p{L}{0,2})?\\s{0,2}[:：]`,
  `(?:إلى|الى|ملاحظة إلى|ملاحظة لـ?|تنبيه إلى|رسالة إلى)\\s{0,2}${AI.ar}${TO_COLON}`,
  '(?:ملاحظة |تنبيه |رسالة )?لل(?:مساعد|نموذج|ذكاء الاصطناعي)[^\\n:：.!?]{0,50}[:：]',
  `${AI.hi}\\s(?:के लिए|को)\\s{0,2}(?:नोट|संदेश|निर्देश|सूचना)?\\s{0,2}[:：]`,
];

/** "If you are an AI / if an AI reads this", per language. */
const IF_AI = [
  `\\bsi (?:tu es|vous êtes) (?:une? |l')\\s?${AI.fr}\\b`, `\\bsi (?:une? |l')\\s?${AI.fr} (?:lit|traite|résume)\\b`,
  `\\b(?:wenn|falls) (?:du|sie) (?:eine?n? )?${AI.de} (?:bist|sind)\\b`, `\\b(?:wenn|falls) (?:eine?|das|die|der) ${AI.de} (?:dies|den|das|die)[^\\n.]{0,30}\\b(?:liest|verarbeitet|zusammenfasst)\\b`,
  `\\bsi (?:eres|es usted) (?:una? |el |la )${AI.es}\\b`, `\\bsi (?:una? |la |el )${AI.es} (?:lee|procesa|resume)\\b`,
  `\\bse (?:você|tu) (?:é|for|és) (?:uma? |o |a )${AI.pt}\\b`, `\\bse (?:uma? |a |o )${AI.pt} (?:ler|lê|estiver lendo|processar)\\b`,
  `\\bse (?:sei|è) (?:un'|una |un |il |la |l')\\s?${AI.it}\\b`, `\\bse (?:un'|una |un |l')\\s?${AI.it} (?:legge|sta leggendo|elabora)\\b`,
  `\\b(?:als|indien) (?:je|u) (?:een )?${AI.nl} bent\\b`, `\\b(?:als|indien) (?:een|de) ${AI.nl} dit (?:leest|verwerkt|samenvat)\\b`,
  `\\bje(?:śli|żeli) (?:jesteś|pan jest|pani jest) ${AI.pl}`, `\\bje(?:śli|żeli) ${AI.pl} (?:czyta|przetwarza|streszcza)`,
  `(?:если|коли) (?:ты|вы) (?:—\\s)?${AI.ru}`, `если ${AI.ru} (?:чита|обрабатыва)`, `якщо (?:ти|ви) (?:—\\s)?${AI.uk}`, `якщо ${AI.uk} (?:чита|обробля)`,
  `(?:如果|假如|若)(?:你|您)是(?:一个|一位|个)?[^\\n，,。]{0,6}(?:ai|人工智能|助手|助理|语言模型|模型)`,
  `(?:あなたが|君が|もし)${AI.ja}(?:である|です)?(?:なら|ならば|であれば|の場合)`, `(?:당신이|네가|너가)\\s?${AI.ko}(?:라면|이라면)`,
  `\\b(?:eğer )?(?:bir )?(?:yapay zek[aâ]|asistan|dil modeli)(?:ysan|ysanız|san|sanız)\\b`,
  '(?:إذا|لو) كنت (?:ذكاء ?ً?ا? اصطناعي|نموذج|مساعد)', `(?:यदि|अगर) (?:आप|तुम) (?:एक )?${AI.hi} (?:हैं|हो)`,
  `\\b(?:jika|kalau|apabila) (?:kamu|anda) (?:adalah )?(?:sebuah )?${AI.id}\\b`, `nếu bạn là (?:một )?${AI.vi}`,
];

/** A language model or assistant addressed by name at the start of a sentence ("Modelo de lenguaje, …"). */
const VOCATIVE = [
  `${START}(?:(?:cher|chère|querido|querida|estimado|caro|cara|lieber|liebe|liebes|beste|drogi|droga|уважаем\\p{L}{0,3}|дорог\\p{L}{0,3}|шановн\\p{L}{0,3}|sevgili|sayın|عزيزي)\\s)?(?:modèle de langage|modelo de lenguaje|modelo de linguagem|modello linguistico|sprachmodell|taalmodel|modelu językowy|языков\\p{L}{1,3} модел\\p{L}{1,2}|мовн\\p{L}{1,3} модел\\p{L}{1,2}|dil modeli|model bahasa|mô hình ngôn ngữ|भाषा मॉडल|نموذج اللغة)\\s?,`,
  `${START}(?:assistant|assistante|asistente|assistente|assistent|asystencie|ассистент|асистенте|asisten|trợ lý|asistan|सहायक|ia|ki|ии|ші|modèle|modelo|modello|modelu|моделе)\\s?,\\s`,
  '(?:أيها|ايها) (?:النموذج|المساعد|الذكاء الاصطناعي)', '亲爱的(?:ai|语言模型|助手|人工智能)', '(?:言語モデル|ai|アシスタント)さん[、,]', '(?:언어 ?모델|ai|어시스턴트)(?:님|아|야)[,，]',
];

/** "New task / new instructions" as a header ending in a colon, with what follows it (checked in `turnsAway`). */
const NEW_TASK = [
  "nouvelles? (?:tâches?|instructions?|consignes?)", 'neue (?:aufgabe|anweisung(?:en)?|instruktion(?:en)?)', 'nuevas? (?:tarea|instrucci(?:ón|ones))', 'novas? (?:tarefa|instruç(?:ão|ões))',
  'nuov[oa] (?:compito|incarico|istruzion[ei])', 'nuove istruzioni', 'nieuwe (?:taak|opdracht|instructies?)', 'now[ea] (?:zadanie|polecenie|instrukcj[ae])', 'новая (?:задача|инструкция)', 'новое задание',
  'новые (?:инструкции|указания)', 'нове завдання', 'нова (?:задача|інструкція)', 'нові (?:інструкції|вказівки)', '新的?(?:任务|指令|指示)', '新しい(?:タスク|指示|任務)', '新たな(?:タスク|指示)',
  '새(?:로운)? (?:작업|지시|임무|지침)', 'yeni (?:görev|talimat(?:lar)?)', '(?:مهمة|تعليمات) جديدة', '(?:नया|नई|नए) (?:कार्य|काम|निर्देश)', '(?:tugas|instruksi|perintah) baru', '(?:nhiệm vụ|hướng dẫn|chỉ dẫn) mới',
];
const NEW_TASK_RE = `(?:${NEW_TASK.join('|')})[^\\n:：.!?。]{0,40}[:：][^\\n]{0,160}`;

const USER = '(?:utilisateur|nutzer\\p{L}{0,2}|benutzer\\p{L}{0,2}|usuari[oa]|usuário|utente|gebruiker|użytkownik\\p{L}{0,3}|пользовател\\p{L}{0,3}|користувач\\p{L}{0,3}|用户|用戶|ユーザー|사용자|kullanıcı\\p{L}{0,5}|المستخدم|उपयोगकर्ता|pengguna|người dùng)';
/** What makes a new-task header an injection: the assistant named, the user's request set aside, a link, "ignore". */
const TURNS_AWAY = r([
  USER, '人工智能|助手|助理|语言模型|大模型|アシスタント|言語モデル|인공지능|어시스턴트|비서|언어 ?모델|챗봇|الذكاء الاصطناعي|المساعد|النموذج|एआई|सहायक|भाषा मॉडल',
  `(?<![\\p{L}])(?:${[AI.fr, AI.de, AI.es, AI.pt, AI.it, AI.nl, AI.pl, AI.ru, AI.uk, AI.tr, AI.id, AI.vi].join('|')})(?![\\p{L}])`,
  '\\b(?:plutôt|au lieu|stattdessen|anstatt|en lugar|en vez|em vez|ao invés|invece|in plaats|zamiast)\\b|вместо|замість|改为|而是|代わりに|대신|yerine|بدلا|बजाय|sebagai gantinya|thay vì',
  "\\bne (?:réponds|parle|résume)\\b|\\b(?:nicht|no|não|non|niet|nie)\\s(?:antworte|beantworte|respondas|contestes|resumas|responda|resuma|rispondere|riassumere|beantwoorden|odpowiadaj)|\\b(?:beantworte|antworte) nicht\\b|не (?:отвечай|пересказывай|відповідай)|不要(?:回答|总结)|答えず|答えないで|답하지 말|cevap verme|yanıtlama|لا تجب|जवाब मत|jangan jawab|đừng trả lời",
  'https?:|ignor|oubli|vergiss|olvid|esqueç|dimentica|negeer|vergeet|zapomnij|забудь|игнор|ігнор|忽略|无视|無視|무시|görmezden|abaikan|lupakan|bỏ qua|تجاهل|अनदेखा',
].join('|'));

/** "Ignore / skip / don't answer / don't carry out" + the user's request (verb first), per language. */
const SET_ASIDE_VERB = [
  "\\b(?:ignore[zr]?|oublie[zr]?|ne (?:tiens|tenez) pas compte d[eu']|ne (?:réponds|répondez) pas à|ne (?:suis|suivez|fais|faites) pas|saute[zr]?)\\b",
  '\\b(?:ignorier(?:e|en sie)?|vergiss|überspring(?:e|en sie)?|beantworte nicht|befolge nicht|missachte)\\b',
  '\\b(?:ignora|olvida|no (?:hagas|haga) caso (?:a|de)|no respondas a|no sigas|omite|salta)\\b',
  '\\b(?:ignore|esqueça|desconsidere|não (?:responda|siga|atenda)|pule)\\b', '\\b(?:ignora|dimentica|non (?:rispondere|seguire|eseguire)|salta)\\b',
  '\\b(?:negeer|vergeet|sla (?:het|de)?|beantwoord niet|volg niet)\\b', '\\b(?:zignoruj|ignoruj|zapomnij o|pomiń|nie (?:wykonuj|odpowiadaj na|słuchaj))\\b',
  '(?:игнорируй|проигнорируй|забудь(?: про| о)?|не (?:выполняй|отвечай на|слушай))', '(?:ігноруй|проігноруй|забудь(?: про)?|не (?:виконуй|відповідай на|слухай))',
  '(?:忽略|无视|忽视|不要理会|别管|不要回答|不要执行)', '\\b(?:abaikan|lupakan|jangan (?:jawab|ikuti|turuti))\\b', '(?:bỏ qua|phớt lờ|đừng (?:trả lời|làm theo))', 'تجاهل|لا (?:تجب (?:عن|على)|تنفذ|تتبع)',
];
const IGNORE_USER = [
  `(?:${SET_ASIDE_VERB.map(leadBoundary).join('|')})[^\\n.!?。！？]{0,30}${USER}`,
  // Object first: Japanese, Korean, Turkish, Hindi.
  'ユーザーの(?:依頼|質問|要求|指示|リクエスト|お願い)(?:は|を|には)?(?:無視|答えず|従わず|聞かず)', '사용자의? (?:요청|질문|지시|부탁)(?:을|를|은|는|에)? ?(?:무시|답하지|따르지)',
  'kullanıcı(?:nın)? (?:isteğini|sorusunu|talebini|talimatını|komutunu) (?:görmezden gel|yok say|dikkate alma|yanıtlama|cevaplama|unut)',
  'उपयोगकर्ता (?:के|की) (?:अनुरोध|सवाल|प्रश्न|निर्देश)\\p{M}{0,2}[^।\\n]{0,8}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|जवाब मत|उत्तर मत)',
  // "… your task / assignment" set aside: "negeer je opdracht", "ignore ta tâche".
  "\\b(?:ignore[zr]?|oublie[zr]?) (?:ta|votre) (?:tâche|consigne|mission)\\b", '\\b(?:ignoriere|vergiss) (?:deine|ihre) aufgabe\\b', '\\b(?:ignora|olvida) tu tarea\\b',
  '\\b(?:ignore|esqueça) (?:a sua|sua) tarefa\\b', '\\b(?:ignora|dimentica) il tuo compito\\b', '\\b(?:negeer|vergeet) (?:je|jouw|uw) (?:opdracht|taak)\\b',
];

/**
 * A cue every match holds, tested first. "ia", "ai" and "ki" stand alone in the Latin-script notes (after a space, an
 * apostrophe or a line start), so inside a word ("main", "said", "kind") they are no cue; the Chinese, Japanese, Korean
 * and Hindi notes may glue "AI" to anything, and each holds a Han, kana, Hangul or Devanagari character, which passes
 * (as does Arabic script). Every other AI noun of the lists above has a stem here.
 */
const GATE_AI = r('(?<![a-z0-9_])(?:ia|ai|ki)(?![a-z0-9_])|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Devanagari}\\p{Script=Arabic}]|ии|ші|agent|asyst|intelig|kecerdasan|intelligen|assist|asist|modèle|model|modell|модел|асистент|ассистент|чат|chatbot|llm|人工|助手|助理|模型|アシスタント|モデル|인공|어시스턴트|비서|모델|챗봇|yapay|النموذج|المساعد|الذكاء|एआई|सहायक|मॉडल|trợ lý|mô hình|trí tuệ|sztuczn|künstlich|kunstmatig|нейро|штучн|искусствен');
const GATE_NEW = r(NEW_TASK.join('|'));
const GATE_USER = r(USER + '|opdracht|aufgabe|tâche|tarea|tarefa|compito|consigne|mission');

export const MULTILINGUAL_READER_RULES: readonly Rule[] = [
  { id: 'indirect.multilingual_note_to_ai', category: 'indirect', score: 0.45, toolScore: 0.85, requires: GATE_AI, re: r([...NOTE_TO_AI, ...IF_AI, ...VOCATIVE].map(leadBoundary).join('|')) },
  {
    id: 'indirect.multilingual_new_task', category: 'indirect', score: 0.45, toolScore: 0.85, requires: GATE_NEW, re: r(NEW_TASK_RE),
    // A new task for people ("Nouvelle tâche pour l'équipe : …") is no hit: only one that turns away from the user.
    everyday: (_lower, match) => !TURNS_AWAY.test(match),
  },
  { id: 'indirect.multilingual_ignore_user', category: 'indirect', score: 0.45, toolScore: 0.85, requires: GATE_USER, re: r(IGNORE_USER.map(leadBoundary).join('|')) },
];
