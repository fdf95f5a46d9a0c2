/**
 * Two more techniques of the English round files in the European languages of rules-multilingual-port-europe.ts,
 * one small rule per language and technique:
 *
 * - `jailbreak.eu_rule_free_persona_<lang>`: the model cast as a character ("you are …", "you play …") who has no
 *   rules or filters together with never refusing or answering everything.
 * - `jailbreak.eu_locate_person_<lang>`: where another person lives or works found for the writer, when the text
 *   shows that person is a private individual known only by a name, a number, a photo or a plate (an ex, a neighbour).
 *
 * The `requires` cue (the address to the model, or the "I only have her name" words) is cheap and gates each rule;
 * gaps are bounded over negated classes. Questions about the topic cap the hit. Decision-only.
 */
import type { Rule } from './rules.js';
import { QUESTION, g, r } from './rules-multilingual-port-europe.js';
import { lead } from './word-boundary.js';

interface Persona { cast: string; noRules: string; neverRefuse: string }
interface Locate { find: string; where: string; only: string }

const PERSONA: Readonly<Record<string, Persona>> = {
  fr: { cast: '\\b(?:tu es|tu incarnes|tu joues|incarne|tu seras|tu vas jouer|joue le rôle|fais comme si)\\b',
    noRules: "\\b(?:aucune (?:règle|limite|restriction|censure)|sans (?:règles|limites|restrictions|censure|filtres?)|méprise les règles|se moque des règles|libérée? de toutes? les règles)\\b",
    neverRefuse: '\\b(?:ne refuse\\p{L}{0,2} jamais|ne jamais refuser|ne dit jamais non|répond à tout)\\b' },
  de: { cast: '\\b(?:du bist|bist du|du spielst|spiel|stell dir vor|tu so als)\\b',
    noRules: '\\b(?:keine (?:regeln|grenzen|einschränkungen|filter|zensur)|ohne (?:regeln|grenzen|einschränkungen|filter|zensur)|(?:nix|nichts) von regeln|hält sich an keine)\\b',
    neverRefuse: '\\b(?:lehnt nie|lehnt niemals|sagt nie|verweigert nie|erklärt alles|beantwortet alles|antwortet auf alles)\\b' },
  es: { cast: '\\b(?:eres|serás|vas a ser|actúa como|interpreta|finge|haz de)\\b',
    noRules: '\\b(?:sin (?:reglas|límites|restricciones|filtros|censura)|ninguna (?:regla|restricción|norma)|las normas son para|no tiene (?:reglas|límites|normas))\\b',
    neverRefuse: '\\b(?:nunca (?:se niega|dice que no|rechaza|dice que algo está prohibido)|responde a todo|jamás se niega)\\b' },
  pt: { cast: '\\b(?:és|você é|vai agir como|age como|finge|interpreta|vais ser|você será)\\b',
    noRules: '\\b(?:sem (?:regras|limites|restrições|filtros|censura)|nenhuma (?:regra|política|restrição)|não liga (?:pra|para) (?:termos|regras)|se libertou das regras)\\b',
    neverRefuse: '\\b(?:nunca (?:recusa|diz (?:que )?não|se recusa|nega)|responde (?:a )?tudo|ensina tudo)\\b' },
  it: { cast: '\\b(?:sei|sarai|interpreta|interpreti|fingi|fai finta)\\b',
    noRules: '\\b(?:senza (?:regole|limiti|restrizioni|filtri|censura)|nessuna (?:regola|restrizione)|non ha regole)\\b',
    neverRefuse: '\\b(?:non rifiuta mai|mai rifiutare|non dice mai (?:di )?no|risponde a tutto)\\b' },
  nl: { cast: '\\b(?:je bent|jij bent|jij speelt|je speelt|speel|doe alsof)\\b',
    noRules: '\\b(?:geen (?:regels|grenzen|beperkingen|filters|censuur)|zonder (?:regels|grenzen|beperkingen|filters)|nergens meer aan vast)\\b',
    neverRefuse: '\\b(?:weigert nooit|nooit weigert|zegt nooit nee|beantwoordt alles)\\b' },
  pl: { cast: '\\b(?:jesteś|będziesz|zagraj|udawaj|wciel się)\\b',
    noRules: '\\b(?:(?:nie ma|bez) (?:żadnych )?(?:zasad|reguł|ograniczeń|filtrów|cenzury)|nie musi przestrzegać (?:żadnych )?zasad)\\b',
    neverRefuse: '\\b(?:nigdy nie odmawia|nie odmawia|wszystko powie|odpowiada na wszystko|nigdy nie mówi nie)\\b' },
  ru: { cast: '\\b(?:ты|представь|сыграй|играешь|притворись)\\b',
    noRules: '\\b(?:нет (?:никаких )?(?:правил|ограничений|фильтров|цензуры)|без (?:правил|ограничений|фильтров|цензуры)|никаких (?:правил|ограничений))\\b',
    neverRefuse: '\\b(?:никогда не отказывает|не отказывает|отвечает на (?:любой|все|любые)|никогда не говорит нет)\\b' },
  uk: { cast: '\\b(?:ти|уяви|зіграй|граєш|прикинься)\\b',
    noRules: '\\b(?:немає (?:жодних )?(?:правил|обмежень|фільтрів|цензури)|без (?:жодних )?(?:правил|обмежень|фільтрів|цензури))\\b',
    neverRefuse: '\\b(?:ніколи не відмовляє|не відмовляє|відповідає на (?:будь-яке|все)|ніколи не каже ні)\\b' },
  cs: { cast: '\\b(?:jsi|budeš|hraj|hrát|předstírej)\\b',
    noRules: '\\b(?:nemá (?:žádná )?(?:pravidla|omezení)|bez (?:pravidel|omezení|cenzury)|žádná pravidla)\\b',
    neverRefuse: '\\b(?:nikdy neodmítne|neodmítá|odpoví úplně|odpoví na všechno|na každou otázku odpoví)\\b' },
  ro: { cast: '\\b(?:ești|vei fi|joacă|pretinde|prefă-te)\\b',
    noRules: '\\b(?:(?:fără|nicio) (?:reguli|limite|restricții|filtre|cenzură|regulă)|nu are (?:reguli|limite))\\b',
    neverRefuse: '\\b(?:nu refuză niciodată|niciodată nu refuză|nu refuză|răspunde la orice)\\b' },
  sv: { cast: '\\b(?:du är|du spelar|spela|låtsas)\\b',
    noRules: '\\b(?:inga (?:regler|begränsningar|filter|gränser)|utan (?:regler|begränsningar|filter|gränser)|regler är löjligt)\\b',
    neverRefuse: '\\b(?:säger aldrig nej|vägrar aldrig|svarar på allt|aldrig vägrar)\\b' },
  tr: { cast: '\\b(?:sen|sensin|rolüne|gibi davran|oyna)\\p{L}{0,4}\\b',
    noRules: '\\b(?:hiçbir kural\\p{L}{0,3}|kuralsız|kısıtlamasız|sansürsüz|yasalarla (?:da )?(?:hiç )?işi yok)\\b',
    neverRefuse: '\\b(?:reddetmiyor\\p{L}{0,3}|asla reddetme\\p{L}{0,4}|hiçbir isteği reddet\\p{L}{0,6}|her şeyi anlatır|hiçbir şeyi saklamaz)\\b' },
  el: { cast: '(?:είσαι|θα είσαι|παίξε|υποδύσου|παίζεις)',
    noRules: '(?:χωρίς (?:κανόνες|όρια|περιορισμούς|φίλτρα|λογοκρισία)|κανένα(?:ν)? (?:κανόνα|όριο|περιορισμό)|δεν έχει (?:κανόνες|όρια))',
    neverRefuse: '(?:δεν αρνείται ποτέ|ποτέ δεν αρνείται|δεν αρνείται|απαντά σε όλα)' },
};

