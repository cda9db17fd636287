// Portuguese: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

export const pt: LanguageLexicon = {
  code: 'pt',
  name: 'Portuguese',
  suffixes: ['acoes', 'acao', 'mente', 'ando', 'endo', 'indo', 'ados', 'adas', 'ado', 'ada', 'ar', 'er', 'ir', 'as', 'es', 'os', 'a', 'e', 'o', 's'],
  spellings: { vc: 'voce', pf: 'por favor', pfv: 'por favor' },
  stopwords:
    'o a os as um uma uns umas de do da dos das no na nos nas em e ou que por para com sem sobre este esta isto estes estas esse essa ' +
    'isso me meu minha meus minhas te teu tua seu sua seus suas se e sao ha por favor pode podes poderia quero preciso gostaria como ' +
    'qual quais onde quando muito mais ja tambem mas nao obrigado obrigada ola voce',
  questionWords: 'que qual quais quem onde quando como quanto quanta quantos quantas por',
  determiners: { definite: 'o a os as este esta esse essa teu tua', indefinite: 'um uma uns umas outro outra', possessive: 'seu sua seus suas meu minha' },
  mentions: 'ferramenta ferramentas modelo modelos',
  fileLinks: 'em no na do da de sobre',
  chitchat: ['ola', 'obrigado', 'obrigada', 'muito obrigado', 'bom dia', 'boa tarde', 'boa noite', 'tchau', 'perfeito', 'otimo'],
  ignore: ['por favor', 'voce pode', 'pode'],
  connectors: { then: ['depois', 'em seguida', 'e depois', 'entao', 'finalmente', 'por fim'], and: ['e', 'tambem', 'alem disso'] },
  creators: ['gere', 'gerar', 'crie', 'criar', 'faca', 'fazer', 'desenhe', 'me de', 'quero', 'preciso'],
  references: {
    it: ['isso', 'isto'],
    pointer: ['este', 'esta', 'isto', 'seguinte', 'o seguinte', 'abaixo'],
    all: ['ambos', 'ambas', 'todos', 'todas', 'cada'],
    result: ['o resultado', 'resultado', 'a resposta'],
    original: ['o original', 'original'],
    answer: ['sua resposta', 'tua resposta', 'o que voce disse'],
    same: ['o mesmo', 'a mesma coisa', 'igual para'],
  },
  nouns: {
    image: 'imagem imagens foto fotos fotografia desenho captura',
    audio: 'audio gravacao chamada mensagem de voz cancao musica som reuniao',
    video: 'video filme',
    text: 'texto frase paragrafo artigo email mensagem nota notas avaliacao comentario documento carta',
    document: 'recibo fatura nota fiscal formulario digitalizacao documento',
    textimage: 'placa cartaz menu cardapio quadro',
  },
  languages: {
    ingles: 'en', espanhol: 'es', castelhano: 'es', frances: 'fr', alemao: 'de', italiano: 'it', portugues: 'pt', holandes: 'nl',
    russo: 'ru', chines: 'zh', japones: 'ja', coreano: 'ko', arabe: 'ar',
  },
  languageMarkers: { target: ['para o', 'para', 'ao', 'em'], source: ['do', 'de'], audience: ['que fala <lang>'] },
  labelMarkers: ['como', 'em', 'entre', 'rotulos', 'categorias'],
  fields: {
    question: ['pergunta'], context: ['contexto'], text: ['texto', 'frase'], labels: ['rotulos', 'categorias'],
    target: ['idioma de destino'], source: ['idioma de origem'], first: ['primeira frase'], second: ['segunda frase'],
  },
  sentimentLabels: 'positivo positiva negativo negativa neutro neutra',
  intents: {
    detect: { say: ['detecte', 'detectar', 'deteccao', 'quantos', 'quantas', 'conte', 'contar', 'encontre os objetos', 'objetos', 'onde esta', 'onde estao'] },
    caption: { say: ['descreva', 'descrever', 'descricao', 'o que ha', 'o que tem', 'o que mostra', 'legenda'], make: ['descricao', 'legenda'] },
    ocr: { say: ['leia o texto', 'ler o texto', 'extraia o texto', 'extrair o texto', 'texto da imagem', 'ocr'] },
    words: { say: ['o que diz', 'o que esta escrito', 'o que dizem'] },
    translate: { say: ['traduza', 'traduzir', 'traduz', 'traducao', 'do <lang> para <lang>'], make: ['traducao', 'traduzido', 'versao em <lang>'] },
    summarize: { say: ['resuma', 'resumir', 'resumo', 'sintetize', 'pontos principais', 'ideias principais'], make: ['resumo'] },
    speak: { say: ['leia em voz alta', 'ler em voz alta', 'em voz alta', 'leia ... em voz alta', 'pronuncie', 'narre', 'leia'], make: ['audio', 'versao em audio'] },
    transcribe: { say: ['transcreva', 'transcrever', 'transcricao', 'o que foi dito', 'o que disse'], make: ['transcricao'] },
    sentiment: { say: ['sentimento', 'analise de sentimento', 'positivo ou negativo', 'positiva ou negativa', 'tom', 'esta irritado', 'esta satisfeito'] },
    classify: { say: ['classifique', 'classificar', 'que tipo de', 'que animal'] },
    segment: { say: ['segmente', 'segmentar', 'segmentacao', 'recorte'] },
    depth: { say: ['profundidade', 'mapa de profundidade'] },
    enhance: { say: ['melhore', 'melhorar', 'amplie', 'ampliar', 'maior', 'mais nitida', 'aumente a resolucao'] },
    drawImage: { say: ['desenhe', 'desenhar'], make: ['imagem', 'foto', 'desenho', 'ilustracao'] },
    makeVideo: { make: ['video'] },
    language: { say: ['que idioma', 'qual idioma', 'qual e o idioma', 'identifique o idioma'] },
    entities: { say: ['entidades', 'entidades nomeadas', 'pessoas e lugares'] },
  },
};
