// French: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

export const fr: LanguageLexicon = {
  code: 'fr',
  name: 'French',
  suffixes: ['ements', 'ement', 'ations', 'ation', 'ions', 'ez', 'er', 'es', 'ee', 'ees', 'e', 's', 'x'],
  spellings: { stp: "s'il te plait", svp: "s'il vous plait", qq: 'quelques' },
  stopwords:
    'le la les l un une des de du d au aux a en et ou que qu qui par pour avec sans sur ce cet cette ces ca cela ceci il elle ils ' +
    'elles je j me m moi tu te toi vous nous mon ma mes ton ta tes son sa ses leur leurs est sont y a peux pouvez peut veux voudrais ' +
    'merci bonjour s plait svp stp ne pas plus tres aussi mais si comment quel quelle quels quelles combien ou quand pourquoi est ce',
  questionWords: 'que qu quoi quel quelle quels quelles qui ou quand comment combien pourquoi est',
  determiners: { definite: 'le la les l ce cet cette ces ton ta tes votre vos', indefinite: 'un une des autre', possessive: 'son sa ses leur leurs mon ma mes' },
  mentions: 'outil outils modele modeles',
  fileLinks: 'dans sur de du en',
  chitchat: ['bonjour', 'salut', 'merci', 'merci beaucoup', 'bonsoir', 'au revoir', 'parfait', 'super', 'genial', 'd accord'],
  ignore: ["s'il te plait", "s'il vous plait", 'peux tu', 'pouvez vous', 'est ce que'],
  connectors: { then: ['puis', 'ensuite', 'et puis', 'apres', 'enfin', 'finalement'], and: ['et', 'aussi', 'egalement'] },
  creators: ['genere', 'generer', 'cree', 'creer', 'fais', 'faire', 'dessine', 'donne moi', 'je veux', 'je voudrais'],
  references: {
    it: ['ca', 'cela', 'celui ci', 'celle ci'],
    pointer: ['ce', 'cette', 'ceci', 'ces', 'suivant', 'suivante', 'ci dessous', 'voici'],
    all: ['les deux', 'tous', 'toutes', 'chacun', 'chacune'],
    result: ['le resultat', 'resultat', 'la reponse'],
    original: ["l'original", 'original'],
    answer: ['ta reponse', 'votre reponse', 'ce que tu as dit'],
    same: ['la meme chose', 'pareil pour', 'idem pour', 'meme chose'],
  },
  nouns: {
    image: 'image images photo photos photographie dessin capture',
    audio: 'audio enregistrement appel message vocal chanson son reunion',
    video: 'video film',
    text: 'texte phrase paragraphe article courriel mail message note notes avis commentaire document lettre',
    document: 'recu facture formulaire scan document',
    textimage: 'panneau affiche menu tableau',
  },
  languages: {
    anglais: 'en', espagnol: 'es', francais: 'fr', allemand: 'de', italien: 'it', portugais: 'pt', neerlandais: 'nl', russe: 'ru',
    chinois: 'zh', japonais: 'ja', coreen: 'ko', arabe: 'ar',
  },
  languageMarkers: { target: ['en', 'vers l', 'vers le', 'a l'], source: ['de l', 'du', 'de'], audience: ['qui parle <lang>', 'francophone', 'anglophone'] },
  labelMarkers: ['comme', 'en', 'entre', 'etiquettes', 'categories'],
  fields: {
    question: ['question'], context: ['contexte'], text: ['texte', 'phrase'], labels: ['etiquettes', 'categories'],
    target: ['langue cible'], source: ['langue source'], first: ['premiere phrase'], second: ['deuxieme phrase'],
  },
  sentimentLabels: 'positif positive negatif negative neutre',
  intents: {
    detect: { say: ['detecte', 'detecter', 'detection', 'combien', 'compte', 'compter', 'trouve les objets', 'objets', 'localise', 'ou est', 'ou sont'] },
    caption: { say: ['decris', 'decrire', 'decrivez', 'description', 'qu y a t il', 'que voit on', 'que montre', 'legende'], make: ['description', 'legende'] },
    ocr: { say: ['lis le texte', 'lire le texte', 'extrais le texte', 'extraire le texte', 'texte de l image', 'ocr'] },
    words: { say: ['que dit', 'qu est ce que dit', 'ce que dit'] },
    translate: { say: ['traduis', 'traduire', 'traduisez', 'traduction', 'de <lang> en|vers <lang>'], make: ['traduction', 'traduit', 'version <lang>'] },
    summarize: { say: ['resume', 'resumer', 'resumez', 'resumes', 'synthetise', 'points cles', 'l essentiel'], make: ['resume', 'synthese'] },
    speak: { say: ['lis a voix haute', 'lire a voix haute', 'a voix haute', 'a haute voix', 'lis ... a voix haute', 'lis ... a haute voix', 'prononce', 'lis moi', 'lis'], make: ['version audio'] },
    transcribe: { say: ['transcris', 'transcrire', 'transcrivez', 'transcription', 'qu a t il dit', 'ce qui est dit'], make: ['transcription'] },
    sentiment: { say: ['sentiment', 'analyse de sentiment', 'positif ou negatif', 'positive ou negative', 'ton', 'est il fache', 'est il content'] },
    classify: { say: ['classe', 'classifie', 'classer', 'quel type de', 'quel animal', 'quelle sorte de'] },
    segment: { say: ['segmente', 'segmenter', 'segmentation', 'decoupe'] },
    depth: { say: ['profondeur', 'carte de profondeur'] },
    enhance: { say: ['ameliore', 'ameliorer', 'agrandis', 'agrandir', 'plus grande', 'plus nette', 'augmente la resolution'] },
    drawImage: { say: ['dessine', 'dessiner'], make: ['image', 'photo', 'dessin', 'illustration'] },
    makeVideo: { make: ['video'] },
    language: { say: ['quelle langue', 'en quelle langue', 'identifie la langue', 'detecte la langue'] },
    entities: { say: ['entites', 'entites nommees', 'personnes et lieux'] },
  },
};
