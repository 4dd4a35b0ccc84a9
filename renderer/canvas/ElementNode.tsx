import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ELEMENT_KIND_INFO } from '../../shared/model';
import { KindIcon } from './KindIcon';
import { describeElement } from '../../shared/presentation/describeElement';
import { ELEMENT_COLORS } from '../../shared/presentation/kindStyles';
import { SideHandles, useSideHandles } from './SideHandles';
import { SeverityBadge } from './SeverityBadge';
import type { ElementFlowNode } from './toFlow';
import { useLowDetail } from './levelOfDetail';
import { useBadge } from '../issues/findings';
import { useElement } from './documentItems';

export const ElementNode = memo(function ElementNode({ id, data, selected }: NodeProps<ElementFlowNode>) {
  const el = useElement(id);
  const lowDetail = useLowDetail();
  const badge = useBadge(id);
  const { live, onPointerEnter, onPointerLeave } = useSideHandles(data.alone === true);
  if (!el) return null;
  const color = ELEMENT_COLORS[el.kind];
  if (lowDetail) {
    return (
      <div
        className={`htd-node is-low-detail${selected ? ' is-selected' : ''}`}
        style={{ '--kind-color': color } as React.CSSProperties}
        data-testid={`node-${el.id}`}
        data-kind={el.kind}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
      >
        <SideHandles live={live} />
      </div>
    );
  }
  return (
    <div
      className={`htd-node${selected ? ' is-selected' : ''}`}
      style={{ '--kind-color': color } as React.CSSProperties}
      data-testid={`node-${el.id}`}
      data-kind={el.kind}
      title={ELEMENT_KIND_INFO[el.kind].description}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="htd-node-icon">
        <KindIcon kind={el.kind} size={22} />
      </div>
      <div className="htd-node-text">
        <div className="htd-node-name">{el.name || ELEMENT_KIND_INFO[el.kind].label}</div>
        <div className="htd-node-kind">{ELEMENT_KIND_INFO[el.kind].label}</div>
        <div className="htd-node-detail">{describeElement(el)}</div>
      </div>
      {badge && <SeverityBadge severity={badge} testId={`badge-${el.id}`} />}
      <SideHandles live={live} />
    </div>
  );
});
