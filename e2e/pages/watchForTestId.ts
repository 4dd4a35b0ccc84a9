// A state that may last a frame only (the status bar checking a design, the Paths tab estimating),
// which polling can miss: the page records whether it ever appeared.
import type { Page } from '@playwright/test';

/**
 * From now on, records in the page whether an element with `testId` ever appears; the function
 * returned tells whether it has.
 */
export async function watchForTestId(page: Page, testId: string): Promise<() => Promise<boolean>> {
  const key = `__saw_${testId}`;
  await page.evaluate(
    ([flag, id]) => {
      const w = window as unknown as Record<string, boolean>;
      w[flag] = false;
      new MutationObserver(() => {
        if (document.querySelector(`[data-testid="${id}"]`)) w[flag] = true;
      }).observe(document.body, { childList: true, subtree: true });
    },
    [key, testId] as const,
  );
  return () => page.evaluate((flag) => (window as unknown as Record<string, boolean>)[flag] === true, key);
}
