// German: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). German verbs split ("fasse … zusammen", "lies … vor"), so
// their phrases use `...`. See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

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
  questionWords: 'was wer wie wo wann warum welche welcher welches wieviel wie viele ist sind gibt kann',
  determiners: { definite: 'der die das den dem des dieser diese dieses diesen dein deine', indefinite: 'ein eine einen einem einer', possessive: 'sein seine seinen ihr ihre ihren mein meine' },
  mentions: 'werkzeug werkzeuge modell modelle',
  fileLinks: 'in im auf aus von vom zu',
  chitchat: ['hallo', 'danke', 'vielen dank', 'danke schon', 'guten morgen', 'guten tag', 'tschuss', 'super', 'prima', 'perfekt'],
  hedges: [],
  ignore: ['kannst du', 'konnten sie', 'konntest du'],
  connectors: { then: ['dann', 'danach', 'anschliessend', 'und dann', 'zum schluss', 'schliesslich'], and: ['und', 'auch', 'ausserdem', 'sowie'] },
  creators: ['erzeuge', 'erstelle', 'generiere', 'mach', 'mache', 'zeichne', 'gib mir', 'ich mochte', 'ich will'],
  references: {
    it: ['es', 'das', 'ihn'],
    pointer: ['diesen', 'diese', 'dieses', 'folgenden', 'folgende', 'unten'],
    all: ['beide', 'beiden', 'alle', 'jede', 'jeden'],
    result: ['das ergebnis', 'ergebnis', 'die antwort'],
    original: ['das original', 'original'],
    answer: ['deine antwort', 'ihre antwort', 'was du gesagt hast'],
    same: ['das gleiche', 'dasselbe', 'genauso fur', 'ebenso'],
  },
  ordinals: { erste: 1, ersten: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, letzte: -1, letzten: -1 },
  nouns: {
    image: 'bild bilder foto fotos aufnahme zeichnung screenshot',
    audio: 'audio aufnahme anruf sprachnachricht lied ton besprechung',
    video: 'video film',
    text: 'text satz absatz artikel email nachricht notiz notizen bewertung kommentar dokument brief',
    document: 'beleg quittung rechnung formular scan dokument',
    textimage: 'schild plakat speisekarte tafel',
  },
  languages: {
    englisch: 'en', englische: 'en', spanisch: 'es', spanische: 'es', franzosisch: 'fr', franzosische: 'fr', deutsch: 'de',
    deutsche: 'de', italienisch: 'it', italienische: 'it', portugiesisch: 'pt', portugiesische: 'pt', niederlandisch: 'nl',
    russisch: 'ru', chinesisch: 'zh', japanisch: 'ja', koreanisch: 'ko', arabisch: 'ar',
  },
  languageMarkers: { target: ['ins', 'auf', 'in', 'nach'], source: ['aus dem', 'aus', 'vom'], audience: ['<lang> sprechend', 'spricht <lang>'] },
  labelMarkers: ['als', 'in', 'zwischen', 'kategorien', 'labels'],
  fields: {
    question: ['frage'], context: ['kontext'], text: ['text', 'satz'], labels: ['labels', 'kategorien'],
    target: ['zielsprache'], source: ['quellsprache'], first: ['erster satz'], second: ['zweiter satz'],
  },
  sentimentLabels: 'positiv negativ neutral',
  intents: {
    detect: { say: ['erkenne', 'erkennen', 'erkennung', 'objekterkennung', 'wie viele', 'wieviele', 'zahle', 'zahlen', 'finde die objekte', 'objekte', 'wo ist', 'wo sind'] },
    caption: { say: ['beschreibe', 'beschreiben', 'beschreibung', 'was ist auf', 'was ist zu sehen', 'was zeigt', 'bildunterschrift'], make: ['beschreibung', 'bildunterschrift'] },
    ocr: { say: ['lies den text', 'lese den text', 'text erkennen', 'extrahiere den text', 'texterkennung', 'ocr'] },
    words: { say: ['was steht', 'was sagt'] },
    translate: { say: ['ubersetze', 'ubersetzen', 'ubersetzt', 'ubersetzung', 'ubersetz*', 'von <lang> ins|in|nach <lang>'], make: ['ubersetzung', 'ubersetzte'] },
    summarize: { say: ['fasse ... zusammen', 'fass ... zusammen', 'zusammenfassen', 'zusammenfassung', 'zusammengefasst', 'kernpunkte', 'das wichtigste'], make: ['zusammenfassung'] },
    speak: { say: ['lies ... vor', 'lese ... vor', 'vorlesen', 'vorlesen lassen', 'laut vorlesen', 'sprich', 'sag ... laut', 'vertone'], make: ['audioversion', 'sprachausgabe'] },
    transcribe: { say: ['transkribiere', 'transkribieren', 'transkription', 'abschreiben', 'was wurde gesagt', 'was hat ... gesagt'], make: ['transkript', 'transkription'] },
    sentiment: { say: ['stimmung', 'sentiment', 'positiv oder negativ', 'tonfall', 'ist ... verargert', 'ist ... zufrieden', 'wie ... findet'] },
    classify: { say: ['klassifiziere', 'klassifizieren', 'kategorisiere', 'was fur ein', 'welches tier'] },
    segment: { say: ['segmentiere', 'segmentieren', 'segmentierung', 'freistellen'] },
    depth: { say: ['tiefe', 'tiefenkarte', 'tiefenschatzung'] },
    enhance: { say: ['verbessere', 'verbessern', 'vergrossere', 'vergrossern', 'hochskalieren', 'scharfer', 'grosser'] },
    drawImage: { say: ['zeichne', 'male'], make: ['bild', 'foto', 'zeichnung', 'illustration'] },
    makeVideo: { make: ['video'] },
    language: { say: ['welche sprache', 'in welcher sprache', 'sprache erkennen', 'erkenne die sprache'] },
    entities: { say: ['entitaten', 'named entities', 'personen und orte'] },
  },
};
