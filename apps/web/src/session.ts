// Who is signed in, as the token says (roles, department), and signing in again to come back here.
import type { AuthContextProps } from 'react-oidc-context';

export interface Person {
  readonly name: string;
  readonly roles: readonly string[];
  readonly department: string | null;
}

/** Where to come back to after Keycloak: carried in the OIDC state, not in storage of our own. */
export interface ReturnState {
  readonly returnTo: string;
}

export const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

export function signInAgain(auth: Pick<AuthContextProps, 'signinRedirect' | 'removeUser'>, returnTo = here()) {
  return auth.removeUser().then(() => auth.signinRedirect({ state: { returnTo } satisfies ReturnState }));
}

export function personOf(profile: Record<string, unknown> | undefined): Person {
  const roles = Array.isArray(profile?.['roles']) ? (profile['roles'] as string[]) : [];
  const department = typeof profile?.['department'] === 'string' ? (profile['department'] as string) : null;
  const name =
    (profile?.['name'] as string | undefined) ?? (profile?.['preferred_username'] as string | undefined) ?? (profile?.['sub'] as string) ?? '';
  return { name, roles, department };
}
