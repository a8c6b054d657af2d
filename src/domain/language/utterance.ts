import type { Act } from './acts.ts';

/** What the classifier knows about the moment an utterance is spoken. */
export interface UtteranceContext {
  /** The other side's last words, if any. */
  previous?: string | undefined;
  /** Whether the right party (the consumer) has been verified on this call. */
  rpc_verified?: boolean | undefined;
  /** Whether someone other than the consumer is known to be on the line. */
  third_party_on_line?: boolean | undefined;
}

/** One utterance to understand. */
export interface Utterance {
  text: string;
  speaker: 'agent' | 'customer';
  context?: UtteranceContext | undefined;
}

/**
 * Anything that turns an utterance into its acts (rules, a model, or both). A classifier that
 * combines rules with a model offers its rules alone as `byRules`: they name the words that carry
 * an act, which is what evidence quotes. `forOneCall` runs the reading of one call so that each
 * line is read once however often it is asked about (as context, sentence by sentence).
 */
export type Classify = ((utterance: Utterance) => Act[]) & {
  byRules?: (utterance: Utterance) => Act[];
  forOneCall?: <T>(read: () => T) => T;
};
