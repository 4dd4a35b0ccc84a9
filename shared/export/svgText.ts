// Text without a DOM to measure it: widths are estimated from the character count with average
// advance widths of a system sans-serif, and long text is cut with an ellipsis to fit its box.

/**
 * Average advance per character, in em, for mixed-case text: a little above Segoe UI and Roboto,
 * so that text still fits where a wider fallback font (DejaVu Sans on Linux) is used.
 */
const AVERAGE_ADVANCE = { regular: 0.57, bold: 0.64 } as const;

export interface TextStyle {
  size: number;
  bold?: boolean;
}

const advance = (style: TextStyle) => style.size * (style.bold ? AVERAGE_ADVANCE.bold : AVERAGE_ADVANCE.regular);

/** Estimated width of a text, counting code points (so an emoji is one character, not two). */
export function textWidth(text: string, style: TextStyle): number {
  return Array.from(text).length * advance(style);
}

/** The text, or as much of it as fits in `width` followed by "…". */
export function fitText(text: string, width: number, style: TextStyle): string {
  const chars = Array.from(text);
  const max = Math.floor(width / advance(style));
  if (chars.length <= max) return text;
  if (max < 2) return max === 1 ? '…' : '';
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
