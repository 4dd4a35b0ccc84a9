// Four connection handles. With ConnectionMode.Loose any handle can start or end a link, and the
// link kind is inferred from the two elements, so users never pick a handle type.
import { Handle, Position } from '@xyflow/react';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

export function SideHandles() {
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle key={id} id={id} type="source" position={position} className="htd-handle" data-testid={`handle-${id}`} />
      ))}
    </>
  );
}
