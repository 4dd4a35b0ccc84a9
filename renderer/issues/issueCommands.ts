// What the issues panel does with a finding: show it on the canvas, repair it, or open its source.
import type { Finding } from '../../shared/validation';
import { platform } from '../platform';
import { useAppStore } from '../store/store';
import { focusElements } from '../commands/viewCommands';

export function revealFinding(finding: Finding): void {
  const { doc, select } = useAppStore.getState();
  const present = finding.elementIds.filter((id) => doc.elements.some((e) => e.id === id) || doc.links.some((l) => l.id === id));
  select(present.slice(0, 1));
  const elementIds = present.filter((id) => doc.elements.some((e) => e.id === id));
  focusElements(elementIds.length ? elementIds : present);
}

/** Applies the finding's fix as one undoable edit. */
export function applyFix(finding: Finding): void {
  if (!finding.fix) return;
  const store = useAppStore.getState();
  store.edit((doc) => finding.fix!.apply(doc));
  store.notify('info', `Applied: ${finding.fix.label}`);
}

export async function openSource(finding: Finding): Promise<void> {
  const opened = await platform.openExternal(finding.source);
  if (!opened) useAppStore.getState().notify('error', `Not opened: ${finding.source} is not a Microsoft documentation link.`);
}
