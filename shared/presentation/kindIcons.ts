// One glyph per element kind: a path in a 24×24 box, stroked (not filled) with round caps and
// joins at width 1.8. The canvas draws it as a React component (renderer/canvas/KindIcon.tsx) and
// the SVG export as a symbol, so exports and high-DPI screens stay crisp.
import type { ElementKind } from '../model/enums';

export const KIND_ICON_PATHS: Record<ElementKind, string> = {
  onPremSite: 'M4 21V5l8-3 8 3v16M9 21v-4h6v4M8 8h2M14 8h2M8 12h2M14 12h2M2 21h20',
  vpnDevice: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5l8-3zM9 12l2 2 4-4',
  localNetworkGateway: 'M3 12h10M9 8l4 4-4 4M15 4h5v16h-5',
  p2sUserGroup: 'M9 11a3 3 0 100-6 3 3 0 000 6zM3 20c0-3 3-5 6-5s6 2 6 5M17 11a2.5 2.5 0 100-5M18 15c2 .5 3.5 2 3.5 5',
  vnet: 'M7 18h10a4 4 0 00.5-8A6 6 0 006 9a4.5 4.5 0 001 9zM10 12l-2 2 2 2M14 12l2 2-2 2',
  subnet: 'M4 4h16v16H4zM4 10h16M10 10v10',
  vpnGateway: 'M7 11V8a5 5 0 0110 0v3M5 11h14v10H5zM12 15v2',
  erGateway: 'M4 4h16v16H4zM13 6l-4 7h4l-2 5 5-8h-4l1-4z',
  erCircuit: 'M2 9h6l2-3h4l2 3h6M2 15h6l2 3h4l2-3h6',
  connectivityProvider: 'M12 10v11M8 21h8M12 10a2 2 0 100-4 2 2 0 000 4zM7 4a7 7 0 000 8M17 4a7 7 0 010 8',
  peeringLocation: 'M12 22s7-6.5 7-12a7 7 0 10-14 0c0 5.5 7 12 7 12zM12 12.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5z',
  microsoftServices: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
};

/** The stroke width the glyphs are drawn with, in their 24×24 box. */
export const KIND_ICON_STROKE_WIDTH = 1.8;
