// Pulls serials, models, dates, case ids and phone numbers out of what a customer types.
import { splitAtTakingBack } from './corrections';
import type { Language } from '../src/domain/vocabulary';
import {
  CASE_ID_PATTERN,
  INTERNATIONAL_PHONE_PATTERN,
  LABELLED_SERIAL_PATTERN,
  LANDLINE_PATTERN,
  TAIWAN_MOBILE_PATTERN,
  MOBILE_PATTERN,
  MODEL_PATTERN,
  SERIAL_CANDIDATE_PATTERN,
  SPACED_SERIAL_PATTERN,
  SPELLED_SERIAL_PATTERN,
  DICTATED_SERIAL_PATTERN,
  SPOKEN_DASH,
  digitCount,
  looksLikeSerial,
} from './entityPatterns';
import { readDates } from './dateParser';
import type { Entities } from './types';

/** "our ticket INC-7734021", "PO-20231188", "合同号 HT2023-0049": a number of another kind, not a serial. */
const ANOTHER_NUMBER_BEFORE = /(?:\b(?:ticket|incident|order|invoice|contract|po|ref(?:erence)?|job|work order|purchase order)\s*(?:no\.?|number|#|id)?\s*[:：#]?\s*|(?:工单|订单|合同|发票)号?\s*[:：]?\s*)$/iu;
const ANOTHER_NUMBER_PREFIX = /^(?:INC|PO|REF|SO|WO|TKT|CHG|REQ)-?\d/iu;

function compact(text: string): string {
  return text.replace(SPOKEN_DASH, '').replace(/[\s-]/gu, '').toUpperCase();
}

function firstMatch(text: string, pattern: RegExp): string | undefined {
  return [...text.matchAll(pattern)][0]?.[0];
}

/** E.164 numbers have 8 to 15 digits with the country code; fewer is a fragment, not a phone. */
function isInternationalLength(number: string): boolean {
  const digits = number.replace(/\D/gu, '').length;
  return digits >= 8 && digits <= 15;
}

/** Grouped, a serial must still be one when joined: long enough that a model and a number side by side are not one. */
function isSpacedSerial(joined: string): boolean {
  return joined.length >= 10 && joined.length <= 20 && looksLikeSerial(joined);
}

/** A model name as compared: capitals and digits only, without the NP- prefix. */
function modelKey(model: string): string {
  return model.toUpperCase().replace(/[^A-Z0-9]/gu, '').replace(/^NP/u, '');
}

/**
 * The group a serial may go on in after a space or a dash ("npc25a0005 1872"), or begin with before one ("NPE25 A00000871"):
 * like the later groups of a spaced serial.
 */
const NEXT_SERIAL_GROUP = /^[ -]((?=[A-Za-z]*\d)[A-Za-z0-9]{2,8})(?![A-Za-z0-9])/u;
const PREVIOUS_SERIAL_GROUP = /(?<![A-Za-z0-9-])((?=[A-Za-z]*\d)[A-Za-z0-9]{2,8})[ -]$/u;

/** `serial` joined with the group right before or after it in the text, when that still reads as one serial. */
function serialWithNeighbourGroup(text: string, serial: string): string | undefined {
  const found = new RegExp(escapeForPattern(serial), 'iu').exec(text);
  if (!found) return undefined;
  const before = PREVIOUS_SERIAL_GROUP.exec(text.slice(0, found.index))?.[1];
  const after = NEXT_SERIAL_GROUP.exec(text.slice(found.index + found[0].length))?.[1];
  const joined = [before && `${before.toUpperCase()}${serial}`, after && `${serial}${after.toUpperCase()}`];
  return joined.find((candidate): candidate is string => !!candidate && isSpacedSerial(candidate));
}

/** A model's name before its variant suffix: NP-IPC2143 of NP-IPC2143-IR, NP-NVR5432 of NP-NVR5432-4K. */
const VARIANT_SUFFIX = /^((?:NP-)?[A-Z]+\d+)-[A-Z0-9]+$/iu;

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export class EntityExtractor {
  private readonly knownModels: RegExp | undefined;
  private readonly modelsByKey: ReadonlyMap<string, string>;

  /**
   * `models` are the registry's model names, recognised however the customer spaces or cases them, and without the
   * "NP-" every model starts with ("好像是VMS8100", "ipc 2043").
   */
  constructor(models: readonly string[] = []) {
    const names = models.map((model) => model.trim()).filter(Boolean);
    const byKey = new Map(names.map((model) => [modelKey(model), model.toUpperCase()]));
    // "好像是IPC2143" for NP-IPC2143-IR: a model named without its variant, when no other model shares the rest.
    const stems = names.map((model) => [VARIANT_SUFFIX.exec(model)?.[1], model] as const);
    const uniqueStems = stems.filter(
      ([stem]) => stem !== undefined && stems.filter(([other]) => other === stem).length === 1 && !byKey.has(modelKey(stem)),
    ) as Array<readonly [string, string]>;
    for (const [stem, model] of uniqueStems) byKey.set(modelKey(stem), model.toUpperCase());
    this.modelsByKey = byKey;
    const alternatives = [...names, ...uniqueStems.map(([stem]) => stem)]
      .sort((a, b) => b.length - a.length)
      .map((model) => {
        const withoutPrefix = model.replace(/^NP-/iu, '');
        const optionalPrefix = withoutPrefix === model ? '' : '(?:NP[-\\s]?)?';
        return optionalPrefix + escapeForPattern(withoutPrefix).replace(/-/gu, '[-\\s]?');
      });
    this.knownModels = alternatives.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'giu')
      : undefined;
  }

  extract(rawText: string, lang: Language, today: string): Entities {
    return this.extractWithAge(rawText, lang, today).entities;
  }

  /** The entities, and the earliest date the text names ("since 2015"), which its purchase date may not be. */
  extractWithAge(rawText: string, lang: Language, today: string): { entities: Entities; earliestDate?: string } {
    const text = rawText.normalize('NFKC');
    const entities: Entities = {};
    const caseId = firstMatch(text, CASE_ID_PATTERN);
    if (caseId) entities.case = caseId.toUpperCase();
    const known = this.knownModels && firstMatch(text, this.knownModels);
    const model = known ?? firstMatch(text, MODEL_PATTERN);
    if (model) entities.model = (known && this.modelsByKey.get(modelKey(known))) || model.toUpperCase().replace(/\s+/gu, '-');
    // "137 1246 0983……不对 是13712460938", "NPC25A00051873 — hold on … This one is NPC25A00051872": the number meant is the
    // one after taking the first back.
    const meant = splitAtTakingBack(text)?.meant;
    const phone = (meant !== undefined ? this.phoneIn(meant) : undefined) ?? this.phoneIn(text);
    if (phone) entities.phone = phone;
    const serial = (meant !== undefined ? this.findSerial(meant, [caseId, model, phone]) : undefined) ?? this.findSerial(text, [caseId, model, phone]);
    if (serial) entities.serial = serial;
    const serialJoined = serial && serialWithNeighbourGroup(text, serial);
    if (serialJoined) entities.serialJoined = serialJoined;
    const { date, bought, earliest } = readDates(this.withoutIdentifiers(text, [caseId, model, phone, serial]), lang, today);
    if (date) entities.date = date;
    if (bought) entities.bought = bought;
    return { entities, earliestDate: earliest };
  }

  private phoneIn(text: string): string | undefined {
    const mobile = firstMatch(text, MOBILE_PATTERN);
    if (mobile) return mobile.replace(/^\+?86/u, '').replace(/[\s-]/gu, '');
    const international = firstMatch(text, INTERNATIONAL_PHONE_PATTERN);
    if (international && isInternationalLength(international)) return `+${international.replace(/\D/gu, '')}`;
    const taiwanMobile = firstMatch(text, TAIWAN_MOBILE_PATTERN);
    if (taiwanMobile) return taiwanMobile.replace(/[\s-]/gu, '');
    const landline = firstMatch(text, LANDLINE_PATTERN);
    if (!landline) return undefined;
    const digits = landline.replace(/[\s-]/gu, '').replace(/^\+860?/u, '0');
    const areaCodeLength = /^0(?:10|2\d)/u.test(digits) ? 3 : 4;
    return `${digits.slice(0, areaCodeLength)}-${digits.slice(areaCodeLength)}`;
  }

  /** A labelled serial wins; otherwise the first serial-shaped code that is not another kind of identifier. */
  private findSerial(text: string, otherIdentifiers: ReadonlyArray<string | undefined>): string | undefined {
    const taken = new Set(otherIdentifiers.filter((value): value is string => !!value).map(compact));
    const isOther = (candidate: string) =>
      taken.has(compact(candidate)) ||
      [...taken].some((identifier) => identifier.includes(compact(candidate))) ||
      // "型号是NP-NVR3216 3108是另一家店的": a model and the number after it are two things, not one spaced serial.
      [...taken].some((identifier) => identifier.length >= 6 && compact(candidate).includes(identifier)) ||
      new RegExp(`^${MODEL_PATTERN.source}$`, 'iu').test(candidate);
    for (const match of text.matchAll(LABELLED_SERIAL_PATTERN)) {
      const serial = match[1];
      if (digitCount(serial) >= 4 && !isOther(serial)) return serial.toUpperCase();
    }
    for (const match of text.matchAll(SERIAL_CANDIDATE_PATTERN)) {
      const candidate = match[0];
      const namedAsAnotherNumber = ANOTHER_NUMBER_BEFORE.test(text.slice(0, match.index)) || ANOTHER_NUMBER_PREFIX.test(candidate);
      if (looksLikeSerial(candidate) && !isOther(candidate) && !namedAsAnotherNumber) return candidate.toUpperCase();
    }
    for (const pattern of [SPACED_SERIAL_PATTERN, SPELLED_SERIAL_PATTERN, DICTATED_SERIAL_PATTERN]) {
      for (const match of text.matchAll(pattern)) {
        const candidate = compact(match[0]);
        const namedAsAnotherNumber = ANOTHER_NUMBER_BEFORE.test(text.slice(0, match.index)) || ANOTHER_NUMBER_PREFIX.test(match[0]);
        if (isSpacedSerial(candidate) && !isOther(candidate) && !namedAsAnotherNumber) return candidate;
      }
    }
    return undefined;
  }

  /** Identifiers are blanked before date parsing so "2043" in a model name is never read as a year. */
  private withoutIdentifiers(text: string, identifiers: ReadonlyArray<string | undefined>): string {
    let blanked = text
      .replace(CASE_ID_PATTERN, ' ')
      .replace(MODEL_PATTERN, ' ')
      .replace(MOBILE_PATTERN, ' ')
      .replace(INTERNATIONAL_PHONE_PATTERN, ' ')
      .replace(LANDLINE_PATTERN, ' ')
      .replace(TAIWAN_MOBILE_PATTERN, ' ');
    for (const identifier of identifiers) {
      if (identifier) blanked = blanked.split(identifier).join(' ');
    }
    return blanked
      .replace(SERIAL_CANDIDATE_PATTERN, (candidate) => (looksLikeSerial(candidate) ? ' ' : candidate))
      .replace(SPACED_SERIAL_PATTERN, (candidate) => (isSpacedSerial(compact(candidate)) ? ' ' : candidate))
      .replace(SPELLED_SERIAL_PATTERN, (candidate) => (isSpacedSerial(compact(candidate)) ? ' ' : candidate))
      .replace(DICTATED_SERIAL_PATTERN, (candidate) => (isSpacedSerial(compact(candidate)) ? ' ' : candidate));
  }
}
