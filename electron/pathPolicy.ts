// Which paths file IPC may act on. The renderer never passes a path; main acts only on paths
// the user chose in a native dialog (or named when launching the app) and on main's own recent
// list. drawio-desktop's advisory GHSA-fjgc-8xgj-rvh4 is the failure this prevents: a crafted
// diagram reading arbitrary local files through file IPC.
import { resolve } from 'node:path';
import { samePath } from './recentDocuments';

export interface RecentPaths {
  has(filePath: string): boolean;
}

export class PathPolicy {
  private readonly chosen = new Set<string>();

  constructor(
    private readonly recent: RecentPaths,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** Records a path the user picked in an open/save dialog or passed on the command line. */
  grantUserChoice(filePath: string): void {
    this.chosen.add(resolve(filePath));
  }

  isPermitted(filePath: string): boolean {
    if (this.recent.has(filePath)) return true;
    for (const chosen of this.chosen) if (samePath(chosen, filePath, this.platform)) return true;
    return false;
  }
}

export class PathRefusedError extends Error {
  override name = 'PathRefusedError';
  constructor(filePath: string) {
    super(`Refused to access "${filePath}": it was not chosen in a dialog and is not a recent document.`);
  }
}
