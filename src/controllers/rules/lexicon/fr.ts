// French: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

// Kinds of name, three listed or two with one of a person or a firm, ask for the names of those kinds: "every person, company and city" (not "which city and country is in c.jpg?").
const WHO = 'personne|personnes|nom|noms|entreprise|entreprises|societe|societes|organisation|organisations|marque|marques';
const KINDS = `${WHO}|ville|villes|lieu|lieux|pays|endroit|endroits`;

// What a text is, in the labels of two versions of it ("Old bio:", "Texto novo:").
const PIECES = 'texte|version|phrase|paragraphe|bio|biographie|brouillon|message|mail|courriel';
export const fr: LanguageLexicon = {
  code: 'fr',
  name: 'French',
  suffixes: ['ements', 'ement', 'ations', 'ation', 'ions', 'ez', 'er', 'es', 'ee', 'ees', 'e', 's', 'x'],
  spellings: { stp: "s'il te plait", svp: "s'il vous plait", qq: 'quelques' },
  stopwords:
    'le la les l un une des de du d au aux a en et ou que qu qui par pour avec sans sur ce cet cette ces ca cela ceci il elle ils ' +
    'elles je j me m moi tu te toi vous nous mon ma mes ton ta tes son sa ses leur leurs est sont y a peux pouvez peut veux voudrais ' +
    'merci bonjour s plait svp stp ne pas plus tres aussi mais si comment quel quelle quels quelles combien ou quand pourquoi est ce',
  questionWords: 'que qu quoi quel quelle quels quelles qui ou quand comment combien pourquoi est si',
  determiners: { definite: 'le la les l ce cet cette ces ton ta tes votre vos', indefinite: 'un une des autre', possessive: 'son sa ses leur leurs mon ma mes', own: 'mon ma mes notre nos' },
  mentions: 'outil outils modele modeles',
  instructionNouns: 'tache taches etape etapes instructions',
  fileLinks: 'dans sur de du en depuis jusqu pour',
  answers: 'reponse reponses',
  chitchat: ['bonjour', 'salut', 'merci', 'merci beaucoup', 'bonsoir', 'au revoir', 'parfait', 'super', 'genial', 'd accord'],
  hedges: ['au lieu de', 'plutot que', 'pas besoin de', 'inutile de'],
  ignore: [/* Ce que l'utilisateur fera de sa photo : « je veux a.jpg en fond d'écran ». */ 'en|comme fond d ecran', 'comme mon .. fond d ecran', 'en|comme photo de profil', 'comme ma photo de profil', 'comme|en avatar', 'comme mon avatar', /* Ce que le service fait des fichiers : « gardez-vous les photos que j'envoie ? ». */ 'gardez|conservez|stockez|enregistrez vous', 'gardes|conserves|stockes tu', "s'il te plait", 'le temps de lire|ecouter|regarder', 'le temps de l|le|la|les lire|ecouter|regarder', 'temps de le|la les lire', 'a la place', "s'il vous plait", 'qu en penses|pensez', 'tu en penses quoi', 'ca te plait', 'c est bien|correct|juste', 'est ce bien|correct|juste', 'comment as tu fait', 'comment avez vous fait', 'quel modele', 'peux tu', 'pouvez vous', 'est ce que', 'est ce qu', 'aveugle aux couleurs'],
  accept: 'oui ouais volontiers vas allez ok d',
  offers: ['je peux', 'je pourrais', 'voulez vous que je', 'tu veux que je', 'veux tu que je'],
  corrections: ['non je voulais dire', 'je voulais dire', 'non je voulais', 'pardon je voulais dire'],
  presenters: ["j'ai", 'voici', 'voila'],
  creators: ['genere', 'generer', 'cree', 'creer', 'fais', 'faire', 'dessine', 'donne moi', 'je veux', 'je voudrais', 'j aimerais', 'j adorerais', 'envoie', 'envoie moi', 'dis moi', 'dites moi', 'ecris', 'ecrivez', 'ecrire', 'redige', 'redigez', 'rediger', 'invente', 'decouvre', 'decouvrez'],
  negations: 'pas ne sans',
  connectors: { so: ['donc d abord', 'pour ca|cela d abord'], then: ['puis', 'ensuite', 'et puis', 'apres', 'enfin', 'finalement'], and: ['et', 'aussi', 'egalement'], apart: ['separement', 'et separement'], first: ['mais d abord', 'mais avant', 'avant cela', 'avant ca', 'avant de'], after: ['apres l avoir', 'apres avoir', 'apres les avoir', 'apres l'] },
  references: {
    it: ['ca', 'cela', 'celui ci', 'celle ci'],
    pointer: ['ces deux|trois', 'ce', 'cette', 'ceci', 'ces', 'suivant', 'suivante', 'ci dessous', 'voici'],
    all: ['les deux', 'ces deux|trois', 'tous les deux|trois', 'tous', 'toutes', 'chacun', 'chacune', 'chaque'],
    result: ['le resultat', 'resultat', 'la reponse'],
    original: ["l'original", 'original', 'la meme', 'le meme', 'tout le texte|message|mail', 'le texte entier|complet'],
    answer: ['ta reponse', 'votre reponse', 'ce que tu as dit', 'ce que tu as ecrit', 'ce que vous avez ecrit', 'ce que tu as fait'],
    same: ['la meme chose', 'pareil pour', 'idem pour', 'meme chose'],
  },
  yourResults: ['ton|ta|votre resume|traduction|description|transcription|legende'],
  ordinals: { premiere: 1, premier: 1, deuxieme: 2, seconde: 2, second: 2, troisieme: 3, derniere: -1, dernier: -1, autre: 0 },
  nouns: {
    image: 'image images photo photos photographie dessin capture',
    audio: 'audio enregistrement appel message vocal chanson son reunion',
    video: 'video film animation clip',
    text: 'texte phrase paragraphe article courriel mail message note notes avis commentaire document lettre',
    document: 'recu facture formulaire scan document bail contrat courrier',
    textimage: 'panneau affiche menu tableau',
  },
  languages: {
    // Feminine forms name the version: "la version anglaise".
    anglaise: 'en', espagnole: 'es', francaise: 'fr', allemande: 'de', italienne: 'it', portugaise: 'pt',
    anglais: 'en', espagnol: 'es', francais: 'fr', allemand: 'de', italien: 'it', portugais: 'pt', neerlandais: 'nl', russe: 'ru',
    chinois: 'zh', japonais: 'ja', coreen: 'ko', arabe: 'ar', grec: 'el', turc: 'tr', polonais: 'pl', tcheque: 'cs', hongrois: 'hu', suedois: 'sv', roumain: 'ro', ukrainien: 'uk', hebreu: 'he',
  },
  languageMarkers: { target: ['en', 'vers l', 'vers le', 'a l'], source: ['de l', 'du', 'de', 'parle|comprends|lis pas l <lang>', 'sais|peux pas lire|comprendre|parler l|le <lang>', 'sais|peux pas lire|comprendre|parler <lang>', 'mon <lang> est .. nul|mauvais|terrible|catastrophique|rouille', 'est|sont tout|toute|entierement en <lang>', 'parle|comprends|lis pas <lang>', 'de mon|ma|notre|un|une collegue|ami|amie|client|cliente|patron|patronne|voisin|voisine|chef <lang>', 'de mon|ma|notre .. en <lang>', 'ne parle|comprends|lis pas .. <lang>', 'est|sont|ecrit|ecrite en <lang>'], audience: ['qui parle <lang>', 'francophone', 'anglophone'] },
  labelMarkers: ['comme', 'en', 'entre', 'etiquettes', 'categories'],
  weakLabelMarkers: 'comme en entre',
  conjunctions: { and: 'et', or: 'ou' },
  copulas: 'est sont ressemble ressemblent semble semblent sonne sonnent parait paraissent montre montrent',
  addressees: 'vous tu te je me moi',
  descriptionLead: 'de du des d moi nous',
  instruments: 'utilisant via',
  drawers: 'genere generer',
  purpose: 'pour',
  sounds: 'sons bruit bruits oiseau oiseaux chant animal animaux chien chiens aboie aboiement bip bips alarme sirène musique instrument instruments chanson sonnerie moteur entend entendre',
  endings: { plural: 's x', gerund: '', participle: '' },
  infinitive: '',
  relatives: 'que qu',
  conditions: 'si',
  inWord: 'en',
  thisImage: "l'image",
  visible:
    'couleur rouge bleu bleue vert verte jaune noir noire blanc blanche gris marron rose violet orange sombre ' +
    'porte portent maillot chemise uniforme chapeau casquette casque chaussures veste manteau robe lunettes ' +
    'homme femme garcon fille enfant personne personnes gens joueur joueurs ' +
    'tient debout assis assise allonge regarde souriant sourit cache endormi reveille ' +
    'derriere devant fond ciel sol mur fenetre rue arbre camera ' +
    'temps meteo ensoleille nuageux pleut pluie neige nuit visible',
  fields: {
    question: ['question'], context: ['contexte'], text: ['texte', 'phrase'], labels: ['etiquettes', 'categories'],
    target: ['langue cible'], source: ['langue source'], first: [`ancien|ancienne|original|originale ${PIECES}`, `${PIECES} originale|original|initiale|initial|actuelle|actuel|a|1`, 'avant', 'premiere phrase', 'ancien', 'ancienne version'], second: [`nouveau|nouvelle ${PIECES}`, `${PIECES} revisee|revise|corrigee|corrige|modifiee|modifie|b|2`, 'apres', 'deuxieme phrase', 'nouveau', 'nouvelle version'],
  },
  sentimentLabels: 'positif positive negatif negative neutre bon bonne mauvais mauvaise bien mal',
  intents: {
    fillMask: { say: ['complete la phrase', 'completez la phrase', 'mot manquant', 'quel mot manque', 'remplis le blanc', 'remplis le trou'] },
    write: { say: ['comme debut d|de un|une', 'comme point de depart d|de|pour un|une', 'comme premiere phrase d|de un|une', 'continue l histoire', 'la suite de l histoire'], make: ['poeme', 'poemes', 'histoire', 'conte', 'recit', 'slogan', 'paragraphe', 'blague', 'chanson', 'haiku', 'texte publicitaire', 'limerick'] },
    detect: { say: ['cadres|rectangles|boites autour', 'encadre|entoure les|chaque|tous|toutes', 'detecte', 'detecter', 'detection', 'combien', 'compte', 'compter', 'trouve les objets', 'objets', 'localise', 'ou est', 'ou sont', 'y a t il plus', 'il y a plus', 'y a t il moins', 'il y a moins'] },
    caption: { say: ['decris', 'decrire', 'decrivez', 'description', 'qu y a t il', 'que voit on', 'que montre', 'qu est ce qu il y a', 'qu est ce que c est', 'qu est ce qu on voit', 'ce qu il y a', /* Asked indirectly: "dis-moi ce qu'on voit sur la photo". */ 'ce qu on voit', 'ce qu on y voit', 'ce que l on voit', 'ce que montre', 'que se passe t il', 'legende'], make: ['description', 'legende'] },
    ocr: { say: ['illisible', 'n arrive pas a lire son|sa|ton|ta|cette ecriture', 'ecriture est ... horrible|illisible|affreuse|catastrophique', 'lis le texte', 'lire le texte', 'ce qui est ecrit', 'est ecrit', 'texte de l image', 'ocr'] },
    textOf: { say: ['extrais le texte', 'extraire le texte', 'le texte de|du'] },
    words: { say: ['qu a t il dit', 'ce qui est dit', 'que dit', 'qu est ce que dit', 'ce que dit', 'ce que ca|cela dit', 'ce que ca|cela veut dire', 'qu il|elle|ils|elles raconte|racontent|dit|disent', 'qu est ce qu il|elle|ils|elles raconte|racontent|dit|disent', 'que raconte|racontent'] },
    translate: { say: ['traduis', 'traduire', 'traduisez', 'traduction', 'de <lang> en|vers <lang>'], make: ['traduction', 'traduit', 'version <lang>'] },
    summarize: { say: ['l essentiel', 'les points importants|essentiels|cles', 'ce qui compte', 'resume', 'resumer', 'resumez', 'resumes', 'synthetise', 'points cles', 'l essentiel', 'de quoi ca parle', 'de quoi parle', 'en quelques lignes'], make: ['resume', 'synthese'] },
    speak: { why: ['ne vois|voit pas bien', 'aveugle', 'malvoyant', 'malvoyante'], say: [/* Pas « enregistre le » : « j'ai enregistré le cours » (ce que l'utilisateur a enregistré) s'écrit pareil sans accents. */ 'annonce|annoncez ce|cette|ceci|le|la|les', 'enregistre|enregistrez ce|cette|ceci', 'au micro', 'haut parleur|parleurs', 'dans mes|les ecouteurs', 'lis a voix haute', 'lire a voix haute', 'a voix haute', 'a haute voix', 'lis|lire ... a voix haute', 'lis|lire ... a haute voix', 'prononce', 'lis moi', 'lis', 'en audio', 'en fichier audio', 'en message vocal', 'en mp3', 'transformer|transforme|convertir|convertis|convertissez .. en audio|voix', 'entendre', 'il|elle|ils|elles peut|peuvent|pourrait entendre', 'me|lui|nous|leur lire'], make: ['version audio', 'fichier audio', 'audio', 'message vocal'] },
    transcribe: { say: ['par ecrit', 'transcris', 'transcrire', 'transcrivez', 'transcription'], make: ['transcription'] },
    news: { say: ['c|ce est .. bonne|bonnes|mauvaise|mauvaises nouvelle|nouvelles', 'est ce .. bonne|bonnes|mauvaise|mauvaises nouvelle|nouvelles', 'bonne|bonnes ou mauvaise|mauvaises nouvelle|nouvelles', 'mauvaise|mauvaises ou bonne|bonnes nouvelle|nouvelles', 'bonne|bonnes nouvelle|nouvelles ou pas|non'] },
    sentiment: { say: ['dois|devrais je m inquieter', 'je dois|devrais m inquieter', 'faut il s inquieter', 'est ce inquietant', 'c est inquietant', 'inquietant', 'bon|bonne ou mauvais|mauvaise', 'mauvais|mauvaise ou bon|bonne', 'sentiment', 'analyse de sentiment', 'positif ou negatif', 'positive ou negative', 'ton', 'est il fache', 'est il content', 'semble ... enthousiaste|ravi|ravie', 'est ... positif|positive|negatif|negative', 'plutot positif|positive|negatif|negative'] },
    zeroShot: { say: ['quelle categorie|etiquette'] },
    classify: { say: ['classificateur', 'classifieur', 'classe', 'classifie', 'classer', 'trie ... en', 'range ... en', 'marque ... comme', 'quel type de', 'quel animal', 'quelle sorte de'] },
    segment: { say: ['segmente', 'segmenter', 'segmentation', 'decoupe'] },
    depth: { say: ['profondeur', 'carte de profondeur', 'pres|proche .. et|ou .. loin', 'pres|proche de l appareil|objectif', 'pres|proche de la camera', 'loin de l appareil|objectif', 'loin de la camera'] },
    similarity: { say: ['le meme sens', 'meme signification', 'disent|veulent dire la meme chose', 'garde|conserve ... sens', 'similaires', 'similarite', 'compare', 'comparer', 'la meme chose', 'meme sens', 'sens a change', 'change le sens', 'change quelque chose', 'plus proche|proches', 'ressemble le plus', 'sens ... proche|proches|similaire|similaires|identique', 'proches', 'concordent', 'correspondent', 'se ressemblent', 'semblables', 'reviennent au meme', 'revient au meme'] },
    denoise: { say: ['change|changer|modifie|modifier|transforme|transformer|deforme|deformer .. voix', 'voix ... robot*|grave|aigue|deformee', 'transforme|transformer|change|changer .. voix en voix', 'on entend mal', 'on n entend rien', 'beaucoup de bruit', 'trop de bruit', 'nettoie|nettoyer .. audio|enregistrement|son', 'enleve|enlever|supprime|supprimer|reduis|reduire .. echo|gresillement|souffle|bourdonnement|vent', 'enleve .. bruit', 'supprime .. bruit', 'reduis .. bruit', 'reduire .. bruit', 'bruit de fond', 'debruite', 'debruiter'] },
    edit: { say: ['a la maniere de', 'dans le style', 'style de|du', 'en style', 'facon', 'transforme|transformer|convertis .. en', 'en tableau|peinture|dessin|aquarelle|croquis|bd|bande', 'la meme photo|image|scene .. mais', 'et de nuit', 'et en hiver|ete|automne', 'et au coucher|lever du soleil', 'maintenant en', 'maintenant comme un|une', 'modifie', 'modifier', 'retouche', 'retoucher', 'floute', 'flouter', 'pixelise', 'recadre', 'recadrer', 'redimensionne', 'pivote', 'eclaircis', 'assombris', 'noir et blanc', 'fais|faites que ... ressemble', 'qu elle|il ressemble', 'rends|mets le|la|les .. rouge|bleu|bleue|vert|verte|jaune|violet|violette|rose|noir|noire|blanc|blanche|gris|grise|flou|floue'], make: ['deux|trois|quatre|2|3|4|plusieurs|differentes versions*'] },
    enhance: { say: ['ameliore', 'ameliorer', 'agrandis', 'agrandir', 'plus grande', 'plus nette', 'augmente la resolution', 'devient .. floue|flou|pixelisee|pixelise|pixellisee|pixellise'] },
    drawImage: { say: ['dessine', 'dessiner', 'voir .. en|comme .. image|dessin|illustration'], make: ['affiche', 'poster', 'logo', 'collage', 'couverture', 'fond d ecran', 'image', 'photo', 'dessin', 'illustration'] },
    makeVideo: { make: ['video', 'animation', 'clip'] },
    language: { say: ['quelle langue', 'en quelle langue', 'identifie la langue', 'detecte la langue', 'c est quoi comme langue', 'quelle est cette langue'] },
    entities: { say: [`${KINDS} ${KINDS} et|ou ${KINDS}`, `${KINDS} ${KINDS} ${KINDS}`, `${WHO} et|ou ${KINDS}`, `${KINDS} et|ou ${WHO}`, 'qui et ou', 'personnes|lieux|villes|entreprises|noms .. mentionn*|cite*|citee*', 'mots cles', 'entites', 'entites nommees', 'personnes et lieux', 'noms de personnes', 'noms des personnes', 'noms de lieux', 'noms propres', 'personnes mentionnees', 'personnes .. mentionnees|mentionnes|citees', 'qui est mentionne', 'noms ... mentionnes', 'noms des participants|invites|intervenants'] },
  },
  // Words that lean to a task without asking for it: only the fallback reads them (fallback.ts), never a phrase.
  hints: {
    summarize: 'resume bref court essentiel raccourcir',
    speak: 'ecouter entendre oreille voix haut',
    transcribe: 'ecrit ecrite texte notes',
    entities: 'noms gens personnes entreprises boites villes lieux contacts',
    similarity: 'meme pareil equivalent revient',
    sentiment: 'content fache enerve heureux satisfait humeur',
    caption: 'aveugle scene',
    ocr: 'lettres panneau tableau',
    depth: 'pres loin camera plan',
    segment: 'calque calques detoure',
    zeroShot: 'categorie categories service',
    edit: 'style tableau peinture bd',
  },
};
