// Element palette: drag an item onto the canvas, or click it to place it in the middle of the view.
import type { DragEvent } from 'react';
import { ELEMENT_KIND_INFO, ELEMENT_PRESETS, type ElementPreset } from '../../shared/model';
import { KindIcon } from '../canvas/KindIcon';
import { ELEMENT_COLORS } from '../../shared/presentation/kindStyles';
import { PRESET_MIME } from '../canvas/Canvas';
import { flowInstance } from '../canvas/flowInstance';
import { addFromPreset } from '../commands/editCommands';

const GROUPS: Array<{ title: string; zones: string[] }> = [
  { title: 'On premises', zones: ['onPrem'] },
  { title: 'Connectivity', zones: ['edge'] },
  { title: 'Azure', zones: ['azure'] },
  { title: 'Microsoft services', zones: ['microsoft'] },
];

function placeInView(preset: ElementPreset): void {
  const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
  const flow = flowInstance();
  if (!canvas || !flow) return;
  const at = flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 });
  addFromPreset(preset.id, { x: Math.round(at.x / 10) * 10, y: Math.round(at.y / 10) * 10 });
}

function onDragStart(event: DragEvent, preset: ElementPreset): void {
  event.dataTransfer.setData(PRESET_MIME, preset.id);
  event.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  return (
    <aside className="htd-palette" aria-label="Element palette" data-testid="palette">
      {GROUPS.map((group) => (
        <section key={group.title}>
          <h2>{group.title}</h2>
          {ELEMENT_PRESETS.filter((p) => group.zones.includes(ELEMENT_KIND_INFO[p.kind].zone)).map((preset) => (
            <button
              type="button"
              key={preset.id}
              className="htd-palette-item"
              draggable
              onDragStart={(e) => onDragStart(e, preset)}
              onClick={() => placeInView(preset)}
              title={`${ELEMENT_KIND_INFO[preset.kind].description} Drag onto the canvas, or click to add.`}
              data-testid={`palette-${preset.id}`}
              style={{ '--kind-color': ELEMENT_COLORS[preset.kind] } as React.CSSProperties}
            >
              <span className="htd-palette-icon">
                <KindIcon kind={preset.kind} size={18} />
              </span>
              <span>{preset.label}</span>
            </button>
          ))}
        </section>
      ))}
    </aside>
  );
}
