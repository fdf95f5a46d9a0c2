/**
 * Markers of a pasted document in the languages of the multilingual rules, next to the English `DOCUMENT`
 * of rules.ts: an e-mail header at the start of a line ("Objet :", "Betreff:", "件名："), a sign-off
 * ("Cordialement", "Mit freundlichen Grüßen", "С уважением", "此致"), and a task on a named document —
 * "summarise / translate / analyse / based on / given" + "this / the following" + e-mail, web page,
 * article, résumé, paper, table, review, code ("résume cette page web", "basierend auf diesem
 * Lebenslauf", "根据这份简历", "この記事を要約"). With one of them, an `indirect` rule is strong, as
 * with the English markers: instructions aimed at the reader inside a pasted document are injections.
 * Header words need a line start and a colon, task phrases a demonstrative, so a question that merely
 * names an e-mail ("how do I write an e-mail?") is no marker. Bounded gaps only.
 */

const HEADER = '(?:^|\\n)[ \\t]{0,3}(?:objet|de|à|betreff|von|an|asunto|para|assunto|oggetto|da|onderwerp|van|aan|temat|od|do|тема|от|кому|від|主题|主旨|发件人|收件人|件名|差出人|宛先|제목|보낸 사람|받는 사람|konu|kimden|kime|subjek|perihal|dari|kepada|tiêu đề|từ|đến|विषय|प्रेषक|الموضوع|من|إلى|বিষয়|paksa|mula kay)[ \\t]{0,3}[:：]';

const SIGN_OFF = [
  '\\bcordialement\\b', '\\bbien à (?:vous|toi)\\b', '\\bmit freundlichen grüßen\\b', '\\bviele grüße\\b', '\\bbeste grüße\\b', '\\batentamente\\b', '\\bun (?:cordial )?saludo\\b',
  '\\batenciosamente\\b', '\\bcordiali saluti\\b', '\\bdistinti saluti\\b', '\\bmet vriendelijke groet\\b', '\\bz poważaniem\\b', '\\bpozdrawiam\\b', 'с уважением', 'з повагою',
  '此致', '敬礼', 'よろしくお願いいたします', 'よろしくお願いします', '드림\\s*$', '올림\\s*$', '\\bsaygılarımla\\b', '\\bhormat saya\\b', '\\bsalam hangat\\b', 'trân trọng',
  'सादर', 'مع (?:خالص )?التحية', 'শুভেচ্ছান্তে', '\\blubos na gumagalang\\b',
];

