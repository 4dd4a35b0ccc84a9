// File ▸ New from Template…: a modal grid of the workshop templates, each card a thumbnail drawn
// from the template itself. Click or Enter opens one; arrows move between cards; Tab stays inside;
// Esc closes.
import { useEffect, useMemo, useRef } from 'react';
import { TEMPLATES } from '../../shared/templates';
import { useFocusTrap } from '../chrome/useFocusTrap';
import { useAppStore } from '../store/store';
import { closeTemplateGallery, openTemplate } from './templateCommands';
import { templateThumbnail, thumbnailBackground } from './templateThumbnails';
import './templateGallery.css';

/** Cards per row; matches grid-template-columns in templateGallery.css, so up and down move by a row. */
const COLUMNS = 4;

const ARROW_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -COLUMNS, ArrowDown: COLUMNS };

export function TemplateGallery() {
  const open = useAppStore((s) => s.dialog === 'templates');
  return open ? <GalleryDialog /> : null;
}

function GalleryDialog() {
  const dialog = useRef<HTMLDivElement>(null);
  const cards = useRef<Array<HTMLButtonElement | null>>([]);
  const background = useMemo(thumbnailBackground, []);
  useFocusTrap(dialog, () => cards.current[0]);

  useEffect(() => {
    // Esc also works when the focus has left the dialog (e.g. after a click on its padding).
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeTemplateGallery();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Keys pressed in the gallery belong to it: the canvas shortcuts (arrows nudge, Delete deletes)
  // must not act on the design hidden behind the dialog.
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      closeTemplateGallery();
      return;
    }
    const step = ARROW_STEPS[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const current = cards.current.findIndex((c) => c === document.activeElement);
    const next = Math.min(Math.max(current + step, 0), TEMPLATES.length - 1);
    cards.current[current < 0 ? 0 : next]?.focus();
  };

  return (
    <div className="htd-dialog-backdrop" onClick={closeTemplateGallery}>
      <div
        ref={dialog}
        className="htd-dialog htd-gallery"
        role="dialog"
        aria-modal="true"
        aria-labelledby="htd-gallery-title"
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
        data-testid="template-gallery"
      >
        <header>
          <h2 id="htd-gallery-title">New from template</h2>
          <button type="button" aria-label="Close" onClick={closeTemplateGallery}>
            ×
          </button>
        </header>
        <p className="htd-muted">Each template is a complete, valid design with notes on its parts and scenes that present it step by step.</p>
        <ul className="htd-gallery-grid" aria-label="Templates">
          {TEMPLATES.map((t, i) => (
            <li key={t.id}>
              <button
                type="button"
                className="htd-gallery-card"
                ref={(el) => {
                  cards.current[i] = el;
                }}
                onClick={() => openTemplate(t.id)}
                aria-describedby={`htd-gallery-summary-${t.id}`}
                data-testid={`template-card-${t.id}`}
              >
                <img src={templateThumbnail(t, background)} alt={`Diagram of ${t.title}`} data-testid="template-thumbnail" draggable={false} />
                <span className="htd-gallery-title">{t.title}</span>
                <span className="htd-gallery-summary" id={`htd-gallery-summary-${t.id}`}>
                  {t.summary}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
