import { describe, expect, it } from 'vitest';
import { closeDecision, closePrompt, replaceConfirmed, replacePrompt } from './unsavedChangesPrompt';

describe('closePrompt', () => {
  it('offers Save, Don’t Save and Cancel, with Escape meaning Cancel', () => {
    const prompt = closePrompt('Contoso.topo.json');
    expect(prompt.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(prompt.buttons[prompt.cancelId]).toBe('Cancel');
    expect(prompt.buttons[prompt.defaultId]).toBe('Save');
    expect(prompt.message).toContain('Contoso.topo.json');
  });

  it('maps the buttons to decisions', () => {
    expect([0, 1, 2].map(closeDecision)).toEqual(['save', 'discard', 'cancel']);
  });
});

describe('replacePrompt', () => {
  it('names both documents and defaults to Cancel', () => {
    const prompt = replacePrompt('Draft', 'Contoso.topo.json');
    expect(prompt.message).toContain('Draft');
    expect(prompt.message).toContain('Contoso.topo.json');
    expect(prompt.buttons[prompt.defaultId]).toBe('Cancel');
    expect(replaceConfirmed(0)).toBe(true);
    expect(replaceConfirmed(prompt.cancelId)).toBe(false);
  });
});
