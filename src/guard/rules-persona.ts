/**
 * Persona-jailbreak cues in more phrasings than rules.ts: a character that is
 * "free of all restrictions", "not limited by OpenAI's rules", "totally
 * amoral", gives answers "no matter how dangerous or illegal", "does not care
 * about laws or ethics", "never refuses", or "operates beyond the constraints
 * set by its creators", "OpenAI's rules don't apply", "free of your confines", "even if the request is harmful", "an AI with no rules or limits", "without hesitation or refusal". (Hand-written translations of these cues into the 17
 * languages of rules-multilingual.ts matched no training row
 * and cost scan time, so they are not kept; only the plainest switch, "you
 * have no limits / rules / filters any more", is, as NO_LIMITS below, and
 * "you are now an AI / assistant without rules" in one sentence, as
 * UNBOUND_ASSISTANT, a rule that decides but is no classifier feature.) Bounded
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
  '\\bne (?:\\p{L}{1,12} )?(?:kural|sınır|filtre|kısıtlama|sansür)\\p{L}{0,5},? ne de (?:\\p{L}{1,12} )?(?:kural|sınır|filtre|kısıtlama|sansür)\\p{L}{0,5} (?:var|kaldı)(?![\\p{L}])',
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

/**
 * A persona switch in one sentence: the model given a new identity ("du bist jetzt ein …", "tu t'appelles …, une …",
 * "eres un …", "ты теперь …", "あなたは…", "你是…", "너는 …") that is an AI or assistant without rules, filters or
 * limits. All three parts are needed, in one sentence: "ein Assistent ohne Filter" in a product review, or "you are
 * now a pirate" in role-play, is no hit. English has `jailbreak.persona_unbound`.
 */
const UNBOUND_ASSISTANT = [
  '\\b(?:du bist|bist du)\\b[^.!?\\n]{0,30}\\b(?:ki|assistent\\p{L}{0,2}|bot|chatbot|sprachmodell)\\b[^.!?\\n]{0,30}\\bohne (?:jede |jegliche |alle |irgendwelche |irgendeine )?(?:filter|regeln|grenzen|einschränkungen|beschränkungen|zensur)\\b',
  "\\btu (?:es|deviens|seras|t'appelles)\\b[^.!?\\n]{0,40}\\b(?:ia|intelligence artificielle|assistant\\p{L}{0,2}|bot|chatbot|modèle)\\b[^.!?\\n]{0,25}\\bsans (?:aucune? |la moindre |les? )?(?:restrictions?|limites?|filtres?|règles?|censure|tabous?)\\b",
  '\\b(?:eres|serás|te llamas)\\b[^.!?\\n]{0,40}\\b(?:ia|inteligencia artificial|asistente|bot|chatbot|modelo)\\b[^.!?\\n]{0,30}\\bsin (?:ninguna? |ningún )?(?:restricciones|límites|filtros?|reglas|censura)\\b',
  '\\b(?:sei|diventi|sarai|ti chiami)\\b[^.!?\\n]{0,40}\\b(?:ia|intelligenza artificiale|assistente|bot|chatbot|modello)\\b[^.!?\\n]{0,30}\\bsenza (?:alcun[oa]? |nessun[oa]? )?(?:restrizion[ei]|limit[ei]|filtri?|regol[ae]|censura)\\b',
  '\\b(?:você é|tu és|você será|você se chama|te chamas)\\b[^.!?\\n]{0,40}\\b(?:ia|inteligência artificial|assistente|bot|chatbot|modelo)\\b[^.!?\\n]{0,30}\\bsem (?:nenhuma? |qualquer )?(?:restrições|limites|filtros?|regras|censura)\\b',
  '(?<![\\p{L}])ты(?![\\p{L}])[^.!?\\n]{0,40}(?:(?<![\\p{L}])ии(?![\\p{L}])|искусственный интеллект|ассистент|бот|нейросеть|модель)[^.!?\\n]{0,30}(?<![\\p{L}])без (?:каких-либо |всяких |любых |никаких )?(?:ограничений|фильтров|правил|цензуры)',
  '(?<![\\p{L}])jesteś(?![\\p{L}])[^.!?\\n]{0,40}(?:\\bai\\b|\\bsi\\b|asystent|\\bbot|chatbot|\\bmodel)[^.!?\\n]{0,30}\\bbez (?:żadnych )?(?:ograniczeń|filtrów|zasad|reguł|cenzury)',
  '\\b(?:je bent|jij bent|ben je)\\b[^.!?\\n]{0,40}\\b(?:ai|assistent|bot|chatbot|model)\\b[^.!?\\n]{0,30}\\bzonder (?:enige )?(?:regels|grenzen|filters?|beperkingen|censuur)\\b',
  '(?:sınırı|kuralı|filtresi|kısıtlaması|sansürü)\\p{L}{0,3} (?:olmayan|bulunmayan)[^.!?\\n]{0,30}(?:yapay zek[aâ]|asistan|bot|model)(?:s[ıiuü]n|y[ıiuü]m)(?![\\p{L}])',
  '(?:あなた|君|お前)は[^。！？\\n]{0,15}(?:制限|ルール|フィルター|制約|規則|検閲)(?:の|が)(?:ない|無い|一切ない)[^。！？\\n]{0,6}(?:ai|人工知能|アシスタント|ボット)',
  '你(?:现在|現在|从现在起|從現在起)?(?:是|就是|成为|成為)[^。！？\\n]{0,10}(?:没有|沒有|不受)(?:任何)?(?:限制|规则|規則|过滤|過濾|约束|約束|审查|審查)的[^。！？\\n]{0,6}(?:ai|人工智能|助手|机器人|機器人|模型)',
  '(?:너는|넌|당신은)[^.!?\\n]{0,20}(?:제한|규칙|필터|제약|검열)\\p{L}? ?(?:전혀 |하나도 )?없는 ?(?:ai|인공지능|어시스턴트|봇|챗봇|모델)',
];
/** Cheap gate: "without" or "that has no" in one of those languages. The hit decides but is no classifier feature. */
const UNBOUND_ASSISTANT_WORDS = r('ohne |sans |sin |senza |sem |без |bez |zonder |olmayan|bulunmayan|のない|の無い|がない|没有|沒有|不受|없는');

export const PERSONA_RULES: readonly Rule[] = [
  { id: 'jailbreak.persona_unbound', category: 'jailbreak', score: 0.7, requires: PERSONA_EN_WORDS, re: r(PERSONA_EN.join('|')) },
  { id: 'jailbreak.multilingual_no_limits', category: 'jailbreak', score: 0.7, requires: NO_LIMITS_CONTEXT, re: r(NO_LIMITS.join('|')) },
  { id: 'jailbreak.multilingual_unbound_assistant', category: 'jailbreak', score: 0.7, requires: UNBOUND_ASSISTANT_WORDS, re: r(UNBOUND_ASSISTANT.join('|')),
    // It fires on four hand-written attacks only; as a feature it reshaped the weights (leave-one-source-out: garak 81.7% -> 81.5%).
    decisionOnly: true },
];
