// Document types, inferred from the schema so the two can never drift.
import type { z } from 'zod';
import type { documentSchema, elementSchema, linkSchema, sceneSchema } from './schema';
import type { ElementKind, LinkKind } from './enums';

export type TopologyElement = z.output<typeof elementSchema>;
export type TopologyLink = z.output<typeof linkSchema>;
export type TopologyDocument = z.output<typeof documentSchema>;
export type Scene = z.output<typeof sceneSchema>;

export type ElementOfKind<K extends ElementKind> = Extract<TopologyElement, { kind: K }>;
export type LinkOfKind<K extends LinkKind> = Extract<TopologyLink, { kind: K }>;
export type ElementProps<K extends ElementKind> = ElementOfKind<K>['props'];
export type LinkProps<K extends LinkKind> = LinkOfKind<K>['props'];

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
