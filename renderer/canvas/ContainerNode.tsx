// VNets and subnets: areas that hold their subnets and gateways (React Flow sub-flows).
import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { ELEMENT_KIND_INFO, GATEWAY_SUBNET_NAME } from '../../shared/model';
import { KindIcon } from './KindIcon';
import { describeElement } from '../../shared/presentation/describeElement';
import { ELEMENT_COLORS } from '../../shared/presentation/kindStyles';
import { SideHandles, useSideHandles } from './SideHandles';
import { SeverityBadge } from './SeverityBadge';
import type { ElementFlowNode } from './toFlow';
import { useLowDetail } from './levelOfDetail';
import { useBadge } from '../issues/findings';
import { useElement } from './documentItems';

export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<ElementFlowNode>) {
  const el = useElement(id);
  const lowDetail = useLowDetail();
  const badge = useBadge(id);
  const { live, onPointerEnter, onPointerLeave } = useSideHandles(data.alone === true);
  if (!el) return null;
  const info = ELEMENT_KIND_INFO[el.kind];
  const min = info.container?.minSize ?? { width: 100, height: 60 };
  const isGatewaySubnet = el.kind === 'subnet' && el.name === GATEWAY_SUBNET_NAME;
  return (
    <div
      className={`htd-container htd-container-${el.kind}${isGatewaySubnet ? ' is-gateway-subnet' : ''}${selected ? ' is-selected' : ''}`}
      style={{ '--kind-color': ELEMENT_COLORS[el.kind] } as React.CSSProperties}
      data-testid={`node-${el.id}`}
      data-kind={el.kind}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <NodeResizer isVisible={data.alone === true} minWidth={min.width} minHeight={min.height} color={ELEMENT_COLORS[el.kind]} />
      {!lowDetail && (
        <div className="htd-container-header">
          <KindIcon kind={el.kind} size={16} />
          <span className="htd-container-name">{el.name || info.label}</span>
          <span className="htd-container-detail">{describeElement(el)}</span>
          {badge && <SeverityBadge severity={badge} testId={`badge-${el.id}`} />}
        </div>
      )}
      {el.kind === 'vnet' && <SideHandles live={live} />}
    </div>
  );
});
