export interface GraphqlResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  setCookies: string[];
}

/**
 * A minimal browser stand-in: it keeps the cookies the server sets and sends them back, so tests
 * exercise the real cookie handling over HTTP.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** Sent as `Authorization: Bearer …` when set, the way integrations call the API. */
  bearerToken: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36",
  ) {}

  async graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<TData>> {
    const response = await this.post(JSON.stringify({ query, variables }), "application/json");
    const body = (await response.json()) as Omit<GraphqlResponse<TData>, "status" | "setCookies">;
    return { ...body, status: response.status, setCookies: response.headers.getSetCookie() };
  }

  async post(body: string, contentType: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "user-agent": this.userAgent,
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(this.bearerToken ? { authorization: `Bearer ${this.bearerToken}` } : {}),
      },
      body,
    });
    this.remember(response.headers.getSetCookie());
    return response;
  }

  private remember(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair = "", ...attributes] = header.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const isExpired = attributes.some((attribute) => /expires=thu, 01 jan 1970/i.test(attribute));

      if (value === "" || isExpired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export function errorCodeOf(response: GraphqlResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}
