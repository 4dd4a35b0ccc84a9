// Gallery thumbnails: each template drawn by the app's own SVG exporter, so a card shows exactly
// what opening the template puts on the canvas. Drawn once per template and theme, then reused.
import { renderSvg, type SvgBackground } from '../../shared/export/svg';
import type { Template } from '../../shared/templates';

const cache = new Map<string, string>();

export function thumbnailBackground(): SvgBackground {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'white';
}

/** A data: URL of the template's picture (the CSP allows data: images). */
export function templateThumbnail(template: Template, background: SvgBackground = thumbnailBackground()): string {
  const key = `${template.id}\u0000${background}`;
  let url = cache.get(key);
  if (!url) {
    const { svg } = renderSvg(template.build(), { background, title: false, legend: false, footer: null, padding: 16 });
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    cache.set(key, url);
  }
  return url;
}
