import { useEffect } from 'react';
import { installFileDrop } from '../platform/fileDrop';
import { openDroppedFile } from '../commands/fileCommands';

/** Files dropped anywhere on the window open as designs, and never navigate the window away. */
export function useOpenDroppedFiles(): void {
  useEffect(() => installFileDrop(window, (dropped) => void openDroppedFile(dropped)), []);
}
