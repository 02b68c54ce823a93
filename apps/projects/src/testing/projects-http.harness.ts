// Integration tests only: the projects service in-process on the shared stack, driven over HTTP.
import { stack, startServiceUnderTest, waitFor, type Published, type Reply } from '@park-ledger/department/testing';
import { projectsService } from '../service';

export { randomSuffix, type Reply } from '@park-ledger/department/testing';

export type TopicMessage = Published;

export interface ProjectsHttp {
  readonly url: string;
  readonly tokens: { readonly submitter: string; readonly reader: string; readonly otherDepartment: string };
  /** As the projects clerk unless the headers carry another authorization. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  send(path: string, init: RequestInit): Promise<Reply>;
  /** Rows of the service's own database. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Messages on park.projects.events published since the harness started. */
  readonly messages: readonly TopicMessage[];
  close(): Promise<void>;
}

export async function startProjectsHttp(): Promise<ProjectsHttp> {
  const service = await startServiceUnderTest('projects', projectsService.module, { bodyLimit: projectsService.bodyLimit });
  const tokens = {
    submitter: service.token,
    reader: stack.token({ roles: ['reader'], sub: 'dashboard' }),
    otherDepartment: stack.token({ roles: ['submitter'], department: 'land', sub: 'clerk-land' }),
  };
  return {
    url: service.url,
    tokens,
    messages: service.messages,
    send: (path, init) =>
      service.send(path, { ...init, headers: { authorization: `Bearer ${tokens.submitter}`, ...(init.headers as Record<string, string>) } }),
    post: service.post,
    get: service.get,
    query: async (sql, params = []) => (await service.database.query(sql, params)).rows,
    close: service.close,
  };
}

/** Waits until the topic carries exactly the stream's stored events, in order, keyed and typed. */
export async function publishedEventsOf(http: ProjectsHttp, streamId: string, count: number): Promise<TopicMessage[]> {
  return waitFor(
    () => {
      const seen = new Map<string, TopicMessage>();
      for (const m of http.messages) if (m.key === streamId) seen.set(m.envelope.eventId, m);
      return seen.size >= count && [...seen.values()];
    },
    { timeoutMs: 30_000, what: `${count} events of ${streamId} on the projects topic` },
  );
}
