// The shapes of identifiers customers type (CONTRACT §4, §5), shared by entity extraction and by tokenising.

/** NetPosa model names such as NP-IPC2043 or np-nvr1016-4k. */
export const MODEL_PATTERN = /\bNP-[A-Z]{2,4}-?\d{3,5}(?:-?[A-Z0-9]{1,4})?(?![A-Z0-9])/giu;
export const CASE_ID_PATTERN = /\bRMA-\d{8}-\d{4,}\b/giu;
/** Chinese mobile numbers, optionally with +86 and grouped by spaces or dashes. */
export const MOBILE_PATTERN = /(?:\+?86[\s-]?)?(?<![\d])1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/gu;
/** A number abroad, written with its country code: "+7 701 455 2817", "+49-30-1234567" (ITU-T E.164 allows 15 digits). */
export const INTERNATIONAL_PHONE_PATTERN = /(?<![\w+])\+(?!86)[1-9]\d{0,2}(?:[\s-]?\(?\d{1,5}\)?){2,5}(?![\d])/gu;
/** Chinese landlines with an area code: 010-8888 6666, 0571-88886666, and from abroad +86 871 6318 0552. */
export const LANDLINE_PATTERN = /(?<![\d])(?:\+86[\s-]?0?|0)\d{2,3}[\s-]\d{3,4}[\s-]?\d{4}(?!\d)|(?<![\d])0\d{2,3}\d{7,8}(?!\d)/gu;
/** A Taiwan mobile number, written the local way: 0937-516-284, 0912 345 678. */
export const TAIWAN_MOBILE_PATTERN = /(?<![\d])09\d{2}[\s-]?\d{3}[\s-]?\d{3}(?!\d)/gu;
/** Anything shaped like a serial: 8–20 letters, digits and dashes. Callers check the digit count. */
export const SERIAL_CANDIDATE_PATTERN = /(?<![A-Za-z0-9-])[A-Za-z0-9][A-Za-z0-9-]{6,18}[A-Za-z0-9](?![A-Za-z0-9-])/gu;
/**
 * A serial copied in groups, as printed on some labels: "NPN 26A 0000 7016", "npc21a 0001 2345", "npp 22a 0000 4416", and
 * a licence key "lic fr 2026 00058". The first group holds a digit, is in capitals, or is NetPosa's "NP" prefix or a
 * licence's "LIC" and its product letters, and every later group holds a digit, so words around it are never swallowed.
 */
export const SPACED_SERIAL_PATTERN = /(?<![A-Za-z0-9-])(?:[A-Z]{2,4}|[Nn][Pp][A-Za-z]|[Ll][Ii][Cc][ -][A-Za-z]{2,4}|(?=[A-Za-z]+\d)[A-Za-z0-9]{3,8})(?:[ -](?=[A-Za-z]*\d)[A-Za-z0-9]{2,8}){1,4}(?![A-Za-z0-9])/gu;
/** A serial spelled out one character at a time, as read off a label: "N P C 2 4 C 0 0 0 4 7 7 0 7". */
export const SPELLED_SERIAL_PATTERN = /(?<![A-Za-z0-9])(?:[A-Za-z0-9] ){9,19}[A-Za-z0-9](?![A-Za-z0-9])/gu;
/**
 * A serial dictated to a phone: letters one at a time and groups of digits, the dashes said as words ("N P C dash 24 B dash
 * 0004 dash 5333"). It starts with spelled letters and every later part is a single character or holds a digit, so the words
 * around it are never swallowed.
 */
export const DICTATED_SERIAL_PATTERN =
  /(?<![A-Za-z0-9])(?:[A-Za-z](?: | dash | hyphen )){2,4}(?:[A-Za-z0-9]|(?=[A-Za-z]*\d)[A-Za-z0-9]{2,8})(?:(?: | dash | hyphen )(?:[A-Za-z0-9]|(?=[A-Za-z]*\d)[A-Za-z0-9]{2,8})){1,14}(?![A-Za-z0-9])/giu;
/** The words a dictated serial says its dashes with. */
export const SPOKEN_DASH = / (?:dash|hyphen) /giu;
/** A serial announced by its label: "SN: NPC21…", "S/N …", "序列号是…". */
export const LABELLED_SERIAL_PATTERN =
  /(?:\bS\/?N\b|\bserial(?:\s+(?:number|no\.?))?|序列号|串号|机身号)\s*(?:is|:|：|#|是|为)?\s*([A-Za-z0-9][A-Za-z0-9-]{6,18}[A-Za-z0-9])(?![A-Za-z0-9-])/giu;

export function digitCount(text: string): number {
  return text.replace(/\D/gu, '').length;
}

/** True for a serial-shaped token: at least four digits and not merely a date or a number. */
export function looksLikeSerial(candidate: string): boolean {
  return digitCount(candidate) >= 4 && /[A-Za-z]/u.test(candidate);
}
