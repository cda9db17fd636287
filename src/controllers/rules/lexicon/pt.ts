// Portuguese: the common requests (count or detect, describe, read text, translate, summarize,
// read aloud, transcribe, sentiment). See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

// Kinds of name, three listed or two with one of a person or a firm, ask for the names of those kinds: "every person, company and city" (not "which city and country is in c.jpg?").
const WHO = 'pessoa|pessoas|nome|nomes|empresa|empresas|companhia|companhias|organizacao|organizacoes|marca|marcas';
const KINDS = `${WHO}|cidade|cidades|lugar|lugares|local|locais|pais|paises`;

// What a text is, in the labels of two versions of it ("Old bio:", "Texto novo:").
const PIECES = 'texto|versao|frase|paragrafo|bio|biografia|rascunho|mensagem|email';
export const pt: LanguageLexicon = {
  code: 'pt',
  name: 'Portuguese',
  suffixes: ['acoes', 'acao', 'mente', 'ando', 'endo', 'indo', 'ados', 'adas', 'ado', 'ada', 'ar', 'er', 'ir', 'as', 'es', 'os', 'a', 'e', 'o', 's'],
  spellings: { vc: 'voce', pf: 'por favor', pfv: 'por favor' },
  stopwords:
    'o a os as um uma uns umas de do da dos das no na nos nas em e ou que por para com sem sobre este esta isto estes estas esse essa ' +
    'isso me meu minha meus minhas te teu tua seu sua seus suas se e sao ha por favor pode podes poderia quero preciso gostaria como ' +
    'qual quais onde quando muito mais ja tambem mas nao obrigado obrigada ola voce',
  questionWords: 'que qual quais quem onde quando como quanto quanta quantos quantas por se',
  determiners: { definite: 'o a os as este esta esse essa teu tua', indefinite: 'um uma uns umas outro outra', possessive: 'seu sua seus suas meu minha', own: 'meu minha meus minhas nosso nossa nossos nossas' },
  mentions: 'ferramenta ferramentas modelo modelos',
  instructionNouns: 'tarefa tarefas passo passos instrucoes',
  fileLinks: 'em no na do da de sobre ate desde para',
  answers: 'resposta respostas',
  chitchat: ['ola', 'obrigado', 'obrigada', 'muito obrigado', 'bom dia', 'boa tarde', 'boa noite', 'tchau', 'perfeito', 'otimo'],
  hedges: ['em vez de', 'em lugar de', 'nao precisa', 'nao precisa de'],
  ignore: [/* Para que o usuário quer a sua foto: "quero a.jpg de papel de parede". */ 'de|como papel de parede', 'como meu .. papel de parede', 'de|como foto de perfil', 'como minha foto de perfil', 'como|de avatar', 'como meu avatar', /* O que o serviço faz com os arquivos: "vocês guardam as fotos que eu envio?". */ 'voce|voces guarda|guardam|armazena|armazenam', 'guardam|armazenam', 'por favor', 'tempo de|para ler*|ouvir*|escut*|ver*', 'em vez disso', 'ao inves disso', 'voce pode', 'pode', 'o que achas|acha', 'o que voce acha', 'que te parece', 'gostas|gosta|gostou', 'esta bom|certo|correto|correta', 'como voce|tu fez|fizeste', 'que modelo', 'cego|cega para|as cores'],
  accept: 'sim claro pode ok',
  offers: ['posso', 'poderia', 'quer que eu', 'queres que eu'],
  corrections: ['nao eu quis dizer', 'eu quis dizer', 'quis dizer', 'nao eu queria', 'desculpa eu queria dizer'],
  presenters: ['tenho', 'aqui esta'],
  creators: ['gere', 'gerar', 'crie', 'criar', 'faca', 'fazer', 'desenhe', 'me de', 'quero', 'gostaria', 'adoraria', 'preciso', 'me envie', 'me mande', 'envie', 'mande', 'diz me', 'diga me', 'me diga', 'me diz', 'escreva', 'escreve', 'escrever', 'redija', 'invente', 'descubra', 'descobre', 'descubra pra mim'],
  negations: 'nao sem',
  connectors: { so: ['entao primeiro', 'para isso primeiro', 'por isso primeiro'], then: ['depois', 'depois disso', 'em seguida', 'e depois', 'entao', 'finalmente', 'por fim'], and: ['e', 'tambem', 'alem disso'], apart: ['separadamente', 'e separadamente'], first: ['mas primeiro', 'mas antes', 'antes disso', 'antes de'], after: ['depois de'] },
  references: {
    it: ['isso', 'isto'],
    pointer: ['estes|estas|esses|essas dois|duas|tres', 'este', 'esta', 'isto', 'isso', 'seguinte', 'o seguinte', 'abaixo'],
    all: ['ambos', 'os|as|estes|estas|esses|essas dois|duas|tres', 'ambas', 'todos', 'todas', 'cada'],
    result: ['o resultado', 'resultado', 'a resposta'],
    original: ['o original', 'original', 'a mesma', 'o texto todo|inteiro|completo', 'a mensagem toda|inteira'],
    answer: ['sua resposta', 'tua resposta', 'o que voce disse', 'o|do|no que escreveste|escreveu', 'o|do|no que voce|tu escreveu|escreveste'],
    same: ['o mesmo', 'a mesma coisa', 'igual para'],
  },
  yourResults: ['seu|teu resumo', 'sua|tua traducao|descricao|transcricao|legenda'],
  ordinals: { primeira: 1, primeiro: 1, segunda: 2, segundo: 2, terceira: 3, terceiro: 3, ultima: -1, ultimo: -1, outra: 0, outro: 0 },
  nouns: {
    image: 'imagem imagens foto fotos fotografia desenho captura',
    audio: 'audio gravacao chamada mensagem de voz cancao musica som reuniao',
    video: 'video filme animacao clip',
    text: 'texto frase paragrafo artigo email mensagem nota notas avaliacao comentario documento carta',
    document: 'recibo cupom conta fatura nota fiscal formulario digitalizacao documento contrato carta',
    textimage: 'placa cartaz menu cardapio quadro',
  },
  languages: {
    // Feminine forms name the version: "a versao francesa".
    inglesa: 'en', espanhola: 'es', francesa: 'fr', alema: 'de', italiana: 'it', portuguesa: 'pt',
    ingles: 'en', espanhol: 'es', castelhano: 'es', frances: 'fr', alemao: 'de', italiano: 'it', portugues: 'pt', holandes: 'nl',
    russo: 'ru', chines: 'zh', japones: 'ja', coreano: 'ko', arabe: 'ar', grego: 'el', turco: 'tr', polones: 'pl', tcheco: 'cs', hungaro: 'hu', sueco: 'sv', romeno: 'ro', ucraniano: 'uk', hebraico: 'he',
  },
  languageMarkers: { target: ['para o', 'para', 'ao', 'em'], source: ['do', 'de', 'nao falo|entendo|leio <lang>', 'nao consigo|consegue|sei ler|entender|falar <lang>', 'nao consigo|consegue|sei ler|entender|falar o <lang>', 'meu <lang> e .. ruim|pessimo|fraco|horrivel', 'esta|estao|e todo|toda|tudo em <lang>', 'nao falo|entendo|leio o <lang>', 'do|da|de meu|minha|nosso|nossa|um|uma colega|amigo|amiga|cliente|chefe|vizinho|vizinha <lang>', 'do|da|de meu|minha|nosso|nossa .. em <lang>', 'nao falo|entendo|leio .. <lang>', 'esta|estao|escrito|escrita em <lang>'], audience: ['que fala <lang>'] },
  labelMarkers: ['como', 'em', 'entre', 'rotulos', 'categorias'],
  weakLabelMarkers: 'como em entre',
  conjunctions: { and: 'e', or: 'ou' },
  copulas: 'e sao soa soam parece parecem mostra mostram',
  addressees: 'voce tu te eu me mim',
  descriptionLead: 'de do da me nos',
  instruments: 'usando utilizando',
  drawers: 'gere gera gerar renderiza',
  purpose: 'para',
  sounds: 'som sons barulho barulhos ruído ruídos pássaro pássaros ave aves animal animais cachorro cão late latido apito alarme sirene música instrumento instrumentos canção campainha motor ouve ouvir',
  endings: { plural: 's', gerund: '', participle: '' },
  infinitive: '',
  relatives: 'que',
  conditions: 'se caso',
  inWord: 'em',
  thisImage: 'a imagem',
  visible:
    'cor cores vermelho vermelha azul verde amarelo amarela preto preta branco branca cinza marrom rosa roxo laranja escuro ' +
    'usando veste vestindo camisa camiseta uniforme chapeu bone capacete sapatos tenis jaqueta casaco vestido oculos ' +
    'homem mulher menino menina crianca pessoa pessoas gente jogador jogadores ' +
    'segurando segura sentado sentada deitado olhando sorrindo escondido fazendo dormindo acordado ' +
    'atras frente fundo ceu chao parede janela rua arvore camera ' +
    'tempo ensolarado nublado chovendo chuva neve noite visivel',
  fields: {
    question: ['pergunta'], context: ['contexto'], text: ['texto', 'frase'], labels: ['rotulos', 'categorias'],
    target: ['idioma de destino'], source: ['idioma de origem'], first: [`${PIECES} antigo|antiga|original|anterior|atual|a|1`, 'antes', 'primeira frase', 'antigo', 'versao antiga'], second: [`${PIECES} novo|nova|revisado|revisada|editado|editada|corrigido|corrigida|b|2`, `novo|nova ${PIECES}`, 'depois', 'segunda frase', 'novo', 'versao nova'],
  },
  sentimentLabels: 'positivo positiva negativo negativa neutro neutra bom boa ruim mau ma bem mal',
  intents: {
    fillMask: { say: ['completa a frase', 'complete a frase', 'preencha a lacuna', 'preenche a lacuna', 'palavra que falta', 'qual palavra falta'] },
    write: { say: ['como inicio|comeco de|para um|uma', 'como ponto de partida de|para um|uma', 'continua a historia', 'continue a historia'], make: ['poema', 'poemas', 'conto', 'historia', 'slogan', 'paragrafo', 'piada', 'cancao', 'haiku', 'texto publicitario', 'limerick', 'verso', 'versos'] },
    detect: { say: ['caixas|quadros|retangulos em volta|ao redor', 'detecte', 'detectar', 'deteccao', 'quantos*', 'quantas*', 'conte', 'contar', 'encontre os objetos', 'objetos', 'onde esta', 'onde estao', 'ha mais', 'tem mais', 'ha menos', 'tem menos'] },
    caption: { say: ['descreva', 'descrever', 'descricao', 'o que ha', 'o que tem', 'o que mostra', 'o que aparece', 'o que se ve', 'o que acontece', 'legenda'], make: ['descricao', 'legenda'] },
    ocr: { say: ['ilegivel', 'nao consigo|entendo ler a letra', 'letra e ... horrivel|ilegivel|pessima|terrivel', 'leia o texto', 'ler o texto', 'texto da imagem', 'ocr'] },
    textOf: { say: ['extraia o texto', 'extrair o texto', 'o texto de|do|da'] },
    words: { say: ['o que foi dito', 'o que disse', 'o que .. disse|disseram|falou|falaram', 'o que diz', 'o que isso|isto diz', 'o que esta escrito', 'o que dizem', 'o que .. esta|estao dizendo|falando|contando', 'o que conta|contam|fala|falam'] },
    translate: { say: ['traduza', 'traduzir', 'traduz', 'traducao', 'do <lang> para <lang>'], make: ['traducao', 'traduzido', 'versao em <lang>', 'versao <lang>'] },
    summarize: { say: ['o importante', 'o essencial', 'o principal', 'os pontos importantes|principais', 'resuma', 'resumir', 'resumo', 'sintetize', 'pontos principais', 'ideias principais', 'do que se trata', 'sobre o que e', 'em poucas linhas'], make: ['resumo'] },
    speak: { why: ['nao consegue|consigo ler', 'cego', 'cega', 'nao enxerga'], say: ['leia em voz alta', 'ler em voz alta', 'em voz alta', 'leia ... em voz alta', 'pronuncie', 'narre', 'leia', 'em audio', 'como audio', 'em mensagem de voz', 'em mp3', 'pode ouvir|escutar', 'ler para ela|ele|mim|nos', 'transformar|transforme|transforma|converter|converta .. em audio|voz|fala', 'anuncie|anuncia|grave|grava este|esta|isto|o|a', 'no|pelo altifalante|microfone', 'no|pelo alto falante', 'nos fones|auscultadores'], make: ['audio', 'versao em audio', 'arquivo de audio', 'mensagem de voz'] },
    transcribe: { say: ['por|em escrito', 'transcreva', 'transcrever', 'transcrev*', 'transcricao'], make: ['transcricao'] },
    news: { say: ['e|sao .. boa|boas|ma|mas noticia|noticias', 'boa|boas ou ma|mas noticia|noticias', 'ma|mas ou boa|boas noticia|noticias', 'boa|boas noticia|noticias ou nao'] },
    sentiment: { say: ['devo|deveria me preocupar', 'devo|deveria ficar preocupado|preocupada', 'tenho que me preocupar', 'motivo de|para preocupacao', 'e preocupante', 'bom|boa ou ruim|mau|ma', 'ruim ou bom|boa', 'uma|sua|tua leitura do|da|de', 'sentimento', 'analise de sentimento', 'positivo ou negativo', 'positiva ou negativa', 'tom', 'esta irritado', 'esta satisfeito', 'parece ... animado|animada|empolgado|empolgada', 'e ... positivo|positiva|negativo|negativa'] },
    zeroShot: { say: ['qual categoria|etiqueta|rotulo'] },
    classify: { say: ['classificador', 'classificador de imagens', 'classifique', 'classificar', 'separe ... em', 'organize ... em', 'marque ... como', 'que tipo de', 'que animal'] },
    segment: { say: ['segmente', 'segmentar', 'segmentacao', 'recorte'] },
    depth: { say: ['profundidade', 'mapa de profundidade', 'perto .. e|ou .. longe', 'perto da camera', 'longe da camera'] },
    similarity: { say: ['mesmo sentido', 'dizem a mesma coisa', 'mantem|manteve|conserva ... sentido|significado', 'continua|continuam .. mesmo', 'semelhantes', 'parecidos', 'similaridade', 'compare', 'comparar', 'a mesma coisa', 'mesmo significado', 'mudou o sentido|significado', 'mudou alguma coisa|algo', 'muda o sentido|significado', 'mais parecido|parecida|proximo|proxima', 'parecidas', 'semelhantes|parecidas|parecidos', 'se parecem', 'batem certo', 'coincidem', 'conferem', 'sentido .. parecido|proximo|igual'] },
    denoise: { say: ['mude|mudar|altere|alterar|modifique|modificar|distorca|distorcer .. voz', 'voz ... robo*|grave|aguda|distorcida', 'mal se ouve', 'nao se ouve', 'muito ruido', 'limpe|limpar .. audio|gravacao|som', 'tire|tirar|remova|remover|reduza|reduzir .. eco|chiado|zumbido|vento', 'tire .. ruido', 'remova .. ruido', 'reduza .. ruido', 'tirar .. ruido', 'remover .. ruido', 'ruido de fundo'] },
    edit: { say: ['num|numa quadro|pintura|desenho|esboco|aquarela|caricatura|banda', 'como um|uma quadro|pintura|desenho|esboco|aquarela|caricatura', 'no estilo', 'ao estilo', 'num|em estilo', 'estilo de|do|da', 'transforma|transforme|transformar essa|esta|a foto|imagem', 'a maneira de', 'transforma|transforme|converte|converta .. em|num|numa', 'a mesma foto|imagem|cena .. mas', 'e de noite', 'e a noite', 'e no inverno|verao|outono', 'e ao por|nascer do sol', 'agora como|num|numa', 'edite', 'editar', 'modifique', 'modificar', 'retoque', 'desfoque', 'desfocar', 'pixelize', 'recorte', 'redimensione', 'gire', 'clareie', 'escureca', 'preto e branco', 'faca|faça ... parecer', 'que pareca|pareça', 'deixe|deixa|faca|ponha o|a|os|as .. vermelho|vermelha|azul|verde|amarelo|amarela|roxo|roxa|violeta|rosa|preto|preta|branco|branca|cinza|desfocado|desfocada'], make: ['duas|tres|quatro|2|3|4|varias|diferentes versoes*'] },
    enhance: { say: ['melhore', 'melhorar', 'amplie', 'ampliar', 'maior', 'mais nitida', 'aumente a resolucao', 'fica .. borrada|borrado|pixelada|pixelado|desfocada|desfocado'] },
    drawImage: { say: ['desenhe', 'desenhar', 'ver .. como .. imagem|desenho|ilustracao'], make: ['capa para|do|da|de', 'cartaz', 'poster', 'logotipo', 'logo', 'colagem', 'papel de parede', 'imagem', 'foto', 'desenho', 'ilustracao'] },
    makeVideo: { make: ['video', 'animacao', 'clip'] },
    language: { say: ['que idioma', 'qual idioma', 'qual e o idioma', 'identifique o idioma', 'que lingua', 'qual lingua', 'em que lingua'] },
    entities: { say: [`${KINDS} ${KINDS} e|ou ${KINDS}`, `${KINDS} ${KINDS} ${KINDS}`, `${WHO} e|ou ${KINDS}`, `${KINDS} e|ou ${WHO}`, 'quem e onde', 'pessoas|lugares|cidades|empresas|nomes .. mencion*|citad*', 'palavras chave', 'entidades', 'entidades nomeadas', 'pessoas e lugares', 'nomes de pessoas', 'nomes de lugares', 'nomes proprios', 'pessoas mencionadas', 'pessoas .. mencionadas|mencionados', 'quem e mencionado', 'nomes ... mencionados', 'nomes dos convidados|participantes'] },
  },
  // Words that lean to a task without asking for it: only the fallback reads them (fallback.ts), never a phrase.
  hints: {
    summarize: 'resumir resumo curto breve essencial encurta',
    speak: 'ouvir escutar ouvido voz alto',
    transcribe: 'escrito escrita anotacoes',
    entities: 'nomes pessoas empresas cidades lugares contatos',
    similarity: 'mesmo mesma igual parecido equivalente',
    sentiment: 'contente bravo irritado feliz satisfeito humor',
    caption: 'cego cena legenda',
    ocr: 'letras placa quadro',
    depth: 'perto longe camera fundo',
    segment: 'camada camadas recorta',
    zeroShot: 'categoria categorias departamento',
    edit: 'estilo quadro pintura',
  },
};
