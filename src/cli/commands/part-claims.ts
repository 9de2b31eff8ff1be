// Which part checks which namespace of a large `tolk check`, decided while the parts run.

/** What a part knows of the sharing: every part's namespaces, its own index, the shared flags. */
export interface ClaimRequest {
  shares: readonly (readonly string[])[];
  index: number;
  /** One Int32 flag per namespace of `shares`, part after part. */
  claims: SharedArrayBuffer;
}

/** The claim flags for `shares`, all unset. */
export function createClaimFlags(shares: readonly (readonly string[])[]): SharedArrayBuffer {
  const count = shares.reduce((n, share) => n + share.length, 0);
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * Math.max(1, count));
}

/**
 * Who checks which namespace. Shares are even in files, not in time: one thread may be slowed by
 * the other's garbage collection or by the machine. So each part claims its own namespaces from
 * the front of its list and, once done, the others' unclaimed ones from the back; a flag set by
 * compare-and-swap gives every namespace to exactly one part.
 */
export class Claims {
  private readonly flags: Int32Array;
  private readonly offsets: number[] = [];
  private readonly own = new Map<string, number>();
  /** Per other part: below this index, every flag was found set. */
  private readonly cursors: number[];

  constructor(private readonly request: ClaimRequest) {
    this.flags = new Int32Array(request.claims);
    let at = 0;
    for (const share of request.shares) {
      this.offsets.push(at);
      at += share.length;
    }
    request.shares[request.index]!.forEach((ns, i) => {
      this.own.set(ns, this.offsets[request.index]! + i);
    });
    this.cursors = request.shares.map((share) => share.length);
  }

  private set(flag: number): boolean {
    return Atomics.compareExchange(this.flags, flag, 0, 1) === 0;
  }

  /** Claims one of the part's own namespaces: false when another part took it over. */
  claimOwn(ns: string): boolean {
    const flag = this.own.get(ns);
    return flag === undefined || this.set(flag);
  }

  /** An unclaimed namespace of another part, claimed for this one; undefined when none is left. */
  takeOther(): string | undefined {
    const { shares, index } = this.request;
    for (let step = 1; step < shares.length; step++) {
      const other = (index + step) % shares.length;
      while (this.cursors[other]! > 0) {
        const i = --this.cursors[other]!;
        if (this.set(this.offsets[other]! + i)) return shares[other]![i];
      }
    }
    return undefined;
  }
}
