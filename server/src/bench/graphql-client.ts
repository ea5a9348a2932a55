import { graphqlBody } from "./graphql-requests.js";

/** A browser's worth of cookies over fetch, for set-up and for the sequential latency goals. */
export class BenchBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly url: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const body = await this.send<T>(query, variables);
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL answered: ${body.errors?.map((error) => error.message).join("; ")}`);
    }
    return body.data;
  }

  /** For answers that are meant to fail, such as a sign-in with an unknown email. */
  async send<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: { message: string }[] }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: this.cookieHeader },
      body: graphqlBody(query, variables),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (!pair || separator < 0) continue;
      const value = pair.slice(separator + 1);
      if (value === "") this.cookies.delete(pair.slice(0, separator));
      else this.cookies.set(pair.slice(0, separator), value);
    }

    return (await response.json()) as { data?: T | null; errors?: { message: string }[] };
  }
}
