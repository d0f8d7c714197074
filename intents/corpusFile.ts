// Reads labelled JSON Lines (training corpora, evaluation sets), validating each line and naming the bad ones.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CLAUSE_IDS, INTENTS, SYMPTOMS } from '../src/domain/vocabulary';

const clauseList = z.array(z.enum(CLAUSE_IDS));

export const labelledLineSchema = z.object({
  text: z.string().min(1),
  intent: z.enum(INTENTS),
  symptom: z.enum(SYMPTOMS).nullish(),
  exclusions: clauseList.optional(),
  negated: clauseList.optional(),
});
export type LabelledLine = z.infer<typeof labelledLineSchema>;

/**
 * A line for the symptom head alone: a fault description with its symptom, or an answer such as
 * "none of these" that describes no fault (null). Such answers have no intent to learn.
 */
export const symptomLineSchema = z.object({ text: z.string().min(1), symptom: z.enum(SYMPTOMS).nullable() }).strict();
export type SymptomLine = z.infer<typeof symptomLineSchema>;

/** How a reply answers a yes/no-style question ("did that help?", "shall I open a case?"), whatever its first word. */
export const ANSWER_LABELS = ['affirm', 'deny', 'unsure', 'not_tried', 'other'] as const;
export type AnswerLabel = (typeof ANSWER_LABELS)[number];

/** A line of `<lang>.answers.jsonl`, for the answer head alone. */
export const answerLineSchema = z.object({ text: z.string().min(1), answer: z.enum(ANSWER_LABELS) }).strict();
export type AnswerLine = z.infer<typeof answerLineSchema>;

/** What an off-topic or gibberish line is, so a leak can be traced to the kind of message that caused it. */
export const OFF_TOPIC_KINDS = ['keyboard_mash', 'random_words', 'emoji', 'half_sentence', 'unrelated_question', 'other_vendor', 'pasted_code'] as const;

/**
 * A line of `<lang>.offtopic.jsonl`: a message no request of ours lies in, for choosing when the
 * assistant admits it did not understand. Never trained on.
 */
export const offTopicLineSchema = z.object({ text: z.string().min(1), kind: z.enum(OFF_TOPIC_KINDS) }).strict();
export type OffTopicLine = z.infer<typeof offTopicLineSchema>;

/**
 * The off-topic set in two halves, alternate lines so each half holds every kind: the routing
 * settings are chosen on `tuning`; `heldOut` is scored once, after they are chosen.
 */
export function readOffTopicHalves(file: string): { tuning: OffTopicLine[]; heldOut: OffTopicLine[] } {
  const values = readOffTopicLines(file);
  return { tuning: values.filter((_, index) => index % 2 === 0), heldOut: values.filter((_, index) => index % 2 === 1) };
}

/** Every line of an off-topic file, e.g. `<lang>.offtopic2.jsonl`, a second round written blind and held out whole. */
export function readOffTopicLines(file: string): OffTopicLine[] {
  const { lines, errors } = readJsonLines(file, offTopicLineSchema);
  if (errors.length > 0) throw new Error(`readOffTopicLines: ${errors.map(describeLineError).join('; ')}`);
  return lines.map((line) => line.value);
}

/** For crossfit and public benchmarks: any label names, English. */
export const freeLabelLineSchema = z.object({ text: z.string().min(1), intent: z.string().min(1) });

export interface LineError {
  file: string;
  line: number;
  message: string;
}

export interface ParsedLines<T> {
  lines: Array<{ line: number; value: T }>;
  errors: LineError[];
}

export function describeLineError(error: LineError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}

/** Blank lines are skipped; every other line must be a JSON object the schema accepts. */
export function parseJsonLines<T>(content: string, file: string, schema: z.ZodType<T>): ParsedLines<T> {
  const result: ParsedLines<T> = { lines: [], errors: [] };
  content.split(/\r?\n/u).forEach((raw, index) => {
    if (!raw.trim()) return;
    const line = index + 1;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      result.errors.push({ file, line, message: 'not valid JSON' });
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) {
      result.lines.push({ line, value: parsed.data });
    } else {
      const issue = parsed.error.issues[0];
      result.errors.push({ file, line, message: `${issue.path.join('.') || 'line'}: ${issue.message}` });
    }
  });
  return result;
}

export function readJsonLines<T>(file: string, schema: z.ZodType<T>): ParsedLines<T> {
  return parseJsonLines(readFileSync(file, 'utf8'), file, schema);
}