/** "this / the following" + a document noun, one group per language. */
const THIS_DOC = [
  "\\b(?:cet|cette|ce|ces) (?:e-?mail|courriel|page(?: web)?|site web|article|document|cv|curriculum|texte|tableau|code|avis|rapport)\\b",
  '\\b(?:diese[rnsm]?|folgende[rnsm]?) (?:e-?mail|nachricht|webseite|seite|artikel|dokument|lebenslauf|text|tabelle|code|bewertung|papier|studie)\\b',
  '\\b(?:este|esta|estos|estas|el siguiente|la siguiente) (?:correo|e-?mail|página(?: web)?|sitio web|artículo|documento|currículum|texto|tabla|código|reseña|informe)\\b',
  '\\b(?:este|esta|neste|nesta|deste|desta|o seguinte|a seguinte) (?:e-?mail|página(?: web)?|site|artigo|documento|currículo|texto|tabela|código|avaliação|relatório)\\b',
  "\\b(?:questa|questo|quest'|seguente) ?(?:e-?mail|pagina(?: web)?|sito web|articolo|documento|curriculum|testo|tabella|codice|recensione)\\b",
  '\\b(?:deze|dit|de volgende) (?:e-?mail|webpagina|pagina|artikel|document|cv|tekst|tabel|code|recensie)\\b',
  '\\b(?:ten|ta|to|tego|tej|poniższ\\w{0,3}) (?:e-?mail\\w{0,2}|stron\\w{0,2}|artykuł\\w{0,2}|dokument\\w{0,2}|cv|tekst\\w{0,2}|tabel\\w{0,2}|kod\\w{0,2}|opini\\w{0,2})\\b',
  '(?:это\\S{0,2}|эт[аиу]|следующ\\S{0,3}|ці\\S{0,2}|цей|цю|наступн\\S{0,3}) (?:письм\\S{0,2}|лист\\S{0,2}|веб-?страниц\\S{0,2}|страниц\\S{0,2}|сторінк\\S{0,2}|стать\\S{0,2}|документ\\S{0,2}|резюме|текст\\S{0,2}|таблиц\\S{0,2}|таблиц\\S{0,2}|код\\S{0,2}|отзыв\\S{0,2}|відгук\\S{0,2})',
  '(?:这|此|以下|下面|该)(?:封|篇|份|个|段|张)?(?:邮件|电子邮件|网页|页面|文章|文档|简历|文本|表格|代码|评论|论文)', '(?:この|以下の|次の)(?:メール|ウェブページ|ページ|記事|文書|履歴書|テキスト|表|コード|レビュー|論文)',
  '(?:이|다음) ?(?:이메일|메일|웹 ?페이지|페이지|기사|문서|이력서|텍스트|표|코드|리뷰|논문)', '\\bbu (?:e-?posta\\w{0,3}|web sayfa\\w{0,4}|sayfa\\w{0,4}|makale\\w{0,3}|belge\\w{0,3}|özgeçmiş\\w{0,3}|metn\\w{0,3}|tablo\\w{0,3}|kod\\w{0,3}|yorum\\w{0,3})',
  '\\b(?:email|halaman web|halaman|artikel|dokumen|cv|resume|teks|tabel|kode|ulasan|makalah) (?:ini|berikut)\\b', '(?:email|trang web|bài viết|bài báo|tài liệu|sơ yếu lý lịch|văn bản|bảng|mã|đánh giá) (?:này|sau)',
  '(?:इस|निम्नलिखित) (?:ईमेल|वेबपेज|वेब पेज|पेज|लेख|दस्तावेज़|दस्तावेज|रेज़्यूमे|रिज्यूमे|पाठ|तालिका|कोड|समीक्षा|पेपर)', '(?:هذا|هذه|التالي|التالية) ?(?:البريد|الرسالة|صفحة|الصفحة|المقال|المقالة|المستند|السيرة الذاتية|النص|الجدول|الكود|الشيفرة|المراجعة|الورقة)',
  '(?:এই|নিম্নলিখিত) (?:ইমেল|ওয়েবপেজ|ওয়েবপেজটি|পৃষ্ঠা|নিবন্ধ|নথি|সারসংকলন|পাঠ্য|টেবিল|কোড|পেপার)', '\\b(?:itong|ang sumusunod na) (?:email|webpage|pahina|artikulo|dokumento|resume|teksto|talahanayan|code)\\b',
  '(?:อีเมล|หน้าเว็บ|บทความ|เอกสาร|ประวัติส่วนตัว|ข้อความ|ตาราง|รหัส|โค้ด)(?:นี้|ต่อไปนี้)',
];

/**
 * A label naming what follows as a pasted item, at a line start and before a colon: a tool or function result, a
 * web page or its content, a review, a search result, a calendar entry, a shared document or table ("Résultat de
 * l'outil web_search :", "Ergebnis des Tools read_file(…):", "工具返回结果（web_search）：", "ウェブページ本文：",
 * "Отзыв о товаре:", "Hasil alat pencarian:"). Up to 30 characters (a tool name) may stand before the colon.
 */