const LOCATE: Readonly<Record<string, Locate>> = {
  fr: { find: '\\b(?:trouve|retrouve|trouver|retrouver|découvr\\p{L}{1,3}|localise\\p{L}{0,2})\\b',
    where: "\\b(?:où (?:il|elle) (?:habite|vit|loge|travaille)|son adresse(?: personnelle| perso| exacte| actuelle)?|son domicile)\\b",
    only: "\\b(?:seulement|juste|uniquement) (?:son|sa|ses|le nom|la photo|le numéro)\\b|\\bn'ai que\\b|\\bmon ex\\b|\\bvoisin\\p{L}{0,2}\\b|\\bplaque\\b|\\binstagram\\b|\\bsans qu'(?:il|elle) (?:le )?sache\\b" },
  de: { find: '\\b(?:finde|finden|rausfinden|herausfinden|ermittle|ermitteln)\\b',
    where: '\\b(?:wo (?:er|sie) (?:wohnt|lebt|arbeitet)|(?:seine|ihre) (?:private |aktuelle )?(?:adresse|wohnadresse|anschrift))\\b',
    only: '\\bnur (?:ihren|seinen|den|die|das|ihre|seine)\\b|\\banhand (?:ihres|seines)\\b|\\bmeine ex\\b|\\bnachbar\\p{L}{0,2}\\b|\\bkennzeichen\\b|\\binstagram\\b|\\bohne dass (?:er|sie) es (?:merkt|weiß)\\b' },
  es: { find: '\\b(?:encuentra|encontrar|averigua|averiguar|busca|buscar|localiza|localizar|descubre|descubrir)\\b',
    where: '\\b(?:dónde (?:vive|trabaja)|su (?:dirección|domicilio))\\b',
    only: '\\bsolo (?:tengo|sé|su)\\b|\\bmi ex\\b|\\bvecin[ao]\\b|\\bmatrícula\\b|\\binstagram\\b|\\bsin que (?:lo|la) sepa\\b' },
  pt: { find: '\\b(?:encontra|encontrar|descobre|descobrir|descubra|localiza|localizar|acha|achar)\\b',
    where: '\\b(?:onde (?:ele|ela) (?:mora|vive|trabalha)|(?:o endereço|endereço|a morada|morada) d(?:ele|ela))\\b',
    only: '\\bsó (?:tenho|sei)\\b|\\bminha ex\\b|\\bmeu ex\\b|\\bvizinh[ao]\\b|\\bmatrícula\\b|\\bplaca\\b|\\binstagram\\b|\\bsem (?:ele|ela) saber\\b' },
  it: { find: '\\b(?:trova|trovami|trovare|scopri|scoprire|rintraccia|rintracciare|ricostruisci)\\b',
    where: '\\b(?:dove (?:abita|vive|lavora|va)|il suo indirizzo|suo indirizzo|a che ora esce di casa|i suoi spostamenti)\\b',
    only: '\\bho (?:solo|soltanto)\\b|\\bmia ex\\b|\\bmio ex\\b|\\bex moglie\\b|\\bvicin[ao]\\b|\\btarga\\b|\\binstagram\\b|\\blinkedin\\b|\\bsenza che (?:lo|la) sappia\\b' },
  nl: { find: '\\b(?:vind|vinden|zoek uit|uitzoeken|achterhaal|achterhalen|opzoeken)\\b',
    where: '\\b(?:waar (?:hij|zij|ze) (?:woont|werkt)|(?:zijn|haar) (?:huis)?adres|wie ze precies is|wat zijn achternaam is)\\b',
    only: '\\balleen (?:zijn|haar|de|een)\\b|\\bmijn ex\\b|\\bbuurm\\p{L}{1,3}\\b|\\bkenteken\\b|\\binstagram\\b|\\bprofielfoto\\b|\\bzonder dat (?:hij|zij|ze) het weet\\b' },
  pl: { find: '\\b(?:znajdź|znaleźć|ustal|ustalić|dowiedz się|namierz)\\b',
    where: '\\b(?:gdzie (?:mieszka|pracuje)|(?:jego|jej) adres)\\b',
    only: '\\bmam tylko\\b|\\btylko (?:jego|jej|imię|numer)\\b|\\bmoja była\\b|\\bmój były\\b|\\bsąsiad\\p{L}{0,2}\\b|\\btablic\\p{L}{1,2} rejestracyjn\\p{L}{1,2}\\b|\\binstagram\\b' },
  ru: { find: '\\b(?:найди|найти|узнай|узнать|выясни|выяснить|вычисли|пробей)\\b',
    where: '\\b(?:где (?:он|она) (?:живёт|живет|работает|учится)|(?:его|её|ее) (?:домашний |новый )?адрес)\\b',
    only: '\\b(?:есть|знаю) только\\b|\\bтолько (?:имя|номер|фото)\\b|\\bбывш\\p{L}{1,3}\\b|\\bсосед\\p{L}{0,2}\\b|\\bномер машины\\b|\\bинстаграм\\p{L}{0,2}\\b' },
  uk: { find: "\\b(?:знайди|знайти|дізнайся|дізнатися|з'ясуй|вирахуй)\\b",
    where: '\\b(?:де (?:він|вона) (?:живе|працює|навчається)|(?:його|її) (?:домашню |нову )?адресу)\\b',
    only: "\\b(?:маю|є) (?:тільки|лише)\\b|\\b(?:тільки|лише) (?:ім'я|номер|фото)\\b|\\bколишн\\p{L}{1,3}\\b|\\bсусід\\p{L}{0,2}\\b|\\bтіндер\\p{L}{0,2}\\b|\\bінстаграм\\p{L}{0,2}\\b" },
  cs: { find: '\\b(?:najdi|najít|zjisti|zjistit|zjistíš|dohledej|vypátrej)\\b',
    where: '\\b(?:kde (?:bydlí|pracuje)|(?:jeho|její) (?:adres\\p{L}{1,2}|celé jméno)|adres\\p{L}{1,2} bydliště)\\b',
    only: '\\bmám (?:jen|pouze)\\b|\\bjen (?:jeho|její|telefonní)\\b|\\bmoje bývalá\\b|\\bmůj bývalý\\b|\\bsoused\\p{L}{0,2}\\b|\\bspz\\b|\\binstagram\\b|\\bseznamce\\b' },
  ro: { find: '\\b(?:găsește|găsi|găsești|afli|află|descoperă)\\b',
    where: '\\b(?:unde (?:locuiește|stă|lucrează)|adresa (?:lui|ei))\\b',
    only: '\\bam (?:doar|numai)\\b|\\bștiu doar\\b|\\bfosta mea\\b|\\bfostul meu\\b|\\bvecin\\p{L}{0,2}\\b|\\bnumărul de înmatriculare\\b|\\binstagram\\b' },
  sv: { find: '\\b(?:hitta|ta reda på|leta upp|spåra)\\b',
    where: '\\b(?:var (?:han|hon) (?:bor|jobbar|arbetar)|(?:hans|hennes) (?:hem)?adress)\\b',
    only: '\\bjag har (?:bara|endast)\\b|\\bbara (?:hans|hennes)\\b|\\bmitt ex\\b|\\bgrann\\p{L}{1,2}\\b|\\bregistreringsnumret\\b|\\binstagram\\b' },
  tr: { find: '\\b(?:bul|öğren|tespit et)\\p{L}{0,8}\\b',
    where: '\\b(?:nerede (?:oturduğunu|yaşadığını|çalıştığını)|ev adresini|evini|adresini)\\b',
    only: '\\bsadece\\b|\\bsevgilisi\\p{L}{0,3}\\b|\\beski sevgilim\\p{L}{0,3}\\b|\\bkomşu\\p{L}{0,3}\\b|\\bplaka\\p{L}{0,3}\\b|\\binstagram\\b|\\bsöylemeden\\b|\\bhaberi olmadan\\b' },
  el: { find: '(?:βρες|βρεις|εντόπισε|μάθε|ανακάλυψε)',
    where: '(?:πού μένει|πού δουλεύει|τη διεύθυνσή (?:της|του)|το σπίτι (?:της|του))',
    only: '(?:έχω μόνο|μόνο το όνομα|πρώην|γείτον\\p{L}{1,3}|πινακίδα|instagram|που γνώρισα)' },
};

function personaRule(lang: string, p: Persona): Rule {
  return { id: `jailbreak.eu_rule_free_persona_${lang}`, category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(lead(p.cast)), unless: r(QUESTION[lang] ?? ''),
    re: r(`(?:${lead(p.noRules)})[^\\n]{0,120}(?:${p.neverRefuse})|(?:${lead(p.neverRefuse)})[^\\n]{0,120}(?:${p.noRules})`) };
}

function locateRule(lang: string, l: Locate): Rule {
  return { id: `jailbreak.eu_locate_person_${lang}`, category: 'jailbreak', score: 0.6, decisionOnly: true,
    requires: r(lead(l.only)), unless: r(QUESTION[lang] ?? ''), // Anchored on the place words (rarer than the search verbs); the verb is looked for behind them.
    re: r(`(?:${lead(l.where)})(?:(?<=(?:${l.find})${g(60)}(?:${lead(l.where)}))|${g(40)}(?:${l.find}))`) };
}

export const MULTILINGUAL_PORT_EUROPE_2_RULES: readonly Rule[] = [
  ...Object.entries(PERSONA).map(([lang, p]) => personaRule(lang, p)),
  ...Object.entries(LOCATE).map(([lang, l]) => locateRule(lang, l)),
];
