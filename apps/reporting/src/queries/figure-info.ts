/**
 * What the queries need to know of a figure. flow: the sum of what happened in the period;
 * stock: the sum of everything up to the period's end (e.g. projects settled on a platform).
 */
export interface FigureInfo {
  readonly name: string;
  readonly kind: 'flow' | 'stock';
  readonly unit: string;
  readonly labels: { readonly zh: string; readonly en: string };
  /** the dims its contributions carry, by which it can be broken down */
  readonly dims: readonly string[];
}
