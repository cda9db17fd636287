// The shape of a language's lexicon: the words people use, as data. The engine reads nothing
// else, so supporting a new wording means adding a phrase to one of these lists.
//
// Phrase syntax (every list of phrases): words separated by spaces, matched on normalised words
// (lower case, accents folded, the language's suffixes stripped, so "Transcribing" matches
// "transcribe"); `a|b` either word; `word*` any word starting with "word"; `...` up to eight other
// words, `..` up to three; `<lang>` a language name of this lexicon (or of English).
import type { IntentId } from './intents.js';

/** Named values a request can give with a label and a colon ("Question: …", "labels: a, b"). */
export type FieldName = 'question' | 'context' | 'text' | 'labels' | 'target' | 'source' | 'first' | 'second';

/** Kinds of noun that name what a request works on; "textimage" is a picture of text (a sign, a menu). */
export type NounClass = 'image' | 'audio' | 'video' | 'text' | 'document' | 'textimage';

export interface IntentWords {
  /** Verbs, fixed phrases and question patterns that ask for the task: "transcribe", "how many". */
  say?: string[];
  /** Nouns (and participles) naming what the task produces: "transcript", "summary", "the upscaled". */
  make?: string[];
  /** A situation that implies the task ("I'm driving", "blind"): it asks for the task as `say` does, unless the request asks for it again in so many words ("I'm driving, … say it out loud"), which then says what it works on. */
  why?: string[];
}

