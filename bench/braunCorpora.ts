// The Braun et al. (2017) intent corpora, each with its training and test split, as the benches read them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LabelledText } from '../intents/textClassifier';

export const BRAUN_CORPORA = ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus'] as const;
export type BraunCorpusName = (typeof BRAUN_CORPORA)[number];

/** Beside the repository, in the shared folder the corpora were unpacked into. */
export const DEFAULT_BRAUN_DIRECTORY = path.join(__dirname, '..', '..', 'shared', 'nlu-benchmark');

const corpusSchema = z.object({
  sentences: z.array(z.object({ text: z.string(), intent: z.string(), training: z.boolean() })),
});

export interface BraunCorpus {
  training: LabelledText[];
  test: LabelledText[];
}

export function readBraunCorpus(directory: string, name: BraunCorpusName): BraunCorpus {
  const { sentences } = corpusSchema.parse(JSON.parse(readFileSync(path.join(directory, `${name}.json`), 'utf8')));
  const labelled = (training: boolean) => sentences.filter((sentence) => sentence.training === training).map(({ text, intent }) => ({ text, label: intent }));
  return { training: labelled(true), test: labelled(false) };
}
