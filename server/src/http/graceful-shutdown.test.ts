import { describe, expect, it } from "vitest";

import { createUser, testPassword } from "../test-support/factories.js";
import { startTestApp } from "../test-support/test-app.js";

describe("shutting down", () => {
  /** A deploy must not cut off a sign-in half-way: in-flight requests finish first. */
  it("lets in-flight requests finish, then refuses new connections", async () => {
    const testApp = await startTestApp();
    const user = await createUser(testApp.dataSource);
    const signIn = testApp.app.services.signIn;
    const original = signIn.signIn.bind(signIn);
    let markStarted = () => {};
    const hasStarted = new Promise<void>((resolve) => (markStarted = resolve));
    signIn.signIn = async (...args) => {
      markStarted();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return original(...args);
    };

    const inFlight = testApp
      .browser()
      .graphql("mutation ($input: SignInInput!) { signIn(input: $input) { status } }", {
        input: { email: user.email, password: testPassword },
      });
    await hasStarted;
    const stopping = testApp.app.server.stop();
    const response = await inFlight;
    await stopping;

    expect(response.data).toEqual({ signIn: { status: "SIGNED_IN" } });
    await expect(fetch(`${testApp.url}/healthz`)).rejects.toThrow();
    await testApp.stop();
  });
});
