import { describe, expect, it, vi } from 'vitest';
import { carriesFiles, installFileDrop, isDesignFileName } from './fileDrop';

/** Just enough of a DragEvent and its DataTransfer for the handlers. */
function dragEvent(type: string, types: string[], files: { name: string }[] = []) {
  const event = new Event(type, { cancelable: true }) as Event & { dataTransfer: unknown };
  event.dataTransfer = {
    types,
    dropEffect: 'none',
    files: { length: files.length, item: (i: number) => files[i] ?? null },
  };
  return event as unknown as DragEvent;
}

function fakeWindow() {
  return new EventTarget() as unknown as Window;
}

describe('dropping files on the window', () => {
  it('takes over drags that carry files, so the window never navigates to the file', () => {
    const target = fakeWindow();
    const onDrop = vi.fn();
    installFileDrop(target, onDrop);
    const over = dragEvent('dragover', ['Files']);
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer!.dropEffect).toBe('copy');

    const file = { name: 'Contoso.topo.json' };
    const drop = dragEvent('drop', ['Files'], [file, { name: 'other.json' }]);
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(onDrop).toHaveBeenCalledExactlyOnceWith({ file, count: 2 });
  });

  it('leaves palette drags (no files) to the canvas', () => {
    const target = fakeWindow();
    const onDrop = vi.fn();
    installFileDrop(target, onDrop);
    for (const type of ['dragover', 'drop']) {
      const event = dragEvent(type, ['application/x-htd-preset']);
      target.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('stops listening when removed', () => {
    const target = fakeWindow();
    const onDrop = vi.fn();
    installFileDrop(target, onDrop)();
    const drop = dragEvent('drop', ['Files'], [{ name: 'a.json' }]);
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(false);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('knows a design file by its .json ending', () => {
    expect(isDesignFileName('Contoso.topo.json')).toBe(true);
    expect(isDesignFileName('export.JSON')).toBe(true);
    expect(isDesignFileName('diagram.png')).toBe(false);
    expect(isDesignFileName('notes.json.txt')).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
});
