// Elements by id over a context's index of ids, and the labels it gives them: kept by what a context
// worked out that explains itself when read, instead of the context (./context.ts, labelsLater).
import type { TopologyElement, TopologyLink } from '../model/types';

/**
 * A label as ValidationContext.label gives it: the name, in quotes, of the element or link found for
 * `id`, or the id.
 */
export function labelOf(found: TopologyElement | TopologyLink | undefined, id: string): string {
  return found?.name ? `"${found.name}"` : id;
}

/** Elements by id, over the context's index of ids (the last element of an id wins, as in a map). */
export class ElementsById {
  constructor(
    private readonly elements: readonly TopologyElement[],
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  get(id: string): TopologyElement | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.elements[i];
  }

  /**
   * While a reader of the context runs with its labels noted (ValidationContext.labelling): the ids
   * it labelled, in the order asked, repeats next to each other once.
   */
  labelled: string[] | undefined;

  note(id: string): void {
    const labelled = this.labelled;
    if (labelled && labelled[labelled.length - 1] !== id) labelled.push(id);
  }

  /**
   * The label of the element of `id`, as ValidationContext.label gives it for an element (the id when
   * no element has it), noted. For texts made when first read, which keep these rather than the context.
   */
  label(id: string): string {
    this.note(id);
    return labelOf(this.get(id), id);
  }
}
