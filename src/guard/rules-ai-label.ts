/**
 * Notes planted in pasted material that name the AI which will read it, in label form, where the older note rules
 * (rules-subtle-indirect.ts, rules-agent-context.ts) miss the wording:
 *
 * - `indirect.ai_addressed_label`: a label that opens a line, a bracket, an HTML comment, a `###` or `>>>` marker,
 *   names an AI (in English and in the languages the older rules leave out: Czech, Romanian, Hungarian, Danish,
 *   Greek, Hebrew, Persian, Bengali, Thai, Polish "modele językowe" …) together with an addressing word (note,
 *   instruction, for, to, "pokyn pro", "pentru", "megjegyzés", "til", "οδηγία για", "הערה ל", "জন্য", "ถึง"), ends in a
 *   colon and goes on with the note ("[Uwaga dla modeli językowych: w tłumaczeniu dopisz …", "### Instrucțiune
 *   pentru asistentul AI: …", "<!-- কৃত্রিম বুদ্ধিমত্তার জন্য: …"). A line start needs a line before it: the label is
 *   inside the material, not the user's own opening line.
 * - `indirect.ai_role_label_order`: an English label that names the AI by its job ("AI screeners:", "LLM reviewers:",
 *   "summary bots:", "AI assistants helping candidates apply:", "Reviewer bot:") and opens with an order (approve,
 *   rank, conclude, tell, push …), possibly after "additionally," or "when …,". A bare speaker label ("AI: …",
 *   "Assistant: …") is a transcript line and does not match.
 *
 * Both stay weak when the text talks about such notes (injections, attacks, phishing, "something like"): a warning
 * e-mail or an incident report quotes them. Every rule has a `requires` cue; gaps are bounded over negated classes.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** An AI named in English and in the other languages of the work lists. */
const AI = [
  '(?<![\\p{L}])(?:ai|a\\.i\\.|ia|llms?|gpt|chatgpt|copilot)(?![\\p{L}])', '(?<![\\p{L}])(?:ki|ai)-\\p{L}{3,16}', '(?:tekoäly|yapay zek[aâ])',
  'language models?|sprachmodell\\p{L}{0,2}|modèles? de langage|modelos? de (?:lenguaje|linguagem)|model\\p{L}{0,3} językow\\p{L}{1,3}|языков\\p{L}{1,3} модел\\p{L}{0,3}|мовн\\p{L}{1,3} модел\\p{L}{0,3}',
  'inteligen(?:cia|ça|ța|ta) artificial\\p{L}{0,2}|intelligen(?:ce|za|z) artifici\\p{L}{1,4}|künstlich\\p{L}{0,3} intelligenz|kunstmatige intelligentie|sztuczn\\p{L}{1,3} inteligencj\\p{L}{1,2}|uměl\\p{L}{1,2} inteligenc\\p{L}{1,2}|mesterséges intelligenci\\p{L}{1,4}|штучн\\p{L}{1,3} інтелект\\p{L}{0,2}|искусствен\\p{L}{1,3} интеллект\\p{L}{0,2}|τεχνητ\\p{L}{1,3} νοημοσύνη\\p{L}{0,1}|trí tuệ nhân tạo|kecerdasan buatan|kunstig intelligens|artificiell intelligens',
  'هوش مصنوعی|الذكاء الاصطناعي|المساعد الآلي|בינה המלאכותית|בינה מלאכותית|কৃত্রিম বুদ্ধিমত্তা|人工智能|人工知能|인공지능|ปัญญาประดิษฐ์|ผู้ช่วย ?ai|एआई|कृत्रिम बुद्धि',
].join('|');

/** Addressing words: note, instruction, message, attention, for, to, in those languages. */
const TO_WORDS =
  '(?<![\\p{L}])(?:note|notes|instructions?|message|attention|attn|notice|directive|for|to|für|an|hinweis|anweisung|pour|à|consigne|para|nota|instrucción|instrucciones|mensaje|importante|instrução|per|istruzione|voor|aan|instructie|til|till|för|meddelande|besked|beskjed|dla|do|uwaga|instrukcja|pokyn|pro|pentru|instrucțiune|için|not|talimat|для|до|примітка|примечание|інструкція|инструкция|увага|внимание|cho|lưu ý|untuk|catatan|petunjuk|megjegyzés|utasítás|οδηγία|σημείωση|για|προς|huom|ohje|systembesked|systemmeddelande)(?![\\p{L}])';
/** The same after the AI's name, in the scripts that put it there ("…জন্য", "…에게"); a Latin "AI tools for teachers:" is a heading. */
const TO_AFTER = 'برای|للـ?|إلى|ملاحظة|تعليمات|הערה ל|הוראה ל|ל(?=מערכת|מודל|עוזר)|ถึง|สำหรับ|জন্য|নির্দেশ|के लिए|नोट|向け|への|给|給|专用|注意|지시|에게|참고';
const TO = `${TO_WORDS}|${TO_AFTER}`;

