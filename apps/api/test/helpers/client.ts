import { request } from 'undici';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { path: string; message: string }[] };
  }[];
}

/** A GraphQL-over-HTTP client holding one bearer token. */
export class Client {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  with(token: string): Client {
    return new Client(this.url, token);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await request(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.body.json()) as GqlResult<T>;
    return { ...body, status: res.statusCode };
  }

  /** The data, or throws with the errors. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** The first error's field issues (extensions.fields of a BAD_USER_INPUT). */
  async fields(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ path: string; message: string }[]> {
    const r = await this.gql(query, variables);
    const first = r.errors?.[0];
    if (first?.extensions?.code !== 'BAD_USER_INPUT')
      throw new Error(`Expected BAD_USER_INPUT, got ${JSON.stringify(r.errors ?? r.data)}`);
    return (first.extensions.fields ?? []) as { path: string; message: string }[];
  }

  /** The first error's code. */
  async code(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const r = await this.gql(query, variables);
    return r.errors?.[0]?.extensions?.code;
  }
}
