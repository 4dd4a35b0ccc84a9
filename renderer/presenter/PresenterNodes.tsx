// Elements as presenter mode draws them: the editor's look with larger labels, no handles to
// drag from, a cross over what is down, and a "No connectivity" flag on sites that lost Azure.
import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { ELEMENT_KIND_INFO } from '../../shared/model';
import { describeElement } from '../../shared/presentation/describeElement';
import { ELEMENT_COLORS } from '../../shared/presentation/kindStyles';
import { KindIcon } from '../canvas/KindIcon';
import type { PresenterFlowNode } from './toPresenterFlow';

/** Invisible anchors, one per side, for links to attach to (the editor's handle ids). */
function Anchors() {
  return (
    <>
      {(['t', 'r', 'b', 'l'] as const).map((id) => (
        <Handle key={id} id={id} type="source" isConnectable={false} className="htd-present-anchor" position={{ t: Position.Top, r: Position.Right, b: Position.Bottom, l: Position.Left }[id]} />
      ))}
    </>
  );
}

export const PresentElement = memo(function PresentElement({ data }: NodeProps<PresenterFlowNode>) {
  const el = data.element;
  const info = ELEMENT_KIND_INFO[el.kind];
  return (
    <div
      className={`htd-present-node${data.down ? ' is-down' : ''}${data.lost ? ' is-lost' : ''}`}
      style={{ '--kind-color': ELEMENT_COLORS[el.kind] } as CSSProperties}
      data-testid={`present-node-${el.id}`}
      data-down={data.down}
      title={data.down ? `${el.name || info.label} is failed: click to restore it` : `Click to fail ${el.name || info.label}`}
    >
      <div className="htd-present-node-icon">
        <KindIcon kind={el.kind} size={22} />
      </div>
      <div className="htd-present-node-text">
        <div className="htd-present-node-name">{el.name || info.label}</div>
        <div className="htd-present-node-detail">{data.down ? 'Failed' : describeElement(el) || info.label}</div>
      </div>
      {data.lost && (
        <div className="htd-present-lost" data-testid={`present-lost-${el.id}`} role="status">
          No connectivity
        </div>
      )}
      <Anchors />
    </div>
  );
});

export const PresentContainer = memo(function PresentContainer({ data }: NodeProps<PresenterFlowNode>) {
  const el = data.element;
  return (
    <div
      className={`htd-present-container htd-present-container-${el.kind}${data.down ? ' is-down' : ''}`}
      style={{ '--kind-color': ELEMENT_COLORS[el.kind] } as CSSProperties}
      data-testid={`present-node-${el.id}`}
      data-down={data.down}
    >
      <div className="htd-present-container-header">
        <KindIcon kind={el.kind} size={18} />
        <span>{el.name || ELEMENT_KIND_INFO[el.kind].label}</span>
        {data.down && <span className="htd-present-failed-tag">Failed</span>}
      </div>
      {el.kind === 'vnet' && <Anchors />}
    </div>
  );
});
