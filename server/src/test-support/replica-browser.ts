import { TestBrowser, type GraphqlResponse } from "./http-client.js";

/**
 * One browser whose requests a load balancer may send to any replica: the cookies are the
 * browser's, and each request names the server that answers it.
 */
export class ReplicaBrowser {
  readonly cookies = new Map<string, string>();

  async graphql<TData = Record<string, unknown>>(
    serverUrl: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<TData>> {
    const browser = new TestBrowser(serverUrl);
    for (const [name, value] of this.cookies) browser.cookies.set(name, value);

    const response = await browser.graphql<TData>(query, variables);
    this.cookies.clear();
    for (const [name, value] of browser.cookies) this.cookies.set(name, value);
    return response;
  }
}