export interface LanguageLexicon {
  /** ISO 639-1 code and English name. */
  code: string;
  name: string;
  /** Suffixes stripped before matching, tried longest first; a stem keeps at least 3 letters; "ies>y" replaces. */
  suffixes: string[];
  /** Informal spellings mapped to the word meant ("pls" → "please"). */
  spellings: Record<string, string>;
  /** Function words (space-separated): they say which language a request is in, and no task. */
  stopwords: string;
  /** Words that open a question. */
  questionWords: string;
  /** Determiners (space-separated): "the summary" points back at an output, "a summary" asks for one, "its depth" asks for one about something named; `own` (first person) names the user's own text, asking nothing ("did my rewrite change it?", "our slogans"). */
  determiners: { definite: string; indefinite: string; possessive: string; own?: string };
  /** Nouns after a task's name that make it a mention, not a request ("the translation tool"). */
  mentions: string;
  /** Nouns for the steps of a request ("the following tasks: …" introduces instructions, not content). */
  instructionNouns: string;
  /** Words that tie a file to a phrase ("the total on receipt.jpg"): dropped from questions with the file. */
  fileLinks: string;
  /** Nouns (space-separated) for what a question gives: "the answer" in a request is the output of the latest step that answered a question, not the latest output. */
  answers?: string;
  /** Greetings, thanks and small talk: a request made only of these needs no task. */
  chitchat: string[];
  /** Words before a verb that make it a topic, not a request ("a note on how to edit it"). */
  hedges: string[];
  /** Words (space-separated, as written) that say what is not asked ("a caption, not a summary", "no summary"); a phrase right after one, or after it and two function words, asks nothing, as after a hedge. */
  negations?: string;
  /** Phrases that contain a cue word but ask for nothing ("would you say", "let me know"). */
  ignore: string[];
  /** A correction opening the request ("no, I meant …"): it acts on what the previous request acted on, not on the answer to it. */
  corrections?: string[];
  /** Words (space-separated, as written) that open a yes to an offer ("yes, do both"); `offers`: phrases of the assistant before what it offers to do ("I can describe each picture … Want me to?"). A yes that asks nothing else plans what was offered. */
  accept?: string;
  offers?: string[];
  /** Phrases that present what the user gives ("I have", "here is"): a product named after them is that thing, not a request ("I have a description: …"). */
  presenters: string[];
  connectors: {
    /** Start a later step: "then", "after that", "finally". */
    then: string[];
    /** Join steps or objects: "and", "also", "plus". */
    and: string[];
    /** Address the assistant ("can you") after a goal that opens the sentence (a creator, then the infinitive: "I want to …"): "I want to cut him out and put
     * him on a new background, can you separate him from the rest?" asks only what follows (as `so` does). */
    ask?: string[];
    /** Join a step that works on what the step before worked on, not on its result: "separately" (read as `and` otherwise). */
    apart?: string[];
    /** Put the next step before the one it follows ("…, but first …"), or, opening a sentence, after the one after it ("Before you …, …"). */
    first: string[];
    /** End a goal the user reaches themselves and open what they need from us for it: "I want to crop them out, so first I need to know where they are" asks the second only. */
    so?: string[];
    /** Put the step after it first when said after another step of its sentence ("read it aloud after translating it"); opening a sentence, the order said stands. */
    after?: string[];
  };
  /** Verbs that make one of the products of `make` ("generate", "create", "give me"). */
  creators: string[];
  /** References to things named or produced earlier. */
  references: {
    /** Pronouns and demonstratives: "it", "that", "them". */
    it: string[];
    /** The given content, named ahead of it: "this", "the following", "below". */
    pointer: string[];
    /** Several earlier things at once: "both", "each", "all of them". */
    all: string[];
    /** The latest output, whatever made it: "the result", "the answer", "the generated". */
    result: string[];
    /** The user's own input, not an output: "the original". */
    original: string[];
    /** The assistant's previous answer: "your answer", "what you said". */
    answer: string[];
    /** Repeat the previous request on something else: "do the same for". */
    same: string[];
  };
  /** A result of the assistant named with "your" ("your summary", "tu resumen"): its last answer, as `references.answer` (kept apart: the fallback's bags keep these product words). */
  yourResults?: string[];
  /** Words that pick one of several things named ("the second photo"): position from 1, -1 for the last. */
  ordinals: Record<string, number>;
  /** Nouns by what they name: "photo" an image, "call" audio, "receipt" a document. */
  nouns: Record<NounClass, string>;
  /** Language names of this language ("spanish", "español") with their ISO 639-1 codes. */
  languages: Record<string, string>;
  /** Places with the language spoken there, for "in his own language" to a client in Lisbon (one word each; English's are read in every language). */
  places?: Record<string, string>;
  languageMarkers: {
    /** Before a language to translate into: "to", "into", "in"; or a phrase holding `<lang>` ("<lang> please"). */
    target: string[];
    /** Before the language of the input: "from". */
    source: string[];
    /** Around a language: the audience's language, to translate into ("<lang>-speaking"). */
    audience: string[];
  };
  /** Words before a list of candidate labels: "as", "into", "labels". */
  labelMarkers: string[];
  /** Of those, the words that introduce labels only when the list has an "or" ("about sports or politics"); they also do at the end of a verb's phrase ("label … as"). */
  weakLabelMarkers: string;
  /** "and" and "or" words (space-separated): they separate labels; an "or" makes a list of alternatives. */
  conjunctions: { and: string; or: string };
  /** Verbs that open a list of alternatives in a question ("is it a city, a farm or a beach?", "does it sound sarcastic or sincere?"), and follow a label ("my question is: …"). */
  copulas: string;
  /** Words that address the user or the assistant: an answer ending in a question with one of them asks back ("What would you like me to do?"), a translated question does not. */
  addressees: string;
  /** Words between a verb that generates and what to show ("draw me a …", "a video of …"): not part of the description. */
  descriptionLead: string;
  /** Words (space-separated, as written) before what a step works with ("answer it using the text from the image"): a step's phrase opening with "the" after one names that step's output, asked of by the step before. */
  instruments?: string;
  /** Creator verbs that, followed by a description that asks for nothing else, draw it ("generate a tiny robot on a balcony"). */
  drawers?: string;
  /** The word before whom or what a product is for ("for my blog post"): that purpose is no part of what to make. */
  purpose: string;
  /** Words (space-separated) that open a clause naming what a thing holds ("draw what it says", "whatever I describe in it"): the verb after them asks for nothing, it names the content. */
  relatives?: string;
  /** Words (space-separated, as written) that say the user does a thing themselves ("blur it myself in Photoshop"): the verb of their clause asks for nothing. */
  selves?: string;
  /** Words (space-separated) that open a condition ("If they are similar, make a video"): a step there already asked before is no new step. */
  conditions?: string;
  /** Words of sounds (space-separated): a question on a recording that names one is about its sounds, else about what is said in it. */
  sounds?: string;
  /** Word endings (space-separated): a plural, a gerund ("a response describing it" describes the response), a participle ("who painted …?"). */
  endings: { plural: string; gerund: string; participle: string };
  /** The infinitive marker ("I need to process an image"): a verb of the user's own follows, so what comes after is not asked of a creator verb before it. */
  infinitive: string;
  /** The word "in" of "a text in English", which says the input's language rather than the target. */
  inWord: string;
  /** What replaces a file name taken out of a question without a preposition ("Does c.jpg show…" → "Does the image show…"). */
  thisImage: string;
  /** What a picture shows (space-separated): colours, clothes, people, poses, parts of a scene, weather, time of day. A bare question with one of these, with a picture at hand, is about that picture. */
  visible: string;
  /** Labels of named values, written before a colon. */
  fields: Record<FieldName, string[]>;
  /** Words of sentiment labels: a label list made only of these is a sentiment question. */
  sentimentLabels: string;
  intents: Partial<Record<IntentId, IntentWords>>;
  /** Words (space-separated) that lean to a task without asking for it: only the fallback's bags of words read them (fallback.ts), never as a phrase. */
  hints?: Partial<Record<IntentId, string>>;
}
