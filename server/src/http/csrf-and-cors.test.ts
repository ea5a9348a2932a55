import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createUser } from "../test-support/factories.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ corsOrigins: ["https://reports.example"] });
});

afterAll(async () => {
  await testApp.stop();
});

/** A wrong password is counted when executed, so the count shows whether anything ran. */
async function failedPasswordsOf(userId: string): Promise<number | undefined> {
  const rows: { failed_password_attempts: number }[] = await testApp.dataSource.query(
    "SELECT failed_password_attempts FROM users WHERE id = $1",
    [userId],
  );
  return rows[0]?.failed_password_attempts;
}

function wrongSignIn(email: string): string {
  return `mutation { signIn(input: { email: "${email}", password: "not-it" }) { status } }`;
}

describe("cross-site request forgery", () => {
  /** What an HTML form or a fetch without preflight can send from another site (csrfPrevention). */
  it.each([
    ["text/plain", (query: string) => JSON.stringify({ query })],
    ["application/x-www-form-urlencoded", (query: string) => `query=${encodeURIComponent(query)}`],
    [
      "multipart/form-data; boundary=x",
      (query: string) =>
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${query}\r\n--x--\r\n`,
    ],
  ])("refuses a %s POST without running it", async (contentType, bodyOf) => {
    const user = await createUser(testApp.dataSource);

    const response = await fetch(`${testApp.url}/graphql`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: bodyOf(wrongSignIn(user.email)),
    });

    expect(response.status).toBe(400);
    expect(await failedPasswordsOf(user.id)).toBe(0);
  });

  it("runs the same request when it comes as JSON, which a form cannot send", async () => {
    const user = await createUser(testApp.dataSource);

    const response = await fetch(`${testApp.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: wrongSignIn(user.email) }),
    });

    expect(response.status).toBe(200);
    expect(await failedPasswordsOf(user.id)).toBe(1);
  });

  it("refuses a GET query that carries no preflight header", async () => {
    const query = encodeURIComponent("{ viewer { id } }");

    const response = await fetch(`${testApp.url}/graphql?query=${query}`);

    expect(response.status).toBe(400);
  });

  it("never runs a mutation sent as GET, even with the preflight header", async () => {
    const user = await createUser(testApp.dataSource);
    const query = encodeURIComponent(wrongSignIn(user.email));

    const response = await fetch(`${testApp.url}/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true" },
    });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await failedPasswordsOf(user.id)).toBe(0);
  });
});

describe("cross-origin reads", () => {
  const post = (origin: string) =>
    fetch(`${testApp.url}/graphql`, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });

  /** A sandboxed iframe or a file: page sends Origin: null; it must never get credentials. */
  it.each(["null", "https://evil.example", "https://reports.example.evil.example"])(
    "gives the origin %s no CORS headers",
    async (origin) => {
      const response = await post(origin);

      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    },
  );

  it("lets a configured origin read answers with credentials", async () => {
    const response = await post("https://reports.example");

    expect(response.headers.get("access-control-allow-origin")).toBe("https://reports.example");
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
  });
});
