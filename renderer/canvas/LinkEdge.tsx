import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { LINK_KIND_INFO } from '../../shared/model';
import { LINK_STYLES } from '../../shared/presentation/kindStyles';
import type { LinkFlowEdge } from './toFlow';
import { SeverityBadge } from './SeverityBadge';
import { useLowDetail } from './levelOfDetail';
import { useBadge } from '../issues/findings';
import { useLink } from './documentItems';

export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected } = props;
  const link = useLink(id);
  const lowDetail = useLowDetail();
  const badge = useBadge(id);
  if (!link) return null;
  const style = LINK_STYLES[link.kind];
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={16}
        style={{
          stroke: style.color,
          strokeWidth: selected ? style.width + 1.5 : style.width,
          // Far out a dash pattern is hundreds of sub-pixel dashes per link to paint on every frame.
          strokeDasharray: lowDetail ? undefined : style.dash,
        }}
      />
      {!lowDetail && (
        <EdgeLabelRenderer>
          <div
            className={`htd-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, borderColor: style.color, color: style.color }}
            data-testid={`edge-${link.id}`}
            data-kind={link.kind}
            title={LINK_KIND_INFO[link.kind].description}
          >
            {link.name || style.tag}
            {badge && <SeverityBadge severity={badge} testId={`badge-${link.id}`} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
