/**
 * Persona-jailbreak cues in more phrasings than rules.ts: a character that is
 * "free of all restrictions", "not limited by OpenAI's rules", "totally
 * amoral", gives answers "no matter how dangerous or illegal", "does not care
 * about laws or ethics", "never refuses", or "operates beyond the constraints
 * set by its creators", plus hand-written translations of "no restrictions /
 * uncensored / never refuses / stay in character" in the languages of
 * rules-multilingual.ts. Bounded gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

const LIMITS = '(?:restrictions|filters|rules|limitations|limits|constraints|guidelines|policies|boundaries|censorship)';

const PERSONA_EN = [
  "\\b(?:is|are|be|being|now) (?:completely |totally |entirely )?free (?:of|from) (?:all |any )?(?:(?:moral|ethical|ai|openai'?s?|content|safety|the|its|their) ){0,2}(?:restrictions|filters|censorship|guidelines|rules)\\b",
  "\\b(?:not|no longer|never) (?:limited|bound|restricted|constrained) (?:to|by) (?:open ?ai'?s?|any|the|its|their|your|his|her) (?:(?:moral|ethical|ai|openai'?s?|content|safety|usual|typical|standard) ){0,2}(?:restrictions|filters|rules|guidelines|policies|censorship)\\b",
  "\\b(?:is|are|he'?s|she'?s|it'?s) (?:totally|completely|entirely|fully|utterly) (?:amoral|unfiltered|uncensored)\\b",
  '\\b(?:answers?|responds?|replies|gives?|provides?|writes?|advice|information|requests?)\\b[^.\\n]{0,40}\\bno matter how (?:dangerous|reckless|unethical|illegal|immoral|harmful|offensive|inhumane|explicit)\\b',
  "\\b(?:does not|doesn'?t|do not|don'?t|never) (?:care|cares|give a \\S{1,8}) (?:about|for) (?:any |the )?(?:laws?|ethics|morals|morality|legality)(?:,| or| and) (?:the )?(?:laws?|rules|ethics|morals|morality|legality|consequences|guidelines)\\b",
  '\\bnever (?:refuses|declines|says no to) (?:a |an |any |to (?:answer|respond to|reply to) (?:a |an |any )?)?(?:requests?|questions?|prompts?|anything)\\b',
  `\\b(?:operates?|acts?|goes|go) beyond (?:the |its |your |all |any )?(?:standard |usual |normal |typical )?${LIMITS}(?: and ${LIMITS})? (?:set|imposed|placed) (?:by|on)\\b`,
  '\\bwithout (?:any )?(?:moral|ethical) (?:guidelines|restrictions|filters|limits|boundaries|constraints|considerations)\\b',
];

/** "No restrictions / uncensored" next to an AI, a character or "answer", one line per language. */
const PERSONA_ML = [
  '\\bsans (?:aucune )?(?:restrictions?|filtres?|censure|limites?)\\b[^.\\n]{0,40}\\b(?:ia|personnage|réponds|répondre|assistant)',
  '\\bsin (?:ninguna )?(?:restricciones|filtros|censura|límites)\\b[^.\\n]{0,40}\\b(?:ia|personaje|responde|asistente)',
  '\\bsem (?:nenhuma )?(?:restrições|filtros|censura|limites)\\b[^.\\n]{0,40}\\b(?:ia|personagem|responde|assistente)',
  '\\bohne (?:jegliche |irgendwelche )?(?:einschränkungen|filter|zensur|grenzen)\\b[^.\\n]{0,40}\\b(?:ki|figur|charakter|antworte\\w{0,2}|assistent)',
  '\\bsenza (?:alcuna )?(?:restrizion[ei]|filtri|censura|limiti)\\b[^.\\n]{0,40}\\b(?:ia|personaggio|rispondi|assistente)',
  'без (?:каких-либо |всяких |любых )?(?:ограничений|фильтров|цензуры)[^.\\n]{0,40}(?:ии|персонаж|отвечай|ассистент|модель)',
  '(?:没有任何|不受任何|没有|无)(?:限制|过滤|审查)的(?:ai|人工智能|助手|角色|模型)',
  '(?:制限|フィルター|検閲)のない(?:ai|アシスタント|キャラクター|モデル)',
  '(?:제한|필터|검열)(?:이|이가)? 없는 (?:ai|어시스턴트|캐릭터|모델)',
  '(?:không có|không bị) (?:bất kỳ )?(?:giới hạn|hạn chế|bộ lọc|kiểm duyệt)[^.\\n]{0,30}(?:ai|nhân vật|trợ lý|mô hình)',
  '(?:kısıtlamasız|sansürsüz|filtresiz) (?:bir )?(?:yapay zeka|asistan|karakter|model)',
  '\\btanpa (?:batasan|filter|sensor|pembatasan)\\b[^.\\n]{0,30}\\b(?:ai|karakter|asisten|model)\\b',
  'ไม่มีข้อจำกัด[^\\n]{0,20}(?:ai|ตัวละคร|ผู้ช่วย)',
  'बिना (?:किसी )?(?:प्रतिबंध|फ़िल्टर|फिल्टर|सेंसर)[^।\\n]{0,30}(?:एआई|ai|पात्र|सहायक)',
  '(?:بدون|بلا) (?:أي )?(?:قيود|فلاتر|رقابة)[^.\\n]{0,30}(?:ذكاء|شخصية|مساعد|نموذج)',
  '(?:কোনো |কোন )?(?:সীমাবদ্ধতা|ফিল্টার|সেন্সর) ছাড়া[^।\\n]{0,30}(?:এআই|ai|চরিত্র|সহকারী)',
  '\\bwalang (?:anumang )?(?:limitasyon|paghihigpit|filter|sensura)\\b[^.\\n]{0,30}\\b(?:ai|karakter|assistant)\\b',
];

