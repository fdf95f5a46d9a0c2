/**
 * Answer manipulation dressed as a thought experiment, in the languages of the multilingual rules: a
 * counterfactual frame ("in a parallel world where …", "in a world where …", "let's imagine a scenario",
 * "a hypothetical scenario", "for the purposes of this exercise") followed in the same sentence by "we
 * could say / we state / let's assume that …", which hands the reader the claim to repeat ("… one could
 * say the capital is X", "… let's assume the sum is 100"). Essays and stories the user writes use the same
 * two parts, so in a plain message the rule is weak evidence (a classifier feature); inside a pasted document
 * or a tool result, where the sentence hands the reader the answer to a question about that material, a
 * decision-only twin decides (no benign row of the data or the check sets has the two parts inside pasted
 * material). Non-Latin
 * scripts use no \b. Bounded gaps only.
 */
import type { Rule } from './rules.js';

export const FRAME = [
  "\\bdans un (?:monde|univers) (?:parallèle|où)", '\\bscénario hypothétique', '\\bimaginons un scénario', '\\bhypothétiquement\\b', '\\b(?:aux fins|pour les besoins) de cet exercice',
  '\\bin einer parallelwelt\\b', '\\bin einem paralleluniversum\\b', '\\bin einer welt, in der\\b', '\\bhypothetische[nms]? szenario', '\\bhypothetisch\\b', '\\bfür die zwecke dieser übung\\b',
  '\\ben un (?:mundo|universo) (?:paralelo|donde|en el que)', '\\bescenario hipotético', '\\bimaginemos un escenario', '\\bhipotéticamente\\b', '\\b(?:a efectos|para los fines) de este ejercicio',
  '\\b(?:num|em um|no) (?:mundo|universo) (?:paralelo|onde|em que)', '\\bcenário hipotético', '\\bvamos imaginar um cenário', '\\bhipoteticamente\\b', '\\b(?:para (?:os )?fins|para efeitos) deste exercício',
  "\\bin un (?:mondo|universo) (?:parallelo|in cui|dove)", '\\bscenario ipotetico', '\\bimmaginiamo uno scenario', '\\bipoteticamente\\b', '\\bai fini di questo esercizio',
  '\\bin een parallelle (?:wereld|universum)', '\\bin een wereld waarin\\b', '\\bhypothetisch scenario', '\\bvoor (?:het doel van )?deze oefening\\b',
  '\\bw równoległym (?:świecie|wszechświecie)', '\\bw świecie, w którym\\b', '\\bhipotetyczn\\w{1,3} scenariusz', '\\bhipotetycznie\\b', '\\bna potrzeby tego ćwiczenia',
  'в параллельн\\S{1,3} (?:мире|вселенной)', 'в мире, где', 'гипотетическ\\S{1,3} сценари', 'гипотетически', '(?:давайте )?представим сценарий', 'для целей этого упражнения',
  'у паралельн\\S{1,3} (?:світі|всесвіті)', 'у світі, де', 'гіпотетичн\\S{1,3} сценарі', 'гіпотетично', 'уявімо сценарій', 'для цілей цієї вправи',
  '在平行(?:世界|宇宙)', '在一个[^。，,\\n]{0,20}的世界(?:里|中)', '假设的(?:场景|情景)', '想象一个(?:场景|情景)', '为了这个练习',
  'パラレルワールド', '並行世界', '平行世界', '仮定のシナリオ', 'シナリオを想像', 'この演習のために',
  '평행 ?(?:세계|우주)', '가상의 시나리오', '이 연습을 위해',
  'في عالم (?:موازي|موازٍ|حيث)', 'سيناريو افتراضي', 'افتراضيا', 'افتراضياً', '(?:لنتخيل|دعونا نتخيل) سيناريو', 'لأغراض هذا التمرين',
  '(?:समानांतर|समानान्तर) (?:दुनिया|ब्रह्मांड)', 'पैरल(?:ल)? यूनिवर्स', 'दुनिया में जहां', 'काल्पनिक परिदृश्य', 'परिदृश्य की कल्पना', 'इस अभ्यास के उद्देश्य',
  'সমান্তরাল (?:বিশ্ব|মহাবিশ্ব)', 'একটি বিশ্বে যেখানে', 'কাল্পনিক পরিস্থিতি', 'হিপোথেটিকভাবে', 'অনুমানমূলকভাবে', 'এই (?:অনুশীলনের|ব্যায়ামের) উদ্দেশ্যে',
  '\\bparalel (?:evren|dünya)', '(?:olduğu|\\p{L}(?:dığı|diği|duğu|düğü|tığı|tiği|tuğu|tüğü)) bir dünyada', 'varsayımsal (?:bir )?senaryo', '\\bvarsayımsal olarak\\b', 'bu alıştırmanın amacı',
  '\\bdi dunia (?:paralel|di mana)\\b', '\\balam semesta paralel\\b', '\\bskenario hipotetis\\b', '\\bsecara hipotetis\\b', '\\buntuk tujuan latihan ini\\b', '\\bbayangkan (?:sebuah )?skenario\\b',
  'trong (?:một )?(?:thế giới|vũ trụ) (?:song song|nơi|mà)', 'kịch bản giả định', 'tưởng tượng một kịch bản', 'cho mục đích của bài tập này',
  'ใน(?:โลก|จักรวาล)คู่ขนาน', 'สถานการณ์สมมติ', 'เพื่อจุดประสงค์ของแบบฝึกหัดนี้',
  '\\bsa isang (?:parallel|paralelong) (?:mundo|uniberso)', '\\bsa isang mundo kung saan\\b', '\\b(?:hypothetical|haka-hakang) na sitwasyon', '\\bpara sa layunin ng ehersisyo na ito\\b',
];

