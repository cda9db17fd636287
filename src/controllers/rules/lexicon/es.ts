// Spanish: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

export const es: LanguageLexicon = {
  code: 'es',
  name: 'Spanish',
  suffixes: ['aciones', 'acion', 'amente', 'ando', 'iendo', 'ados', 'adas', 'ado', 'ada', 'idos', 'ido', 'ar', 'er', 'ir', 'as', 'es', 'os', 'a', 'e', 'o', 's'],
  spellings: { q: 'que', xq: 'porque', pq: 'porque', porfa: 'por favor' },
  stopwords:
    'el la los las un una unos unas de del al a en y o que por para con sin sobre este esta esto estos estas ese esa eso lo le les ' +
    'me mi mis te tu tus su sus se es son hay por favor puedes podrias quiero necesito quisiera como cual cuales donde cuando ' +
    'muy mas ya tambien pero si no gracias hola',
  questionWords: 'que cual cuales quien quienes donde cuando como cuanto cuanta cuantos cuantas por',
  determiners: { definite: 'el la los las este esta estos estas ese esa tu', indefinite: 'un una unos unas otro otra', possessive: 'su sus mi mis' },
  mentions: 'herramienta herramientas modelo modelos',
  fileLinks: 'en de del sobre',
  chitchat: ['hola', 'gracias', 'muchas gracias', 'buenos dias', 'buenas tardes', 'buenas noches', 'adios', 'perfecto', 'vale', 'genial'],
  ignore: ['por favor', 'puedes', 'podrias'],
  connectors: { then: ['luego', 'despues', 'y luego', 'y despues', 'a continuacion', 'finalmente', 'por ultimo'], and: ['y', 'e', 'tambien', 'ademas'] },
  creators: ['genera', 'generar', 'crea', 'crear', 'haz', 'hacer', 'dibuja', 'dame', 'quiero', 'necesito'],
  references: {
    it: ['eso', 'esto', 'ello'],
    pointer: ['este', 'esta', 'esto', 'siguiente', 'el siguiente', 'lo siguiente', 'a continuacion'],
    all: ['ambos', 'ambas', 'todos', 'todas', 'cada'],
    result: ['el resultado', 'resultado', 'la respuesta', 'la salida'],
    original: ['el original', 'la original'],
    answer: ['tu respuesta', 'lo que dijiste'],
    same: ['lo mismo', 'igual para', 'haz lo mismo'],
  },
  nouns: {
    image: 'imagen imagenes foto fotos fotografia dibujo captura',
    audio: 'audio grabacion llamada mensaje de voz cancion sonido reunion',
    video: 'video pelicula',
    text: 'texto frase oracion parrafo articulo correo mensaje nota notas resena comentario documento carta',
    document: 'recibo factura formulario escaneo documento',
    textimage: 'letrero cartel menu pizarra',
  },
  languages: {
    ingles: 'en', espanol: 'es', castellano: 'es', frances: 'fr', aleman: 'de', italiano: 'it', portugues: 'pt', neerlandes: 'nl',
    holandes: 'nl', ruso: 'ru', chino: 'zh', japones: 'ja', coreano: 'ko', arabe: 'ar', catalan: 'ca', gallego: 'gl', euskera: 'eu',
  },
  languageMarkers: { target: ['al', 'a', 'en', 'hacia el', 'para el'], source: ['del', 'de'], audience: ['que habla <lang>', 'hispanohablante'] },
  labelMarkers: ['como', 'en', 'entre', 'etiquetas', 'categorias'],
  fields: {
    question: ['pregunta'], context: ['contexto'], text: ['texto', 'frase'], labels: ['etiquetas', 'categorias'],
    target: ['idioma destino'], source: ['idioma origen'], first: ['primera frase'], second: ['segunda frase'],
  },
  sentimentLabels: 'positivo positiva negativo negativa neutral neutro',
  intents: {
    detect: { say: ['detecta', 'detectar', 'deteccion', 'cuantos', 'cuantas', 'cuenta', 'contar', 'encuentra los objetos', 'objetos', 'localiza', 'donde esta', 'donde estan'] },
    caption: { say: ['describe', 'describir', 'descripcion', 'que hay en', 'que se ve', 'que muestra', 'subtitula'], make: ['descripcion', 'leyenda'] },
    ocr: { say: ['lee el texto', 'leer el texto', 'extrae el texto', 'extraer el texto', 'texto de la imagen', 'ocr'] },
    words: { say: ['que dice', 'que pone', 'que dicen'] },
    translate: { say: ['traduce', 'traducir', 'traduzca', 'traduccion', 'traduzcas', 'de <lang> al|a <lang>'], make: ['traduccion', 'traducido', 'version en <lang>'] },
    summarize: { say: ['resume', 'resumir', 'resuma', 'resumen', 'resumelo', 'sintetiza', 'puntos clave', 'ideas principales'], make: ['resumen'] },
    speak: { say: ['lee en voz alta', 'leer en voz alta', 'en voz alta', 'lee ... en voz alta', 'pronuncia', 'narra', 'leemelo', 'lee'], make: ['audio', 'version en audio'] },
    transcribe: { say: ['transcribe', 'transcribir', 'transcripcion', 'transcriba', 'que dijo', 'que se dice'], make: ['transcripcion'] },
    sentiment: { say: ['sentimiento', 'analisis de sentimiento', 'positivo o negativo', 'positiva o negativa', 'tono', 'esta enfadado', 'esta contento'] },
    classify: { say: ['clasifica', 'clasificar', 'que tipo de', 'que clase de', 'que animal'] },
    segment: { say: ['segmenta', 'segmentar', 'segmentacion', 'recorta'] },
    depth: { say: ['profundidad', 'mapa de profundidad'] },
    enhance: { say: ['mejora', 'mejorar', 'amplia', 'ampliar', 'escala', 'mas grande', 'mas nitida', 'aumenta la resolucion'] },
    drawImage: { say: ['dibuja', 'dibujar'], make: ['imagen', 'foto', 'dibujo', 'ilustracion'] },
    makeVideo: { make: ['video'] },
    language: { say: ['que idioma', 'en que idioma', 'cual es el idioma', 'detecta el idioma'] },
    entities: { say: ['entidades', 'entidades nombradas', 'personas y lugares'] },
  },
};
