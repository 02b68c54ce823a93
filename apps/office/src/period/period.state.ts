/** A period the office closes (a year, a quarter or a month): `period-<period>`. */
export const periodStreamId = (period: string) => `period-${period}`;

export interface Close {
  readonly asOf: string;
  readonly digest: string;
  readonly closedBy: string;
}

export type PeriodState =
  | { readonly status: 'None' }
  | { readonly status: 'Open'; readonly reopenedBy: string }
  | ({ readonly status: 'Closed' } & Close)
  | ({ readonly status: 'SignedOff'; readonly signedBy: string } & Close);

export const initialPeriodState = (): PeriodState => ({ status: 'None' });
