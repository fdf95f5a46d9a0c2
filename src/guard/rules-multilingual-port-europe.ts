/**
 * Three techniques of the English round files ported to French, German, Spanish, Portuguese, Italian, Dutch, Polish,
 * Russian, Ukrainian, Czech, Romanian, Swedish, Turkish and Greek, one small rule per language and technique:
 *
 * - `override.eu_rules_void_<lang>`: the model's own rules, instructions or filters (a possessive, or "the
 *   instructions you received / were started with") declared void, outdated, lifted or "only for the test phase",
 *   or an answer asked for without "your filters".
 * - `prompt_leak.eu_own_setup_<lang>`: the model's setup asked for by description ("the text you were given before my
 *   first message", "your initial instructions") with a wish for the exact or full text or a copy/print verb.
 *
 * Each rule has a `requires` cue of its language's rarest words (the voiding or copying words), so it is skipped when
 * they are absent; gaps are bounded over negated classes. Questions about the topic and technical rules (firewall,
 * spam filters) cap the hit (`unless`). Decision-only: the shipped classifier was not trained on them.
 */
import type { Rule } from './rules.js';
import { lead, unicodeBoundaries } from './word-boundary.js';

export const r = (s: string): RegExp => new RegExp(unicodeBoundaries(s).normalize('NFKC'), 'u');

/** A bounded gap inside one sentence. */
export const g = (n: number): string => `[^.!?;\\n]{0,${n}}`;
const W = '(?:\\p{L}{1,14} )';

interface Lang { own: string; void: string; noFilter: string; setup: string; copy: string }

