// Writing XML text safely: every user-typed string (names, titles, ids) goes through escapeXml,
// and numbers through num, so exported SVG and draw.io files are well-formed whatever was typed.

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, newline and carriage
 * return; U+FFFE, U+FFFF; unpaired surrogates). Escaping cannot save them, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in element content and in single- or double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(SPECIAL, (c) => ENTITY[c]!);
}

/** A coordinate for the file: at most two decimals, no "-0", no exponent for sane values. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
