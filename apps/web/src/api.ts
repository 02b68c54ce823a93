// Calls to the services through the web origin (/api/<service>/…) with the signed-in user's access
// token, and the answers mapped once to what a person can act on.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { signInAgain } from './session';

export type Service = 'projects' | 'land' | 'safety' | 'reporting' | 'office';

/** status 0: the service could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

async function messageOf(res: Response): Promise<{ message: string; body?: unknown }> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown; detail?: unknown; title?: unknown };
    const message = [body.message, body.detail, body.title].find((m) => typeof m === 'string' || Array.isArray(m));
    return { message: Array.isArray(message) ? message.join('; ') : String(message ?? `${res.status}`), body };
  } catch {
    return { message: text.slice(0, 300) || `${res.status} ${res.statusText}` };
  }
}

/** fetch() for one service: the bearer token added; 401 sends the user to sign in and back here. */
export function useApi() {
  const auth = useAuth();
  const token = auth.user?.access_token;
  return useCallback(
    async (service: Service, path: string, init: RequestInit = {}): Promise<Response> => {
      let res: Response;
      try {
        res = await fetch(`/api/${service}${path}`, {
          ...init,
          headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        });
      } catch (error) {
        throw new ApiError(0, (error as Error).message);
      }
      if (res.status === 401) {
        await signInAgain(auth);
        throw new ApiError(401, 'the session has ended');
      }
      if (!res.ok) {
        const { message, body } = await messageOf(res);
        throw new ApiError(res.status, message, body);
      }
      return res;
    },
    // the token changes on every silent renew; auth's methods do not
    [token],
  );
}

export interface Resource<T> {
  readonly data?: T;
  readonly error?: ApiError;
  readonly loading: boolean;
  retry(): void;
}

/**
 * One GET's answer as state. `load` runs again when `key` changes or on retry; an answer that arrives
 * after a newer request started is dropped, so a slow year never draws under another year's name.
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ data: s.data, loading: true }));
    loader.current().then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({ loading: false, error: error instanceof ApiError ? error : new ApiError(0, String(error)) }),
    );
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

/** A figure's `events` link from the API (`/figures/<figure>/events?…`) as the app's drill-down route. */
export function drillDownRoute(apiLink: string): string {
  const url = new URL(apiLink, 'http://app');
  const match = /^\/figures\/([^/]+)\/events$/.exec(url.pathname);
  return match ? `/figures/${match[1]}${url.search}` : apiLink;
}
