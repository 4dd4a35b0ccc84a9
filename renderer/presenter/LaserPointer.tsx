// A laser pointer for presenting: a red dot where the pointer is, with a short trail that fades
// (TRAIL_MS), drawn over everything; the system cursor is hidden while it is on (presenter.css).
import { useEffect, useRef, useState } from 'react';

const TRAIL_MS = 280;

interface Point {
  x: number;
  y: number;
  t: number;
}

export function LaserPointer() {
  const [head, setHead] = useState<Point | null>(null);
  const [trail, setTrail] = useState<Point[]>([]);
  const points = useRef<Point[]>([]);
  const frame = useRef(0);

  useEffect(() => {
    const tick = () => {
      const now = performance.now();
      points.current = points.current.filter((p) => now - p.t < TRAIL_MS);
      setTrail([...points.current]);
      frame.current = points.current.length > 0 ? requestAnimationFrame(tick) : 0;
    };
    const onMove = (e: PointerEvent) => {
      const point = { x: e.clientX, y: e.clientY, t: performance.now() };
      points.current.push(point);
      setHead(point);
      if (!frame.current) frame.current = requestAnimationFrame(tick);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
      cancelAnimationFrame(frame.current);
    };
  }, []);

  const now = trail.at(-1)?.t ?? 0;
  return (
    <div className="htd-laser" data-testid="laser" aria-hidden="true">
      <svg className="htd-laser-trail">
        {trail.slice(1).map((p, i) => {
          const from = trail[i]!;
          const fade = 1 - (now - p.t) / TRAIL_MS;
          return <line key={p.t} x1={from.x} y1={from.y} x2={p.x} y2={p.y} strokeWidth={2 + 6 * fade} strokeOpacity={0.15 + 0.6 * fade} />;
        })}
      </svg>
      {head && <div className="htd-laser-dot" data-testid="laser-dot" style={{ transform: `translate(${head.x}px, ${head.y}px)` }} />}
    </div>
  );
}
