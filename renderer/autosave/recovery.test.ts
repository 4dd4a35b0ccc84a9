import { beforeEach, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/format';
import { emptyDocument } from '../../shared/model';
import { history, useAppStore } from '../store/store';
import { formatSavedAt, offerFor, restoreAutosave, restoreQuestion } from './recovery';
import goodText from '../../shared/format/fixtures/good-v1.json?raw';

const savedAt = '2025-03-04T14:03:00.000Z';
const record = (text: string, fileName: string | null = 'good-v1.json') => ({ text, fileName, savedAt });

beforeEach(() => {
  useAppStore.getState().replaceDocument(emptyDocument(), null);
  history().clear();
});

describe('the autosave offered at start', () => {
  it('offers a design, naming its file and when it was autosaved', () => {
    const offer = offerFor(record(goodText), 'en-GB')!;
    expect(offer.name).toBe('good-v1.json');
    expect(restoreQuestion(offer)).toBe(`Restore unsaved changes to good-v1.json from ${formatSavedAt(savedAt, 'en-GB')}?`);
    expect(offer.time).toMatch(/2025/);
  });

  it('names an untitled design by its title', () => {
    const text = serializeDocument({ ...emptyDocument(), title: 'Contoso hybrid' });
    expect(offerFor(record(text, null))!.name).toBe('Contoso hybrid');
  });

  it('offers nothing for no autosave, an empty text or the empty design', () => {
    expect(offerFor(null)).toBeNull();
    expect(offerFor(record('  \n'))).toBeNull();
    expect(offerFor(record(serializeDocument(emptyDocument()), null))).toBeNull();
  });

  it('still offers a copy that does not load, so the user hears why it cannot be used', () => {
    expect(offerFor(record('{"format":"hybrid-topology-designer", "formatVersion": 1, "document": {', null))!.name).toBe('Untitled design');
  });

  it('says "an earlier session" when the time is unreadable', () => {
    expect(formatSavedAt('yesterday')).toBe('an earlier session');
  });
});

describe('restoring an autosave', () => {
  it('loads it as unsaved changes, keeping the file name, with a fresh undo history', () => {
    useAppStore.getState().edit((doc) => ({ ...doc, title: 'edit before the restore' }));
    const result = restoreAutosave(offerFor(record(goodText))!);
    expect(result).toEqual({ ok: true, repairs: [] });
    const state = useAppStore.getState();
    expect(state.doc.title).toBe('Good version 1 file');
    expect(state.doc.elements).toHaveLength(5);
    expect(state.fileName).toBe('good-v1.json');
    expect(state.doc).not.toBe(state.savedDoc);
    expect(state.savedDoc).toEqual(emptyDocument());
    expect(history().pastStates).toEqual([]);
  });

  it('refuses a broken copy with the load problems and leaves the open design alone', () => {
    const before = useAppStore.getState().doc;
    const offer = offerFor(record('{"format":"hybrid-topology-designer","formatVersion":1,"document":{"elements":[{"id":"a"'))!;
    const result = restoreAutosave(offer);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^The autosaved changes to good-v1\.json could not be restored and were discarded:\nNot valid JSON: unexpected end of input/);
    expect(useAppStore.getState().doc).toBe(before);
  });
});
