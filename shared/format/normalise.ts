// After the schema: the checks that need the whole document at once (ids, references, nesting).
// Duplicate ids are refused because no repair can tell which item a reference meant; everything
// else is repaired and each repair reported (excalidraw's restore.ts).
import type { TopologyDocument } from '../model/types';
import { quote, type LoadProblem } from './problems';
import { repairLinks } from './repairLinks';
import { repairNesting } from './repairNesting';
import { ELEMENT_SESSION_FIELDS, LINK_SESSION_FIELDS, withoutFields } from './sessionFields';

export type NormaliseResult =
  | { ok: true; document: TopologyDocument; repairs: LoadProblem[] }
  | { ok: false; errors: LoadProblem[] };

export function normalise(document: TopologyDocument): NormaliseResult {
  const errors = duplicateIds(document);
  if (errors.length > 0) return { ok: false, errors };
  const nesting = repairNesting(document.elements.map((e) => withoutFields(e, ELEMENT_SESSION_FIELDS)));
  const linking = repairLinks(
    document.links.map((l) => withoutFields(l, LINK_SESSION_FIELDS)),
    nesting.elements,
  );
  return {
    ok: true,
    document: { ...document, elements: nesting.elements, links: linking.links },
    repairs: [...nesting.repairs, ...linking.repairs],
  };
}

/** Elements and links share one id space: selection, deletion and the inspector look ids up in both. */
function duplicateIds(document: TopologyDocument): LoadProblem[] {
  const firstSeen = new Map<string, { list: 'elements' | 'links'; index: number }>();
  const errors: LoadProblem[] = [];
  const check = (list: 'elements' | 'links', id: string, index: number) => {
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, { list, index });
      return;
    }
    errors.push({
      message: `Duplicate id ${quote(id)}: used by /document/${first.list}/${first.index} and /document/${list}/${index}; ids must be unique.`,
      pointer: `/document/${list}/${index}/id`,
      elementId: id,
    });
  };
  document.elements.forEach((e, i) => check('elements', e.id, i));
  document.links.forEach((l, i) => check('links', l.id, i));
  return errors;
}
