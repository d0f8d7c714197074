// `npm run --silent bench:complaints [--held-out] [--errors]`: how precisely the complaint reading (intents/complaints.ts)
// spots a complaint about the service, on feedback lines written blind. Development lines (`{en,zh}.feedback.dev.jsonl`,
// and every held-out round once it was scored, `.dev2.jsonl`, …) choose the words; the held-out round
// (`{en,zh}.feedback.test.jsonl`) is scored once.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { complainsAboutService } from '../intents/complaints';
import { LANGUAGES, type Language } from '../src/domain/vocabulary';

const lineSchema = z.object({ text: z.string().min(1), complaint: z.boolean() }).strict();
type FeedbackLine = z.infer<typeof lineSchema>;
const CORPUS = path.join(__dirname, '..', 'intents', 'corpus');

function filesOf(lang: Language, heldOut: boolean): string[] {
  if (heldOut) {
    const file = path.join(CORPUS, `${lang}.feedback.test.jsonl`);
    if (!existsSync(file)) throw new Error(`no held-out round: ${path.basename(file)} is written blind and scored once`);
    return [file];
  }
  const development = new RegExp(`^${lang}\\.feedback\\.dev\\d*\\.jsonl$`, 'u');
  return readdirSync(CORPUS)
    .filter((name) => development.test(name))
    .sort()
    .map((name) => path.join(CORPUS, name));
}

/** Every line must be valid; the error names the file and the line. */
function readLines(file: string): FeedbackLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => {
      const parsed = lineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path.basename(file)} line ${index + 1}: ${parsed.error.issues[0].message}`);
      return parsed.data;
    });
}

const heldOut = process.argv.includes('--held-out');
for (const lang of LANGUAGES) {
  const lines = filesOf(lang, heldOut).flatMap(readLines);
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
