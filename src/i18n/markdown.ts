// Customer-supplied words the assistant repeats in its replies, which channels render as markdown: shown as typed, never obeyed.

// The characters that make markup anywhere inside a line (emphasis, code, links, images, HTML, entities, tables);
// CommonMark shows any ASCII punctuation after a backslash as itself.
const INLINE_MARKUP = /[\\`*_[\]()<>!~|&#]/g;

/** The text with its markup characters escaped, so `<b>x</b>` or `[here](https://…)` reads as typed. */
export function markdownLiteral(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&');
}
