// German: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). German verbs split ("fasse … zusammen", "lies … vor"), so
// their phrases use `...`. See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

// Kinds of name, three listed or two with one of a person or a firm, ask for the names of those kinds: "every person, company and city" (not "which city and country is in c.jpg?").
const WHO = 'person|personen|name|namen|firma|firmen|unternehmen|organisation|organisationen|marke|marken';
const KINDS = `${WHO}|stadt|stadte|ort|orte|land|lander`;

// What a text is, in the labels of two versions of it ("Old bio:", "Texto novo:").
const PIECES = 'fassung|version|text|satz|absatz|bio|entwurf|nachricht|mail';
export const de: LanguageLexicon = {
  code: 'de',
  name: 'German',
  suffixes: ['ungen', 'ung', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's', 't'],
  spellings: { bitte: 'bitte', pls: 'bitte' },
  stopwords:
    'der die das den dem des ein eine einen einem einer eines und oder aber in im ins an am auf aus bei mit nach von vom zu zum zur ' +
    'fur uber unter vor durch ist sind war waren hat haben wird werden kann kannst konnen konntest ich du er sie es wir ihr mich mir ' +
    'dich dir mein meine dein deine sein seine ihre dies diese dieser dieses bitte danke auch noch nur sehr wie was wer wo wann warum ' +
    'welche welcher welches zu sehen gibt es',
  questionWords: 'was wer wie wo wann warum welche welcher welches wieviel wie viele ist sind gibt kann ob',
  determiners: { definite: 'der die das den dem des dieser diese dieses diesen dein deine', indefinite: 'ein eine einen einem einer', possessive: 'sein seine seinen ihr ihre ihren mein meine', own: 'mein meine meinen unser unsere unseren' },
  mentions: 'werkzeug werkzeuge modell modelle',
  instructionNouns: 'aufgabe aufgaben schritt schritte anweisungen',
  fileLinks: 'in im auf aus von vom zu laut bis seit',
  answers: 'antwort antworten',
  chitchat: ['hallo', 'danke', 'vielen dank', 'danke schon', 'guten morgen', 'guten tag', 'tschuss', 'super', 'prima', 'perfekt'],
  hedges: ['statt', 'anstatt'],
  ignore: [/* Wofür der Nutzer sein Foto will: „ich will a.jpg als Hintergrundbild“. */ 'als hintergrund|hintergrundbild|bildschirmhintergrund|wallpaper|profilbild|avatar|sperrbildschirm', 'als mein|meinen .. hintergrund|hintergrundbild|bildschirmhintergrund|wallpaper|profilbild|avatar', /* Was der Dienst mit den Dateien macht: „speichert ihr die Fotos, die ich hochlade?“. */ 'speichert|behaltet ihr', 'speicherst|behaltst du', 'speichern|behalten sie', 'kannst du', 'keine zeit .. zu lesen|horen', 'keine zeit zum lesen|horen|anhoren', 'stattdessen', 'konnten sie', 'konntest du', 'was haltst|haltet du|ihr|sie davon', 'wie findest|findet|finden du|ihr|sie', 'gefallt es|das dir|ihnen', 'ist das gut|richtig|korrekt|genau', 'wie hast|habt|haben du|ihr|sie das', 'welches modell', 'zu horen', 'horen kann|konnen|kannst|man'],
  accept: 'ja gerne klar okay ok bitte jawohl',
  offers: ['ich kann', 'ich konnte', 'soll ich'],
  corrections: ['nein ich meinte', 'ich meinte', 'nein ich wollte', 'sorry ich meinte'],
  presenters: ['ich habe', 'hier ist'],
  creators: ['erzeuge', 'erstelle', 'generiere', 'mach', 'mache', 'zeichne', 'gib mir', 'ich mochte', 'ich hatte gern|gerne', 'ich wurde gern|gerne', 'ich will', 'schick', 'schicke', 'sende', 'sag mir', 'sagt mir', 'sagen sie mir', 'schreib', 'schreibe', 'schreiben', 'verfasse', 'dichte', 'erfinde', 'finde heraus', 'finde raus', 'find heraus', 'find raus'],
  negations: 'nicht kein keine keinen ohne',
  connectors: { so: ['dafur zuerst|erst', 'also zuerst', 'deshalb zuerst'], then: ['dann', 'danach', 'anschliessend', 'und dann', 'zum schluss', 'schliesslich'], and: ['und', 'auch', 'ausserdem', 'sowie'], apart: ['separat', 'und separat', 'getrennt davon', 'unabhangig davon'], first: ['aber zuerst', 'aber vorher', 'davor', 'vorher', 'bevor du', 'bevor'], after: ['nachdem'] },
  references: {
    it: ['es', 'das', 'ihn', 'daraus', 'davon'],
    pointer: ['diese zwei|drei', 'diesen', 'diese', 'dieses', 'folgenden', 'folgende', 'unten', 'mir das', 'uns das'],
    all: ['beide', 'die|diese zwei|drei', 'beiden', 'alle', 'jede', 'jeden', 'jedes', 'jeder'],
    result: ['das ergebnis', 'ergebnis', 'die antwort'],
    original: ['das original', 'original', 'dem gleichen', 'demselben', 'derselben', 'der gleichen', 'die gleiche', 'dieselbe', 'das ganze', 'den ganzen text', 'die ganze nachricht|mail'],
    answer: ['deine antwort', 'ihre antwort', 'was du gesagt hast', 'was du geschrieben hast', 'was sie geschrieben haben', 'das geschriebene'],
    same: ['das gleiche', 'dasselbe', 'genauso fur', 'ebenso'],
  },
  yourResults: ['deine|ihre zusammenfassung|ubersetzung|beschreibung|transkription|bildunterschrift'],
  ordinals: { erste: 1, ersten: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, letzte: -1, letzten: -1, andere: 0, anderen: 0 },
  nouns: {
    image: 'bild bilder foto fotos aufnahme zeichnung screenshot',
    audio: 'audio aufnahme anruf sprachnachricht lied ton besprechung',
    video: 'video film animation clip',
    text: 'text satz absatz artikel email nachricht notiz notizen bewertung kommentar dokument brief',
    document: 'beleg quittung rechnung formular scan dokument mietvertrag vertrag brief',
    textimage: 'schild plakat speisekarte tafel',
  },
  languages: {
    englisch: 'en', englische: 'en', spanisch: 'es', spanische: 'es', franzosisch: 'fr', franzosische: 'fr', deutsch: 'de',
    deutsche: 'de', italienisch: 'it', italienische: 'it', portugiesisch: 'pt', portugiesische: 'pt', niederlandisch: 'nl',
    russisch: 'ru', chinesisch: 'zh', japanisch: 'ja', koreanisch: 'ko', arabisch: 'ar', griechisch: 'el', turkisch: 'tr', polnisch: 'pl', tschechisch: 'cs', ungarisch: 'hu', rumanisch: 'ro',
    schwedisch: 'sv', danisch: 'da', norwegisch: 'no', finnisch: 'fi', ukrainisch: 'uk', vietnamesisch: 'vi', hebraisch: 'he', katalanisch: 'ca',
  },
  languageMarkers: { target: ['ins', 'auf', 'in', 'nach'], source: ['aus dem', 'aus', 'vom', 'spreche|verstehe|lese|kann kein|keine|nicht <lang>', 'spricht|versteht|liest|sprechen|verstehen|lesen kein|keine|nicht <lang>', 'mein <lang> ist .. schlecht|mies|furchtbar|grottig|eingerostet', 'ist|sind ganz|komplett|nur auf <lang>', 'von meinem|meiner|unserem|unserer|einem|einer <lang>', 'von meinem|meiner|unserem|unserer|einem|einer .. auf|in <lang>', 'spreche|verstehe|lese kein|keine|nicht .. <lang>', 'ist|sind auf <lang>', 'auf <lang> geschrieben'], audience: ['<lang> sprechend', 'spricht <lang>'] },
  labelMarkers: ['als', 'in', 'zwischen', 'kategorien', 'labels'],
  weakLabelMarkers: 'als in zwischen',
  conjunctions: { and: 'und', or: 'oder' },
  copulas: 'ist sind klingt klingen wirkt wirken scheint scheinen zeigt zeigen',
  addressees: 'du dich dir ich mich mir ihnen',
  descriptionLead: 'von vom mir uns',
  instruments: 'anhand mittels',
  drawers: 'generiere erzeuge rendere',
  purpose: 'fur',
  sounds: 'geräusch geräusche ton vogel vögel tier tiere hund hunde bellt bellen piepen piept alarm sirene musik instrument instrumente lied klingeln motor hört hören',
  endings: { plural: '', gerund: '', participle: '' },
  infinitive: 'zu',
  relatives: 'was',
  conditions: 'wenn falls',
  inWord: 'in',
  thisImage: 'das Bild',
  visible:
    'farbe rot blau grun gelb schwarz weiss grau braun rosa lila orange dunkel hell ' +
    'tragt tragen trikot hemd uniform hut mutze helm schuhe jacke mantel kleid brille ' +
    'mann frau junge madchen kind kinder person personen leute spieler ' +
    'halt steht stehen sitzt sitzen liegt liegen schaut schauen lachelt versteckt schlaft wach ' +
    'hinter vorne hintergrund vordergrund himmel boden wand fenster strasse baum kamera ' +
    'wetter sonnig bewolkt regnet regen schnee nacht tagsuber sichtbar',
  fields: {
    question: ['frage'], context: ['kontext'], text: ['text', 'satz'], labels: ['labels', 'kategorien'],
    target: ['zielsprache'], source: ['quellsprache'], first: [`alt|alte|alter|altes|ursprungliche|ursprunglicher|ursprungliches|bisherige|bisheriger|original ${PIECES}`, `${PIECES} a|1`, 'vorher', 'erster satz', 'alt', 'alte fassung'], second: [`neu|neue|neuer|neues|uberarbeitete|uberarbeiteter|uberarbeitetes|geanderte ${PIECES}`, `${PIECES} b|2`, 'nachher', 'zweiter satz', 'neu', 'neue fassung'],
  },
  sentimentLabels: 'positiv negativ neutral gut schlecht',
  intents: {
    fillMask: { say: ['vervollstandige den satz', 'erganze den satz', 'fehlende wort', 'welches wort fehlt', 'fulle die lucke'] },
    write: { say: ['nimm|nehmt|verwende|benutze|nutze .. als anfang|einstieg|ausgangspunkt', 'als anfang|einstieg|ausgangspunkt einer|eines|fur', 'erzahl .. weiter', 'schreib .. weiter'], make: ['gedicht', 'gedichte', 'geschichte', 'erzahlung', 'marchen', 'slogan', 'werbetext', 'werbespruch', 'absatz', 'witz', 'lied', 'haiku', 'limerick', 'reim'] },
    detect: { say: ['kasten|rahmen|boxen|rechtecke um', 'erkenne', 'erkennen', 'erkennung', 'objekterkennung', 'wie viele', 'wieviele', 'zahle', 'zahlen', 'finde die objekte', 'objekte', 'wo ist', 'wo sind', 'gibt es mehr', 'es gibt mehr', 'gibt es weniger'] },
    caption: { say: ['beschreibe', 'beschreiben', 'beschreibung', 'was ist auf', 'was ist zu sehen', /* Asked indirectly, the verb last: "sag mir, was auf dem Bild x.jpg zu sehen ist", "was man auf a.jpg sieht". */ 'was ... zu sehen', 'was man ... sieht|sehen|erkennt', 'was ... drauf ist|sind', 'was ... abgebildet ist|sind', 'was zeigt', 'was siehst du', 'was passiert auf', 'was ist in', 'bildunterschrift'], make: ['beschreibung', 'bildunterschrift'] },
    ocr: { say: ['unleserlich', 'kann seine|ihre|die|deine handschrift nicht lesen', 'handschrift ist ... schrecklich|unleserlich|furchtbar|katastrophe', 'lies den text', 'lese den text', 'text erkennen', 'texterkennung', 'ocr'] },
    textOf: { say: ['extrahiere den text', 'den text aus|von'] },
    words: { say: ['was wurde ... gesagt', 'was hat ... gesagt', 'was ... gesagt wird', 'was wird ... gesagt', 'was steht', 'was da|darin|drin|dort|hier steht|stehen', 'was heisst|bedeutet das|es', 'was sagt', 'was erzahlt|erzahlen', 'was redet|reden'] },
    translate: { say: ['ubersetze', 'ubersetzen', 'ubersetzt', 'ubersetzung', 'ubersetz*', 'von <lang> ins|in|nach <lang>'], make: ['ubersetzung', 'ubersetzte'] },
    summarize: { say: ['das wichtigste', 'das wesentliche', 'die wichtigen punkte|teile', 'fasse ... zusammen', 'fass ... zusammen', 'zusammenfassen', 'zusammenfassung', 'zusammengefasst', 'kernpunkte', 'das wichtigste', 'worum es ... geht', 'worum geht es', 'in ein paar|wenigen zeilen|satzen', 'worum es geht'], make: ['zusammenfassung'] },
    speak: { why: ['blind', 'sehbehindert'], say: ['durchsage', 'sag .. durch', 'sage .. durch', 'lautsprecher', 'kopfhorer', 'nimm .. auf', 'lies ... vor', 'lese ... vor', 'vorlesen', 'vorlesen lassen', 'laut vorlesen', 'sprich', 'sag ... laut', 'vertone', 'als audio', 'als audiodatei', 'als sprachnachricht', 'als mp3', 'in audio|sprache umwandeln', 'mach ... eine audiodatei|sprachnachricht', 'horen', 'anhoren'], make: ['audioversion', 'sprachausgabe', 'audiodatei', 'audio', 'sprachnachricht'] },
    transcribe: { say: ['schriftlich', 'transkribiere', 'transkribieren', 'transkription', 'abschreiben', 'abtippen', 'aufschreiben', 'verschriftlichen'], make: ['transkript', 'transkription'] },
    news: { say: ['ist|sind das|es|sie .. gute|schlechte nachricht|nachrichten', 'eine gute|schlechte nachricht', 'gute oder schlechte nachricht|nachrichten', 'schlechte oder gute nachricht|nachrichten'] },
    sentiment: { say: ['muss|sollte ich mir sorgen machen', 'muss|sollte ich mich sorgen', 'grund zur sorge', 'besorgniserregend', 'gut oder schlecht', 'schlecht oder gut', 'stimmung', 'sentiment', 'positiv oder negativ', 'tonfall', 'ist ... verargert', 'ist ... zufrieden', 'wie ... findet', 'klingt ... begeistert|frohlich', 'wirkt ... begeistert|frohlich', 'ist ... positiv|negativ', 'klingt ... positiv|negativ|wutend|verargert'] },
    zeroShot: { say: ['welche kategorie', 'welches label|etikett'] },
    classify: { say: ['klassifikator', 'bildklassifikator', 'klassifiziere', 'ordne ... zu', 'ordne .. ein', 'einordnen', 'zuordnen', 'klassifizieren', 'kategorisiere', 'ordne ... als', 'ordne ... in', 'sortiere ... in', 'markiere ... als', 'was fur ein', 'welches tier'] },
    segment: { say: ['segmentiere', 'segmentieren', 'segmentierung', 'freistellen'] },
    depth: { say: ['tiefe', 'tiefenkarte', 'tiefenschatzung', 'nah .. und|oder .. fern|weit', 'nah an der kamera', 'weit weg von der kamera'] },
    similarity: { say: ['gleichen sinn', 'gleiche sinn', 'selben sinn', 'dieselbe bedeutung', 'sinn .. geandert|verandert', 'sagen .. dasselbe|das gleiche', 'gleich geblieben', 'wie ahnlich', 'ahnlichkeit', 'vergleiche', 'vergleichen', 'dasselbe', 'das gleiche', 'bedeutung geandert', 'gleiche bedeutung', 'etwas geandert|verandert', 'hat sich .. geandert|verandert', 'naher an', 'ahnlicher', 'am ahnlichsten', 'ahnlich', 'stimmen .. uberein', 'passen .. zusammen', 'bedeuten .. dasselbe|das gleiche', 'gleiche aussage', 'sinn .. ahnlich|gleich'] },
    denoise: { say: ['entferne|entfernen|reduziere|reduzieren .. rauschen|brummen|hall|echo|knacken|knistern|wind', 'brummen|hall|echo .. entfernen|rausfiltern|herausfiltern|wegfiltern|weg', 'entferne .. rauschen', 'rauschen .. entfernen|rausfiltern|herausfiltern|filtern|wegfiltern|wegmachen|reduzieren|weg', 'rauscht', 'verrauscht', 'kaum .. verstehe|verstehen|hore|horen', 'verandere|verandern|verzerre|verzerren|andere|andern .. stimme', 'stimme .. verandern|verzerren|tiefer|hoher|roboter*', 'entrausche', 'entrauschen', 'hintergrundgerausch', 'hintergrundgerausche', 'storgerausche', 'rauschen entfernen'] },
    edit: { say: ['im stil', 'im stile', 'mach|mache aus', 'verwandle|verwandel|verwandeln .. in', 'als gemalde|zeichnung|aquarell|skizze|comic|olgemalde', 'das gleiche|selbe|dasselbe foto|bild .. aber', 'und nachts', 'und bei nacht|sonnenuntergang|sonnenaufgang', 'und im winter|sommer|herbst|fruhling', 'jetzt als', 'bearbeite', 'bearbeiten', 'verandere', 'verandern', 'farbe .. andern', 'andere|andern .. farbe', 'umfarben', 'einfarben', 'schwarzweiss', 'schwarz weiss', 'aussehen wie', 'aussehen lassen wie', 'weichzeichnen', 'verwische', 'verpixle', 'zuschneiden', 'skaliere', 'drehe', 'aufhellen', 'abdunkeln', 'mach den|die|das .. rot|blau|grun|gelb|lila|violett|rosa|schwarz|weiss|grau|heller|dunkler|unscharf|verschwommen'], make: ['zwei|drei|vier|2|3|4|mehrere|verschiedene versionen*'] },
    enhance: { say: ['verbessere', 'verbessern', 'vergrossere', 'vergrossern', 'hochskalieren', 'scharfer', 'grosser', 'wird .. unscharf|pixelig|verschwommen|verpixelt'] },
    drawImage: { say: ['zeichne', 'male*', 'als bild|zeichnung|illustration sehen'], make: ['plakat', 'poster', 'logo', 'collage', 'titelbild', 'hintergrundbild', 'bild', 'foto', 'zeichnung', 'illustration'] },
    makeVideo: { make: ['video', 'animation', 'clip'] },
    language: { say: ['welche sprache', 'in welcher sprache', 'sprache erkennen', 'erkenne die sprache', 'was fur eine sprache'] },
    entities: { say: [`${KINDS} ${KINDS} und|oder ${KINDS}`, `${KINDS} ${KINDS} ${KINDS}`, `${WHO} und|oder ${KINDS}`, `${KINDS} und|oder ${WHO}`, 'wer und wo', 'personen|orte|stadte|firmen|namen .. erwahn*|genannt', 'schlagworter', 'schlusselworter', 'stichworter', 'entitaten', 'named entities', 'personen und orte', 'namen von personen', 'personennamen', 'ortsnamen', 'eigennamen', 'erwahnte personen', 'personen .. erwahnt|genannt', 'wer wird erwahnt', 'namen ... erwahnt', 'namen der gaste|teilnehmer'] },
  },
  // Words that lean to a task without asking for it: only the fallback reads them (fallback.ts), never a phrase.
  hints: {
    summarize: 'kurz kurzer kurzfassung wesentliche wesentlichen kern eindampfen kurzen',
    speak: 'horen anhoren ohren stimme vorlesen laut',
    transcribe: 'schriftlich aufschreiben mitschrift',
    entities: 'namen personen leute firmen stadte orte kontakte',
    similarity: 'gleiche dasselbe gleich ahnlich aquivalent',
    sentiment: 'zufrieden sauer wutend verargert glucklich stimmung',
    caption: 'blind szene',
    ocr: 'buchstaben schild tafel',
    depth: 'nah nahe weit kamera entfernt vordergrund hintergrund',
    segment: 'ebene ebenen freistellen',
    zeroShot: 'kategorie kategorien abteilung ordne zuordnen',
    edit: 'stil gemalde malerei comic',
  },
};
