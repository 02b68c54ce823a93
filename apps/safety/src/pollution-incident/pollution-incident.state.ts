/** A pollution incident (涉污事件), its handling and compensation: `pollution-incident-<incidentId>`. */
export const pollutionIncidentStreamId = (incidentId: string) => `pollution-incident-${incidentId}`;

export type PollutionIncidentState =
  | { readonly status: 'None' }
  | { readonly status: 'Reported'; readonly handled: boolean; readonly compensationPaid: boolean }
  | { readonly status: 'Voided' };

export const initialPollutionIncidentState = (): PollutionIncidentState => ({ status: 'None' });
