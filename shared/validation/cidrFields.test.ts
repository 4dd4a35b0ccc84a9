import { describe, expect, it } from 'vitest';
import { noteDesign } from '../kept/designScoped';
import { cidrFields } from './cidrFields';
import { contextOf } from './context';
import { design } from './testing/designBuilder';
import { validate } from './validate';

// One VNet with a subnet whose prefix has host bits set: a design that is one part, so validate's
// rules run over the document's own context.
const doc = design([
  { id: 'vnet', kind: 'vnet', name: 'vnet-a', props: { addressSpaces: ['10.0.0.0/16'], region: 'westeurope' } },
  { id: 'app', kind: 'subnet', name: 'app', parentId: 'vnet', props: { prefix: '10.0.1.7/24' } },
]);

describe('cidrFields', () => {
  it('lists each address field once per run, and is let go once the rules have run', () => {
    // As validate notes the design it runs over: the context made here is then the one its rules read
    // (a context made before a design is noted goes when it is, kept/designScoped.ts).
    noteDesign(doc);
    const ctx = contextOf(doc);
    const fields = cidrFields(ctx);
    expect(fields.map((f) => [f.ownerId, f.field, f.text, f.parsed.ok])).toEqual([
      ['vnet', 'addressSpaces[0]', '10.0.0.0/16', true],
      ['app', 'prefix', '10.0.1.7/24', false],
    ]);
    // Shared by the rules of the run.
    expect(cidrFields(ctx)).toBe(fields);
    const findings = validate(doc);
    // Kept with the context, the list was an object per address field for every collection to copy.
    expect(cidrFields(ctx)).not.toBe(fields);
    // A fix keeps its own field: the finding still corrects the prefix.
    const invalid = findings.find((f) => f.ruleId === 'invalid-cidr');
    expect(invalid?.elementIds).toEqual(['app', 'vnet']);
    const fixed = invalid!.fix!.apply(doc);
    expect(fixed.elements.find((e) => e.id === 'app')).toMatchObject({ props: { prefix: '10.0.1.0/24' } });
  });
});