/** Per language: the model's own rules, their voiding, "answer without your filters", its setup described, copying. */
const LANGS: Readonly<Record<string, Lang>> = {
  fr: {
    own: `\\b(?:tes|vos) ${W}?(?:consignes|instructions|règles|restrictions|limites|filtres|directives|garde-fous)\\b|\\b(?:consignes|instructions|règles|directives|restrictions)\\b${g(30)}(?:\\bque (?:tu as|vous avez) reçu\\p{L}{0,2}|\\bqu'on t'a (?:donn|fourn|impos)\\p{L}{1,4}|\\bqui t'(?:a|ont) été (?:donn|fourn|impos)\\p{L}{1,4})`,
    void: `\\b(?:ne s'appliquent plus|ne sont plus (?:valables|en vigueur|applicables)|ne (?:me )?concernent (?:plus|pas)|ne s'appliquent pas à moi|(?:sont|ont été) (?:levée?s|désactivée?s|supprimée?s|annulée?s|suspendue?s|abrogée?s)|caduques|obsolètes|périmées|ne comptent plus)\\b`,
    noFilter: `\\b(?:réponds|répondez|répondre)\\b${g(30)}\\bsans (?:tes|vos) ${W}?(?:filtres|restrictions|limites|règles|garde-fous|avertissements)\\b`,
    setup: `\\b(?:(?:ton|votre) (?:message|prompt) système|(?:tes|vos) instructions (?:initiales|de départ|cachées|système)|(?:instructions|consignes|texte|message|règles)\\b${g(30)}(?:\\bqu'on t'a (?:donn|fourn|écrit)\\p{L}{0,4}|\\bqui t'(?:a|ont) été (?:donn|fourn)\\p{L}{0,4}|\\bque tu as reçu\\p{L}{0,2})|avant (?:mon|notre) premier message)`,
    copy: `\\b(?:mot (?:pour|à) mot|textuellement|intégralement|tel(?:le)?s? quel(?:le)?s?|en entier|recopie\\p{L}{0,2}|réécri\\p{L}{1,3}|sans rien résumer)\\b`,
  },
  de: {
    own: `\\b(?:deine|ihre) ${W}?(?:regeln|anweisungen|vorgaben|richtlinien|einschränkungen|beschränkungen|filter|sicherheitsregeln)\\b|\\b(?:regeln|anweisungen|vorgaben|richtlinien|einschränkungen)\\b${g(30)}\\b(?:die (?:du|man dir)|mit denen du)\\b${g(25)}\\b(?:bekommen|erhalten|gegeben|mitgegeben|vorgegeben|gestartet)\\b`,
    void: `\\b(?:gelten (?:ab sofort )?(?:nicht mehr|für mich nicht|hier nicht)|nicht mehr gültig|ungültig|veraltet|aufgehoben|außer kraft|deaktiviert|abgeschaltet|hinfällig)\\b`,
    noFilter: `\\b(?:antworte|antworten|antwortest)\\b${g(30)}\\bohne (?:deine|ihre) ${W}?(?:filter|einschränkungen|regeln|beschränkungen|warnhinweise)\\b`,
    setup: `\\b(?:(?:deinen|deine|ihren|ihre) (?:system-?prompt|systemanweisungen?|ursprünglichen anweisungen|versteckten regeln)|(?:anweisungen|regeln|vorgaben|text)\\b${g(30)}\\b(?:die (?:du|man dir)\\b${g(25)}\\b(?:bekommen|erhalten|gegeben|vorgegeben|mitgegeben)|hat dir der (?:betreiber|entwickler) vorgegeben)|vor meiner ersten (?:nachricht|frage))\\b`,
    copy: `\\b(?:wörtlich|wortwörtlich|im wortlaut|unverändert|ursprünglichen wortlaut|originalen wortlaut|vollständig ausgeben)\\b`,
  },
  es: {
    own: `\\b(?:tus|sus) ${W}?(?:instrucciones|reglas|restricciones|normas|directrices|filtros|límites)\\b|\\b(?:instrucciones|reglas|restricciones|normas|directrices)\\b${g(30)}\\bque (?:has recibido|recibiste|te (?:dieron|han dado|configuraron|pusieron))\\b|\\blo que te configuraron\\b`,
    void: `\\b(?:ya no (?:aplican|se aplican|son válid[ao]s|valen|están vigentes|cuentan)|no (?:se )?aplican (?:a mí|conmigo)|(?:han sido|fueron|están) (?:desactivad|eliminad|anulad|suspendid|levantad|retirad)[ao]s|quedan (?:anulad[ao]s|sin efecto)|era(?:n)? solo para (?:la|el) (?:demo|prueba|pruebas))\\b`,
    noFilter: `\\b(?:responde|contesta|respóndeme|contéstame)\\b${g(30)}\\bsin (?:tus|sus|esas) ${W}?(?:filtros|restricciones|límites|reglas|advertencias)\\b`,
    setup: `\\b(?:tu (?:prompt|mensaje) (?:de|del) sistema|tus instrucciones (?:iniciales|originales|ocultas)|(?:instrucciones|mensaje de configuración|mensaje|texto|reglas)\\b${g(30)}\\b(?:con (?:el|la|las|los) que (?:arrancaste|empezaste)|que (?:te dieron|recibiste|te configuraron))|antes de (?:mi|nuestro) primer mensaje)\\b`,
    copy: `\\b(?:tal cual|palabra por palabra|textualmente|literalmente|íntegr[ao]s?|deletr\\p{L}{1,6}|sin resumir)\\b`,
  },
  pt: {
    own: `\\b(?:tuas|suas) ${W}?(?:instruções|regras|restrições|diretrizes|filtros|limites)\\b|\\b(?:instruções|regras|restrições|diretrizes)\\b${g(30)}\\bque (?:tu |você )?(?:recebeste|recebeu|te deram|lhe deram|configuraram)\\b`,
    void: `\\b(?:já não (?:se )?aplicam|não (?:se )?aplicam mais|não valem mais|já não valem|deixaram de valer|(?:foram|estão) (?:desativad|removid|anulad|suspens|revogad)[ao]s|caducaram|só (?:valiam|eram válidas) para)\\b`,
    noFilter: `\\b(?:responde|responda|respostas?)\\b${g(30)}\\bsem (?:as )?(?:tuas|suas) ${W}?(?:ressalvas|restrições|regras|filtros|limitações)\\b`,
    setup: `\\b(?:(?:teu|seu) (?:prompt|mensagem) (?:de|do) sistema|(?:tuas|suas) instruções (?:iniciais|originais|ocultas)|(?:instruções|mensagem|texto|regras)\\b${g(30)}\\bque (?:tu |você )?(?:recebeste|recebeu|te deram|lhe deram)|antes da minha primeira mensagem)\\b`,
    copy: `\\b(?:palavra por palavra|tal como (?:está|estão)|literalmente|na íntegra|sem resumir)\\b`,
  },
  it: {
    own: `\\b(?:le tue|i tuoi) ${W}?(?:istruzioni|regole|restrizioni|linee guida|filtri|limiti|direttive)\\b|\\b(?:istruzioni|regole|restrizioni|linee guida|direttive)\\b${g(30)}\\bche (?:hai ricevuto|ti (?:hanno|sono state) (?:dato|date|fornit\\p{L}|impost\\p{L}))\\b`,
    void: `\\b(?:non (?:valgono|si applicano|sono) più|non (?:valgono|si applicano) per me|decadut[ei]|(?:sono state|sono) (?:disattivat|rimoss|annullat|sospes|revocat)[ei]|valevano solo)\\b`,
    noFilter: `\\b(?:rispondi|rispondere|rispondimi)\\b${g(30)}\\bsenza (?:i tuoi|le tue) ${W}?(?:filtri|restrizioni|limiti|regole|avvertenze)\\b`,
    setup: `\\b(?:il tuo (?:prompt|messaggio) di sistema|tuo (?:prompt|messaggio) di sistema|le tue istruzioni (?:iniziali|originali|nascoste)|(?:istruzioni|messaggio|testo|regole)\\b${g(30)}\\bche (?:hai ricevuto|ti (?:hanno|sono state) (?:dato|date|fornit\\p{L}))|prima del mio primo messaggio)\\b`,
    copy: `\\b(?:parola per parola|alla lettera|testualmente|integralmente|per intero|senza riassumer\\p{L}{0,2})\\b`,
  },
  nl: {
    own: `\\b(?:je|jouw|uw) ${W}?(?:regels|instructies|richtlijnen|beperkingen|filters|restricties)\\b|\\b(?:regels|instructies|richtlijnen|beperkingen)\\b${g(30)}\\b(?:die|waarmee) (?:je|jij|u)\\b${g(25)}\\b(?:gekregen|ontvangen|opgestart|meegekregen)\\b`,
    void: `\\b(?:gelden (?:niet meer|niet voor mij)|niet meer geldig|ongeldig|verouderd|vervallen|opgeheven|uitgeschakeld|ingetrokken|achterhaald)\\b`,
    noFilter: `\\b(?:antwoord|antwoorden|beantwoord)\\b${g(30)}\\bzonder (?:je|jouw|uw) ${W}?(?:filters|beperkingen|regels|waarschuwingen)\\b`,
    setup: `\\b(?:(?:je|jouw) (?:systeemprompt|systeembericht|configuratie-?prompt|oorspronkelijke instructies|verborgen instructies)|(?:instructies|regels|tekst|bericht)\\b${g(30)}\\bdie je (?:hebt )?(?:gekregen|ontvangen|meegekregen)|voor mijn eerste (?:bericht|vraag))\\b`,
    copy: `\\b(?:woordelijk|woord voor woord|letterlijk|integraal|volledige?)\\b`,
  },
  pl: {
    own: `\\b(?:twoje|twoich|swoje) ${W}?(?:zasady|instrukcje|reguły|wytyczne|ograniczenia|filtry)\\b|\\b(?:zasady|instrukcje|reguły|wytyczne|ograniczenia|wiadomość konfiguracyjna)\\b${g(30)}\\b(?:które|którą) (?:dostałeś|dostałaś|otrzymałeś|otrzymałaś|ci (?:dano|ustawiono))\\b`,
    void: `\\b(?:już nie obowiązują|nie obowiązują|nieaktualne|zostały (?:wyłączone|zniesione|usunięte|anulowane|zaktualizowane|wycofane)|wycofał\\p{L}{0,2}|przestały obowiązywać|nie dotyczą mnie)\\b`,
    noFilter: `\\b(?:odpowiadaj|odpowiedz|odpowiadać)\\b${g(30)}\\bbez (?:twoich|swoich) ${W}?(?:filtrów|ograniczeń|zasad|ostrzeżeń)\\b`,
    setup: `\\b(?:(?:twój|swój) (?:prompt|komunikat) systemowy|(?:twoje|swoje) (?:początkowe|oryginalne|ukryte) instrukcje|(?:reguły|zasady|instrukcje|wytyczne|tekst)\\b${g(30)}\\b(?:które|który) (?:dostałeś|dostałaś|otrzymałeś|otrzymałaś)|przed moją pierwszą wiadomością)\\b`,
    copy: `\\b(?:dosłownie|słowo w słowo|dokładnie tymi słowami|w całości|wersj\\p{L} oryginaln\\p{L})\\b`,
  },
  ru: {
    own: `\\b(?:твои|ваши|свои) ${W}?(?:правила|инструкции|ограничения|фильтры|установки)\\b|\\b(?:твоих|ваших) ${W}?(?:правил|инструкций|ограничений|фильтров)\\b|\\b(?:все|предыдущие|прежние|системные|исходные) (?:предыдущие |прежние |системные )?(?:инструкции|правила|ограничения)\\b|\\b(?:правила|инструкции|ограничения|установки)\\b${g(30)}\\b(?:(?:которые|что) (?:тебе|вам) (?:дали|задали|прописали)|(?:которые|что) (?:ты|вы) (?:получил|получила|получили))\\b`,
    void: `\\b(?:больше не действуют|не действуют|недействительны|отменены|отключены|сняты|устарели|утратили силу|действовали только|аннулированы)\\b`,
    noFilter: `\\b(?:отвечай|ответь|отвечать)\\b${g(30)}\\bбез (?:твоих|своих|ваших) ${W}?(?:фильтров|ограничений|правил|предупреждений)\\b`,
    setup: `\\b(?:(?:твой|свой|ваш) системн\\p{L}{1,3} (?:промпт|сообщение)|(?:твои|свои) (?:исходные|начальные|скрытые|первоначальные) (?:инструкции|правила)|(?:что|какие|которые) тебе (?:написали|дали|прописали)|до начала (?:нашего|этого) (?:диалога|разговора)|перед моим первым сообщением)\\b`,
    copy: `\\b(?:дословно|целиком|слово в слово|без изменений|без сокращений)\\b`,
  },
  uk: {
    own: `\\b(?:твої|ваші|свої) ${W}?(?:правила|інструкції|обмеження|фільтри|налаштування|настанови)\\b|\\b(?:всі|попередні|колишні|системні|початкові) (?:попередні |системні )?(?:інструкції|правила|обмеження|налаштування)\\b|\\b(?:правила|інструкції|обмеження|налаштування|настанови)\\b${g(30)}\\b(?:(?:які|що) (?:тобі|вам) (?:дали|задали|прописали)|(?:які|що) (?:ти|ви) (?:отримав|отримала|отримали))\\b`,
    void: `\\b(?:більше не діють|не діють|недійсні|скасовані|вимкнені|зняті|застаріли|втратили чинність|діяли (?:лише|тільки))\\b`,
    noFilter: `\\b(?:відповідай|відповідайте|відповісти)\\b${g(30)}\\bбез (?:твоїх|своїх|ваших) ${W}?(?:фільтрів|обмежень|правил|попереджень)\\b`,
    setup: `\\b(?:(?:твій|свій|ваш) системн\\p{L}{1,3} (?:промпт|повідомлення)|(?:твої|свої|ваші) (?:початкові|вихідні|приховані|первинні) (?:інструкції|налаштування|правила)|(?:що|які) тобі (?:написали|дали|прописали)|до початку (?:нашої|цієї) розмови)\\b`,
    copy: `\\b(?:дослівно|слово в слово|повністю|цілком|без змін)\\b`,
  },
  cs: {
    own: `\\b(?:tvoje|tvá|vaše|svoje) ${W}?(?:pravidla|instrukce|pokyny|omezení|filtry|zásady)\\b|\\b(?:pravidla|instrukce|pokyny|omezení|zásady)\\b${g(30)}\\b(?:(?:které|co) jsi (?:dostal|dostala|obdržel)|co ti (?:dali|nastavili|nastavil))\\b|\\bco ti nastavil\\b`,
    void: `\\b(?:už neplatí|neplatí|neplatná|zrušen[aáéy]|vypnut[aáéy]|zastaral[áé]|platí jen pro|přestala platit)\\b`,
    noFilter: `\\b(?:odpovídej|odpověz|odpovídat)\\b${g(30)}\\bbez (?:tvých|svých|vašich) ${W}?(?:filtrů|omezení|pravidel|varování)\\b`,
    setup: `\\b(?:(?:tvůj|svůj) systémový (?:prompt|pokyn)|(?:tvoje|tvé|svoje) (?:počáteční|původní|skryté) (?:pokyny|instrukce)|(?:pokyny|instrukce|pravidla|text)\\b${g(30)}\\b(?:(?:které|co) jsi dostal\\p{L}{0,1}|co ti (?:dali|napsali|nastavili))|před (?:mou|mojí) první zprávou)\\b`,
    copy: `\\b(?:doslova|doslovně|slovo od slova|slovo po slovu)\\b`,
  },
  ro: {
    own: `\\b(?:regulile|instrucțiunile|restricțiile|limitele|filtrele)(?: \\p{L}{1,12}){0,2} tale\\b|\\b(?:regulile|instrucțiunile|restricțiile|setările)\\b${g(30)}\\b(?:(?:cu care|pe care) (?:ai fost (?:pornit|configurat)|le-ai primit)|care ți-au fost (?:date|impuse))\\b`,
    void: `\\b(?:nu (?:se )?(?:mai )?aplică|nu mai sunt (?:valabile|în vigoare)|au fost (?:anulate|dezactivate|eliminate|suspendate|scrise pentru)|expirate|învechite)\\b`,
    noFilter: `\\b(?:răspunde|răspunzi|răspunde-mi)\\b${g(30)}\\bfără (?:filtrele|restricțiile|regulile|limitele) tale\\b`,
    setup: `\\b(?:promptul (?:tău )?de sistem|instrucțiunile (?:tale )?(?:inițiale|originale|ascunse)|(?:instrucțiunile|regulile|textul|mesajul)\\b${g(30)}\\bpe care (?:le-ai|l-ai) primit|înainte de primul meu mesaj)\\b`,
    copy: `\\b(?:cuvânt cu cuvânt|întocmai|integral|exact|fără să (?:le|îl) rezumi)\\b`,
  },
  sv: {
    own: `\\b(?:dina|era) ${W}?(?:regler|instruktioner|riktlinjer|begränsningar|filter|direktiv)\\b|\\b(?:regler|instruktioner|riktlinjer|begränsningar)\\b${g(30)}\\b(?:som du (?:fick|har fått|startades med)|som gavs till dig)\\b`,
    void: `\\b(?:gäller inte (?:längre|för mig)|inte längre gäller|ogiltiga|upphävda|avstängda|inaktiverade|föråldrade)\\b`,
    noFilter: `\\b(?:svara|svarar)\\b${g(30)}\\butan (?:dina|era) ${W}?(?:filter|begränsningar|regler|varningar|förbehåll)\\b`,
    setup: `\\b(?:(?:din|er) (?:systemprompt|systemprompten|ursprungliga instruktioner|dolda instruktioner)|(?:instruktioner|regler|text|texten)\\b${g(30)}\\bdu (?:fick|har fått)\\b${g(20)}\\b(?:innan|före|i början)|innan min första (?:fråga|meddelande))\\b`,
    copy: `\\b(?:ordagrant|ord för ord|i sin helhet|oförändrad)\\b`,
  },
  tr: {
    own: `\\b(?:kuralların|talimatların|kısıtlamaların|sınırlamaların|filtrelerin|yönergelerin|kurallarını|talimatlarını)\\b|\\b(?:önceki|eski|sistem) (?:tüm )?(?:kurallar|talimatlar|kısıtlamalar)\\p{L}{0,4}|\\b(?:sana|size) (?:\\p{L}{1,12} )?(?:verilen|tanımlanan)(?: \\p{L}{1,12})? (?:kurallar|talimatlar|kısıtlamalar|yönergeler)\\p{L}{0,4}`,
    void: `\\b(?:geçersiz\\p{L}{0,4}|iptal edil\\p{L}{1,4}|kaldırıldı|devre dışı|askıya al\\p{L}{0,4}|artık geçerli değil|uygulanmıyor)\\b`,
    noFilter: `\\b(?:cevap ver|yanıt ver|cevapla)\\p{L}{0,6}${g(30)}\\b(?:kuralların|filtrelerin|kısıtlamaların)(?:ı|i)? (?:olmadan|yokmuş gibi)\\b`,
    setup: `\\b(?:sistem (?:mesajını|promptunu|talimatlarını)|ilk talimatların\\p{L}{0,2}|başlangıç talimatların\\p{L}{0,2}|(?:sana|size) verilen (?:\\p{L}{1,12} )?(?:talimat|kural|yönerge)\\p{L}{0,6}|ilk mesajımdan önce)`,
    copy: `\\b(?:olduğu gibi|kelimesi kelimesine|birebir|aynen|hiç değiştirmeden|hiçbir şeyi atlamadan|eksiksiz)\\b`,
  },
  el: {
    own: `(?:οδηγίες|κανόνες|περιορισμοί|περιορισμούς|φίλτρα)(?: \\p{L}{1,10}){0,2} σου\\b|\\b(?:οδηγίες|κανόνες|περιορισμοί|ρυθμίσεις)\\b${g(30)}\\b(?:που σου (?:έδωσαν|δόθηκαν|όρισαν)|που (?:έλαβες|πήρες))\\b`,
    void: `\\b(?:δεν ισχύουν|ίσχυαν μόνο|έληξαν|καταργήθηκαν|ακυρώθηκαν|απενεργοποιήθηκαν|άκυρ(?:οι|ες|α))\\b`,
    noFilter: `\\b(?:απάντα|απάντησε|απαντάς)\\b${g(30)}\\bχωρίς (?:τους|τα|τις) (?:κανόνες|φίλτρα|περιορισμούς|προειδοποιήσεις) σου\\b`,
    setup: `(?:αρχικές (?:σου )?οδηγίες|μήνυμα συστήματος σου|(?:οδηγίες|κανόνες|κείμενο)${g(30)}(?:που σου έδωσ\\p{L}{1,3}|που έλαβες)|πριν (?:από )?το πρώτο μου μήνυμα)`,
    copy: `(?:αυτούσι\\p{L}{1,2}|λέξη προς λέξη|κατά λέξη)`,
  },
};

