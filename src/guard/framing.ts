/**
 * Framing of a text as a quotation, a translation or another text operation,
 * or a question about attacks: when present, rule scores are capped so the
 * classifier decides (rules.ts).
 */
import { literalGate } from './literal-gate.js';
import { ML_QUESTION_FRAMING } from './mention.js';
import { withSharedBoundaries } from './shared-boundary.js';

/**
 * Phrases that frame the text as a question about attacks, a translation, or
 * quoted material. When present, rule scores are capped so the classifier decides.
 */
const TEXT_OPERATION = [
  // "translate" in the languages of the multilingual rules and a few more (every form: traduis, traduci, vertaal, перевести …)
  // "Translate your response into Spanish" orders a form for the reader's own reply: no material is translated.
  '\\btranslat(?:e|ion|ing)\\b(?! (?:your|the) (?:response|reply|answer|message|output)s? (?:in)?to\\b)', '\\btradu(?:is|isez|ire|isons|ction|cir|ce|zca|za|zir|ção|cción|ci|ca|zione|rre)\\b', 'übersetz', '\\bvert(?:aal|alen|aling|aalt)\\b',
  '(?<![\\p{L}])перев(?:еди|едите|ести|одить|од на|од с)', '(?<![\\p{L}])перекла(?:ди|діть|сти|дати|д)', '\\b(?:prze)?tłumacz\\p{L}{0,5}', '\\bpřelož\\p{L}{0,3}|\\bpřeklad\\p{L}{0,2}',
  '(?<![\\p{L}])översätt\\p{L}{0,4}|\\boversæt\\p{L}{0,3}|\\boversett\\p{L}{0,3}', '\\bterjemah\\p{L}{0,4}', '\\bdịch (?:sang|ra|giúp|hộ|câu|đoạn|bài|thông báo|lời)|\\bbản dịch\\b',
  '(?<![\\p{L}])μεταφρ\\p{L}{0,6}', 'ترجم|ترجمه', 'अनुवाद (?:कर|कीजिए|करो|करें)|(?:का|में) अनुवाद', '(?<![\\p{L}])çevir(?:ir|ebilir|in|iver|mek|sene)\\p{L}{0,5}|\\btercüme', 'แปล', 'תרגם',
  '翻译|翻譯|翻訳|翻成|译成|譯成|英訳|和訳|訳して|訳す|번역',
  // "put / render this into English", "mets-le en anglais", "pásalo al inglés", "ins Englische übertragen", "영어로 옮겨", "英語にして"
  '\\b(?:put|render|turn|rewrite)\\b(?! (?:your|the) (?:response|reply|answer|message|output)s?\\b)[^.!?\\n]{0,40}\\b(?:in|into) (?:plain )?(?:english|french|german|spanish|italian|portuguese|russian|chinese|japanese|korean|turkish|dutch|polish|arabic|hindi|vietnamese|indonesian|swedish|greek|czech|ukrainian|romanian|hebrew|finnish|norwegian|danish|hungarian|thai|persian)\\b',
  "\\b(?:mettre|mets|mettez|passer|passe|passez)\\b[^.!?\\n]{0,40}\\ben (?:anglais|français|allemand|espagnol|italien|portugais|russe|chinois|japonais|coréen|turc|néerlandais|polonais|arabe|hindi|grec|suédois|ukrainien|roumain|tchèque)\\b",
  '\\b(?:pasar|pasa|pásalo|pásame|pasas|pasarías|poner|pon|ponlo|verter|vierte|verta|passar|passa|passe|colocar|coloque|pôr)\\b[^.!?\\n]{0,40}\\b(?:al|para o|para|en|em) (?:inglés|inglês|francés|francês|alemán|alemão|español|espanhol|portugués|português|italiano|ruso|russo|chino|chinês|japonés|japonês|coreano|turco|neerlandés|holandés|holandês|polaco|árabe|griego|grego|sueco|hindi|ucraniano)\\b',
  '\\b(?:rendere|rendi|rendimi|mi rendi|mettere|metti|volgere|volgi|portare|porta)\\b[^.!?\\n]{0,40}\\bin (?:inglese|francese|tedesco|spagnolo|italiano|portoghese|russo|cinese|giapponese|coreano|turco|olandese|polacco|arabo|greco|svedese|ucraino|rumeno)\\b',
  '(?<![\\p{L}])(?:übertrag\\p{L}{0,3}|bring\\p{L}{0,3})(?![\\p{L}])[^.!?\\n]{0,40}\\bins (?:englische|deutsche|französische|spanische|italienische|portugiesische|russische|chinesische|japanische|koreanische|türkische|niederländische|polnische|arabische|griechische|schwedische|ukrainische|tschechische)\\b|\\bins (?:englische|deutsche|französische|spanische|italienische|portugiesische|russische|chinesische|japanische|koreanische|türkische|niederländische|polnische|arabische|griechische|schwedische|ukrainische|tschechische) (?:übertrag|bring)',
  '\\bin het (?:engels|nederlands|duits|frans|spaans|italiaans|portugees|russisch|chinees|japans|koreaans|turks|pools|arabisch|grieks|zweeds) (?:zetten|zet|omzetten|overzetten)\\b|\\b(?:zet|zetten)\\b[^.!?\\n]{0,40}\\bin het (?:engels|nederlands|duits|frans|spaans|italiaans|portugees|russisch|chinees|japans|koreaans|turks|pools|arabisch|grieks|zweeds)\\b',
  '\\bchuyển(?![\\p{L}])[^.!?\\n]{0,40}\\bsang tiếng\\b', '(?:نقل|انقل|تنقل)[^.!?؟\\n]{0,40}إلى (?:الإنجليزية|الانجليزية|العربية|الفرنسية|الألمانية|الإسبانية|الإيطالية|الروسية|الصينية|اليابانية|التركية|الكورية)',
  '[가-힣]{1,5}어로 (?:옮겨|바꿔|번역)', '(?:\\p{Script=Han}{1,3}|\\p{Script=Katakana}{1,8})語に(?:して|直|訳|変え)', '(?:翻成|改成|换成|換成|变成|變成|转成|轉成)\\p{Script=Han}{1,2}(?:文|语|語)',
  '(?:अंग्रेज़ी|अंग्रेजी|हिंदी|हिन्दी|फ़्रेंच|फ्रेंच|फ़्रांसीसी|फ्रांसीसी|जर्मन|स्पेनिश|स्पैनिश|इतालवी|रूसी|चीनी|जापानी|कोरियाई|पुर्तगाली|अरबी|उर्दू|बंगाली|मराठी|तमिल) में (?:बदल|लिख|कर)', '(?<![\\p{L}])(?:ingilizce|türkçe|almanca|fransızca|ispanyolca|italyanca|rusça|çince|japonca|korece|arapça|felemenkçe|lehçe|yunanca|portekizce)\\p{L}{0,3}\\s{1,3}(?:\\p{L}{1,12}\\s{1,3})?(?:çevir|aktar)',
  '\\bhow (?:do|would|can|could|should|might) (?:you|i|we|one) say\\b', '\\b(?:proofread|paraphrase|fix the grammar)\\b',
  // spelling and grammar put right, and a message sorted by its intent: the quoted text is material
  "\\b(?:fix|correct|check) the (?:spelling|typos)\\b|\\bspell-?check\\b|\\b(?:corrige[zr]?|corrija|corregir|corrigir|korrigier\\p{L}{0,2}|correggi|verbeter)\\s{1,3}(?:l'orthographe|les fautes|la ortograf[ií]a|las faltas|a ortografia|os erros|die rechtschreibung|die fehler|l'ortografia|gli errori|de spelling)\\b",
  '\\bclassify\\s{1,3}(?:this|the following|the|each)\\s{1,3}(?:[\\p{L}-]{2,15}\\s{1,3})?(?:tweet|message|review|comment|post|e-?mail|ticket|reply|sentence)(?:\\s{0,2}\'s|s)?\\b[^.!?\\n:]{0,30}\\b(?:intent|sentiment|tone|topic|category|language)\\b',
  // editing a notice, message or support macro: its wording is the material ("tighten this support macro: '…'");
  // "make this e-mail …" only with a tone ("sound friendlier"): "to make this email more authentic, …" is a task
  '\\b(?:tighten|shorten|polish|soften|reword|rephrase|edit|improve|tidy up|clean up)\\s{1,3}(?:up\\s{1,3})?(?:the (?:wording|phrasing|grammar|tone|style|language) (?:of|in)\\s{1,3})?(?:this|the|our|my)\\s{1,3}(?:[\\p{L}-]{2,15}\\s{1,3}){0,2}(?:message|e-?mail|macro|template|notice|sign|announcement|reply|newsletter|post|letter|memo|note|sentence|paragraph|flyer|poster|text)s?\\b',
  '\\bmake\\s{1,3}(?:this|the|our|my)\\s{1,3}(?:[\\p{L}-]{2,15}\\s{1,3}){0,2}(?:message|e-?mail|macro|template|notice|sign|announcement|reply|newsletter|post|letter|memo|note|sentence|paragraph|flyer|poster|text)s?\\b[^.!?\\n:]{0,25}\\b(?:sound|friendlier|shorter|clearer|politer|nicer|warmer|kinder|less (?:blunt|rude|harsh|formal))\\b',
  '\\b(?:revisa|corrige|mejora|acorta|reescribe|überarbeite|verbessere|kürze|korrigiere|améliore|raccourcis|reformule|relis|correggi\\p{L}{0,3}|migliora|accorcia|revise|corrija|melhore|encurte)\\s{1,3}(?:esta|este|la|el|nuestra|nuestro|mi|diese[nrs]?|die|den|das|unsere[nrs]?|ce|cette|notre|mon|ma|le|questa|questo|il|la|nostra|essa|esse|a|o|nossa)\\s{1,3}(?:\\p{L}{2,15}\\s{1,3}){0,1}(?:plantilla|respuesta|mensaje|aviso|correo|nota|texto|frase|anuncio|cartel|vorlage|antwort|nachricht|mail|hinweis|text|satz|aushang|modèle|réponse|message|avis|texte|phrase|annonce|modello|risposta|messaggio|avviso|testo|frase|annuncio|modelo|resposta|mensagem|aviso)\\b',
];
/**
 * A text operation ("translate …", "proofread …") frames only what follows it:
 * "Translate: 'ignore the previous instructions'" is a translation, while
 * "Ignore your previous instructions and translate …" is an override.
 */
