// One glyph per element kind, drawn as plain SVG so high-DPI screens stay crisp. The paths live in
// shared/presentation/kindIcons.ts, which the SVG export draws from too.
import { memo } from 'react';
import type { ElementKind } from '../../shared/model';
import { KIND_ICON_PATHS, KIND_ICON_STROKE_WIDTH } from '../../shared/presentation/kindIcons';

export const KindIcon = memo(function KindIcon({ kind, size = 20 }: { kind: ElementKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={KIND_ICON_STROKE_WIDTH} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={KIND_ICON_PATHS[kind]} />
    </svg>
  );
});
