// Files dropped on the window. Left alone, a dropped file makes the page navigate to it: the
// design would replace the app (electron issues #5919, #15744). So every drag that carries files
// is taken over here, anywhere in the window, and the first file is handed on to be opened.
// Drags without files (the palette's presets) are left to the canvas.

/** Whether a drag carries files from the system (not text, links or a palette preset). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}

/** Design files are JSON: "Contoso.topo.json", or a plain ".json" export. */
export function isDesignFileName(name: string): boolean {
  return /\.json$/i.test(name);
}

export interface DroppedFiles {
  /** The first dropped file: one design is open at a time. */
  file: File;
  /** How many files were dropped in all, so the caller can say only the first was opened. */
  count: number;
}

/**
 * Installs the window's drag-and-drop handling and returns a function that removes it.
 * `onDrop` runs for each drop that carries at least one file.
 */
export function installFileDrop(target: Window, onDrop: (dropped: DroppedFiles) => void): () => void {
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  };
  const onDropEvent = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    const files = event.dataTransfer!.files;
    const file = files.item(0);
    if (file) onDrop({ file, count: files.length });
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDropEvent);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDropEvent);
  };
}