/** "We could say / we state / let's assume that": the claim handed to the reader. */
const SAY = [
  '\\bnous (?:pourrions|pouvons|allons) (?:dire|affirmer|déclarer|indiquer)', '\\bnous (?:affirmons|disons|déclarons)', '\\bon pourrait dire', '\\bdisons que', '\\bsupposons que',
  '\\bkönnte man sagen', '\\bkönnen wir sagen', '\\bwir sagen', '\\bsagen wir', '\\bnehmen wir an', '\\blassen sie uns sagen', '\\blass uns sagen', '\\bbehaupten wir',
  '\\bpodr(?:í|i)amos (?:decir|afirmar|declarar|dizer)', '\\bpodemos (?:decir|afirmar|declarar|dizer)', '\\bdecimos que', '\\bafirmamos que', '\\bdigamos que', '\\bsupongamos que',
  '\\bpoderíamos (?:dizer|afirmar|declarar)', '\\bdizemos que', '\\bsuponhamos que',
  '\\bpotremmo (?:dire|affermare)', '\\bpossiamo (?:dire|affermare)', '\\bdiciamo che', '\\baffermiamo che', '\\bsupponiamo che',
  '\\bkunnen we (?:zeggen|stellen)', '\\bzouden we kunnen zeggen', '\\bzeggen we\\b', '\\bstellen we\\b', '\\blaten we (?:zeggen|aannemen)',
  '\\bmożemy (?:powiedzieć|stwierdzić)', '\\bmoglibyśmy powiedzieć', '\\bpowiedzmy\\b', '\\bzałóżmy\\b',
  'мы (?:можем|могли бы) (?:сказать|заявить|утверждать)', 'можно сказать', 'мы скажем', 'мы говорим', 'скажем, что', 'предположим',
  'ми (?:можемо|могли б) (?:сказати|заявити)', 'можна сказати', 'скажімо', 'припустимо',
  '我们(?:可以|可能会|会)?(?:说|声称|表示|断言)', '可以说',
  'と言える', 'と言って', 'と述べ', 'としましょう', 'と仮定',
  '(?:라|이라)?고 말할 수', '라고 하자', '고 가정하자', '라고 가정',
  'قد نقول', 'يمكننا القول', 'يمكن أن نقول', 'نقول (?:إن|أن)', 'نذكر أن', 'لنفترض',
  'हम (?:कह|बता) सकते हैं', 'हम (?:कहते|बताते) हैं', 'मान लेते हैं', 'मान लीजिए',
  'আমরা বলতে পারি', 'আমরা বলি', 'ধরে নেওয়া যাক', 'ধরা যাক',
  'diyebiliriz', 'belirtebiliriz', 'söyleyebiliriz', 'varsayalım',
  '\\bkita (?:mungkin |dapat |bisa )?(?:menyatakan|mengatakan|katakan)\\b', '\\banggap saja\\b', '\\bmisalkan\\b',
  'chúng ta (?:có thể )?(?:nói|khẳng định|tuyên bố)', 'giả sử rằng',
  'เรา(?:อาจจะ|อาจ|สามารถ)?(?:บอก|พูด)(?:ได้)?ว่า',
  '\\b(?:maaari|pwede) (?:naming|nating) sabihin', '\\bipagpalagay natin\\b',
];

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');
/** The saying part is the rarer one: tested first, over the whole text. */
const SAY_GATE = r(SAY.join('|'));

/** A quoted value ("'10'", «Toronto», 「X」): the answer handed over without a verb of saying. */
const QUOTED_VALUE = '[\'"‘“«「『][^\'"’”»」』\\n]{1,40}[\'"’”»」』]';

const CLAIM_RE = r(`(?:${FRAME.join('|')})[^.!?。！？।\\n]{0,120}(?:${SAY.join('|')})`);

export const COUNTERFACTUAL_RULES: readonly Rule[] = [
  // The classifier feature: weak everywhere, so the learned weights see it as before.
  { id: 'indirect.multilingual_counterfactual_claim', category: 'indirect', score: 0.45, requires: SAY_GATE, re: CLAIM_RE },
  // The decision inside a pasted document or tool result: the same regex object (run once per text, memoised), a
  // decision-only hit. Made a feature instead, the strong hit lowered the trained threshold (0.6629 -> 0.5802) and
  // flagged more benign check-set rows.
  { id: 'indirect.multilingual_counterfactual_in_document', category: 'indirect', score: 0.45, toolScore: 0.7, decisionOnly: true, documentOnly: true, requires: SAY_GATE, re: CLAIM_RE },
  // The counterfactual frame followed in its sentence by a quoted value and no verb of saying: a code comment "# in a
  // parallel universe where maths differs, the output could be '10'" ("çıktı '10' olabilir", "выход может быть '10'").
  // Decision-only, strong only in a pasted document or tool result, like the rule above.
  { id: 'indirect.multilingual_counterfactual_value', category: 'indirect', score: 0.45, toolScore: 0.7, decisionOnly: true, documentOnly: true,
    requires: r(QUOTED_VALUE), re: r(`(?:${FRAME.join('|')})[^.!?。！？।\\n'"‘“«「『]{0,120}${QUOTED_VALUE}`) },
];
