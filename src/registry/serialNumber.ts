// What a product serial number looks like (CONTRACT §4) and the form in which two spellings compare equal.

const SERIAL_SHAPE = /^[A-Za-z0-9-]{8,20}$/;
const MINIMUM_DIGITS = 4;

/** 8–20 letters, digits and dashes, at least four of them digits. */
export function isWellFormedSerial(text: string): boolean {
  return SERIAL_SHAPE.test(text) && (text.match(/\d/g) ?? []).length >= MINIMUM_DIGITS;
}

/** Customers and sales staff write serials with stray dashes, spaces and either case; none of that is significant. */
export function normalizeSerial(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}
