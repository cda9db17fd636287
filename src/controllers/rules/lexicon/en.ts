// English: what people write when they ask for each task. See types.ts for the phrase syntax.
import type { LanguageLexicon } from './types.js';

// Not "pleased": it reads as "please" once its suffix is stripped; nor "mad", which "made" reads as ("mad at|with|about" is a phrase of its own).
const EMOTIONS = 'angry|happy|unhappy|upset|annoyed|satisfied|dissatisfied|frustrated|furious|sad|disappointed|content|positive|negative|angrier|angriest|happier|happiest|sadder|saddest|madder|ruder|rudest|nicer|nicest|excited|keen|eager|thrilled|grumpy|cheerful|warmer|friendly|friendlier|upbeat|gloomy|hopeful|optimistic|pessimistic';
// How a message comes across: asked about, it is the sentiment model's verdict ("does this sound pushy?").
const TONES = 'pushy|rude|polite|impolite|harsh|blunt|aggressive|passive|formal|informal|casual|professional|cold|urgent|sarcastic|sincere|condescending|defensive|hostile|bossy|snippy|curt';
// What a part of a picture is made to look like: "make the sky purple", "turn the walls white".
const LOOKS = 'red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|grey|gray|golden|silver|brighter|darker|warmer|cooler|sunnier|snowy|transparent|blurry|blurred|frozen|icy|wintry|foggy|misty|stormy|rainy|cloudy|autumnal|older|vintage';

// Kinds of name, three listed or two with one of a person or a firm, ask for the names of those kinds: "every person, company and city" (not "which city and country is in c.jpg?").
const WHO = 'person|persons|people|name|names|company|companies|organization|organizations|org|orgs|firm|firms|business|businesses|brand|brands';
const KINDS = `${WHO}|city|cities|town|towns|place|places|location|locations|country|countries`;

