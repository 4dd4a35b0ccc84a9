// Four connection handles. With ConnectionMode.Loose any handle can start or end a link, and the
// link kind is inferred from the two elements, so users never pick a handle type.
//
// React Flow's Handle components (each with its own store subscriptions) are mounted only where a
// link can start or end right now: on the hovered node or the one selected, and on every node while a link
// is being drawn (React Flow checks the target handle in the DOM). Elsewhere a node has plain,
// inert stand-ins with the same classes and place: React Flow measures the handles it finds in a
// node whenever it observes the node's size, and a node with none would lose its edges. Nodes not
// in the DOM at all (off screen) keep theirs through the positions in handleGeometry.ts.
import { createContext, useCallback, useContext, useState } from 'react';
import { Handle } from '@xyflow/react';
import { SIDES } from './handleGeometry';

/** True while a link is being drawn; provided once by the canvas. */
export const ConnectingContext = createContext(false);

/** Whether a node shows live handles, and the pointer listeners for its root element. */
export function useSideHandles(aloneSelected: boolean): { live: boolean; onPointerEnter: () => void; onPointerLeave: () => void } {
  const [hovered, setHovered] = useState(false);
  const connecting = useContext(ConnectingContext);
  const onPointerEnter = useCallback(() => setHovered(true), []);
  const onPointerLeave = useCallback(() => setHovered(false), []);
  return { live: hovered || aloneSelected || connecting, onPointerEnter, onPointerLeave };
}

export function SideHandles({ live }: { live: boolean }) {
  if (!live) {
    return (
      <>
        {SIDES.map(([id, position]) => (
          <div key={id} className={`react-flow__handle react-flow__handle-${position} source htd-handle is-inert`} data-handleid={id} data-handlepos={position} />
        ))}
      </>
    );
  }
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle key={id} id={id} type="source" position={position} className="htd-handle" data-testid={`handle-${id}`} />
      ))}
    </>
  );
}
