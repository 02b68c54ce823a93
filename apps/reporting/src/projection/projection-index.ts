import type { RecordProjection } from '@park-ledger/figures';

export type AnyProjection = RecordProjection<unknown>;

/** Event type -> the projections that fold it; a type may feed several read models. */
export class ProjectionIndex {
  private readonly byType = new Map<string, AnyProjection[]>();

  constructor(readonly projections: readonly AnyProjection[]) {
    const kinds = new Set<string>();
    for (const projection of projections) {
      if (kinds.has(projection.kind)) throw new Error(`projection kind ${projection.kind} is defined twice`);
      kinds.add(projection.kind);
      for (const type of projection.eventTypes) this.byType.set(type, [...(this.byType.get(type) ?? []), projection]);
    }
  }

  projectionsOf(type: string): readonly AnyProjection[] {
    return this.byType.get(type) ?? [];
  }
}
