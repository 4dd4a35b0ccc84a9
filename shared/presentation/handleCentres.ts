// Where the editor draws each side's connection handle on a node, relative to the node's top-left
// corner: centred on the side, inside an element's border (1 px, 4 px on the left, as
// renderer/styles/app.css draws .htd-node) and on a VNet's outer edge. The canvas hands these to
// React Flow so that edges attach without measuring the DOM (renderer/canvas/handleGeometry.ts);
// e2e/handles.spec.ts holds them to the rendered handles.
import type { Size } from '../model';
import type { Side } from './linkSides';

interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
const ELEMENT_INSET: Inset = { top: 1, right: 1, bottom: 1, left: 4 };
const CONTAINER_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };

/** The centre of each side's handle, relative to the node's top-left corner. */
export function handleCentres(size: Size, container: boolean): Record<Side, { x: number; y: number }> {
  const inset = container ? CONTAINER_INSET : ELEMENT_INSET;
  const midX = (inset.left + size.width - inset.right) / 2;
  const midY = (inset.top + size.height - inset.bottom) / 2;
  return {
    t: { x: midX, y: inset.top },
    r: { x: size.width - inset.right, y: midY },
    b: { x: midX, y: size.height - inset.bottom },
    l: { x: inset.left, y: midY },
  };
}
