// Small marks of the traffic animation: the arrowheads used when motion is reduced (one SVG
// definition each, drawn once by the presenter canvas), a lock for encrypted paths and a cloud
// for the public internet.
export const ARROW_MARKER_IDS = { tunnel: 'htd-present-arrow-tunnel', private: 'htd-present-arrow-private' } as const;

export function ArrowMarkers() {
  return (
    <svg className="htd-present-defs" aria-hidden="true" width="0" height="0">
      <defs>
        {Object.entries(ARROW_MARKER_IDS).map(([kind, id]) => (
          <marker key={id} id={id} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" className={`htd-arrow is-${kind}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg className="htd-present-lock" width="12" height="12" viewBox="0 0 12 12" aria-label="encrypted" role="img">
      <rect x="2" y="5.5" width="8" height="6" rx="1" fill="currentColor" />
      <path d="M3.8 5.5V4a2.2 2.2 0 0 1 4.4 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

export function CloudIcon() {
  return (
    <svg width="14" height="10" viewBox="0 0 14 10" aria-hidden="true">
      <path d="M3.5 9.5h7.2a2.8 2.8 0 0 0 .3-5.6A3.8 3.8 0 0 0 3.7 3.4 3 3 0 0 0 3.5 9.5z" fill="currentColor" />
    </svg>
  );
}
