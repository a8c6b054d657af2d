import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { exclusionsSource, loadLexicon, realWordsNearKeyTerms, SPELLING_EXCLUSIONS_FILE, WORD_LIST_PACKAGE } from '../../server/language/spelling-lexicon.ts';
import type { CommandIo } from '../io.ts';

/**
 * `npm run spelling`: lists the real words of the lexicon (see loadLexicon) that lie one slip from a key term of
 * src/domain/language/spelling.ts and writes them to spelling-exclusions.ts, so that the typo
 * correction never turns a real word ("debit") into a key term ("debt"). Run it after changing
 * the key terms, the corpus or the scenarios; a unit test fails while the list is out of date.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  if (argv.length > 0) {
    io.stderr.write('usage: parley spelling\n');
    return 2;
  }
  let list: string[];
  try {
    list = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${WORD_LIST_PACKAGE}/index.json`), 'utf8')) as string[];
  } catch {
    io.stderr.write(`parley spelling needs the word list: npm i --no-save ${WORD_LIST_PACKAGE}@2\n`);
    return 1;
  }
  const words = realWordsNearKeyTerms(loadLexicon(list));
  writeFileSync(SPELLING_EXCLUSIONS_FILE, exclusionsSource(words));
  io.stdout.write(`${SPELLING_EXCLUSIONS_FILE}: ${words.length} real words one slip from a key term\n`);
  return 0;
}
