import { departments, type Department } from '@park-ledger/contracts';
import type { JwtClaims } from './jwt';
import { InvalidToken } from './jwt';

export const roles = ['submitter', 'reader', 'admin', 'approver'] as const;
export type Role = (typeof roles)[number];

/** Who is calling: the token's subject, the department it speaks for (if any) and its roles. */
export interface Principal {
  readonly actor: string;
  readonly department: Department | null;
  readonly roles: readonly Role[];
}

export function principalOf(claims: JwtClaims): Principal {
  if (typeof claims.sub !== 'string' || claims.sub.length === 0 || claims.sub.length > 200) {
    throw new InvalidToken('token has no subject');
  }
  const department = claims['department'];
  if (department !== undefined && department !== null && !departments.includes(department as Department)) {
    throw new InvalidToken('unknown department claim');
  }
  const claimed = Array.isArray(claims['roles']) ? claims['roles'] : [];
  // A person is recorded by their user name (what a drill-down shows); a token without one, by its subject.
  const username = claims['preferred_username'];
  const named = typeof username === 'string' && username.length > 0 && username.length <= 200;
  return {
    actor: named ? username : claims.sub,
    department: (department as Department | undefined) ?? null,
    roles: roles.filter((role) => claimed.includes(role)),
  };
}

/** What an endpoint requires. Department services pass their own department as `service`. */
export type Access = 'public' | 'submit' | 'read' | 'administer' | 'approve';

export function allows(principal: Principal, access: Access, service: Department | null): boolean {
  const has = (role: Role) => principal.roles.includes(role);
  switch (access) {
    case 'public':
      return true;
    case 'submit':
      return service !== null && has('submitter') && principal.department === service;
    case 'read':
      return (
        has('reader') ||
        has('admin') ||
        (has('submitter') && (service === null || principal.department === service))
      );
    case 'administer':
      return has('admin');
    case 'approve':
      // separation of duties: whoever submits for the office (closes periods) cannot sign them off
      return has('approver') && !(has('submitter') && principal.department === 'office');
  }
}
