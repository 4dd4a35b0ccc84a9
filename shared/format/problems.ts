// Problems found while loading: what went wrong, and where in the file.
import type { TopologyDocument } from '../model/types';
import { MAX_LISTED_PROBLEMS } from './constants';

export interface LoadProblem {
  message: string;
  /** JSON pointer (RFC 6901) into the file; '' for the whole file. */
  pointer: string;
  /** The element or link the problem belongs to, when there is one. */
  elementId?: string;
}

export type LoadResult =
  | { ok: true; document: TopologyDocument; repairs: LoadProblem[]; migratedFrom?: number }
  | { ok: false; errors: LoadProblem[] };

/** One human line: where, then what. */
export function formatProblem(p: LoadProblem): string {
  return p.pointer === '' ? p.message : `${p.pointer}: ${p.message}`;
}

export function failure(errors: LoadProblem[]): { ok: false; errors: LoadProblem[] } {
  return { ok: false, errors: capProblems(errors) };
}

export function capProblems(problems: LoadProblem[]): LoadProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { message: `…and ${rest} more problem${rest === 1 ? '' : 's'}.`, pointer: '' },
  ];
}

/**
 * Quotes text from the file for a message. Long values are cut, because a message must stay one
 * readable line even when the file holds a megabyte-long name.
 */
export function quote(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}

/** `Element "vnet-hub" (elements/3)`, or `Link links/2` when the item has no usable id. */
export function describeItem(list: 'elements' | 'links', index: number, id?: string): string {
  const label = list === 'elements' ? 'Element' : 'Link';
  return id === undefined ? `${label} ${list}/${index}` : `${label} ${quote(id)} (${list}/${index})`;
}
