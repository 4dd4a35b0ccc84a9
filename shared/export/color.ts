// Colour arithmetic for the exporters, which cannot lean on CSS color-mix().

/** `color-mix(in srgb, color share, base)` for #rrggbb colours, as the canvas CSS tints areas. */
export function mixColor(color: string, share: number, base: string): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  let out = '#';
  for (let i = 0; i < 3; i++) {
    const v = Math.round(channel(color, i) * share + channel(base, i) * (1 - share));
    out += v.toString(16).padStart(2, '0');
  }
  return out;
}