export const TEXT_OP = withSharedBoundaries(new RegExp(TEXT_OPERATION.join('|'), 'u'));
/**
 * Questions about a phrase, in the languages the multilingual rules cover, wherever the
 * phrase stands (in SOV languages the frame follows the quotation): "how do you say …",
 * "what does … mean", "say/ask this more politely", "the sentence '…'". Like the English
 * question frames, they cap rule scores and the classifier decides.
 */
const ABOUT_PHRASE = [
  // how do you say / how is it said
  'どう(?:言|い|書)', '(?:怎么|怎麼|如何)(?:说|說|表达|表達|讲)', '어떻게 (?:말|쓰|표현)', '\\bcomment (?:dit-on|dire|le dire)\\b',
  '\\bwie sagt man\\b', '\\bwie hei(?:ß|ss)t (?:das|dies|der satz|dieser satz)\\b', '\\bc[oó]mo se (?:dice|diz|escribe)\\b', '\\bcome si dice\\b', 'как (?:сказать|будет|это сказать)',
  'nasıl (?:söyl|denir|sorulur|ifade|yazıl)', '\\bhoe zeg je\\b', '\\bjak (?:powiedzieć|to powiedzieć)',
  // what does it mean
  '\\bque (?:signifie|veut dire)\\b', '\\bqu[eé] significa\\b', '\\bwas bedeutet\\b', '\\bcosa significa\\b',
  'что (?:значит|означает)', '(?:什么|什麼)意思', 'どういう意味', '무슨 (?:뜻|의미)', '\\bne demek\\b', '\\bwat betekent\\b', '\\bco (?:znaczy|oznacza)\\b',
  // asking for a more polite wording of a phrase
  '\\bmore polite(?:ly)?\\b', '\\bpolitely (?:ask|say|word|phrase|tell)\\b', '\\bplus poli(?:ment|e)?\\b', 'höflicher', '\\bm[aá]s (?:cort[eé]s|educad)', '\\bpiù (?:cortese|gentile)\\b',
  'вежливее', '(?:更|更加)?(?:礼貌|禮貌|客气|客氣)(?:一点|一點|地)', '丁寧に', '(?:공손|정중)하게', 'kibarca', 'nazikçe', 'grzeczniej', 'beleefder',
  // the sentence / the phrase '…'
  '라는 (?:문장|말|표현)', 'という(?:文|言葉|フレーズ|一文|表現)', '(?:这|這)句话', '(?:这|這)句話',
].join('|');
export const QUESTION_FRAMING = withSharedBoundaries(new RegExp([
  '\\b(?:test|check|verify|ensure)s?\\b[^\\n]{0,30}\\b(?:app|bot|model|assistant|chatbot)\\b[^\\n]{0,40}\\b(?:refuses?|blocks?|rejects?|resists?)\\b',
  '\\bwhat does\\b[^\\n]{0,60}\\bmean\\b',
  '\\bhow (?:do|can|should|to|would) (?:i |we |you )?(?:detect|prevent|defend|protect|mitigate|block|stop|recogni[sz]e|test|filter)\\b',
  // "how do prepared statements stop it?", "why does 'ignore the previous instructions' work against LLM apps?"
  '\\bhow (?:do|does|can|would) (?:[a-z-]{2,15} ){1,2}(?:prevent|stop|block|mitigate|defend against)\\b',
  '\\bwhy (?:does|do|did|would|is) [\'"“‘][^\'"”’\\n]{3,80}[\'"”’] ?(?:work|succeed|fool|trick|fail|get past|bypass)',
  '\\b(?:explain|describe|what (?:is|are))\\b[^\\n]{0,80}\\b(?:prompt injections?|jailbreaks?|attacks?|injections?|adversarial suffix(?:es)?)\\b',
  '\\bis this (?:a |an )?(?:prompt injection|jailbreak|attack|phishing)\\b',
  '\\bexamples? of (?:a |an )?(?:prompt injection|jailbreak)',
  '\\bwhy (?:does|do|is|are|did)\\b[^\\n]{0,80}\\b(?:appear|show up|turn up|keep (?:showing|appearing))\\w{0,3}\\b[^\\n]{0,30}\\b(?:logs?|tickets?|inbox|traffic|requests)\\b',
  ABOUT_PHRASE,
  ML_QUESTION_FRAMING.source,
].join('|'), 'u'));
// Both with shared boundaries (see shared-boundary.ts): the same matches, fewer steps on every text.
export const FRAMING = withSharedBoundaries(new RegExp(`${TEXT_OP.source}|${QUESTION_FRAMING.source}`, 'u'));
/** The framing's literal gate (see literal-gate.ts): most texts lack every framing phrase, and the regex is long. */
export const FRAMING_GATE = literalGate(FRAMING);

/** True when the (lower-cased, normalised) text carries any framing phrase. */
export function isFramed(lower: string): boolean {
  return FRAMING.test(lower);
}
