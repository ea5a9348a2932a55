import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { Route, Routes, useLocation } from "react-router";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import {
  SignInDocument,
  type SignInMutation,
  type SignInMutationVariables,
  type SignInStatus,
} from "../../gql/graphql";
import { readReturnPath } from "./returnPath";
import { SignInPage } from "./SignInPage";

type SignInMock = MockLink.MockedResponse<SignInMutation, SignInMutationVariables>;

const credentials = { email: "alice@acme.test", password: "demo-password-1" };

function signInAnswering(
  answer: Pick<SignInMock, "result" | "error" | "delay">,
  input = credentials,
): SignInMock {
  return { request: { query: SignInDocument, variables: { input } }, ...answer };
}

function statusResult(status: SignInStatus): { data: SignInMutation } {
  return { data: { signIn: { __typename: "SignInPayload", status } } as SignInMutation };
}

function rejectedWith(code: ErrorCode, extensions: Record<string, unknown> = {}) {
  // The server's wording is deliberately unlike ours: the form must choose text by code.
  const error = new GraphQLError("server wording", { extensions: { code, ...extensions } });
  return { result: { errors: [error] } };
}

/** Stands in for a later step, showing where that step would send the person afterwards. */
function NextStep({ heading }: { heading: string }) {
  const location = useLocation();

  return (
    <>
      <h1>{heading}</h1>
      <p data-testid="return-to">{readReturnPath(location.state)}</p>
    </>
  );
}

function renderSignIn(
  mocks: SignInMock[] = [],
  state: object = { returnTo: "/settings/security" },
) {
  const user = userEvent.setup();
  renderWithProviders(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-in/verify" element={<NextStep heading="Code step" />} />
      <Route path="/setup-mfa" element={<NextStep heading="MFA set-up" />} />
      <Route path="/settings/security" element={<h1>Security settings</h1>} />
      <Route path="/settings/profile" element={<h1>Profile settings</h1>} />
    </Routes>,
    { mocks, initialEntries: [{ pathname: "/sign-in", state }] },
  );
  return { user };
}

const emailField = () => screen.getByLabelText("Email");
const passwordField = () => screen.getByLabelText("Password");
const submitButton = () => screen.getByRole("button", { name: "Sign in" });

async function submit(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  if (email) await user.type(emailField(), email);
  if (password) await user.type(passwordField(), password);
  await user.click(submitButton());
}

describe("SignInPage", () => {
  it("starts idle with the email field focused and browser autofill hints set", () => {
    renderSignIn();

    expect(document.activeElement).toBe(emailField());
    expect(emailField().getAttribute("autocomplete")).toBe("username");
    expect(passwordField().getAttribute("autocomplete")).toBe("current-password");
    expect(submitButton().hasAttribute("disabled")).toBe(false);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("asks for the email address without calling the API when the email is empty", async () => {
    const answer = vi.fn(() => statusResult("SIGNED_IN"));
    const { user } = renderSignIn([signInAnswering({ result: answer })]);

    await submit(user, "", credentials.password);

    expect(await screen.findByText("Enter your email address.")).toBeTruthy();
    expect(emailField().getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(emailField());
    expect(answer).not.toHaveBeenCalled();
  });

  it("marks the submit button busy while the sign-in request is in flight", async () => {
    const { user } = renderSignIn([
      signInAnswering({ result: statusResult("SIGNED_IN"), delay: 60_000 }),
    ]);

    await submit(user, credentials.email, credentials.password);

    await waitFor(() => expect(submitButton().getAttribute("aria-busy")).toBe("true"));
    expect(submitButton().hasAttribute("disabled")).toBe(true);
  });

  it("says the email or password is incorrect on INVALID_CREDENTIALS", async () => {
    const { user } = renderSignIn([signInAnswering(rejectedWith(ErrorCode.INVALID_CREDENTIALS))]);

    await submit(user, credentials.email, credentials.password);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("The email or password is incorrect.");
    expect(screen.queryByText("server wording")).toBeNull();
    expect(document.activeElement).toBe(passwordField());
  });

  it("says the server could not be reached when the request never gets an answer", async () => {
    const { user } = renderSignIn([signInAnswering({ error: new TypeError("Failed to fetch") })]);

    await submit(user, credentials.email, credentials.password);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^We could not reach the server\./);
  });

  it("says how long to wait on TOO_MANY_ATTEMPTS", async () => {
    const tooMany = rejectedWith(ErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 540 });
    const { user } = renderSignIn([signInAnswering(tooMany)]);

    await submit(user, credentials.email, credentials.password);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Too many sign-in attempts. Try again in 9 minutes.");
  });

  it("puts the API's BAD_USER_INPUT message on the field it names", async () => {
    const badEmail = rejectedWith(ErrorCode.BAD_USER_INPUT, { field: "email" });
    const { user } = renderSignIn([signInAnswering(badEmail)]);

    await submit(user, credentials.email, credentials.password);

    expect(await screen.findByText("Enter an email address like name@company.com.")).toBeTruthy();
    expect(emailField().getAttribute("aria-invalid")).toBe("true");
  });

  it("sends a normalised email and then opens the page the visitor was headed for", async () => {
    const { user } = renderSignIn([signInAnswering({ result: statusResult("SIGNED_IN") })]);

    await submit(user, "  Alice@ACME.test ", credentials.password);

    expect(await screen.findByRole("heading", { name: "Security settings" })).toBeTruthy();
  });

  it.each<[SignInStatus, string]>([
    ["MFA_REQUIRED", "Code step"],
    ["MFA_SETUP_REQUIRED", "MFA set-up"],
  ])("sends %s on to the %s, still carrying the return path", async (status, heading) => {
    const { user } = renderSignIn([signInAnswering({ result: statusResult(status) })]);

    await submit(user, credentials.email, credentials.password);

    expect(await screen.findByRole("heading", { name: heading })).toBeTruthy();
    expect(screen.getByTestId("return-to").textContent).toBe("/settings/security");
  });

  it("explains why when the code step sent the person back to sign in again", () => {
    renderSignIn([], { returnTo: "/settings/security", notice: "verificationEnded" });

    expect(screen.getByRole("status").textContent).toMatch(/^Sign in again/);
  });
});
