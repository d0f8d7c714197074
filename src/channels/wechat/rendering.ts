// Turns the activities of one turn into WeChat texts: no buttons, cards or markdown there, and at most 2,048 bytes a message.
import type { Activity, Attachment, CardAction } from 'botbuilder';
import type { Language } from '../../domain/vocabulary';
import { t } from '../../i18n/translate';

/** WeChat refuses a text message longer than this, counted in UTF-8 bytes (about 680 Chinese characters). */
export const MAX_MESSAGE_BYTES = 2048;

const REPLY_SEPARATOR = '\n\n';
const ELLIPSIS = '…';

export interface RenderOptions {
  /** The most messages the turn may use; undefined: no limit. Fewer than one still gets one. */
  maxMessages?: number;
  /** Bytes per message; WeChat's limit unless a test says otherwise. */
  maxBytes?: number;
}

/** The texts to send for a turn's activities, in order: each reply rendered, then merged into as few messages as fit. */
export function renderTurn(activities: ReadonlyArray<Partial<Activity>>, options: RenderOptions = {}): string[] {
  const maxBytes = options.maxBytes ?? MAX_MESSAGE_BYTES;
  const replies = activities.map(renderActivity).filter((text) => text !== '');
  return mergeReplies(replies, { maxBytes, maxMessages: options.maxMessages });
}

/** One activity as plain text: its text without markdown, its cards in a few lines, its choices as numbered lines. */
export function renderActivity(activity: Partial<Activity>): string {
  if (activity.type !== undefined && activity.type !== 'message') return '';
  const text = stripMarkdown(activity.text ?? '');
  const lang = languageOf(activity, text);
  const cards = (activity.attachments ?? []).map((attachment) => cardText(attachment, text, lang)).filter((card) => card !== '');
  const buttons = [...(activity.suggestedActions?.actions ?? []), ...(activity.attachments ?? []).flatMap(cardButtons)];
  const choices = choicesText(buttons.map(actionTitle).filter((title) => title !== ''), text, lang);
  return [text, ...cards, choices].filter((part) => part !== '').join(REPLY_SEPARATOR);
}

/** The language of a reply: the turn's locale when it has one, else whether it is written in Chinese. */
export function languageOf(activity: Partial<Activity>, text: string): Language {
  if (activity.locale) return activity.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
}

