// Reads the conversation corpus (test/dialogues/corpus/WRITING.md gives the format) into checked, typed scripts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CLAUSE_IDS, type Language } from '../../src/domain/vocabulary';

const text = z.string().min(1);
const known = text.nullable();

/** The moments at which a customer says something of their own (a move) instead of answering. */
export const MOMENTS = ['product', 'symptom', 'troubleshooting', 'damage_check', 'open_case', 'contact', 'after_case', 'any'] as const;
export type Moment = (typeof MOMENTS)[number];

export const OUTCOMES = ['case', 'solved', 'no_case', 'handoff', 'answered'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const scriptSchema = z.object({
  id: text,
  lang: z.enum(['en', 'zh']),
  situation: z.string(),
  opening: text,
  facts: z.object({
    serial: known,
    model: known,
    purchase_date: known,
    problem: known,
    name: known,
    phone: known,
    place: known,
    case_id: known,
  }),
  replies: z.object({
    troubleshooting: z.array(text),
    damage_check: known,
    open_case: known,
    person: known,
    quote: known,
    rating: known,
    other: known,
  }),
  moves: z.array(z.object({ at: z.enum(MOMENTS), say: text })),
  expected: z.object({
    outcome: z.enum(OUTCOMES),
    warranty: z.enum(['in_warranty', 'expired', 'unknown']).nullable(),
    assessment: z.enum(['free', 'charged', 'review']).nullable(),
    clauses: z.array(z.enum(CLAUSE_IDS)),
    centre: known,
    handoff: z.boolean(),
  }),
  min_customer_messages: z.number().int().positive(),
});

export type ConversationScript = z.infer<typeof scriptSchema> & { lang: Language };

export const CORPUS_DIRECTORY = path.join(__dirname, 'corpus');

/**
 * `dev` is played while the assistant is built: `<lang>.dev.jsonl` and every earlier held-out half once it was scored
 * (`<lang>.dev2.jsonl`, …); `heldout` only once, at the end.
 */
export type CorpusHalf = 'dev' | 'heldout';

export function corpusFiles(lang: Language, half: CorpusHalf): string[] {
  if (half === 'heldout') return [path.join(CORPUS_DIRECTORY, `${lang}.heldout.jsonl`)];
  return readdirSync(CORPUS_DIRECTORY)
    .filter((name) => new RegExp(`^${lang}\\.dev\\d*\\.jsonl$`, 'u').test(name))
    .sort()
    .map((name) => path.join(CORPUS_DIRECTORY, name));
}

/** Every line must be a valid script; the error names the file, the line and the field. */
export function readScripts(file: string): ConversationScript[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const scripts: ConversationScript[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${path.basename(file)} line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`);
    }
    const parsed = scriptSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${where}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    scripts.push(parsed.data);
  });
  return scripts;
}
