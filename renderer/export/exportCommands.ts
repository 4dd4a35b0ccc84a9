// Exports of the open design: PNG (1x–3x), SVG, draw.io and JSON, and the picture to the clipboard.
// Electron saves through a dialog, the browser build downloads (renderer/platform).
import { renderSvg, type SvgOptions } from '../../shared/export/svg';
import { toDrawio } from '../../shared/export/drawio';
import { FILE_EXTENSION, serializeDocument } from '../../shared/format';
import { platform } from '../platform';
import { useAppStore } from '../store/store';
import { findingsFor } from '../issues/findings';
import { costFor } from '../estimate/estimates';
import { blobToBase64, fittingScale, svgToPng } from './rasterise';

export type ExportFormat = 'png' | 'svg' | 'drawio' | 'json';

export interface ExportSettings {
  format: ExportFormat;
  scale: 1 | 2 | 3;
  background: SvgOptions['background'];
  title: boolean;
  legend: boolean;
  footer: boolean;
}

export const DEFAULT_EXPORT: ExportSettings = { format: 'png', scale: 2, background: 'white', title: true, legend: true, footer: true };

function baseName(): string {
  const { fileName, doc } = useAppStore.getState();
  const name = fileName ? fileName.replace(/\.topo\.json$|\.json$/i, '') : doc.title || 'design';
  return name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'design';
}

function picture(settings: ExportSettings) {
  const { doc } = useAppStore.getState();
  const { counts } = findingsFor(doc);
  const cost = costFor(doc);
  return renderSvg(doc, {
    background: settings.background,
    title: settings.title,
    legend: settings.legend,
    footer: settings.footer ? { errors: counts.error, warnings: counts.warning, info: counts.info, monthlyUsd: cost.totalUsd, incomplete: cost.incomplete } : null,
  });
}

export async function exportDesign(settings: ExportSettings): Promise<void> {
  const store = useAppStore.getState();
  const name = baseName();
  try {
    let request;
    if (settings.format === 'json') {
      request = { suggestedName: `${name}${FILE_EXTENSION}`, data: serializeDocument(store.doc), encoding: 'utf8' as const, filterName: 'Topology design (JSON)', extensions: ['json'] };
    } else if (settings.format === 'drawio') {
      request = { suggestedName: `${name}.drawio`, data: toDrawio(store.doc), encoding: 'utf8' as const, filterName: 'draw.io diagram', extensions: ['drawio'] };
    } else if (settings.format === 'svg') {
      request = { suggestedName: `${name}.svg`, data: picture(settings).svg, encoding: 'utf8' as const, filterName: 'SVG image', extensions: ['svg'] };
    } else {
      store.notify('info', 'Exporting PNG…');
      const { svg, width, height } = picture(settings);
      const scale = fittingScale(width, height, settings.scale);
      if (scale < settings.scale) store.notify('info', `The design is large: exported at ${scale.toFixed(2)}x instead of ${settings.scale}x to stay within the browser's image size limit.`);
      const png = await svgToPng(svg, width, height, scale);
      request = { suggestedName: `${name}.png`, data: await blobToBase64(png), encoding: 'base64' as const, filterName: 'PNG image', extensions: ['png'] };
    }
    const outcome = await platform.exportFile(request);
    if (outcome.status === 'error') store.notify('error', `Export failed: ${outcome.message}`);
    if (outcome.status === 'saved') store.notify('info', `Exported ${outcome.name}`);
  } catch (error) {
    store.notify('error', `Export failed: ${(error as Error).message}`);
  }
}

export async function copyPicture(settings: ExportSettings): Promise<void> {
  const store = useAppStore.getState();
  try {
    const { svg, width, height } = picture(settings);
    const png = await svgToPng(svg, width, height, fittingScale(width, height, settings.scale));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    store.notify('info', 'Copied the picture to the clipboard');
  } catch (error) {
    store.notify('error', `Could not copy the picture: ${(error as Error).message}`);
  }
}
