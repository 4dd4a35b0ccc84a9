// What is failed while presenting: the current scene's own failures (part of the story it tells)
// plus what the presenter failed by hand, minus the scene failures the presenter restored by hand.
// Pure, so the toggling rules are tested without a store.

export interface SessionFailures {
  /** Failed by hand; these stay failed from scene to scene until restored. */
  failed: ReadonlySet<string>;
  /** Scene failures restored by hand; forgotten when another scene shows. */
  restored: ReadonlySet<string>;
}

export const NO_FAILURES: SessionFailures = { failed: new Set(), restored: new Set() };

export function effectiveFailures(sceneFailed: readonly string[], session: SessionFailures): Set<string> {
  const result = new Set(sceneFailed.filter((id) => !session.restored.has(id)));
  for (const id of session.failed) result.add(id);
  return result;
}

/** Fails `id` when it is up, restores it when it is failed (by hand or by the scene). */
export function toggleFailure(sceneFailed: readonly string[], session: SessionFailures, id: string): SessionFailures {
  const failed = new Set(session.failed);
  const restored = new Set(session.restored);
  if (effectiveFailures(sceneFailed, session).has(id)) {
    failed.delete(id);
    if (sceneFailed.includes(id)) restored.add(id);
  } else {
    restored.delete(id);
    if (!sceneFailed.includes(id)) failed.add(id);
  }
  return { failed, restored };
}

/** Everything up again, the scene's own failures included. */
export const restoreAll = (sceneFailed: readonly string[]): SessionFailures => ({ failed: new Set(), restored: new Set(sceneFailed) });
