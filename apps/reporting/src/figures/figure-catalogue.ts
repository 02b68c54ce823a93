import type { FigureDefinition } from '@park-ledger/figures';

/**
 * The figures the service answers for, looked up by name: the park's catalogue, or a test's own.
 * The /figures queries and the annual summary both reach figures through it.
 */
export class FigureCatalogue {
  private readonly byName: ReadonlyMap<string, FigureDefinition>;

  constructor(readonly all: readonly FigureDefinition[]) {
    this.byName = new Map(all.map((figure) => [figure.name, figure]));
  }

  /** The named figure; an unknown name is refused with the given error. */
  named(name: string, error: (message: string) => Error = (message) => new Error(message)): FigureDefinition {
    const figure = this.byName.get(name);
    if (!figure) throw error(`no figure named ${name}`);
    return figure;
  }
}
