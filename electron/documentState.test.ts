import { describe, expect, it } from 'vitest';
import { DocumentSessions, formatWindowTitle } from './documentState';

describe('formatWindowTitle', () => {
  it('shows the document name, an unsaved marker when dirty, and the app name', () => {
    expect(formatWindowTitle({ name: 'Contoso.topo.json', dirty: true })).toBe('● Contoso.topo.json — Hybrid Topology Designer');
    expect(formatWindowTitle({ name: 'Contoso.topo.json', dirty: false })).toBe('Contoso.topo.json — Hybrid Topology Designer');
  });
});

describe('DocumentSessions', () => {
  it('starts untitled with no file, per window', () => {
    const sessions = new DocumentSessions();
    expect(sessions.get(1)).toEqual({ filePath: null, pendingFilePath: null, name: 'Untitled', dirty: false });
    sessions.setState(1, { name: 'Draft', dirty: true });
    expect(sessions.get(2).dirty).toBe(false);
  });

  it('takes the name from a saved file, and forgets the file on reset', () => {
    const sessions = new DocumentSessions();
    sessions.setState(1, { name: 'Untitled', dirty: true });
    expect(sessions.setSavedFile(1, '/designs/Contoso.topo.json')).toEqual({
      filePath: '/designs/Contoso.topo.json',
      pendingFilePath: null,
      name: 'Contoso.topo.json',
      dirty: false,
    });
    expect(sessions.reset(1)).toEqual({ filePath: null, pendingFilePath: null, name: 'Untitled', dirty: false });
  });

  it('adopts an opened file only when the renderer reports its name', () => {
    const sessions = new DocumentSessions();
    sessions.setSavedFile(1, '/designs/Old.topo.json');
    sessions.setPendingFile(1, '/designs/New.topo.json');
    sessions.setState(1, { name: 'Old.topo.json', dirty: true });
    expect(sessions.get(1)).toMatchObject({ filePath: '/designs/Old.topo.json', pendingFilePath: '/designs/New.topo.json' });
    sessions.setState(1, { name: 'New.topo.json', dirty: false });
    expect(sessions.get(1)).toMatchObject({ filePath: '/designs/New.topo.json', pendingFilePath: null });
  });

  it('drops a pending file on reset', () => {
    const sessions = new DocumentSessions();
    sessions.setPendingFile(1, '/designs/New.topo.json');
    sessions.reset(1);
    expect(sessions.confirmPendingFile(1, 'New.topo.json')).toBe(false);
    expect(sessions.get(1).filePath).toBeNull();
  });
});
