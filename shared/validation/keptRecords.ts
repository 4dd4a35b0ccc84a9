// Records a validation context keeps for the next edit. Made by constructors, not literals, as
// every record a run keeps is (../kept/lists.ts).

/**
 * What a reader worked out over a context, with the ids of the elements it labelled
 * (ValidationContext.labelling): a rename of any other element changes nothing it says.
 */
export class Labelled<T, L extends readonly string[] | undefined = readonly string[] | undefined> {
  constructor(
    readonly value: T,
    /** undefined: not noted (the reader ran over a context that keeps nothing for the next edit). */
    readonly labelled: L,
  ) {}
}

/** A VNet peered with another, and the peering (ValidationContext.peeredVnets). */
export class Peer {
  constructor(
    readonly peeringId: string,
    readonly vnetId: string,
  ) {}
}
