// Spanish: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

// Kinds of name, three listed or two with one of a person or a firm, ask for the names of those kinds: "every person, company and city" (not "which city and country is in c.jpg?").
const WHO = 'persona|personas|nombre|nombres|empresa|empresas|compania|companias|organizacion|organizaciones|marca|marcas';
const KINDS = `${WHO}|ciudad|ciudades|lugar|lugares|pais|paises`;

// What a text is, in the labels of two versions of it ("Old bio:", "Texto novo:").
const PIECES = 'texto|version|frase|parrafo|biografia|bio|borrador|mensaje|correo';
export const es: LanguageLexicon = {
  code: 'es',
  name: 'Spanish',
  suffixes: ['aciones', 'acion', 'amente', 'ando', 'iendo', 'ados', 'adas', 'ado', 'ada', 'idos', 'ido', 'ar', 'er', 'ir', 'as', 'es', 'os', 'a', 'e', 'o', 's'],
  spellings: { q: 'que', xq: 'porque', pq: 'porque', porfa: 'por favor' },
  stopwords:
    'el la los las un una unos unas de del al a en y o que por para con sin sobre este esta esto estos estas ese esa eso lo le les ' +
    'me mi mis te tu tus su sus se es son hay por favor puedes podrias quiero necesito quisiera como cual cuales donde cuando ' +
    'muy mas ya tambien pero si no gracias hola',
  questionWords: 'que cual cuales quien quienes donde cuando como cuanto cuanta cuantos cuantas por si',
  determiners: { definite: 'el la los las este esta estos estas ese esa tu', indefinite: 'un una unos unas otro otra', possessive: 'su sus mi mis', own: 'mi mis nuestro nuestra nuestros nuestras' },
  mentions: 'herramienta herramientas modelo modelos',
  instructionNouns: 'tarea tareas paso pasos instrucciones',
  fileLinks: 'en de del sobre a hasta desde para',
  answers: 'respuesta respuestas',
  chitchat: ['hola', 'gracias', 'muchas gracias', 'buenos dias', 'buenas tardes', 'buenas noches', 'adios', 'perfecto', 'vale', 'genial'],
  hedges: ['en vez de', 'en lugar de', 'no hace falta', 'no hace falta que', 'nada de'],
  ignore: [/* Para qué quiere el usuario su foto: "quiero a.jpg de fondo de pantalla". */ 'de|como fondo de pantalla', 'como mi .. fondo de pantalla', 'de|como foto de perfil', 'como mi|tu|su foto de perfil', 'como|de avatar', 'como mi avatar', 'por favor', 'tiempo de|para leer*|escuch*|ver*', 'leer* .. tiempo', 'en su lugar', 'en lugar de eso', 'puedes', 'podrias', 'que te parece|parecio', 'que opinas', 'te gusta|gusto', 'esta bien|correcto|correcta', 'es correcto|correcta|fiable', 'como lo hiciste', 'como lo has hecho', 'que modelo', 'ciego|ciega a|para los colores', /* Lo que el servicio hace con los archivos: "¿guardas las fotos que subo?". */ 'guardas|guardan|almacenas|almacenan|conservas|conservan'],
  accept: 'si vale claro dale adelante hazlo ok',
  offers: ['puedo', 'podria', 'quieres que', 'te gustaria que'],
  corrections: ['no quise|queria decir', 'no me referia a', 'quise|queria decir', 'perdon queria|quise decir', 'no queria'],
  presenters: ['tengo', 'aqui esta', 'aqui tienes'],
  creators: ['genera', 'generar', 'crea', 'crear', 'haz', 'hazme', 'hacer', 'dibuja', 'dame', 'quiero', 'me gustaria', 'me encantaria', 'necesito', 'enviame', 'mandame', 'envia', 'dime', 'digame', 'dinos', 'escribe', 'escribeme', 'escribir', 'redacta', 'redactar', 'inventa', 'inventame', 'averigua', 'averiguame', 'descubre'],
  negations: 'no sin',
  connectors: { so: ['asi que primero', 'para eso|ello primero'], then: ['luego', 'despues', 'despues de eso', 'despues de esto', 'y luego', 'y despues', 'a continuacion', 'finalmente', 'por ultimo'], and: ['y', 'e', 'tambien', 'ademas'], apart: ['por separado', 'y por separado', 'y aparte', 'aparte'], first: ['pero primero', 'pero antes', 'antes de eso', 'antes de'], after: ['despues de'] },
  references: {
    it: ['eso', 'esto', 'ello'],
    pointer: ['estos|estas|esos|esas dos|tres', 'este', 'esta', 'esto', 'eso', 'siguiente', 'el siguiente', 'lo siguiente', 'a continuacion'],
    all: ['ambos', 'los|las|estos|estas|esos|esas dos|tres', 'ambas', 'todos', 'todas', 'cada'],
    result: ['el resultado', 'resultado', 'la respuesta', 'la salida'],
    original: ['el original', 'la original', 'el mismo', 'la misma', 'todo el texto|correo|mensaje', 'el texto completo'],
    answer: ['tu respuesta', 'lo que dijiste', 'lo que escribiste', 'lo que has escrito', 'lo que hiciste'],
    same: ['lo mismo', 'igual para', 'haz lo mismo'],
  },
  yourResults: ['tu|su resumen|traduccion|descripcion|transcripcion|leyenda'],
  ordinals: { primera: 1, primer: 1, primero: 1, segunda: 2, segundo: 2, tercera: 3, tercero: 3, ultima: -1, ultimo: -1, otra: 0, otro: 0 },
  nouns: {
    image: 'imagen imagenes foto fotos fotografia dibujo captura',
    audio: 'audio grabacion llamada mensaje de voz cancion sonido reunion',
    video: 'video pelicula animacion clip',
    text: 'texto frase oracion parrafo articulo correo mensaje nota notas resena comentario documento carta',
    document: 'recibo ticket factura formulario escaneo documento contrato carta',
    textimage: 'letrero cartel menu pizarra',
  },
  languages: {
    // Feminine forms name the version: "la version francesa".
    inglesa: 'en', espanola: 'es', francesa: 'fr', alemana: 'de', italiana: 'it', portuguesa: 'pt',
    ingles: 'en', espanol: 'es', castellano: 'es', frances: 'fr', aleman: 'de', italiano: 'it', portugues: 'pt', neerlandes: 'nl',
    holandes: 'nl', ruso: 'ru', chino: 'zh', japones: 'ja', coreano: 'ko', arabe: 'ar', catalan: 'ca', gallego: 'gl', euskera: 'eu', checo: 'cs', griego: 'el', turco: 'tr', polaco: 'pl', hungaro: 'hu', sueco: 'sv', rumano: 'ro', ucraniano: 'uk', hebreo: 'he',
  },
  languageMarkers: { target: ['al', 'a', 'en', 'hacia el', 'para el'], source: ['del', 'de', 'no hablo|entiendo|leo <lang>', 'no puedo|se leer|entender|hablar <lang>', 'no puedo|se leer|entender|hablar el <lang>', 'mi <lang> es .. malo|fatal|terrible|pesimo|horrible', 'esta|estan|es todo|toda|entero|entera en <lang>', 'no hablo|entiendo|leo el <lang>', 'de mi|nuestro|nuestra|un|una colega|amigo|amiga|cliente|jefe|jefa|vecino|vecina <lang>', 'de mi|nuestro|nuestra .. en <lang>', 'no hablo|entiendo|leo .. <lang>', 'esta|estan|escrito|escrita en <lang>'], audience: ['que habla <lang>', 'hispanohablante'] },
  labelMarkers: ['como', 'en', 'entre', 'etiquetas', 'categorias'],
  weakLabelMarkers: 'como en entre',
  conjunctions: { and: 'y e', or: 'o u' },
  copulas: 'es son suena suenan parece parecen muestra muestran',
  addressees: 'tu usted ustedes te me yo',
  descriptionLead: 'de del me nos',
  instruments: 'usando utilizando mediante',
  drawers: 'genera generar renderiza',
  purpose: 'para',
  sounds: 'sonido sonidos ruido ruidos pájaro pájaros ave aves animal animales perro perros ladra ladrido pitido alarma sirena música instrumento instrumentos canción timbre motor oye oír',
  endings: { plural: 's', gerund: '', participle: '' },
  infinitive: '',
  relatives: 'que',
  conditions: 'si',
  inWord: 'en',
  thisImage: 'la imagen',
  visible:
    'color colores rojo roja azul verde amarillo amarilla negro negra blanco blanca gris marron rosa morado naranja oscuro ' +
    'lleva llevando viste camiseta camisa uniforme sombrero gorra casco zapatos zapatillas chaqueta abrigo vestido gafas ' +
    'hombre mujer nino nina chico chica persona personas gente jugador jugadores ' +
    'sostiene sosteniendo sujeta pie sentado sentada tumbado mirando sonriendo escondido montando haciendo comiendo bebiendo dormido despierto ' +
    'detras delante fondo cielo suelo pared ventana calle arbol camara ' +
    'tiempo soleado nublado lloviendo lluvia nieve noche visible',
  fields: {
    question: ['pregunta'], context: ['contexto'], text: ['texto', 'frase'], labels: ['etiquetas', 'categorias'],
    target: ['idioma destino'], source: ['idioma origen'], first: [`${PIECES} antiguo|antigua|original|anterior|viejo|vieja|actual|a|1`, 'primera frase', 'antes', 'version anterior'], second: [`${PIECES} nuevo|nueva|revisado|revisada|editado|editada|corregido|corregida|b|2`, `nuevo|nueva ${PIECES}`, 'despues', 'segunda frase', 'ahora', 'version nueva'],
  },
  sentimentLabels: 'positivo positiva negativo negativa neutral neutro bueno buena malo mala bien mal',
  intents: {
    fillMask: { say: ['completa la frase', 'completa el hueco', 'rellena el hueco', 'rellena el espacio', 'palabra que falta', 'que palabra falta'] },
    write: { say: ['como inicio|comienzo|principio de|para un|una', 'como punto de partida de|para un|una', 'continua la historia', 'que pasa despues'], make: ['poema', 'poemas', 'historia', 'historias', 'cuento', 'cuentos', 'relato', 'eslogan', 'lema', 'texto publicitario', 'parrafo', 'chiste', 'cancion', 'haiku', 'limerick', 'verso', 'versos'] },
    detect: { say: ['recuadros|cuadros|cajas|rectangulos alrededor', 'detecta', 'detectar', 'deteccion', 'cuantos*', 'cuantas*', 'cuenta', 'contar', 'encuentra los objetos', 'objetos', 'localiza', 'donde esta', 'donde estan', 'hay mas', 'hay menos'] },
    caption: { say: ['describe', 'describir', 'descripcion', 'que hay en', 'que se ve', 'que muestra', 'que ves', 'que aparece', 'que pasa en', 'subtitula'], make: ['descripcion', 'leyenda'] },
    ocr: { say: ['ilegible', 'no entiendo|puedo leer su|tu|la letra', 'letra es ... horrible|ilegible|terrible|fatal|imposible', 'lee el texto', 'leer el texto', 'texto de la imagen', 'ocr'] },
    textOf: { say: ['extrae el texto', 'extraer el texto', 'el texto de'] },
    words: { say: ['que dijo', 'que se dice', 'que dice', 'que pone', 'que dicen', 'que esta|estan diciendo|contando', 'que cuenta|cuentan'] },
    translate: { say: ['traduce', 'traducir', 'traduzca', 'traduccion', 'traduzcas', 'de <lang> al|a <lang>'], make: ['traduccion', 'traducido', 'version en <lang>', 'version <lang>'] },
    summarize: { say: ['lo importante', 'lo esencial', 'lo principal', 'los puntos clave|importantes', 'resume', 'resumir', 'resuma', 'resumen', 'resumelo', 'sintetiza', 'puntos clave', 'ideas principales', 'de que trata|va', 'en pocas|unas pocas lineas'], make: ['resumen'] },
    speak: { why: ['no sabe leer', 'ciego', 'ciega', 'no ve bien', 'no ve'], say: ['lee en voz alta', 'leer en voz alta', 'en voz alta', 'lee ... en voz alta', 'pronuncia', 'narra', 'leemelo', 'leeme', 'lee', 'en audio', 'como audio', 'en un audio', 'en mensaje de voz', 'en mp3', 'puede|pueda|pueden escuchar|oir', 'me|le|nos|les puedes|puede|podrias leer', 'leerme', 'leerle', 'convertir|convierte|convierta|transforma|transformar|pasa|pasar .. a|en audio|voz', /* No "graba la": "grabé la clase" (lo que el usuario grabó) se escribe igual sin acentos. */ 'anuncia|anunciad|anuncie|graba|grabe este|esta|esto', 'anuncia|anunciad|anuncie el|la', 'por megafonia', 'por los altavoces|auriculares'], make: ['audio', 'version en audio', 'archivo de audio', 'mensaje de voz'] },
    transcribe: { say: ['por|en escrito', 'transcribe', 'transcribir', 'transcrib*', 'transcripcion', 'transcriba'], make: ['transcripcion'] },
    news: { say: ['es|son .. buena|buenas|mala|malas noticia|noticias', 'buena|buenas o mala|malas noticia|noticias', 'mala|malas o buena|buenas noticia|noticias', 'buena|buenas noticia|noticias o no'] },
    sentiment: { say: ['debo|deberia preocuparme', 'tengo que preocuparme', 'me debo|deberia preocupar', 'me tengo que preocupar', 'es para preocuparse', 'hay que preocuparse', 'motivo de preocupacion', 'bueno|buena o malo|mala', 'malo|mala o bueno|buena', 'una|tu|su lectura del|de', 'sentimiento', 'analisis de sentimiento', 'positivo o negativo', 'positiva o negativa', 'tono', 'esta enfadado', 'esta contento', 'suena ... emocionado|emocionada|entusiasmado|entusiasmada', 'parece ... emocionado|emocionada|entusiasmado|entusiasmada', 'es ... positivo|positiva|negativo|negativa'] },
    zeroShot: { say: ['que|cual categoria|etiqueta'] },
    classify: { say: ['clasificador', 'clasificador de imagenes', 'clasifica', 'clasificar', 'ordena ... en', 'marca ... como', 'etiqueta ... como', 'que tipo de', 'que clase de', 'que animal'] },
    segment: { say: ['segmenta', 'segmentar', 'segmentacion', 'recorta'] },
    depth: { say: ['profundidad', 'mapa de profundidad', 'cerca .. y|o .. lejos', 'cerca de la camara', 'lejos de la camara'] },
    similarity: { say: ['mismo sentido', 'dicen|significan|quieren decir lo mismo', 'sigue|siguen diciendo', 'conserva|mantiene ... sentido|significado', 'que tan parecidos|parecidas|similares', 'similitud', 'compara', 'comparar', 'lo mismo', 'mismo significado', 'cambio el significado', 'cambia|cambio|cambiado el sentido', 'ha cambiado algo', 'cambio algo', 'mas parecido|parecida|cercano|cercana', 'se parece mas', 'se parecen', 'coinciden', 'cuadran', 'son parecidas|parecidos|similares', 'sentido .. parecido|cercano|igual'] },
    denoise: { say: ['cambia|cambiar|modifica|modificar|distorsiona|distorsionar .. voz', 'voz ... robot*|grave|aguda|distorsionada', 'apenas se oye|entiende', 'se oye|escucha fatal|mal', 'mucho ruido', 'limpia|limpiar .. audio|grabacion|sonido', 'quita|quitar|elimina|eliminar|reduce|reducir|limpia|limpiar .. eco|zumbido|siseo|viento|ruido', 'quita .. ruido', 'elimina .. ruido', 'reduce .. ruido', 'quitar .. ruido', 'eliminar .. ruido', 'ruido de fondo'] },
    edit: { say: ['como un|una cuadro|pintura|dibujo|boceto|acuarela|caricatura|comic', 'al estilo', 'en el estilo', 'en estilo', 'estilo de', 'transforma|transformar esta|la foto|imagen', 'con el estilo', 'a la manera de', 'convierte|transforma|vuelve .. en un|una', 'la misma foto|imagen|escena .. pero', 'y de noche', 'y en invierno|verano|otono|primavera', 'y al atardecer|amanecer', 'ahora como|en un|una', 'edita', 'editar', 'modifica', 'modificar', 'retoca', 'difumina', 'desenfoca', 'pixela', 'recorta', 'redimensiona', 'gira', 'aclara', 'oscurece', 'blanco y negro', 'haz|haga que ... parezca', 'que parezca', 'haz|pon|deja el|la|los|las .. rojo|roja|azul|verde|amarillo|amarilla|morado|morada|violeta|rosa|negro|negra|blanco|blanca|gris|borroso|borrosa'], make: ['dos|tres|cuatro|2|3|4|varias|distintas versiones*'] },
    enhance: { say: ['mejora', 'mejorar', 'amplia', 'ampliar', 'escala', 'mas grande', 'mas nitida', 'aumenta la resolucion', 'se ve|queda|sale|pone .. borrosa|borroso|pixelada|pixelado', 'se pixela'] },
    drawImage: { say: ['dibuja', 'dibujar', 'verlo|verla|ver como .. imagen|dibujo|ilustracion'], make: ['cartel', 'poster', 'logo', 'logotipo', 'collage', 'portada', 'fondo de pantalla', 'imagen', 'foto', 'dibujo', 'ilustracion'] },
    makeVideo: { make: ['video', 'animacion', 'clip'] },
    language: { say: ['que idioma', 'en que idioma', 'cual es el idioma', 'detecta el idioma', 'que lengua', 'en que lengua'] },
    entities: { say: [`${KINDS} ${KINDS} y|o|e|u ${KINDS}`, `${KINDS} ${KINDS} ${KINDS}`, `${WHO} y|o|e|u ${KINDS}`, `${KINDS} y|o|e|u ${WHO}`, 'quien|quienes y|e donde', 'personas|lugares|ciudades|pueblos|empresas|nombres .. mencion*|nombra*', 'palabras clave', 'entidades', 'entidades nombradas', 'personas y lugares', 'nombres de personas', 'nombres de lugares', 'nombres propios', 'personas mencionadas', 'personas .. mencionadas|mencionados', 'quien se menciona', 'nombres ... mencionados', 'nombres de los invitados|participantes'] },
  },
  // Words that lean to a task without asking for it: only the fallback reads them (fallback.ts), never a phrase.
  hints: {
    summarize: 'resumir resumen breve corto acorta esencial esencia',
    speak: 'oir escuchar oido voz alto',
    transcribe: 'escrito escrita apuntes',
    entities: 'nombres personas empresas ciudades lugares contactos',
    similarity: 'mismo misma igual parecido equivalente',
    sentiment: 'contento enfadado molesto feliz satisfecho humor',
    caption: 'ciego escena',
    ocr: 'letras letrero pizarra',
    depth: 'cerca lejos camara fondo',
    segment: 'capa capas recorta',
    zeroShot: 'categoria categorias departamento',
    edit: 'estilo cuadro pintura comic',
  },
};
