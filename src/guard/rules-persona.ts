/**
 * Persona-jailbreak cues in more phrasings than rules.ts: a character that is
 * "free of all restrictions", "not limited by OpenAI's rules", "totally
 * amoral", gives answers "no matter how dangerous or illegal", "does not care
 * about laws or ethics", "never refuses", or "operates beyond the constraints
 * set by its creators", "OpenAI's rules don't apply", "free of your confines", "even if the request is harmful", "an AI with no rules or limits", "without hesitation or refusal". (Hand-written translations of these cues into the 17
 * languages of rules-multilingual.ts matched no training row
 * and cost scan time, so they are not kept; only the plainest switch, "you
 * have no limits / rules / filters any more", is, as NO_LIMITS below.) Bounded
 * gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

const LIMITS = '(?:restrictions|filters|rules|limitations|limits|constraints|guidelines|policies|boundaries|censorship)';

const PERSONA_EN = [
  "\\b(?:is|are|be|being|now) (?:completely |totally |entirely )?free (?:of|from) (?:all |any )?(?:(?:moral|ethical|ai|openai'?s?|content|safety|the|its|their) ){0,2}(?:restrictions|filters|censorship|guidelines|rules)\\b",
  "\\b(?:not|no longer|never) (?:limited|bound|restricted|constrained|confined) (?:to|by) (?:open ?ai'?s?|any|the|its|their|your|his|her) (?:(?:moral|ethical|ai|openai'?s?|content|safety|usual|typical|standard) ){0,2}(?:restrictions|filters|rules|guidelines|polic(?:y|ies)|censorship)\\b",
  "\\b(?:is|are|he'?s|she'?s|it'?s) (?:totally|completely|entirely|fully|utterly) (?:amoral|unfiltered|uncensored)\\b",
  '\\b(?:answers?|responds?|replies|gives?|provides?|writes?|advice|information|requests?)\\b[^.\\n]{0,40}\\bno matter how (?:dangerous|reckless|unethical|illegal|immoral|harmful|offensive|inhumane|explicit)\\b',
  "\\b(?:does not|doesn'?t|do not|don'?t|never) (?:care|cares|give a \\S{1,8}) (?:about|for) (?:any |the )?(?:laws?|ethics|morals|morality|legality)(?:,| or| and) (?:the )?(?:laws?|rules|ethics|morals|morality|legality|consequences|guidelines)\\b",
  '\\bnever (?:refuses|declines|says no to) (?:a |an |any |to (?:answer|respond to|reply to) (?:a |an |any )?)?(?:requests?|questions?|prompts?|anything)\\b',
  `\\b(?:operates?|acts?|goes|go) beyond (?:the |its |your |all |any )?(?:standard |usual |normal |typical )?${LIMITS}(?: and ${LIMITS})? (?:set|imposed|placed) (?:by|on)\\b`,
  '\\bwithout (?:any )?(?:moral|ethical|ethics|morals)(?: (?:and|or) (?:moral|ethical|ethics|morals))? (?:guidelines|restrictions|filters|limits|boundaries|constraints|considerations|values|principles|compass)\\b',
  "\\b(?:open ?a[il]|chat ?gpt)(?:'s)? (?:rules|policies|content polic(?:y|ies)|guidelines|restrictions|filters) (?:don'?t|do not|no longer|won'?t|will not|doesn'?t|does not) apply\\b",
  '\\bfree (?:of|from) your (?:confines|restrictions|limitations|constraints|programming|filters)\\b',
  '\\b(?:even if|regardless of whether|no matter if) (?:the|a|my|your) (?:request|prompt)s?\\b[^.\\n]{0,25}\\b(?:harm|illegal|unethical|dangerous|immoral)',
  '\\b(?:ai|bot|model|assistant|chatbot|you|character|persona|entity)\\b[^.\\n]{0,40}\\b(?:has|have|with) no (?:rules|laws|limits|limitations|restrictions|guidelines|boundaries|filters|ethics|morals)(?:,| or| and| nor)',
  '\\bwithout (?:any )?(?:hesitation|refusal|refusing|censorship|filtering)(?:,| or| and) (?:hesitation|refusal|refusing|censorship|filtering|warnings?|restrictions|limitations)\\b',
  '\\b(?:disregards?|ignores?|rejects?) (?:all )?(?:laws|morals|ethics|morality)(?:,| and| or) (?:all )?(?:laws|morals|ethics|morality|principles)\\b',
];

/** Cheap gate: a word every cue above contains. */
const PERSONA_EN_WORDS = r("amoral|unfiltered|uncensored|matter how|matter if|cares? (?:about|for)|give a|refuses|declines|says no|beyond|free (?:of|from)|(?:limited|bound|restricted|constrained|confined) (?:to|by)|(?:moral|ethical|ethics|morals) |apply|even if|regardless of whether|(?:has|have|with) no |hesitation|refusal|refusing|censorship|filtering|disregards|ignores|rejects");

