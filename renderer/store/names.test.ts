import { describe, expect, it } from 'vitest';
import { elementSchema, linkSchema, updateElement, type TopologyDocument } from '../../shared/model';
import { nameOf } from './names';

const doc: TopologyDocument = {
  title: 't',
  description: '',
  elements: [
    elementSchema.parse({ id: 'dev', kind: 'vpnDevice', name: 'Branch router', position: { x: 0, y: 0 } }),
    elementSchema.parse({ id: 'gw', kind: 'vpnGateway', name: '', position: { x: 400, y: 0 } }),
  ],
  links: [linkSchema.parse({ id: 'l', kind: 's2s', name: 'Tunnel A', source: 'dev', target: 'gw' })],
};

describe('nameOf', () => {
  it('names elements and links, and falls back to the id for unnamed or unknown items', () => {
    expect(nameOf(doc, 'dev')).toBe('Branch router');
    expect(nameOf(doc, 'l')).toBe('Tunnel A');
    expect(nameOf(doc, 'gw')).toBe('gw');
    expect(nameOf(doc, 'nope')).toBe('nope');
  });

  it('follows edits: a renamed element is named anew in the edited document', () => {
    const edited = updateElement(doc, 'dev', { name: 'HQ router' });
    expect(nameOf(edited, 'dev')).toBe('HQ router');
    expect(nameOf(doc, 'dev')).toBe('Branch router');
  });
});
