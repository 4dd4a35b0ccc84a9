// Which column of the left-to-right layout each kind belongs to, and the order of kinds within the
// flow from an office to Azure. The catalog's `zone` colours elements by ownership (a local network
// gateway is an Azure resource); the layout instead follows the path traffic takes, so the local
// network gateway, which stands for the on-premises VPN device, sits with the on-premises side.
import type { ElementKind } from '../model/enums';

export const LAYOUT_COLUMNS = ['onPrem', 'connectivity', 'azure'] as const;
export type LayoutColumn = (typeof LAYOUT_COLUMNS)[number];

interface KindPlace {
  column: LayoutColumn;
  /** Position along the flow: links are laid out from the lower step to the higher one. */
  step: number;
}

const PLACE: Record<ElementKind, KindPlace> = {
  onPremSite: { column: 'onPrem', step: 0 },
  p2sUserGroup: { column: 'onPrem', step: 0 },
  vpnDevice: { column: 'onPrem', step: 1 },
  localNetworkGateway: { column: 'onPrem', step: 2 },
  connectivityProvider: { column: 'connectivity', step: 3 },
  peeringLocation: { column: 'connectivity', step: 4 },
  erCircuit: { column: 'connectivity', step: 5 },
  microsoftServices: { column: 'connectivity', step: 6 },
  vnet: { column: 'azure', step: 7 },
  subnet: { column: 'azure', step: 8 },
  vpnGateway: { column: 'azure', step: 9 },
  erGateway: { column: 'azure', step: 9 },
};

export function columnOf(kind: ElementKind): LayoutColumn {
  return PLACE[kind].column;
}

/** 0 for on-premises, 1 for connectivity, 2 for Azure: the order the columns appear in. */
export function columnIndex(kind: ElementKind): number {
  return LAYOUT_COLUMNS.indexOf(PLACE[kind].column);
}

export function flowStep(kind: ElementKind): number {
  return PLACE[kind].step;
}
