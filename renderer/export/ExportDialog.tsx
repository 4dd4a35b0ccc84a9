import { useState } from 'react';
import { useAppStore } from '../store/store';
import { DEFAULT_EXPORT, copyPicture, exportDesign, type ExportFormat, type ExportSettings } from './exportCommands';

const FORMATS: Array<{ value: ExportFormat; label: string }> = [
  { value: 'png', label: 'PNG image' },
  { value: 'svg', label: 'SVG image' },
  { value: 'drawio', label: 'draw.io diagram' },
  { value: 'json', label: 'JSON (the design file)' },
];

// Remembered for the session: the next export starts where the last one left off.
let lastSettings: ExportSettings = DEFAULT_EXPORT;

/** Opens the export dialog, optionally with a format chosen (File ▸ Export ▸ PNG… and friends). */
export function openExport(format?: ExportFormat): void {
  if (format) lastSettings = { ...lastSettings, format };
  useAppStore.getState().openDialog('export');
}

export function ExportDialog() {
  const [settings, setSettings] = useState<ExportSettings>(lastSettings);
  const close = () => useAppStore.getState().openDialog(null);
  const set = (patch: Partial<ExportSettings>) => {
    lastSettings = { ...settings, ...patch };
    setSettings(lastSettings);
  };
  const picture = settings.format === 'png' || settings.format === 'svg';
  return (
    <div className="htd-export" data-testid="export-dialog">
      <fieldset className="htd-field htd-multicheck">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value}>
            <input type="radio" name="export-format" checked={settings.format === f.value} onChange={() => set({ format: f.value })} data-testid={`export-format-${f.value}`} />
            {f.label}
          </label>
        ))}
      </fieldset>
      {picture && (
        <>
          {settings.format === 'png' && (
            <fieldset className="htd-field htd-multicheck">
              <legend>Scale</legend>
              {([1, 2, 3] as const).map((s) => (
                <label key={s}>
                  <input type="radio" name="export-scale" checked={settings.scale === s} onChange={() => set({ scale: s })} data-testid={`export-scale-${s}`} />
                  {s}x
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="htd-field htd-multicheck">
            <legend>Background</legend>
            {(['white', 'dark', 'transparent'] as const).map((b) => (
              <label key={b}>
                <input type="radio" name="export-background" checked={settings.background === b} onChange={() => set({ background: b })} data-testid={`export-background-${b}`} />
                {b[0]!.toUpperCase() + b.slice(1)}
              </label>
            ))}
          </fieldset>
          <fieldset className="htd-field htd-multicheck">
            <legend>Include</legend>
            <label>
              <input type="checkbox" checked={settings.title} onChange={(e) => set({ title: e.target.checked })} data-testid="export-title" /> Title
            </label>
            <label>
              <input type="checkbox" checked={settings.legend} onChange={(e) => set({ legend: e.target.checked })} data-testid="export-legend" /> Legend of element and link kinds
            </label>
            <label>
              <input type="checkbox" checked={settings.footer} onChange={(e) => set({ footer: e.target.checked })} data-testid="export-footer" /> Footer with validation counts and monthly cost
            </label>
          </fieldset>
        </>
      )}
      <div className="htd-dialog-actions">
        {settings.format === 'png' && (
          <button type="button" onClick={() => void copyPicture(settings)} data-testid="copy-picture">
            Copy picture
          </button>
        )}
        <button
          type="button"
          className="htd-primary-inline"
          onClick={() => {
            close();
            void exportDesign(settings);
          }}
          data-testid="export-confirm"
        >
          Export
        </button>
      </div>
    </div>
  );
}