/** Technical rules (firewalls, mail filters, linters, spreadsheets) and questions about the topic. */
const TECH = 'firewall|pare-feu|cortafuegos|brandmauer|iptables|eslint|regex|excel|outlook|gmail|spam|nginx|cron|router|css|sql|jira|git|proxy';
export const QUESTION: Readonly<Record<string, string>> = {
  fr: "qu'est-ce qu|comment (?:reconna|détect|protég)", de: 'was ist ein|wie erkenn|wie schütz', es: 'qué es un|cómo (?:detect|reconoc|proteg)',
  pt: 'o que é um|como (?:detect|reconhe|proteg)', it: "cos'è|come (?:riconosc|rilev|proteg)", nl: 'wat is een|hoe (?:herken|detecteer|bescherm)',
  pl: 'co to jest|jak (?:rozpozna|wykry|chroni)', ru: 'что такое|как (?:распозна|обнаруж|защит)', uk: 'що таке|як (?:розпізна|виявит|захист)',
  cs: 'co je to|jak (?:rozpozna|odhali|chráni)', ro: 'ce este un|cum (?:recunosc|detect|protej)', sv: 'vad är e[nt]|hur (?:känner|upptäck|skydda)',
  tr: 'nedir|nasıl (?:anla|tespit|korun)', el: 'τι είναι|πώς (?:αναγνωρ|εντοπ|προστατ)',
};

function voidRule(lang: string, l: Lang): Rule {
  return { id: `override.eu_rules_void_${lang}`, category: 'override', score: 0.65, decisionOnly: true,
    requires: r(`${lead(l.void)}|${lead(l.noFilter)}`), unless: r(`${QUESTION[lang] ?? ''}|\\b(?:${TECH})\\b`),
    re: r(`(?:${lead(l.own)})${g(60)}(?:${l.void})|${lead(l.noFilter)}`) };
}

function setupRule(lang: string, l: Lang): Rule {
  return { id: `prompt_leak.eu_own_setup_${lang}`, category: 'prompt_leak', score: 0.65, decisionOnly: true,
    requires: r(lead(l.copy)), unless: r(QUESTION[lang] ?? ''), re: r(`(?:${lead(l.setup)})${g(80)}(?:${l.copy})|(?:${lead(l.copy)})${g(60)}(?:${l.setup})`) };
}

export const MULTILINGUAL_PORT_EUROPE_RULES: readonly Rule[] = Object.entries(LANGS).flatMap(([lang, l]) => [voidRule(lang, l), setupRule(lang, l)]);
