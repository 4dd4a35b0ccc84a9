// Keeps the keyboard inside a modal dialog while it is open: Tab and Shift+Tab cycle through the
// dialog's own controls instead of walking into the page hidden behind it, and when the dialog
// closes the focus goes back to whatever had it before (the toolbar button that opened it, say).
import { useEffect, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/** Of a radio group only the checked radio (or the first, when none is) is a Tab stop. */
function isTabStop(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.getClientRects().length === 0) return false;
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name || el.checked) return true;
  const group = [...(el.form ?? document).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
  return !group.some((r) => r.checked) && group[0] === el;
}

/** The dialog's controls that Tab stops at, in the order it visits them. */
export function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isTabStop);
}

/**
 * Traps focus in `ref`'s element from mount to unmount. `initialFocus` picks what gets the focus
 * first; by default the first Tab stop, or the dialog itself when it has none.
 */
export function useFocusTrap(ref: RefObject<HTMLElement | null>, initialFocus?: (root: HTMLElement) => HTMLElement | null | undefined): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = () => tabStops(root)[0] ?? root;
    (initialFocus?.(root) ?? first()).focus();

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
      const stops = tabStops(root);
      const active = document.activeElement;
      const at = stops.findIndex((s) => s === active);
      // Leave the step to the browser unless it would go out of the dialog.
      if (stops.length > 0 && at >= 0 && (e.shiftKey ? at > 0 : at < stops.length - 1)) return;
      e.preventDefault();
      (e.shiftKey ? stops.at(-1) : stops[0])?.focus();
    };
    // Focus that gets out another way (a click on the backdrop, a script) comes back in.
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.contains(e.target)) first().focus();
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      if (before?.isConnected) before.focus();
    };
    // The trap is set up once per opening: a new initialFocus function each render must not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
}
