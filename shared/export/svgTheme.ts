// The colours of an exported picture: the canvas's light and dark themes (renderer/styles/app.css,
// :root and its prefers-color-scheme: dark block), chosen by the export's background option.

export type SvgBackground = 'white' | 'dark' | 'transparent';

export interface SvgTheme {
  /** Fill of the whole picture; null leaves it transparent. */
  background: string | null;
  /** --node-bg: nodes, and the base that subnet tints are mixed into. */
  nodeFill: string;
  /** --panel: link label pills. */
  panel: string;
  border: string;
  text: string;
  muted: string;
}

const LIGHT: Omit<SvgTheme, 'background'> = {
  nodeFill: '#ffffff',
  panel: '#ffffff',
  border: '#d9dde3',
  text: '#1d232b',
  muted: '#5d6775',
};

const DARK: Omit<SvgTheme, 'background'> = {
  nodeFill: '#1f242c',
  panel: '#1c2027',
  border: '#343b46',
  text: '#e6e9ee',
  muted: '#9aa4b2',
};

/** A transparent picture uses the light colours: it is most often pasted onto a light page. */
export function themeFor(background: SvgBackground): SvgTheme {
  if (background === 'dark') return { ...DARK, background: '#111418' };
  return { ...LIGHT, background: background === 'white' ? '#ffffff' : null };
}