// Markdown the dialogs write, and what it reads as in plain text. Escaped characters are set aside first so that a
// customer's own "*" or "_" (escaped by markdownLiteral) is never taken for markup.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const MARKUP: ReadonlyArray<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/!\[([^\]]*)\]\([^)\s]*\)/g, '$1'],
  [/\[([^\]]+)\]\(([^)\s]+)\)/g, (_whole, label: string, url: string) => (label === url ? url : `${label} (${url})`)],
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2'],
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2'],
  [/~~(?=\S)([\s\S]*?\S)~~/g, '$1'],
  [/`([^`\n]+)`/g, '$1'],
  [/^#{1,6}[ \t]+/gm, ''],
  [/^>[ \t]?/gm, ''],
  [/^([ \t]*)[-*+][ \t]+/gm, '$1• '],
];

export function stripMarkdown(markdown: string): string {
  const escaped: string[] = [];
  let text = markdown.replace(ESCAPED, (_whole, character: string) => `\uE000${escaped.push(character) - 1}\uE001`);
  for (const [pattern, replacement] of MARKUP) text = text.replace(pattern, replacement as string);
  return text.replace(PLACEHOLDER, (_whole, index: string) => escaped[Number(index)]).trim();
}

interface CardElement {
  type?: string;
  text?: string;
  isSubtle?: boolean;
  facts?: Array<{ title?: string; value?: string }>;
  items?: CardElement[];
  columns?: CardElement[];
}

/**
 * A card as a few lines: its texts and facts that the message does not already say (the case card repeats the case
 * number and the address the text gives). Small print is left out: the text says what matters in its own words.
 */
function cardText(attachment: Attachment, messageText: string, lang: Language): string {
  const content = attachment.content as Record<string, unknown> | undefined;
  if (content === undefined || content === null || typeof content !== 'object') return '';
  const lines = attachment.contentType === 'application/vnd.microsoft.card.adaptive'
    ? adaptiveLines((content.body as CardElement[] | undefined) ?? [], lang)
    : [content.title, content.subtitle, content.text].filter((line): line is string => typeof line === 'string').map((line) => {
        const value = stripMarkdown(line);
        return { value, shown: value };
      });
  const said = messageText.replace(/\s+/g, ' ');
  return lines.filter((line) => line.value !== '' && !said.includes(line.value.replace(/\s+/g, ' '))).map((line) => line.shown).join('\n');

  function adaptiveLines(elements: CardElement[], language: Language): Array<{ value: string; shown: string }> {
    const colon = language === 'zh' ? '：' : ': ';
    return elements.flatMap((element) => {
      if (element.type === 'TextBlock' && !element.isSubtle) {
        const value = stripMarkdown(element.text ?? '');
        return [{ value, shown: value }];
      }
      if (element.type === 'FactSet') {
        return (element.facts ?? []).map((fact) => {
          const value = stripMarkdown(fact.value ?? '');
          return { value, shown: `${fact.title ?? ''}${colon}${value}` };
        });
      }
      return adaptiveLines([...(element.items ?? []), ...(element.columns ?? [])], language);
    });
  }
}

function cardButtons(attachment: Attachment): CardAction[] {
  const buttons = (attachment.content as { buttons?: unknown } | undefined)?.buttons;
  return Array.isArray(buttons) ? (buttons as CardAction[]) : [];
}

function actionTitle(action: CardAction): string {
  const value: unknown = action.value;
  return (action.title || (typeof value === 'string' ? value : '') || action.text || '').trim();
}

/** A numbered list already in the text (the exclusion checklist) keeps its numbers: the choices are words to reply. */
const NUMBERED_LIST = /^\s*1[.、．)]\s*\S[\s\S]*^\s*2[.、．)]\s*\S/m;

/** Punctuation between listed numbers and between quoted words; the words around them are in the locale files. */
const NUMBER_SEPARATOR: Record<Language, string> = { en: ', ', zh: ' / ' };
const WORD_SEPARATOR = '” / “';

/** Choices as numbered lines and how to answer them, or as words to reply when the text numbers its own list. */
function choicesText(titles: string[], text: string, lang: Language): string {
  if (titles.length === 0) return '';
  if (NUMBERED_LIST.test(text)) return t(lang, 'wechat.replyWords', { words: titles.join(WORD_SEPARATOR) });
  const lines = titles.map((title, index) => `${index + 1}. ${title}`).join('\n');
  return `${lines}\n${replyHint(titles.length, lang)}`;
}

function replyHint(count: number, lang: Language): string {
  if (count === 1) return t(lang, 'wechat.replyOne');
  const list = Array.from({ length: count - 1 }, (_unused, index) => String(index + 1)).join(NUMBER_SEPARATOR[lang]);
  return t(lang, 'wechat.replyNumbers', { list, last: count });
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Replies joined by a blank line into as few messages of at most `maxBytes` as keep each reply whole; when that is
 * more than `maxMessages`, packed densely across sentence boundaries, then byte by byte, and what still does not fit
 * is cut with "…".
 */
export function mergeReplies(replies: readonly string[], limits: { maxBytes: number; maxMessages?: number }): string[] {
  const { maxBytes } = limits;
  const whole = pack(replies.flatMap((reply) => splitText(reply, maxBytes)), REPLY_SEPARATOR, maxBytes);
  if (limits.maxMessages === undefined) return whole;
  const maxMessages = Math.max(1, Math.floor(limits.maxMessages));
  if (whole.length <= maxMessages) return whole;
  const joined = replies.join(REPLY_SEPARATOR);
  const dense = splitText(joined, maxBytes);
  if (dense.length <= maxMessages) return dense;
  // Every byte used: a sentence may run on into the next message, which still reads better than losing it.
  const full = hardSplit(joined, maxBytes);
  if (full.length <= maxMessages) return full;
  const kept = full.slice(0, maxMessages);
  kept[maxMessages - 1] = `${cutToBytes(kept[maxMessages - 1], maxBytes - byteLength(ELLIPSIS)).trimEnd()}${ELLIPSIS}`;
  return kept;
}

// A sentence ends after 。！？!? (with any closing quotes), after a full stop followed by a space, or at a line break.
const SENTENCE_END = /(?:[。！？!?]+[”’"')）]*|\.+[”’"')）]*(?=\s|$)|\n)\s*/g;

/** Text of at most `maxBytes` a piece, split at sentence boundaries; a sentence alone too long is cut where it must be. */
export function splitText(text: string, maxBytes: number): string[] {
  if (byteLength(text) <= maxBytes) return text === '' ? [] : [text];
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > start) sentences.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) sentences.push(text.slice(start));
  const pieces = sentences.flatMap((sentence) => (byteLength(sentence) <= maxBytes ? [sentence] : hardSplit(sentence, maxBytes)));
  return pack(pieces, '', maxBytes).map((message) => message.trim()).filter((message) => message !== '');
}

/** Pieces joined with `separator` in order, a new message whenever the next would not fit. */
function pack(pieces: readonly string[], separator: string, maxBytes: number): string[] {
  const messages: string[] = [];
  for (const piece of pieces) {
    const last = messages.length - 1;
    if (last >= 0 && byteLength(messages[last]) + byteLength(separator) + byteLength(piece) <= maxBytes) {
      messages[last] = `${messages[last]}${separator}${piece}`;
    } else {
      messages.push(piece);
    }
  }
  return messages;
}

function hardSplit(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (byteLength(rest) > maxBytes) {
    const piece = cutToBytes(rest, maxBytes);
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** The longest start of `text` within `maxBytes`, never cutting a character in two. */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = byteLength(character);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += character.length;
  }
  return text.slice(0, end);
}
