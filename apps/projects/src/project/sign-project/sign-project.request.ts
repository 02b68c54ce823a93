import { IsOccurredAt } from '@park-ledger/department';
import type { SignProject } from './sign-project';

export class SignProjectRequest implements Omit<SignProject, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
}
