// While a link is being dragged: what it will be, or why it would be refused, before the mouse is released.
import { Panel, useConnection } from '@xyflow/react';
import { LINK_KIND_INFO, checkConnection } from '../../shared/model';
import { useAppStore } from '../store/store';

export function ConnectionHint() {
  const connection = useConnection();
  const doc = useAppStore((s) => s.doc);
  if (!connection.inProgress || !connection.toNode) return null;
  const check = checkConnection(doc, connection.fromNode.id, connection.toNode.id);
  return (
    <Panel position="top-center">
      <div className={`htd-connection-hint ${check.ok ? 'is-ok' : 'is-refused'}`} data-testid="connection-hint" role="status">
        {check.ok ? `${LINK_KIND_INFO[check.kind].label} link` : `Can't link: ${check.reason}`}
      </div>
    </Panel>
  );
}
