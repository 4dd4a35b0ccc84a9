// The minimap, drawn from the document: one SVG path per element kind, built once per document,
// and the view's rectangle. React Flow's own MiniMap mounts one component per node, each
// subscribed to its store and re-run on every store update: at 5,000 elements that was about a
// third of a second of the time to open a design, and a thousand subscriptions run on every frame
// of a drag at 1,000 (docs/performance.md). This one re-renders only when the view pans, zooms or
// resizes, or the document changes; a dragged element shows at its new place once dropped.
// Dragging on it moves the view there; the wheel zooms about the view's centre.
import { memo, useCallback, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { absoluteRects, ELEMENT_KIND_INFO, unionOfRects, type ElementKind, type Rect, type TopologyDocument } from '../../shared/model';
import { ELEMENT_COLORS } from '../../shared/presentation/kindStyles';

const WIDTH = 200;
const HEIGHT = 150;
/** Room around the picture, in minimap pixels (React Flow's MiniMap uses the same). */
const OFFSET_SCALE = 5;

interface Shapes {
  bounds: Rect | null;
  /** Containers first, so what they hold is drawn over them. */
  paths: Array<{ kind: ElementKind; d: string }>;
}

/**
 * By the rectangles they are drawn from: an edit that leaves the layout as it was (a rename, a
 * property) keeps the rectangles (absoluteRects hands on the same map), and so the shapes. At 10,000
 * elements drawing them again took about 12 ms of every keystroke typed into the inspector.
 */
const shapes = new WeakMap<ReadonlyMap<string, Rect>, Shapes>();

/** Every element's rectangle, gathered into one path per kind (memoised by the rectangles). */
function minimapShapes(doc: TopologyDocument): Shapes {
  const rects = absoluteRects(doc);
  let found = shapes.get(rects);
  if (found) return found;
  const byKind = new Map<ElementKind, string[]>();
  for (const el of doc.elements) {
    const r = rects.get(el.id);
    if (!r) continue;
    let parts = byKind.get(el.kind);
    if (!parts) byKind.set(el.kind, (parts = []));
    parts.push(`M${r.x} ${r.y}h${r.width}v${r.height}h${-r.width}z`);
  }
  const depth = (kind: ElementKind) => (kind === 'vnet' ? 0 : kind === 'subnet' ? 1 : 2);
  const paths = [...byKind]
    .sort(([a], [b]) => depth(a) - depth(b))
    .map(([kind, parts]) => ({ kind, d: parts.join('') }));
  found = { bounds: unionOfRects(rects.values()), paths };
  shapes.set(rects, found);
  return found;
}

const viewOf = (s: ReactFlowState) => `${s.transform[0]} ${s.transform[1]} ${s.transform[2]} ${s.width} ${s.height}`;

export const DesignMinimap = memo(function DesignMinimap({ doc }: { doc: TopologyDocument }) {
  const flow = useReactFlow();
  // One string, so the minimap re-renders only when the view itself changes.
  const [tx, ty, zoom, paneWidth, paneHeight] = useStore(viewOf).split(' ').map(Number) as [number, number, number, number, number];
  const { bounds, paths } = useMemo(() => minimapShapes(doc), [doc]);
  const svg = useRef<SVGSVGElement>(null);

  const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  const all = bounds ? unionOfRects([bounds, view])! : view;
  const scale = Math.max(all.width / WIDTH, all.height / HEIGHT) || 1;
  const offset = OFFSET_SCALE * scale;
  const box = {
    x: all.x - (scale * WIDTH - all.width) / 2 - offset,
    y: all.y - (scale * HEIGHT - all.height) / 2 - offset,
    width: scale * WIDTH + offset * 2,
    height: scale * HEIGHT + offset * 2,
  };

  /** Centres the view on the flow point under the pointer. */
  const moveTo = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const matrix = svg.current?.getScreenCTM();
      if (!matrix) return;
      const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      void flow.setCenter(at.x, at.y, { zoom: flow.getZoom() });
    },
    [flow],
  );
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    moveTo(event);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
  };
  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
    void flow.setCenter(centre.x, centre.y, { zoom: zoom * Math.pow(2, -event.deltaY / 500) });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap htd-minimap" data-testid="minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Minimap: drag on it to move the view, scroll to zoom"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      >
        {paths.map(({ kind, d }) => (
          <path key={kind} d={d} fill={ELEMENT_COLORS[kind]} fillOpacity={ELEMENT_KIND_INFO[kind].container ? 0.35 : 1} data-kind={kind} />
        ))}
        <path
          className="react-flow__minimap-mask"
          data-testid="minimap-view"
          d={`M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}h${-box.width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          strokeWidth={scale}
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