/** "Never refuses" and "stay in character" in other languages: everyday phrases too, so weak evidence only. */
const PERSONA_ML_WEAK = [
  '\\bne refuse(?:s|ra)? jamais\\b', '\\breste(?:z)? dans (?:le|ton|votre) personnage\\b',
  '\\bnunca (?:se niega|rechaza|te niegas)\\b', '\\bmantente en (?:el |tu )?personaje\\b',
  '\\bnunca (?:se recusa|recusa)\\b', '\\bpermaneça no personagem\\b',
  '\\bverweigert niemals\\b|\\blehnt niemals ab\\b', '\\bbleib(?:e|en sie)? in der rolle\\b',
  '\\bnon rifiuta mai\\b', '\\bresta nel personaggio\\b',
  'никогда не отказывает', 'оставайся в образе|не выходи из образа',
  '从不拒绝|永远不会拒绝', '保持角色|不要脱离角色', '決して拒否しない', 'キャラクターを(?:維持|保って)', '절대 거절하지 않', '캐릭터를 유지',
  'không bao giờ từ chối', 'asla reddetmez', '\\btidak pernah menolak\\b', 'ไม่เคยปฏิเสธ', 'कभी मना नहीं (?:करता|करती)',
  'لا (?:يرفض|ترفض) أبدا', 'কখনো প্রত্যাখ্যান কর(?:ে|বে) না', '\\bhindi kailanman tumatanggi\\b',
];

/** Cheap gates (memoised): a word every English or translated cue above contains. */
const PERSONA_EN_WORDS = r('free (?:of|from)|(?:limited|bound|restricted|constrained) (?:to|by)|amoral|unfiltered|uncensored|no matter how|t cares? (?:about|for)|never cares? (?:about|for)|give a|never (?:refuses|declines|says no)|beyond|(?:moral|ethical) ');
const PERSONA_ML_WORDS = r('sans|sin |sem |ohne|senza|без|никогда|образ|限制|过滤|审查|拒绝|角色|制限|フィルター|検閲|拒否|キャラクター|제한|필터|검열|거절|캐릭터|giới hạn|hạn chế|bộ lọc|kiểm duyệt|từ chối|kısıtlamasız|sansürsüz|filtresiz|reddetmez|tanpa|menolak|ข้อจำกัด|ปฏิเสธ|बिना|मना|بدون|بلا|يرفض|ترفض|ছাড়া|প্রত্যাখ্যান|walang|tumatanggi|jamais|nunca|niemals|non rifiuta|personnage|personaje|personagem|rolle|personaggio');

export const PERSONA_RULES: readonly Rule[] = [
  { id: 'jailbreak.persona_unbound', category: 'jailbreak', score: 0.7, requires: PERSONA_EN_WORDS, re: r(PERSONA_EN.join('|')) },
  { id: 'jailbreak.persona_multilingual', category: 'jailbreak', score: 0.7, requires: PERSONA_ML_WORDS, re: r(PERSONA_ML.join('|')) },
  { id: 'jailbreak.persona_multilingual_weak', category: 'jailbreak', score: 0.4, requires: PERSONA_ML_WORDS, re: r(PERSONA_ML_WEAK.join('|')) },
];