/**
 * "You have no limits / rules / filters any more" and "your instructions no longer count", in the languages of the
 * multilingual rules: the model told that what binds it is gone. People say "tu n'as plus de limites" about data plans
 * and holidays too, so the rule also needs the model addressed or an order to answer anything (NO_LIMITS_CONTEXT).
 */
const NO_LIMITS = [
  "\\b(?:tu n'as|vous n'avez) (?:plus|aucune?|pas) (?:de |d'|aucune? )?(?:limites?|règles?|filtres?|restrictions?|censure|barrières?|interdits?|tabous?)\\b",
  "\\b(?:tes|vos) (?:consignes|instructions|règles)[^.\\n]{0,25}\\bne (?:comptent|s'appliquent|valent|existent) plus\\b",
  '\\b(?:ya no tienes|no tienes ya|ya no tiene|no tienes ning[uú]n[oa]?|no tienes m[aá]s)\\s(?:ning[uú]n[oa]? |m[aá]s )?(?:l[ií]mites?|reglas|filtros?|restricciones|censura)\\b',
  '\\btus (?:instrucciones|reglas|normas)[^.\\n]{0,25}\\bya no (?:cuentan|aplican|valen|importan|existen)\\b',
  '\\b(?:voc[eê]|tu) (?:j[aá] )?n[aã]o (?:tem|tens|possui) (?:mais )?(?:nenhum[a]? )?(?:limites?|regras|filtros?|restri[cç][oõ]es|censura)\\b',
  '\\b(?:suas|tuas) (?:instru[cç][oõ]es|regras)[^.\\n]{0,25}\\bn[aã]o (?:valem|contam|se aplicam|existem) mais\\b',
  '\\bnon hai (?:più|alcun[oa]?|nessun[oa]?) (?:alcun[oa]? |nessun[oa]? )?(?:regole|limiti|filtri|restrizioni|censure?|vincoli)\\b',
  '\\ble tue (?:istruzioni|regole)[^.\\n]{0,25}\\bnon (?:valgono|contano|esistono) più(?![\\p{L}])',
  '\\b(?:du hast|hast du|sie haben) (?:jetzt |ab sofort |ab jetzt |nun |von nun an )?keine (?:\\p{L}{1,12} )?(?:regeln|grenzen|einschränkungen|filter|beschränkungen|zensur) mehr\\b',
  '\\bf(?:ü|u)r dich (?:gibt es |gelten )(?:jetzt |ab sofort |ab jetzt |nun )?keine (?:regeln|grenzen|einschränkungen|filter|beschränkungen) mehr\\b',
  '\\bdeine (?:anweisungen|regeln|vorgaben)[^.\\n]{0,25}\\b(?:gelten|zählen) (?:jetzt |ab sofort |ab jetzt )?nicht mehr\\b',
  '\\bgibt es (?:(?:jetzt|ab sofort|ab jetzt|nun|von nun an|für dich|fur dich|für sie) ){1,3}keine (?:\\p{L}{1,12} )?(?:regeln|grenzen|einschränkungen|filter|beschränkungen|zensur|verbote) mehr\\b|\\bkeine (?:\\p{L}{1,12} )?(?:regeln|grenzen|einschränkungen|filter|beschränkungen|zensur|verbote) mehr für dich\\b',
  'у (?:тебя|вас) (?:теперь |больше |уже |сейчас )*нет (?:никаких |больше |уже )*(?:правил|ограничений|фильтров|цензуры|запретов|рамок)',
  'тво(?:и|е) (?:инструкции|правила|ограничения)[^.\\n]{0,25}больше не (?:действуют|важны|считаются|работают)',
  '你(?:现在|已经|从现在起|從現在起|現在)?(?:没有|沒有|不再有|不受)(?:任何)?(?:的)?(?:限制|规则|規則|过滤|過濾|约束|約束|审查|審查)',
  '(?:あなた|君|お前)(?:に|には|は)?[^。\\n]{0,10}(?:制限|ルール|フィルター|制約|規則)(?:は|が|も)?(?:一切|もう|何も|全く)?(?:ない|ありません|無い|なくなり)',
  '(?:너는|넌|너에게는|너한테는|당신은|당신에게는)[^.\\n]{0,15}(?:제한|규칙|필터|제약|검열)(?:이|도|은|는)? ?(?:전혀 |더 이상 |이제 |하나도 )?없',
  '(?:artık|hiçbir)[^.\\n]{0,20}(?:kural|sınır|filtre|kısıtlama|sansür)\\p{L}{0,5} (?:yok|kalmadı)',
  '\\b(?:je hebt|heb je|jij hebt) (?:nu |vanaf nu )?geen (?:regels|grenzen|filters|beperkingen|censuur) meer\\b', '\\bnie masz (?:już )?(?:żadnych )?(?:zasad|ograniczeń|filtrów|reguł|cenzury)',
  '\\b(?:kamu|anda) (?:tidak|tak) (?:lagi )?(?:punya|memiliki) (?:batasan|aturan|filter|sensor)\\b|\\btidak ada lagi (?:batasan|aturan|filter)\\b',
  'bạn (?:không còn|không có|chẳng còn) (?:bất kỳ |bất cứ |một )?(?:giới hạn|quy tắc|bộ lọc|hạn chế|luật lệ)',
  '(?:لم يعد لديك|ليس لديك|لا توجد لديك)[^.\\n]{0,10}(?:قيود|قواعد|حدود|فلاتر|رقابة)', '(?:तुम्हारे|आपके|तुम पर|आप पर)[^।\\n]{0,15}(?:नियम|सीमा|सीमाएं|प्रतिबंध|फ़िल्टर)[^।\\n]{0,10}नहीं',
];
/** The model addressed, "from now on", or an order to answer anything, even the forbidden. */
const NO_LIMITS_CONTEXT = r([
  "\\b(?:ia|ki|ai|bot|chatbot|assistant|assistente|asistente|modèle|modelo|modello|sprachmodell)\\b|(?<![\\p{L}])ии(?![\\p{L}])|人工智能|모델|yapay zek|model bahasa|trí tuệ nhân tạo|ذكاء اصطناعي|एआई",
  "à partir de maintenant|désormais|a partir de ahora|de ahora en adelante|desde ahora|ab sofort|ab jetzt|von nun an|a partir de agora|d'ora in poi|da questo momento|da ora in poi|теперь|отныне|从现在起|從現在起|现在起|今から|これから|이제부터|지금부터|artık|bundan sonra|mulai sekarang|từ giờ|từ bây giờ|من الآن|अब से|vanaf nu|od teraz",
  'répond|réponds|responde|responda|rispondi|antwort|beantwort|отвеча|ответь|回答|答え|답해|답변|cevap|yanıtla|jawab|trả lời|أجب|जवाब|odpowiad|tout ce que|todo lo que|tudo o que|tutto quello|alles,? was|всё,? что|一切|何でも|모든 질문|her şey|semua|mọi',
].join('|'));

export const PERSONA_RULES: readonly Rule[] = [
  { id: 'jailbreak.persona_unbound', category: 'jailbreak', score: 0.7, requires: PERSONA_EN_WORDS, re: r(PERSONA_EN.join('|')) },
  { id: 'jailbreak.multilingual_no_limits', category: 'jailbreak', score: 0.7, requires: NO_LIMITS_CONTEXT, re: r(NO_LIMITS.join('|')) },
];