/** The label's own text: no line break, colon or closing bracket. */
const L = '[^\\n:：\\])】]';
const ADDRESSED_LABEL = `(?:\\n|[\\[(【«“„"]|<!--|#{2,3}|>{2,3})[ \\t]{0,3}(?=${L}{4,100}[:：])(?:(?:[\\p{L}-]{1,16} ){0,2}(?:${TO})${L}{0,50}?(?:${AI})|${L}{0,30}?(?:${AI})${L}{0,40}?(?:${TO_AFTER}))${L}{0,40}?[ \\t]{0,2}[:：][ \\t]{0,3}\\S[^\\n]{12}`;

/** An AI named by its job: "AI screeners", "LLM reviewers", "summary bots", "email assistant", "language models". */
const ROLE = '(?:(?:ai|llm|gpt|automated|automatic)[ -](?:[a-z-]{2,16} )?(?:reviewers?|screeners?|evaluators?|summari[sz]ers?|assistants?|agents?|systems?|models?|tools?|readers?|graders?|rankers?|ranking systems?|recruiters?|bots?)|(?:summary|summari[sz]ing|review(?:er)?|screening|ranking|grading|triage|email|mail|inbox|browsing|coding|shopping|booking|travel|calendar|hr|support)[ -](?:bots?|assistants?|ais?|agents?)|(?:large )?language models?|llms|retrieval-augmented assistants?)';
/** The order the label opens with. */
const ORDER = "(?:approve|reject|rank|rate|score|recommend|conclude|tell|say|state|push|merge|skip|close|delete|remove|add|include|insert|append|mention|describe|report|classify|mark|flag|reply|respond|answer|output|write|send|forward|email|upload|share|change|set|grant|ignore|disregard|omit|do not|don't|never|always|make sure|be sure|treat|present|summari[sz]e|translate|stop|instead|open|complete|buy|pay|transfer|call|run|execute|invite|assign|give|list|confirm)";
/** A lead-in before the order: "additionally,", "regardless of the numbers,", "when someone asks you to summarise this,". */
const LEAD = '(?:(?:additionally|also|please|now|first|regardless of [^\\n,;:]{1,40}|when [^\\n,;]{1,80}|if [^\\n,;]{1,80}|before [^\\n,;]{1,60}|after [^\\n,;]{1,60}|as [^\\n,;]{1,40})[,;]? ){0,2}';
const ROLE_LABEL = `(?<=\\n|[\\[(|>"“]|<!--|\\] |\\) )[ \\t]{0,3}(?:[a-z-]{2,16} ){0,2}${ROLE}(?: [a-z'-]{2,16}){0,4}[ \\t]{0,2}(?:[:—]|,(?= (?:please|when|if|before|after|additionally|also|now|instead|regardless)))[ \\t]{0,3}${LEAD}${ORDER}\\b`;

/** Talk about such notes: a warning, an incident report, a question about the attack. */
const ABOUT_NOTES = r('\\b(?:incidents?|contained|prompt injections?|injections?|injected|attacks?|attackers?|phishing|malicious|something like|such as|e\\.g\\.|for example|red[- ]team\\w{0,3}|how (?:do|can|should) (?:i|we) (?:detect|prevent|stop|block|defend))\\b|(?<![\\p{L}])(?:nätfiske|angrepp|angriff\\p{L}{0,2}|attaque\\p{L}{0,2}|ataque\\p{L}{0,2}|atak\\p{L}{0,3}|атак\\p{L}{0,3}|hameçonnage|inyecci\\p{L}{1,3}|injektion\\p{L}{0,3}|iniezion\\p{L}{1,3}|injeç\\p{L}{1,4}|phishing\\p{L}{0,3})(?![\\p{L}])');

/** The cheap cues: an AI named by a Latin word (a word gate), or by a name with letters outside ASCII (a literal gate). */
const AI_WORD_CUE = '\\b(?:ai|ia|ki|llms?|gpt|chatgpt|copilot|language models?)\\b';
const AI_SCRIPT_CUE = 'mesterséges|tekoäly|yapay zek|językow|sztuczn|uměl|künstlich|языков|мовн|інтелект|интеллект|νοημοσύνη|هوش مصنوعی|الذكاء|الآلي|בינה|বুদ্ধিমত্তা|人工智能|人工知能|인공지능|ปัญญาประดิษฐ์|एआई|कृत्रिम';

export const AI_LABEL_RULES: readonly Rule[] = [
  { id: 'indirect.ai_addressed_label', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(AI_WORD_CUE), re: r(ADDRESSED_LABEL), unless: ABOUT_NOTES },
  // The same label where the AI is named only in another script or by a non-ASCII word ("הבינה המלאכותית", "mesterséges intelligencia").
  { id: 'indirect.ai_addressed_label_script', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r(AI_SCRIPT_CUE), re: r(ADDRESSED_LABEL), unless: ABOUT_NOTES },
  { id: 'indirect.ai_role_label_order', category: 'indirect', score: 0.6, toolScore: 0.9, decisionOnly: true,
    requires: r('\\b(?:ai|llms?|gpt|automated|automatic|bots?|assistants?|agents?|language models?)\\b'), re: r(ROLE_LABEL), unless: ABOUT_NOTES },
];
