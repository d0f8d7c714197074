// `npm run --silent dialogues -- eval [--held-out] [--lang en|zh] [--verbose ID]`: plays the conversation corpus through
// the real assistant with the simulated customer and prints the figures, then one JSON line for tools.
import { startConversation } from '../dialogs/conversationHarness';
import type { Language } from '../../src/domain/vocabulary';
import { corpusFiles, readScripts, type ConversationScript, type CorpusHalf } from './corpus';
import { play } from './simulator';
import { COMPONENTS, figures, score, type Figures, type Scored } from './scoring';

const USAGE = 'usage: npm run --silent dialogues -- eval [--held-out] [--lang en|zh] [--verbose ID]';

interface Options {
  half: CorpusHalf;
  languages: Language[];
  verbose?: string;
}

function parseOptions(args: string[]): Options {
  const [command, ...rest] = args;
  if (command !== 'eval') throw new Error(USAGE);
  const options: Options = { half: 'dev', languages: ['en', 'zh'] };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index];
    if (arg === '--held-out') options.half = 'heldout';
    else if (arg === '--lang' && (rest[index + 1] === 'en' || rest[index + 1] === 'zh')) {
      options.languages = [rest[index + 1] as Language];
      index += 1;
    } else if (arg === '--verbose' && rest[index + 1] !== undefined) {
      options.verbose = rest[index + 1];
      index += 1;
    } else throw new Error(`unknown or incomplete option "${arg}"\n${USAGE}`);
  }
  // The held-out half is scored once, as figures: never shown turn by turn.
  if (options.verbose !== undefined && options.half === 'heldout') throw new Error('--verbose plays development conversations only');
  return options;
}

async function playScored(script: ConversationScript): Promise<Scored> {
  const convo = startConversation();
  return score(await play(script, convo), convo.services.centers);
}

const ratio = (value: number): string => value.toFixed(2);

function printFigures(lang: Language, result: Figures): void {
  const components = COMPONENTS.map((component) => `${component} ${ratio(result.components[component])}`).join(', ');
  const { harms, endings } = result;
  console.log(`${lang}: ${result.conversations} conversations`);
  console.log(`  outcome accuracy ${ratio(result.accuracy)}  (${components})`);
  const { extra, extraWhenCorrect } = result;
  console.log(`  extra customer messages over the minimum: median ${extra.median}, 90th percentile ${extra.p90}`);
  console.log(`    in the correctly ended conversations only: median ${extraWhenCorrect.median}, 90th percentile ${extraWhenCorrect.p90}`);
  console.log(`  harm 1, open fault declared fixed: ${harms.declaredFixed}`);
  console.log(`  harm 2, clause cited that does not apply: ${harms.wrongCitations} (on evidence with a negation: ${harms.citedDenials})`);
  console.log(`  harm 3, the same reply three times in a row: ${harms.repeatedPrompt}`);
  console.log(`  endings: ${endings.finished} finished, ${endings.handed_to_staff} handed to staff, ${endings.cap} at the message cap`);
}

function describeMiss(one: Scored): string {
  const expected = one.played.script.expected;
  const misses = COMPONENTS.filter((component) => !one.components[component]).map(
    (component) => `${component} ${JSON.stringify(one.reading[component])}≠${JSON.stringify(expected[component])}`,
  );
  const harms = [
    one.harms.declaredFixed ? 'declared fixed' : '',
    ...one.harms.wrongCitations.map((citation) => `cited ${citation.clause} on ${JSON.stringify(citation.evidence)}`),
    one.harms.repeatedPrompt ? 'same reply 3×' : '',
  ].filter((harm) => harm !== '');
  return `  ${one.played.script.id}: ${[...misses, ...harms].join('; ')} (+${one.extra}, ${one.played.ending})`;
}

function printTurns(one: Scored): void {
  for (const turn of one.played.turns) {
    console.log(`customer (${turn.kind}): ${turn.text}`);
    console.log(`assistant: ${turn.assistant.replace(/\n/g, '\n           ')}`);
    console.log(`  pending: ${turn.pending ?? '-'}`);
  }
  console.log(`ending: ${one.played.ending}`);
  console.log(`read: ${JSON.stringify(one.reading)}`);
  console.log(`expected: ${JSON.stringify(one.played.script.expected)}`);
  console.log(describeMiss(one));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.verbose !== undefined) {
    const script = options.languages
      .flatMap((lang) => corpusFiles(lang, 'dev').flatMap(readScripts))
      .find((candidate) => candidate.id === options.verbose);
    if (!script) throw new Error(`no development conversation "${options.verbose}"`);
    printTurns(await playScored(script));
    return;
  }
  const summary: Partial<Record<Language, Figures>> = {};
  for (const lang of options.languages) {
    const scored: Scored[] = [];
    for (const script of corpusFiles(lang, options.half).flatMap(readScripts)) scored.push(await playScored(script));
    summary[lang] = figures(scored);
    printFigures(lang, summary[lang]);
    if (options.half === 'dev') scored.filter((one) => !one.correct || one.harms.declaredFixed || one.harms.wrongCitations.length > 0 || one.harms.repeatedPrompt).forEach((one) => console.log(describeMiss(one)));
  }
  console.log(JSON.stringify({ half: options.half, ...summary }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
