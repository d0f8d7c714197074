// `npm run --silent bench:complaints [--held-out] [--errors]`: how precisely the complaint reading (intents/complaints.ts)
// spots a complaint about the service, on feedback lines written blind: half to choose the words by
// (`{en,zh}.feedback.dev.jsonl`), half held out (`{en,zh}.feedback.test.jsonl`) and scored once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { complainsAboutService } from '../intents/complaints';
import { LANGUAGES } from '../src/domain/vocabulary';

const lineSchema = z.object({ text: z.string().min(1), complaint: z.boolean() }).strict();
const CORPUS = path.join(__dirname, '..', 'intents', 'corpus');

for (const lang of LANGUAGES) {
  const file = path.join(CORPUS, `${lang}.feedback.${process.argv.includes('--held-out') ? "test" : "dev"}.jsonl`);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => {
      const parsed = lineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path.basename(file)} line ${index + 1}: ${parsed.error.issues[0].message}`);
      return parsed.data;
    });
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const wrong: string[] = [];
  for (const { text, complaint } of lines) {
    const read = complainsAboutService(text);
    if (read && complaint) truePositives += 1;
    if (read && !complaint) falsePositives += 1;
    if (!read && complaint) falseNegatives += 1;
    if (read !== complaint) wrong.push(`  ${complaint ? 'missed' : 'read as complaint'}: ${text}`);
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  console.log(`${lang}: ${lines.length} lines, complaint precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  if (process.argv.includes('--errors')) console.log(wrong.join('\n'));
}
