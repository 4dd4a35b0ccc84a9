// A link in presenter mode. Links on a path in use carry moving traffic: an IPsec tunnel as amber
// dashes with a lock, a private ExpressRoute path as a solid blue stream of dots, and the tunnel's
// stretch over the public internet is labelled so. With "reduce motion" the flow stands still and
// an arrowhead shows its direction. A link that is down is drawn red, dashed and crossed.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { LINK_STYLES } from '../../shared/presentation/kindStyles';
import { useAppStore } from '../store/store';
import type { LinkTraffic } from './presentation';
import type { PresenterFlowEdge } from './toPresenterFlow';
import { useReducedMotion } from './useReducedMotion';
import { ARROW_MARKER_IDS, CloudIcon, LockIcon } from './trafficMarks';

function Flow({ path, traffic, still }: { path: string; traffic: LinkTraffic; still: boolean }) {
  const kind = traffic.via === 'vpn' ? 'tunnel' : 'private';
  const marker = `url(#${ARROW_MARKER_IDS[kind]})`;
  return (
    <>
      <path d={path} className={`htd-flow-bed is-${kind}`} />
      <path
        d={path}
        className={`htd-flow is-${kind}${traffic.forward ? '' : ' is-reverse'}${still ? ' is-still' : ''}`}
        {...(still ? (traffic.forward ? { markerEnd: marker } : { markerStart: marker }) : {})}
      />
    </>
  );
}

export const TrafficEdge = memo(function TrafficEdge(props: EdgeProps<PresenterFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const still = useReducedMotion();
  const { link, down, traffic } = data!;
  const style = LINK_STYLES[link.kind];
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const live = traffic && !down ? traffic : undefined;
  return (
    <>
      <BaseEdge
        id={`present-${id}`}
        path={path}
        interactionWidth={24}
        className={down ? 'htd-present-edge is-down' : live ? 'htd-present-edge is-live' : 'htd-present-edge'}
        style={down ? undefined : { stroke: style.color, strokeWidth: style.width + 0.5, strokeDasharray: style.dash }}
      />
      {live && <Flow path={path} traffic={live} still={still} />}
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`htd-present-edge-label nodrag nopan${down ? ' is-down' : ''}${live ? ` is-${live.via === 'vpn' ? 'tunnel' : 'private'}` : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, ...(down || live ? {} : { borderColor: style.color, color: style.color }) }}
          data-testid={`present-edge-${link.id}`}
          data-down={down}
          data-traffic={live?.via ?? 'none'}
          title={down ? 'Failed: click to restore it' : 'Click to fail this link'}
          onClick={(event) => {
            // React bubbles the click out of the label's portal to the edge, whose own click would toggle it back.
            event.stopPropagation();
            useAppStore.getState().toggleFailed(link.id);
          }}
        >
          {down && <span className="htd-present-cross" aria-hidden="true">✕</span>}
          {live?.overInternet && (
            <span className="htd-present-internet" data-testid={`present-internet-${link.id}`}>
              <CloudIcon /> Internet
            </span>
          )}
          {live?.encrypted && <LockIcon />}
          <span>{link.name || style.tag}</span>
          {down && <span className="htd-present-failed-tag">Failed</span>}
        </button>
      </EdgeLabelRenderer>
    </>
  );
});
