// vader-sentiment ships no typings; sentiment.ts types the one export it uses.
declare module 'vader-sentiment';