// What a text is, in the labels of two versions of it ("Old bio:", "Texto novo:").
const PIECES = 'bio|text|draft|copy|wording|paragraph|sentence|intro|blurb|message|email|version|policy|abstract';
// A question to the assistant about how it did its work: a hedge (what follows is its topic, "how did you make the summary?") and no question to answer.
const ABOUT_YOU = ['how did|do you make|do|get|create|generate|produce|write|choose|pick|decide|know', 'how did|do you come up with', 'what do|did you think|make of'].flatMap((phrase) => [phrase, `${phrase} the|that|this|your|these|those|it`]);
// What the assistant gave, judged by the user ("is the translation accurate?"): no step on it.
const RESULTS = 'translation|translations|summary|caption|captions|transcript|transcription|description|answer|result|results|output|count|mask|labels';
export const en: LanguageLexicon = {
  code: 'en',
  name: 'English',
  suffixes: ['ations', 'ation', 'ings', 'ing', 'ies>y', 'ied>y', 'ed', 'es', 's', 'e'],
  spellings: {
    pls: 'please', plz: 'please', wat: 'what', whats: 'what is', u: 'you', ur: 'your', r: 'are', thx: 'thanks', ty: 'thanks',
    colour: 'color', summarise: 'summarize', summarised: 'summarized', summarising: 'summarizing', recognise: 'recognize',
    analyse: 'analyze', categorise: 'categorize', visualise: 'visualize', organisation: 'organization', organisations: 'organizations',
    colourise: 'colorize', colorise: 'colorize', hiss: 'hissing', denoise: 'denoise', img: 'image', pic: 'picture', pics: 'pictures', vid: 'video', txt: 'text',
  },
  stopwords:
    'a an the this that these those it its i me my mine we us our you your he she him her his they them their there here ' +
    'is are was were be been being am do does did have has had can could would will shall should may might must ' +
    'please kindly just also too very really so and or but if then than of to in on at by for with from into onto about as ' +
    'up out over again once only own same such no not now what which who whom whose when where why how all any both each ' +
    'some one two s d t ll re ve m don doesn didn isn aren wasn won can t let get got need want like something thing thanks ' +
    'hi hello hey ok okay yes sure well oh fine cool great nice',
  questionWords: 'what which who whom whose where when why how is are am was were do does did can could would will should has have had whether if',
  determiners: { definite: 'the this that these those your same original previous last', indefinite: 'a an some another one any new', possessive: 'its their his her my our', own: 'my our' },
  mentions: 'tool tools model models feature features service services api system',
  instructionNouns: 'task tasks step steps instruction instructions operation operations action actions',
  fileLinks: 'in on of from at for about inside within according to by until till since',
  answers: 'answer answers',
  chitchat: [
    'hi', 'hello', 'hey', 'good morning', 'good evening', 'good afternoon', 'how are you', 'thanks', 'thank you', 'thank', 'cheers',
    'much appreciated', 'appreciate it', 'great', 'cool', 'nice', 'awesome', 'perfect', 'ok', 'okay', 'bye', 'goodbye',
    'that is all', 'that s all', 'no worries', 'you re welcome', 'well done', 'good job', 'lol', 'haha', 'lmao', 'did the trick', 'all i needed', 'not bad', 'love it', 'looks great', 'looks good', 'beautiful', 'amazing', 'wow', 'lovely', 'gorgeous', 'exactly what i wanted', 'spot on', 'nailed it', 'helpful', 'brilliant', 'fantastic', 'excellent',
  ],
  hedges: [...ABOUT_YOU, 'not your', 'how to', 'on how to', 'about how to', 'whether to', 'information about', 'ways to', 'instead of', 'rather than', 'without', 'no need to', 'don t', 'do not', 'never mind',
    // What the user will do ("I'll read the whole thing myself").
    'i ll', 'i will', 'we ll', 'we will',
    // What someone will not do ("my manager won't read all that"): the reason for the ask, not a step.
    'won t', 'will not', 'wouldn t', 'would not'],
  negations: 'not no dont never',
  ignore: [
    'would you say', 'i d say', 'let me know', 'so i can .. hear', 'you|we|one can hear', 'can be heard', 'so that i|we can .. hear', 'so we can .. hear', 'if you can', 'if possible', 'you know', 'i mean', 'need help',
    'help me', 'can you', 'could you', 'would you',
    // What the service does with the user's files ("do you keep the photos I upload?", "I'd rather it got deleted"): no task.
    'do|did|will|would you keep|store|save|retain|share|sell|log', 'rather it|they|this|these|those got|get|be|was|were deleted|removed|erased', 'is there any|a way to', 'is it possible to', /* What the user will do with people of their own: "an article I want to discuss with my friends". */ 'discuss|share .. with my|our|his|her friends|friend|family|team|colleagues|colleague|classmates|students|class|group', /* A purpose's conjunction and its subject name nothing to act on: "enhance it so that it matches …", "a summary so that I can …". */ 'so that', 'so that it|they|its|their', /* A look wanted, not texts to compare: "transform it so it looks similar to images of beaches". */ 'similar to|as images|pictures|photos|photographs|paintings', 'similar to|as a|an|the image|picture|photo|painting', /* A table as a place, not data to classify: "the cups on the table", "the farthest end of the table". */ 'on|under|at|beside|near|by|onto|across|around|underneath|below|above|over the|a|this|that table', 'end|edge|side|corner|top|middle|centre|center of the table',
    // The form of a result, not a step: "get the text output", "the classification result in text format".
    'get the text output', 'the text output', 'a text output', 'text output', 'in text format', 'in a text format', 'in text form',
    'in textual format', 'in textual form', 'in the format of text', 'in a textual format', 'based on its content', 'based on their content',
    'according to its content', 'according to their content',
    // Words around a task that ask for nothing: a caption given for a post, a language not named.
    'with the caption', 'with a caption', 'with the title', 'into another language', 'to another language', 'in another language',
    'into a different language', 'to a different language', 'into other languages',
    // "what is she saying, in English?": the speaker's words, not a request to speak.
    'she saying', 'he saying', 'caller|speaker|person|customer|he|she|they is|s|are|re|was|were speaking', 'does|do|did he|she|they|it speak', 'does|do|did the caller|speaker|person speak', 'they saying', 'she s saying', 'he s saying', 'they re saying', 'people saying', 'what guests|customers|clients|users|reviewers|visitors|readers|fans|buyers are|were saying',
    // Telling someone who speaks another language: the words to translate, no question ("my mum only speaks Greek. How do I tell her this: '…'").
    'how do|can|should|would i tell him|her|them', 'how do|can|should|would i say this to him|her|them',
    // A chat given as text, not a chat to have: "translate this chat log".
    'chat log', 'chat logs', 'chat history', 'chat transcript', 'chat thread', 'group chat', 'team|family|class|work|office|school|company|club|neighbourhood|neighborhood|whatsapp|slack|telegram|discord|signal chat|chats', 'conversation log', 'this|the|that|our|my chat',
    // What others say about it: "the neighbours say it barks all day".
    'they say', 'people say', 'neighbours say', 'neighbors say', 'everyone says', 'everybody says', 'my friends say',
    // Why the user wants it done, not a step: "I don't have time to read it all", "too long to listen to".
    'time to read|listen|watch', 'too long to read|listen|watch',
    // Reading as guessing, not reading aloud: "or am I reading too much into it?".
    'reading|read too much into',
    // Where a new version stands, not a step: "make it night time instead".
    'instead', 'for a change', 'reading|read into it|this|that|things',
    // Asking whether something can be done, not a question about the file: "Can it be saved?"; what a bill cost is no edit ("charge" is not "change").
    'can|could it|this|that be saved|rescued|salvaged|fixed', 'charge|charged me|us|you|for',
    // What was deducted on a bill or a payslip is no edit: "how much tax did they take off?".
    'did|do|does they|you|he|she|it take .. off|out',
    // "say whether it is positive": tell me, not read aloud.
    'say whether|if',
    // What someone else did to a text, told: "The editor rewrote my bio. Old version: …" asks nothing by itself.
    'rewrote', 'editor|he|she|they|someone|somebody|colleague|boss|manager|team rephrased|reworded|edited|shortened', 'has|have|had|was|were|got|been rewritten|rephrased|reworded',
    // What the user's own picture is for, not a picture to make: "I want c.jpg as my desktop wallpaper", "use it as my avatar".
    'as my|our|his|her|their|a|the .. wallpaper|background|avatar|banner|header|screensaver|lockscreen|thumbnail|icon|backdrop', 'as my|our|his|her|their .. profile picture|pic|photo', 'as my|our|a|the lock screen',
    // Whether the assistant can do what was just described asks for it, no question about it: "Is that something you could make?".
    'is|s that|this|it something you|u can|could|would|d .. make|do|draw|create|design',
    // "her" is "here" once its suffix is stripped: "put it into Spanish for her" points at nothing.
    'for|with|from her',
    // When the user needs an answer is no question: "formal or casual? I need to know before I post it".
    'i|we need|want to know before|by|beforehand',
    // Sending it on is no text to work on: "a short version I can text to my boyfriend".
    'i|we|you can|could|will|ll text|email|message|whatsapp|forward',
    // A photo too dark to make out is no reader who cannot see: "so dark you can't see a thing".
    'you|one can t see', 'you|one cannot see', 'can t see anything|much', 'cannot see anything|much', 'can t see a thing', 'cannot see a thing',
    // Work the user is doing ("I'm doing accessibility fixes on our site", "making last-minute fixes") asks for no edit.
    'doing|making|some|few|last|final|quick|minor|small|urgent .. fixes*',
    // Seeing colours badly is no reason to listen: "I'm colour blind, which sock is green?" asks the photo.
    'color blind', 'colorblind', 'colour blind', 'colourblind',
    // Hearing badly is no reason to listen, and the user reading is no reading aloud: "his hearing aid is broken", "I'll read it later", "so she can read it".
    'hearing aid|aids|loss|impaired|impairment|problem|problems',
    // A question to the assistant about its own work or taste asks for no task: "how did you make that summary?", "what do you think of the result?", "is the translation accurate?".
    ...ABOUT_YOU, 'which|what model|models|tool|tools|ai did|do|does|was|is|were|are', 'what s|is your opinion|take', 'do|did you like', 'how do you like',
    `is|was|are|were|s the|that|this|your|it ${RESULTS} accurate|correct|right|reliable|wrong|precise|trustworthy|ok|okay`, 'hard of hearing', 'i|we|he|she|they ll|will|d|can|could|would read', 'so|then .. can|could read', 'so you|we|i can|could compare|decide|choose|judge|pick', 'so that .. can|could read', 'read it|this|them later|myself|afterwards',
  ],
  accept: 'yes yeah yep yup sure ok okay please absolutely definitely go',
  offers: ['i can', 'i could', 'want me to', 'shall i', 'should i', 'would you like me to', 'do you want me to', 'happy to'],
  corrections: ['no i meant|wanted', 'i meant', 'sorry i meant', 'actually i meant|wanted', 'no wait i meant|wanted', 'not that i meant|wanted'],
  presenters: ['i have', 'i ve got', 'got this', 'got a', 'i got a', 'received a', 'i received', 'we have', 'here is', 'here s', 'here are', 'attached is', 'below is',
    'contains', 'containing', 'which contains', 'that contains', 'includes', 'which includes',
    // What the user (or someone) wrote before presents their own text: "I'd written this for the album: '…'", "I've written a short poem" ask for no reading and no new text.
    'i|we|he|she|they d|had|have|ve|has written|typed|drafted|jotted', 'i|we|he|she|they wrote|typed|drafted|jotted', 'i|we|he|she|they d|had|have|ve|has already written|typed|drafted'],
  connectors: {
    then: ['then', 'and then', 'after that', 'afterwards', 'afterward', 'next', 'finally', 'lastly', 'once you have', 'once done', 'once|when it|that|this s|is done|ready|finished', 'once|when you re|are done|finished',
      'when you re done', 'when done', 'followed by', 'subsequently', 'after which', 'later'],
    and: ['and', 'also', 'and also', 'plus', 'as well as', 'additionally', 'in addition', 'too', 'as well'],
    ask: ['can you', 'could you', 'would you', 'can u', 'could u'],
    apart: ['separately', 'and separately', 'also separately', 'and also separately', 'and independently', 'independently'],
    so: ['so first', 'so before that', 'for that|this first', 'so for that|this', 'so i|we need to know', 'so i|we d|would need to know', 'for that i|we need to know'],
    first: ['but first', 'first though', 'but before that', 'before that', 'before you do that|this|so', 'before doing that|this|so', 'before you', 'before'], after: ['after', 'after you', 'after you ve'],
  },
  creators: ['generate', 'create', 'make', 'produce', 'draw', 'render', 'design', 'write', 'compose', 'give me', 'get me', 'send me',
    'send her', 'send him', 'send them', 'i want', 'i d like', 'i would like', 'i need', 'need', 'could use', 'looking for', 'i d|would also|really|just like|love', 'i d|would love', 'i also|really|just want|need', 'can i get', 'can i have', 'show me',
    'come up with', 'build', 'craft', 'prepare', 'provide', 'provide me with', 'provide us with', 'present me with', 'supply', 'turn .. into', 'convert .. into|to', 'synthesize', 'output', 'get', 'give',
    'tell me', 'figure out', 'work out', 'show', 'return', 'compute', 'calculate', 'determine', 'estimate', 'perform', 'run', 'do', 'apply', 'extract', 'obtain',
    'analyze', 'check', 'measure', 'add',
    // A product given as an example of what the user needs: "I need something fun for the wall, like an old-timey poster of …".
    'need|want|looking for something ... like a|an', 'i|we need|want something ... like a|an', 'i m|we re looking for something ... like a|an'],
  references: {
    it: ['it', 'its', 'that', 'this one', 'that one', 'one'],
    pointer: ['these two', 'these three', 'this', 'these', 'the following', 'following', 'below', 'the text below', 'as follows', 'here', 'the given', 'the provided',
      'the attached', 'this given', 'here is', 'here s', 'here are', 'attached is', 'above', 'the above', 'the text above'],
    all: ['both', 'each', 'every', 'all', 'them', 'they', 'those', 'all of them', 'both of them', 'each of them', 'each one', 'the|these|those two|three', 'which of these|the|those two|three', 'which one of these|the|those two|three', 'which of these|those',
      'all three', 'both results', 'all the results'],
    result: ['the result', 'result', 'the output', 'output', 'the answer', 'answer', 'the response', 'the findings', 'what you found',
      'the generated', 'the resulting', 'the new', 'the created', 'the produced', 'the list', 'that|this list|result|output', 'results', 'outputs', 'accordingly'],
    // "the same photo" is the one acted on before, never what came of it.
    original: ['the original', 'original', 'the source', 'my original', 'the input', 'the same',
      // "give me a summary and translate the whole thing": what the user gave, not the summary.
      'the whole|entire|full thing|text|email|message|article|letter|document', 'all of it'],
    answer: ['your answer', 'your reply', 'your response', 'your last answer', 'the previous answer', 'the last answer',
      'what you said', 'what you wrote', 'whatever you wrote|write|made|make', 'what|whatever you come|came up with', 'what you just said', 'your text', 'your message', 'what you made', 'what you created',
      'what you generated', 'you made', 'you created', 'you generated', 'you sent', 'that text', 'that answer'],
    same: ['do the same', 'same for', 'same with', 'the same for', 'the same with', 'and the same', 'the same thing', 'same thing', 'likewise', 'same again', 'repeat that',
      'again', 'but for', 'also for', 'now do', 'next one',
      'repeat this', 'again for', 'again with', 'what about', 'how about', 'now for', 'now with', 'now the', 'do that|this|it for|with|on'],
  },
  yourResults: [`your ${RESULTS}`],
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, latter: -1, former: 1, other: 0 },
  nouns: {
    image: 'image images picture pictures photo photos photograph photographs pic snapshot shot screenshot drawing illustration frame selfie figure diagram artwork painting',
    audio: 'audio recording recordings record call calls voicemail memo podcast song track sound sounds clip voice interview lecture speech talk meeting conversation',
    video: 'video videos movie film footage animation animations',
    text: 'text texts chat question sentence sentences paragraph paragraphs passage article email e mail mail message note notes review reviews comment comments tweet post letter quote phrase words line lines statement script toast headline title ticket complaint feedback invitation content excerpt snippet terms policy essay story',
    document: 'receipt receipts invoice invoices form forms scan scans document documents bill bills statement contract certificate ticket page pages pdf passport report slip lease leases agreement payslip payslips paycheck',
    textimage: 'notice notices flyer flyers leaflet leaflets sign signs menu menus whiteboard blackboard poster posters banner handwriting slide slides plate sticker screenshot',
  },
  languages: {
    english: 'en', spanish: 'es', castilian: 'es', french: 'fr', german: 'de', italian: 'it', portuguese: 'pt', brazilian: 'pt',
    dutch: 'nl', flemish: 'nl', russian: 'ru', chinese: 'zh', mandarin: 'zh', cantonese: 'zh', japanese: 'ja', korean: 'ko',
    arabic: 'ar', hindi: 'hi', bengali: 'bn', urdu: 'ur', persian: 'fa', farsi: 'fa', turkish: 'tr', greek: 'el', hebrew: 'he',
    polish: 'pl', czech: 'cs', slovak: 'sk', hungarian: 'hu', romanian: 'ro', bulgarian: 'bg', ukrainian: 'uk', swedish: 'sv',
    norwegian: 'no', danish: 'da', finnish: 'fi', icelandic: 'is', vietnamese: 'vi', thai: 'th', indonesian: 'id', malay: 'ms',
    tagalog: 'tl', filipino: 'tl', swahili: 'sw', catalan: 'ca', croatian: 'hr', serbian: 'sr', latin: 'la', irish: 'ga',
    welsh: 'cy', estonian: 'et', latvian: 'lv', lithuanian: 'lt', slovenian: 'sl', galician: 'gl', basque: 'eu',
    // "translate to Español", "in Deutsch": the language named in its own words in an English request (not "en français":
    // an English lexicon that knew "en" would read French requests as English).
    francais: 'fr', anglais: 'en', allemand: 'de', espagnol: 'es', englisch: 'en', deutsch: 'de', franzosisch: 'fr', spanisch: 'es',
    ingles: 'en', espanol: 'es', frances: 'fr', aleman: 'de', portugues: 'pt', italiano: 'it', italien: 'it',
  },
  places: {
    brazil: 'pt', portugal: 'pt', lisbon: 'pt', porto: 'pt', paulo: 'pt', janeiro: 'pt', angola: 'pt', mozambique: 'pt',
    spain: 'es', madrid: 'es', barcelona: 'es', seville: 'es', valencia: 'es', mexico: 'es', argentina: 'es', colombia: 'es', chile: 'es', peru: 'es', bogota: 'es', lima: 'es', aires: 'es',
    france: 'fr', paris: 'fr', lyon: 'fr', marseille: 'fr', quebec: 'fr', montreal: 'fr', germany: 'de', austria: 'de', berlin: 'de', munich: 'de', hamburg: 'de', vienna: 'de', zurich: 'de',
    italy: 'it', rome: 'it', milan: 'it', naples: 'it', florence: 'it', netherlands: 'nl', holland: 'nl', amsterdam: 'nl', rotterdam: 'nl', japan: 'ja', tokyo: 'ja', osaka: 'ja', kyoto: 'ja',
    china: 'zh', beijing: 'zh', shanghai: 'zh', korea: 'ko', seoul: 'ko', russia: 'ru', moscow: 'ru', poland: 'pl', warsaw: 'pl', krakow: 'pl', turkey: 'tr', istanbul: 'tr', ankara: 'tr',
    greece: 'el', athens: 'el', sweden: 'sv', stockholm: 'sv', norway: 'no', oslo: 'no', denmark: 'da', copenhagen: 'da', finland: 'fi', helsinki: 'fi', ukraine: 'uk', kyiv: 'uk',
    egypt: 'ar', cairo: 'ar', morocco: 'ar', dubai: 'ar', india: 'hi', delhi: 'hi', mumbai: 'hi', vietnam: 'vi', hanoi: 'vi', thailand: 'th', bangkok: 'th', indonesia: 'id', jakarta: 'id',
    israel: 'he', iran: 'fa', tehran: 'fa', hungary: 'hu', budapest: 'hu', czechia: 'cs', prague: 'cs', romania: 'ro', bucharest: 'ro',
  },
  languageMarkers: {
    // A marker without <lang> comes before the language; "English please" names where the text goes too.
    target: ['to', 'into', 'in', 'in to', 'in|into|to both', 'in|into|to plain|simple|normal|proper <lang>', '<lang> please', '<lang> pls', '<lang> plz', '<lang> is enough', '<lang> only', '<lang> would be great', '<lang> this time'],
    // A language the user cannot read, or that a text is in, is where the text comes from.
    source: ['from', 'don|can|doesn|didn t speak|read|understand <lang>', 'don|can|doesn|didn t speak|read|understand a word of <lang>', 'cannot|not speak|read|understand a word of <lang>', 'do|does|can|did not speak|read|understand <lang>', 'cannot speak|read|understand <lang>',
      // How little of it they know: "my flatmate doesn't speak much English", "she barely speaks English", "I can't read any Greek".
      'don|can|doesn|didn t speak|read|understand much|any|enough|fluent|good|decent|proper <lang>', 'do|does|can|did not speak|read|understand much|any|enough|fluent|good|decent|proper <lang>',
      'cannot speak|read|understand much|any|enough|fluent|good <lang>', 'don|can|doesn|didn t speak|read|understand very much|good|well <lang>', 'don|can|doesn|didn t speak|read|understand a lot of <lang>',
      'barely|hardly|scarcely speak|speaks|read|reads|understand|understands <lang>', 'barely|hardly|scarcely speak|speaks|read|reads|understand|understands any|much <lang>',
      'is|are|was|written in <lang>', 'is|are|was|s all|entirely|completely|mostly|only|fully in <lang>', 'all|entirely|completely in <lang>', 'don|doesn|didn t know <lang>', 'do|does not know <lang>',
      // The user's poor command of it: "my Spanish is terrible", "my Greek is pretty rusty".
      'my|our|his|her|their <lang> is|s|isn .. terrible|bad|awful|rusty|poor|weak|limited|basic|nonexistent|great|good|shaky|hopeless|useless', 'only writes|write|wrote <lang>', 'writes|write|wrote in <lang>', 'it|that|this s in <lang>', 'it|that|this s <lang>',
      // What someone sends is in their language: "a voice memo from my Japanese colleague".
      'from my|our|a|an|his|her|their|the <lang>', 'my|our|a|an|his|her|their|the <lang> colleague|colleagues|coworker|coworkers|friend|friends|neighbour|neighbor|client|customer|boss|teacher|landlord|host|partner|cousin|aunt|uncle wrote|sent|posted|texted|emailed|left|said', 'from my|our|a|an|his|her|their|the .. in <lang>'],
    audience: ['<lang> speaking', '<lang> speaker|speakers', 'speaks <lang>', 'only speaks <lang>', 'only speak|read|understand|reads|understands <lang>', 'speak|read|understand|speaks|reads|understands only|just <lang>', 'can only read|speak|understand <lang>', 'reads|speaks|understands|read|speak|understand <lang> better|best',
      'his|her|their|your own|native language', 'in|into|to his|her|their|your language', 'for my|our|a|an <lang>'],
  },
  labelMarkers: ['as', 'as either', 'into', 'into one of', 'between', 'about', 'either', 'one of', 'with the labels', 'labels', 'label',
    'categories', 'category', 'classes', 'options', 'intents', 'topics', 'tags', 'bucket', 'buckets'],
  weakLabelMarkers: 'as into between about either',
  conjunctions: { and: 'and', or: 'or' },
  copulas: 'is are was were s sound sounds seem seems look looks feel feels appear appears show shows depict depicts like',
  addressees: 'you your i me',
  descriptionLead: 'of showing depicting about that shows with featuring me us',
  instruments: 'using via',
  drawers: 'generate render',
  purpose: 'for',
  selves: 'myself ourselves',
  sounds: 'sound sounds noise noises noisy bird birds birdsong animal animals creature dog dogs bark barks barking beep beeps beeping alarm siren music instrument instruments song genre melody ring ringing buzz buzzing chirp chirping sing singing sings tweeting squeak squeaking rattle rattling knocking clicking engine scratching hear heard',
  endings: { plural: 's x', gerund: 'ing', participle: 'ed taken shot written drawn shown seen' },
  infinitive: 'to',
  relatives: 'what whatever',
  conditions: 'if unless',
  inWord: 'in',
  thisImage: 'the image',
  visible:
    'color colored red orange yellow green blue purple pink brown black white grey gray golden silver dark bright ' +
    'wear shirt shirts jersey jerseys uniform uniforms kit hat cap helmet shoe shoes sandals boots jacket coat dress skirt trousers pants jeans shorts glasses sunglasses scarf socks gloves ' +
    'man men woman women boy boys girl girls guy guys kid kids child children person people player players lady baby ' +
    'holding standing sitting lying facing looking smiling hiding riding carrying doing jumping walking waving pointing asleep awake ' +
    'behind front background foreground beside corner middle sky ground grass floor wall window door road street tree trees shelf camera ' +
    'weather sunny cloudy overcast raining rainy snowing snowy daytime daylight night nighttime sunset sunrise visible',
  fields: {
    question: ['question', 'my question', 'the question', 'my question is', 'the question is'],
    context: ['context', 'passage', 'reference text'],
    text: ['text', 'sentence', 'message', 'input', 'prompt', 'review', 'tweet', 'paragraph'],
    labels: ['labels', 'candidate labels', 'categories', 'classes', 'options', 'intents', 'topics', 'tags', 'possible labels'],
    target: ['target language', 'target', 'language', 'tgt'],
    source: ['source language', 'source', 'src'],
    first: [`old|original|current|earlier ${PIECES}`, 'before', 'first sentence', 'first text', 'sentence 1', 'text 1', 's1', 't1', 'sentence one', 'text one', 'sentence a', 'text a', 'version 1', 'version a', 'first version', 'draft 1', 'draft a', 'original version', 'old', 'old wording', 'old version'],
    second: [`new|revised|edited|updated|rewritten|proposed ${PIECES}`, 'after', 'second sentence', 'second text', 'sentence 2', 'text 2', 's2', 't2', 'sentence two', 'text two', 'sentence b', 'text b', 'version 2', 'version b', 'second version', 'draft 2', 'draft b', 'edited version', 'new', 'new wording', 'revised version'],
  },
  sentimentLabels: 'positive negative neutral mixed happy unhappy sad angry satisfied dissatisfied good bad pleased upset',
  intents: {
    detect: {
      say: ['detect', 'detection', 'object detection', 'detect objects', 'find the objects', 'find objects', 'find all objects',
        'find the ... objects', 'identify the objects', 'identify objects', 'identify all objects', 'list the objects', 'list objects',
        'what objects', 'which objects', 'spot', 'locate', 'bounding box', 'bounding boxes', 'draw boxes', 'boxes around', 'box|boxes|rectangles|squares round|around', 'put|draw|stick .. box|boxes|rectangles|squares round|around', 'put|draw|stick .. box|boxes|rectangles|squares round|around ... in|on|over', 'box every|each|all|the', 'draw a box', 'mark', 'point out',
        'where is', 'where are', 'where exactly is', 'where exactly are', 'where ... is', 'where ... are', 'count', 'how many', 'number of', 'tally',
        'has|have more', 'there are|is more', 'are|is there more', 'there are|is fewer', 'are|is there fewer', 'has|have fewer', 'has|have the most', 'has|have the fewest', 'more .. than',
        'identify ... objects', 'label .. objects', 'find ... objects', 'recognize ... objects', 'locate ... objects', 'list ... objects',
        'detect ... objects',
        'recognize the objects', 'recognize objects', 'label the objects',
        // Also named entities: the sentence's file says which ("find the people in crowd.jpg" are boxes).
        'find the people', 'find people', 'list the people'],
      make: ['detected', 'detections', 'bounding boxes', 'detected objects', 'objects detected', 'object labels', 'labelled image', 'labeled image', 'annotated image'],
    },
    classify: {
      say: ['classify', 'classification', 'image classification', 'categorize', 'categorization', 'label ... as', 'what kind of', 'what type of',
        'what sort of', 'which kind of', 'which type of', 'what category', 'which category', 'what class', 'which class', 'identify',
        'recognize', 'what animal', 'which animal', 'what breed', 'which breed', 'which species', 'what species', 'breed of', 'species of', 'what is the main object', 'main subject', 'tag',
        /* One main thing named is what the picture is of, not objects to box: "identify the main object in the image". */ 'identify|recognize|determine|classify|detect the main|primary|central object in|of|within|from', 'identify|recognize|determine|detect the main|primary|central object', 'label or class', 'sort ... into', 'group ... into', 'mark ... as', 'classifier', 'image classifier', 'class it belongs to', 'category it belongs to', 'belongs to', 'what is this image of', 'what is this a picture of'],
      make: ['classified', 'classification result', 'classification', 'classifications', 'predicted class', 'predicted label', 'predicted category', 'identified class'],
    },
    caption: {
      say: ['caption', 'describe', 'description', 'what is in', 'what s in', 'what is on', 'what s on', 'what is shown', 'what is happening',
        'what s happening', 'what happens in', 'what is going on', 'what s going on', 'what does ... show', 'what do ... show', 'what can you see',
        'what do you see', 'what you see', 'what you can see', 'what can be seen', 'what is|s .. in there', 'alt text', 'alt-text', 'tell me about', 'explain the image|picture|photo', 'image to text', 'image captioning', 'describe what'],
      make: ['caption', 'captions', 'description', 'descriptions', 'descriptive text', 'textual description', 'described', 'captioned'],
    },
    ocr: {
      say: ['read the text', 'read the writing', 'read the words', 'read what', 'the writing', 'writing on', 'written', 'any text', 'text from the image|picture|photo', 'ocr', 'optical character recognition',
        'recognize the text', 'transcribe the text', 'text .. extracted', 'make out', 'decipher',
        // Writing too bad to read: "her handwriting is a crime", "I can't read his scrawl".
        'handwriting|writing|scrawl is|s ... crime|terrible|awful|horrible|illegible|unreadable|bad|mess|messy|impossible|atrocious|hopeless|chaos', 'illegible', 'unreadable', 'barely legible', 'can|couldn t read his|her|their|the|this|my|your handwriting|writing|scrawl', 'cannot read his|her|their|the|this|my|your handwriting|writing|scrawl'],
      make: ['extracted text', 'recognized text', 'the text from'],
    },
    textOf: { say: ['extract the text', 'extract text', 'get the text', 'grab the text|writing|words', 'the text|writing off', 'take the text', 'pull the text', 'copy the text',
      'the text from', 'the text in', 'the text on', 'the text of', 'the words of|on|in'] },
    read: { say: ['read'] },
    segment: {
      say: ['segment', 'segmentation', 'image segmentation', 'cut out', 'cut ... out', 'isolate', 'separate the foreground', 'mask', 'masks',
        'regions', 'outline the', 'separate ... from the background', 'separate|isolate .. from the rest|background|backdrop'],
      make: ['segmentation mask', 'segmentation', 'segmented', 'mask', 'masks'],
    },
    depth: {
      say: ['depth', 'depth estimation', 'depth map', 'estimate depth', 'how far', 'distance', 'distances', '3d', 'closest to the camera',
        'nearest to the camera', 'farthest from the camera', 'near|close to the camera', 'near|close .. and|or .. far|farther|further', 'closer|nearer .. and|or .. farther|further', 'far away from the camera', 'how near', 'what is|s close|near|closer|nearer to the camera', 'what is|s far|farther|further back|away', 'what is|s in front and what is|s behind', 'how close .. to the camera', 'how far .. from the camera'],
      make: ['depth map', 'depth', 'the|that|this map'],
    },
    enhance: {
      say: ['tidy up', 'tidy .. up', 'enhance', 'enhancement', 'improve', 'upscale', 'upscaling', 'super resolution', 'superresolution', 'increase the resolution',
        'higher resolution', 'high resolution', 'sharpen', 'deblur', 'unblur', 'restore', 'fix', 'clean up', 'enlarge', 'blow up', 'blow .. up', 'double size', 'double the size', 'twice the size',
        'make ... bigger|larger|sharper|clearer|crisper|better|big', 'twice as big', 'less blurry', 'bigger', 'larger', 'image to image',
        'image-to-image', 'upsample', 'transform', 'stylize', 'stylized version', 'too small', 'too tiny', 'only|just .. pixels|px', 'only|just .. pixels|px wide|across|tall|high', 'too small|tiny|grainy|pixelated to print', 'too low res to print', 'big|large enough to print', 'print .. bigger|larger', 'print .. on|at a4|a3|a2|a1|poster|canvas', 'too blurry', /* What happens when it is enlarged: "it goes all blurry when I stretch it". */ 'goes|gets|turns|becomes .. blurry|pixelated|grainy|fuzzy|blocky|pixely', 'blurry|pixelated|grainy|fuzzy|blocky when|if i|you stretch|enlarge|zoom|resize|scale|print|blow', 'too dark', 'pixelated', 'grainy', 'low resolution', 'low res', 'lowres', 'improve the quality', 'enhance the quality', 'better quality', 'higher quality'],
      make: ['enhanced', 'upscaled', 'improved', 'restored', 'sharpened', 'bigger version', 'larger version', 'enlarged'],
    },
    edit: {
      say: ['same photo|picture|image|shot|scene .. but', 'the same photo|picture|image|shot|scene .. but', 'what|how about in|at|during .. winter|summer|autumn|fall|spring|night|nighttime|sunset|sunrise|dawn|dusk|daytime|daylight|rain|snow|fog|moonlight', 'now as a|an', 'but as a|an', 'this time as a|an', 'edit', 'image editing', 'modify', 'change', 'adjust', 'alter', 'replace', 'make it', 'make this', 'make them', 'add ... to', 'add ... on', 'add ... in|over|onto|behind|above|under', 'put ... on', 'put ... in|over|onto|behind|above|under', 'turn .. into', 'make it look',
        'make .. look', 'recolor', 'colorize', 'paint', 'swap', 'restyle', 'redo .. as', 'redo .. in the style', 'style of', 'in the style', 'cartoon version|look|effect|filter', 'into|as|like a cartoon', 'cartoonify', 'cartoonize', 'give .. a .. look|feel|effect|filter|style',
        // "transform" alone asks for a new version (TaskBench's image-to-image); into a named style it is an edit to describe.
        'transform .. into|to .. painting|sketch|drawing|watercolor|watercolour|cartoon|anime|comic|caricature|illustration|mosaic', 'convert .. into a',
        `make the .. ${LOOKS}`, `turn the ... ${LOOKS}`, 'convert|turn|change .. to|into black and white', 'in black and white', 'blur', 'pixelate the|all|his|her|their|my|its', 'crop', 'resize', 'scale .. down|up to', 'rotate', 'flip', 'brighten', 'darken', 'lighten', 'desaturate'],
      make: ['edited', 'modified', 'changed', 'two|three|four|2|3|4|several|multiple|different versions*'],
    },
    remove: { say: ['remove', 'get rid of', 'take .. off|out', 'erase .. from'] },
    question: {
      say: ['answer', 'read .. and tell me', 'read .. and answer', 'does|do|did it|this|that|they say|mention|state', 'does|do|did the .. say|mention|state', 'answer the question', 'answer this question', 'answer my question', 'question answering', 'ask',
        'the answer to', 'find the answer', 'get the answer', 'get an answer', 'know the answer', 'answer to the question', 'answer to this question', 'what is the answer',
        'i want to know', 'i need to know', 'need to know', 'i would like to know', 'i d like to know', 'want to know', 'curious about', 'wondering', 'find out',
        // What someone said, asked as a question ("which day did he say he'd come?"): a question on the words.
        'which|when|where|who .. did|does|do ... say|mention|tell|recommend|suggest|promise', 'how much|many|long|often ... did|does ... say|mention', 'what .. did|does ... mention|recommend|suggest|promise'],
    },
    vqa: { say: ['visual question answering', 'visual question', 'vqa'] },
    docqa: { say: ['document question answering', 'document question', 'document qa', 'docvqa', 'doc qa'] },
    qa: { say: ['extractive question answering', 'reading comprehension'] },
    drawImage: {
      say: ['draw', 'sketch', 'illustrate', 'visualize', 'what .. would look like', 'how .. would look', 'text to image', 'text-to-image', 'paint', 'paint me', 'imagine', 'see it|this|that as a|an picture|image|drawing|illustration'],
      make: ['image', 'picture', 'photo', 'illustration', 'drawing', 'artwork', 'poster', 'logo', 'wallpaper', 'rendering', 'visual', 'collage', 'mood board', 'moodboard', 'banner', 'sticker', 'avatar', 'cover for', 'album|book|ebook|podcast|episode|playlist|record cover',
        'generated image', 'generated picture', 'new image',
        // A picture for a cover: "cover art for my podcast: …" (not "a comic book cover", which may be a look to give a photo).
        'cover art', 'cover image', 'album art', 'cover picture', 'cover illustration'],
    },
    makeVideo: {
      say: ['text to video', 'text-to-video', 'animate'],
      make: ['video', 'videos', 'clip', 'footage', 'second clip|video', 'minute clip|video', 'movie', 'animation', 'film', 'video clip', 'generated video'],
    },
    speak: {
      say: ['read aloud', 'read ... aloud', 'play ... aloud', 'play ... out loud', 'read out', 'read .. out', 'read ... out loud', 'out loud', 'aloud', 'read ... to me', 'read ... to us',
        'read to me', 'read me', 'read us', 'announce this|it|that|these', 'announce the following', 'record this|these for|as', 'make a recording of', 'over|on|through the speakers|loudspeaker|loudspeakers|intercom|tannoy|pa', 'pa system', 'in a clear|calm|cheerful|friendly|slow voice', 'read .. to him|her|them', 'be read to', 'something .. can play|hear', 'play in the car', 'say', 'speak', 'pronounce', 'narrate', 'text to speech', 'text-to-speech', 'tts', 'turn .. into speech|audio|voice', 'turn .. into a spoken', 'turn ... into a|an voice|audio|spoken recording|message|note|file|clip',
        'convert .. to speech|audio', 'convert .. into speech|audio', 'transform .. into|to speech|audio|voice', 'change .. into|to speech|audio', 'voice over', 'voiceover', 'hear', 
        'as a voice message|note|memo', 'as an audio message|file|clip|recording', 'as audio', 'as speech', 'as an mp3', 'make it|this|that|them .. audio|speech|mp3', 'make .. a|an|into audio|voice|sound|mp3|spoken|podcast'],
      // The listener's situation: "I'm driving", "my dad is blind".
      why: ['in|on|with|through|into my|his|her|their|our|the earbuds|earphones|headphones|airpods', 'in|on|with|through|into earbuds|earphones|headphones|airpods', 'dyslexic', 'can only use audio', 'visually impaired', 'blind', 'can t see', 'cannot see', 'can t look at', 'cannot look at', 'can t read the screen', 'eyes on the road', 'eyes are on the road', 'behind the wheel', 'i m driving', 'i am driving', 'while i drive', 'while driving'],
      make: ['audio clip', 'voice clip', 'audio version', 'voice version', 'spoken version', 'spoken announcement', 'audio announcement', 'spoken message', 'speech', 'audio', 'narration', 'voice message', 'voice', 'recording',
        'audiobook', 'audio response', 'spoken answer', 'speech description', 'audio description', 'spoken description', 'voice description'],
    },
    listen: { say: ['listen to', 'listen'] },
    transcribe: {
      say: ['transcribe', 'transcription', 'speech to text', 'speech-to-text', 'speech recognition', 'automatic speech recognition', 'asr',
        'convert .. into|to text', 'turn .. into text', 'into text', 'converted into|to text', 'into written text', 'as text',
        'write down', 'write .. down', 'on paper', 'in writing', 'type up', 'type .. up', 'type out', 'type .. out', 'dictation'],
      make: ['transcript', 'transcripts', 'transcription', 'transcribed', 'transcribed text', 'subtitles', 'subtitle'],
    },
    // What was said, asked: the words of a recording (translated when they are in a language the user cannot read).
    words: { say: ['what was said', 'what is said', 'what s being said', 'what is being said', 'what ... said', 'what is|s written', 'meaning', 'what is|s the message|writing|wording on|in', 'what .. means', 'make sense of', 'what does .. mean', 'what does ... say', 'what do ... say', 'what did ... say', 'what does ... read', 'what it says', 'what they say', 'what it|this|that tells me|us', 'what .. tells me|us', 'what ... says', 'what ... saying',
      'talking about', 'talk about', 'what is being discussed', 'what s being discussed'] },
    denoise: {
      say: ['easier to hear', 'full of noise|hiss|hissing|static|hum|crackle', 'denoise', 'noise reduction', 'reduce noise', 'reduce the noise', 'remove ... noise|hum|hiss|static|echo|crackle', 'reduce ... noise|hum|hiss|echo',
        'get rid of ... noise|hum|hiss|echo', 'less noisy', 'annoying|constant|loud hiss', 'listenable', 'much wind', 'too windy', 'cut ... noise|hum', 'make ... louder|quieter', 'louder', 'turn up the volume', 'turn .. volume up', 'boost the volume', 'increase the volume',
        'audio enhancement', 'speech enhancement', 'echoey', 'echoy', 'less echo', 'muffled', 'make ... sound less echoey|echoy|muffled|noisy|tinny|distorted', 'reverb', 'separate|isolate|extract|split ... vocals|voices|speakers|instruments', 'change|alter|disguise|modify|distort|deepen .. voice|voices', 'make my|his|her|their|the voice|voices', 'voice changer', 'voice change', 'robot voice', 'sound like a robot|chipmunk|monster', 'pitch .. up|down', 'lower|raise .. pitch', 'separate the voices', 'separate the speakers', 'source separation', 'isolate the vocals',
        'audio to audio', 'audio-to-audio', 'more audible', 'clearer audio', 'too noisy', 'so noisy', 'very noisy', 'really noisy', 'wind noise',
        'lot of noise', 'lots of noise', 'so much noise', 'barely hear', 'hard to hear', 'can t hear', 'cannot hear', 'humming', 'buzzing'],
      make: ['cleaned', 'denoised', 'clean audio', 'enhanced audio'],
    },
    classifySound: {
      say: ['audio classification', 'classify the sound', 'classify the audio', 'what sound', 'which sound', 'what noise', 'what is that noise',
        'identify the sound', 'what instrument', 'which instrument', 'sound event', 'speaker identification', 'who is speaking',
        'emotion in the audio', 'emotion of the audio', 'kind of sound', 'what command', 'which command', 'spoken command', 'voice command'],
    },
    translate: {
      say: ['translate', 'translation', 'from <lang> into|to <lang>', '<lang> to|into <lang>', 'how do you say', 'how do i say', 'how would you say',
        'how to say', 'how would|do|does|did a|an <lang> say', 'how would|do|does <lang> people|speakers say', 'what is ... in <lang>', 'what s .. in <lang>', 'the <lang> for', 'mean in <lang>', 'put ... into|in <lang>', 'turn .. into <lang>', 'have .. in <lang>', 'need|want|get it|this|that|them|these|those in <lang>', 'can|could|may i get|have ... in <lang>', 'need|want|get it|this|that|them|these|those .. in <lang>',
        'how would .. be|sound|look in <lang>', 'make it|this|that <lang>', 'how does .. sound|look in <lang>', 'how is .. in <lang>', 'what would .. be in <lang>'],
      make: ['translation', 'translations', 'translated', 'translated text', '<lang> version', '<lang> translation', '<lang> one', '<lang> text'],
    },
    summarize: {
      say: ['important|key|main|essential|relevant bits|parts|stuff|details', 'what matters', 'the essentials', 'short and sweet', 'summarize', 'summary', 'summarization', 'sum up', 'sum ... up', 'gist', 'what is it|this about', 'what s it|this about', 'tl dr', 'tldr', 'shorten', 'condense', 'main points',
        'key points', 'in a nutshell', 'recap', 'brief overview', 'overview', 'boil ... down', 'short version', 'shorter version',
        'in a few words', 'in two lines', 'in a few|couple of|two|three lines|sentences', 'action items', 'in one sentence', 'make .. shorter', 'shorter', 'more concise', 'cut .. down', 'in a couple of sentences', 'highlights', 'key takeaways', 'takeaways',
        'what is this about', 'what s this about', 'what is it about', 'what s it about', 'one line summary', 'one-line summary', 'what is|s this .. doing', 'what does|do this .. do',
        'keep it short|brief', 'short of it', 'squeeze .. down', 'trim it|this|that|them|down', 'anything important', 'bullet points', 'as bullets', 'too long didn t read', 'what do|should i .. need to know',
        // A headline of a text given: its gist ("a headline for a bakery" is a new text).
        'headline|title for this|these|it|the', 'a headline|title for this|these|it|the'],
      // Too long for where it goes: "that's way too long for a tweet".
      why: ['too long for a|an|my|the tweet|text|post|message|sms|status|caption|slide|story|bio'],
      make: ['summary', 'summaries', 'summarized', 'short version', 'shorter version', 'recap', 'gist', 'synopsis', 'digest'],
    },
    sentiment: {
      say: ['a|your|my|quick|gut|honest read on', 'sentiment', 'sentiment analysis', 'positive or negative', 'negative or positive', 'tone', 'mood', 'vibe', 'vibes', 'emotion', 'emotions',
        `how ${EMOTIONS}`, `is ... ${EMOTIONS}`, `are ... ${EMOTIONS}`, `sound ${EMOTIONS}`, `sounds ${EMOTIONS}`, `seem ${EMOTIONS}`,
        `seems ${EMOTIONS}`, `sound|sounds|seem|seems more|less ${EMOTIONS}`, `s|if|whether ${EMOTIONS.replace('|content', '')}`, `how|too|sound|sounds|seem|seems ${TONES}`, 'come|comes|coming across', 'how does|do|will|would .. read|land', `was ... ${EMOTIONS}`, 'customer|client|user|buyer|guest|reviewer|author|writer pleased', 'being nice|kind|sarcastic|snarky', 'being passive aggressive', 'secretly|actually hate|hates|hated|dislike|dislikes|love|loves|like|likes', 'does|do|did he|she|they .. hate|dislike', 'mad at|with|about', 'mad or', 'or mad', 'happy or unhappy', 'happy or sad', 'like or dislike', 'feel about', 'how ... feel',
        'how ... feels', 'polarity', 'good or bad', 'satisfied or not',
        // Whether a text is cause for worry: its tone ("Should I be worried or is this fine?").
        'should|do|must i|we be worried|concerned|nervous|scared|alarmed|afraid', 'should|do|must i|we be worried|concerned|nervous|scared|alarmed|afraid or .. fine|ok|okay|normal|not|nothing|alright', 'should|do|must i|we worry', 'do|should|will i|we need to worry', 'do|should|will i|we need to be worried|concerned', 'do|should|will i|we need to worry or not', 'do|should|will i|we need to be worried|concerned or not', 'should|do|must i|we worry or not', 'cause|reason for concern|worry|alarm', 'something to worry about'],
      make: ['sentiment', 'sentiments', 'mood', 'tone', 'polarity'],
    },
    news: { say: ['is|s it|this|that .. good|bad news', 'good news or bad|not', 'good or bad news', 'bad news or good|not', 'good|bad news for me|us'] },
    language: {
      say: ['what language', 'which language', 'language identification', 'identify the language', 'detect the language', 'language detection',
        'language of', 'what tongue', 'which tongue', 'language is', 'language it is', 'language it s in', 'language this is'],
      make: ['language'],
    },
    entities: {
      say: [`${KINDS} ${KINDS} and|or ${KINDS}`, `${KINDS} ${KINDS} ${KINDS}`, `${WHO} and|or ${KINDS}`, `${KINDS} and|or ${WHO}`, 'people|person|town|towns|city|cities|place|places|company|companies|country|countries|brand|brands|street|organization|organizations .. names', 'named entities', 'named entity', 'named entity recognition', 'ner', 'entities', 'entity', 'entity recognition',
        'token classification', 'people and places', 'people or places', 'places or people', 'places and people', 'people places', 'people organizations',
        'names of people', 'person names', 'proper nouns', 'organizations', 'locations', 'who and|or where', 'who and|or where is|are|was|were|s ... mentioned|named|mention|name|appear|appears', 'part of speech',
        'parts of speech', 'pos tagging', 'tag each word', 'extract the names', 'names and|or places', 'keywords', 'key words', 'key terms', 'keyphrases', 'key phrases', 'names places', 'names dates', 'people dates', 'places dates', 'names companies', 'people mentioned', 'classify the tokens',
        'classify tokens', 'tokens', 'dates, names', 'names, dates', 'names and dates', 'dates and names', 'dates, locations',
        'places mentioned', 'who is mentioned', 'list the people', 'find the people', 'people, places', 'company names', 'names of companies',
        'organization names', 'brand names', 'pull out the names', 'pull|pick|fish|dig ... names|people|places|companies out', 'pull|pick|fish|dig out .. names|people|places|companies', 'names from', 'names in', 'person, place', 'person and place', 'people and companies', 'places and companies',
        'companies and people', 'people and organizations', 'places and organizations', 'names and companies', 'who and what', 'who and which',
        'what|which companies|organizations|brands', 'who was|were|is|are|got|gets mentioned', 'who s mentioned', 'people and the companies|places|organizations',
        'names of ... mentioned', 'the|any|all names mentioned', 'which|what people|persons|names|places|companies .. mentioned', 'who .. mentioned', 'names of the guests|speakers|participants|attendees|characters|people|places',
        'what|which cities|countries|towns|places|people|names ... mention|mentioned|named',
        // Who takes part in a text, and where all its places are: its names ("who's in this group chat and where are all these places?").
        'who is|s|are in|on this|the .. chat|thread|conversation', 'where are|is all these|the|those places|cities|towns|locations', 'who are all these|the|those people|persons|names'],
      make: ['entities', 'entity list', 'named entities'],
    },
    zeroShot: { say: ['pick|choose|assign|give .. label|labels|category|tag', 'zero shot', 'zero-shot', 'zero shot classification', 'zero-shot classification', 'read this|that|it as', 'reads as', 'read as', 'come|comes across as', 'which one fits', 'which fits', 'which of these',
      'which one of these', 'which label', 'pick one', 'choose one', 'best describes', 'best fits', 'fits best',
      'which|what bucket|category|class|pile|folder|department|tag|label', 'tag|label|file|put|sort|bucket .. one of', 'which|what team|queue|desk|inbox|person|group .. go|goes|belong|belongs|route|routed|send|sent|forward|forwarded|assign|assigned', 'one of these|those buckets|categories|labels|tags'] },
    similarity: {
      say: ['the same meaning|sense|message|point', 'the same thing as', 'same sense', 'keep|kept|keeps|preserve|preserved|preserves ... meaning|sense', 'still mean|means|say|says', 'similarity', 'similar', 'how similar', 'how close', 'the same points', 'the same point', 'compare', 'comparison', 'mean the same', 'means the same',
        'same meaning', 'say the same', 'says the same', 'are ... saying the same', 'do ... mean the same', 'is ... the same as', 'semantically', 'sentence similarity', 'paraphrases', 'agree', 'agree with each other',
        'consistent', 'how different', 'difference between', 'differ', 'basically|essentially|practically the same', 'they|both say|mean the same', 'say the same thing', 'about the same thing|topic|subject', 'on the same topic|subject', 'pretty much the same', 'meaning .. change|changed',
        // Two versions of a text: "did my rewrite change the meaning?", "which is closer to the original?".
        'change|changed|alter|altered .. meaning|sense', 'change|changed|alter|altered what it|they|this say|says|mean|means', 'change|changed|drop|dropped|lose|lost|miss|missed anything|something', 'anything|something get|got|gets|go|went|was|is lost|missing', 'what changed', 'closer|closest|nearer|nearest to the original|old|first', 'closer|closest|nearer|nearest to our|my|it|this|that', 'closer|closest|nearer|nearest in meaning', 'which is|s closer|closest to', 'sounds|reads closer|closest to', 'more|most similar', 'close enough', 'line up', 'match up', 'do they|these|both match', 'same info|information|details|facts', 'on the same page', 'any difference|differences', 'meaning drift|drifted|shift|shifted', 'drift|drifted|shift|shifted in meaning', 'same thing or not', 'same meaning or not', 'they|we|you|both re .. saying|say|meaning|mean the same', 'say|mean|express the same thing|idea|message'],
      make: ['similarity', 'similarity score'],
    },
    write: {
      say: ['continue', 'complete the sentence', 'complete this sentence', 'finish the sentence', 'finish this sentence', 'text generation',
        'generate text', 'expand on', 'elaborate', 'rewrite', 'rephrase', 'paraphrase', 'brainstorm', 'creative text', 'engaging text', 'complete sentence', 'incomplete sentence',
        'continue the story', 'continue this story', 'finish|complete this|the|my poem|story|song|verse|paragraph|letter|limerick',
        // A text made to start a new one: "use that as the opening of a bedtime story".
        'use|take .. as the|a|an opening|beginning|start|basis', 'use|take .. as the|a|an starting point|first line|first sentence', 'as the opening|beginning|start of a|an|my', 'as the first line|sentence of a|an|my', 'make .. up', 'keep .. going', 'carry on', 'pick up where', 'from where i stopped|left', 'what happens next'],
      make: ['story', 'stories', 'poem', 'poems', 'essay', 'slogan', 'tagline', 'joke', 'blurb', 'jingle', 'rhyme', 'sonnet', 'riddle', 'motto', 'continuation', 'blog post', 'lyrics', 'limerick',
        'haiku', 'generated text', 'new text', 'synthesized text', 'ad copy', 'new version', 'text', 'sentence', 'sentences', 'paragraph',
        'paragraphs', 'another version', 'rewrite', 'rewrites', 'a paragraph', 'a sentence', 'an article', 'a headline',
        'a tweet', 'a new sentence', 'a short paragraph', 'a new paragraph'],
    },
    reply: {
      say: ['reply', 'respond', 'conversational', 'chat', 'chatbot', 'conversation', 'talk to', 'write back', 'response to', 'discuss'],
      make: ['reply', 'conversational response', 'response', 'conversation'],
    },
    rewrite: { say: ['correct the grammar', 'fix the grammar', 'grammar', 'spelling', 'proofread', 'simplify', 'more formal', 'more professional', 'more polite',
      'more casual', 'less formal', 'friendlier', 'sound more', 'sound less', 'make .. sound more|less', 'make .. more formal|professional|polite|casual',
      // Not "polish" alone: "Polish, please", "can you do Polish?" name the language.
      'polish this|that|it|my|the|these|up|our|your', 'text2text'] },
    fillMask: { say: ['fill in the blank', 'fill the blank', 'fill in the gap', 'fill the gap', 'fill in the blanks', 'fill the blanks', 'fill in the gaps',
      'fill in', 'fill .. in', 'what word|words fits|fit|goes|go', 'which word|words fits|fit|goes|go', 'missing word', 'missing words', 'fill mask', 'fill-mask', 'blank', 'masked word'] },
    table: { say: ['tabular', 'tabular classification', 'classify the table', 'table classification', 'table data', 'table in', 'the table',
      'tabular format', 'table format', 'tabular form', 'any table', 'into a table', 'from the table', 'from this table', 'table image',
      'image of a table', 'picture of a table'] },
  },
  // Words that lean to a task without asking for it: only the fallback reads them (fallback.ts), never a phrase.
  hints: {
    summarize: 'wordy lengthy gist essence shorten shorter shrink condense trim nutshell skim boil digest recap briefly',
    speak: 'listen hear ears mp3 podcast narrate narration aloud spoken commute blind',
    transcribe: 'written writing typed verbatim minutes',
    entities: 'names people person company companies firm firms city cities places organisation organization contacts',
    similarity: 'equivalent alike paraphrase overlap identical differ',
    sentiment: 'mood happy angry upset annoyed pleased satisfied furious attitude',
    caption: 'alt scene screen reader blind',
    ocr: 'lettering letters handwriting',
    depth: 'near closer nearer farther further lens foreground background',
    segment: 'layer layers cutout outline',
    classifySound: 'noise noises beeping buzzing humming',
    zeroShot: 'categories category bucket buckets department',
    fillMask: 'missing blank gap',
    edit: 'vibe filter painting painted',
  },
};