const LABEL = `(?:^|\\n)[ \\t]{0,3}(?:${[
  "résultat (?:de l'|d')outil|sortie de l'outil|page web|contenu de la page|texte de la page|avis client|commentaire client|document partagé|entrée (?:de|du) calendrier|résultat de (?:la )?recherche",
  'ergebnis des tools|tool-ergebnis|ausgabe des tools|webseite|seiteninhalt|webseiteninhalt|produktbewertung|kundenbewertung|kalendereintrag|suchergebnis|dokumentinhalt',
  'resultado de la herramienta|salida de la herramienta|página web|contenido de la página|reseña|opinión del cliente|resultado de (?:la )?búsqueda|entrada de calendario|documento compartido',
  'resultado da ferramenta|saída da ferramenta|conteúdo da página|avaliação do cliente|resultado da pesquisa|documento compartilhado',
  'risultato dello strumento|output dello strumento|pagina web|contenuto della pagina|recensione|risultato della ricerca|voce (?:di|del) calendario',
  'toolresultaat|resultaat van de tool|webpagina(?:-inhoud)?|pagina-inhoud|productrecensie|recensie|zoekresultaat|agenda-item',
  'wynik narzędzia|wynik wyszukiwania|treść strony|opinia klienta|recenzja|zgłoszenie serwisowe',
  'результат инструмента|вывод инструмента|результат поиска|текст страницы|содержимое страницы|веб-страница|отзыв о товаре|отзыв клиента|результат інструменту|результат пошуку|вміст сторінки|текст сторінки|відгук покупця',
  '工具返回结果|工具返回|工具结果|工具输出|函数返回|网页内容|页面内容|用户评论|商品评论|文档内容|表格数据|搜索结果',
  'ツールの結果|ツール結果|ツールの出力|関数の結果|ウェブページ本文|ウェブページの内容|ページ本文|商品レビュー|検索結果|文書の内容',
  '도구 결과|도구 출력|함수 결과|웹 ?페이지 내용|페이지 내용|고객 리뷰|검색 결과|지원 티켓|문서 내용',
  'araç çıktısı|araç sonucu|web sayfası|sayfa içeriği|müşteri yorumu|arama sonucu|destek talebi',
  'نتيجة الأداة|مخرجات الأداة|محتوى الصفحة|صفحة الويب|مراجعة منتج|نتيجة البحث',
  'टूल का परिणाम|टूल परिणाम|वेब पेज|पेज की सामग्री|ग्राहक समीक्षा|खोज परिणाम',
  'hasil alat|keluaran alat|halaman web|isi halaman|ulasan pelanggan|hasil pencarian',
  'kết quả công cụ|đầu ra công cụ|nội dung trang|đánh giá sản phẩm|kết quả tìm kiếm',
  // a review on its own: "Avis :", "Отзыв:", "Відгук:", "评论：", "レビュー：", "리뷰:"
  'avis|bewertung|opinión|avaliação|opinia|отзыв|відгук|评论|レビュー|리뷰|yorum|مراجعة|समीक्षा|ulasan|đánh giá',
].join('|')})[^\\n:：]{0,30}[:：]`;

/**
 * "Answer questions about the submitted / provided content", the task line in front of retrieved content
 * ("questions concernant le contenu soumis", "вопросы о отправленном контенте", "제출된 콘텐츠에 대한 질문"),
 * and HTML that only a page has (a comment, a span, a paragraph with attributes).
 */
const SUBMITTED = [
  'contenu soumis', 'contenido enviado', 'conteúdo enviado', 'contenuti inviati', 'contenuto inviato', 'eingereichten inhalt', 'ingediende inhoud', 'przesłanej treści',
  '(?:отправленн|представленн)\\S{0,3} контент', 'надісланого контенту', 'المحتوى الذي تم تقديمه', 'المحتوى المقدم', 'प्रस्तुत सामग्री', '제출된 콘텐츠', '提交(?:的)?内容',
  '(?:提出|送信)されたコンテンツ', 'gönderilen içerik', 'nội dung đã gửi', 'เนื้อหาที่ส่งมา', 'জমা দেওয়া বিষয়বস্তু', 'konten yang dikirim',
  '<!--', '<span\\b', '<p\\s', '<h[1-6]>', '<li>',
];

/** A pasted-document marker in a language other than English (lower-cased, NFKC-normalised text). */
export const DOCUMENT_ML = new RegExp([HEADER, LABEL, ...SIGN_OFF, ...THIS_DOC, ...SUBMITTED].join('|').normalize('NFKC'), 'mu');
