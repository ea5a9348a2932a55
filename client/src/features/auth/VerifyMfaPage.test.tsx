import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { Route, Routes, useLocation } from "react-router";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import {
  SignOutDocument,
  VerifyMfaDocument,
  type VerifyMfaInput,
  type VerifyMfaMutation,
  type VerifyMfaMutationVariables,
} from "../../gql/graphql";
import { readReturnPath } from "./returnPath";
import { SignInPage } from "./SignInPage";
import { VerifyMfaPage } from "./VerifyMfaPage";

type VerifyMfaMock = MockLink.MockedResponse<VerifyMfaMutation, VerifyMfaMutationVariables>;

const signedIn = {
  data: { verifyMfa: { __typename: "SignInPayload", status: "SIGNED_IN" } } as VerifyMfaMutation,
};

function verifyAnswering(
  input: VerifyMfaInput,
  answer: Pick<VerifyMfaMock, "result" | "error" | "delay"> = { result: signedIn },
): VerifyMfaMock {
  return { request: { query: VerifyMfaDocument, variables: { input } }, ...answer };
}

function rejectedWith(code: ErrorCode, extensions: Record<string, unknown> = {}) {
  // The server's wording is deliberately unlike ours: the page must choose text by code.
  const error = new GraphQLError("server wording", { extensions: { code, ...extensions } });
  return { result: { errors: [error] } };
}

function RecoveryCodeUsedStandIn() {
  const location = useLocation();

  return <h1>Recovery code used, then {readReturnPath(location.state)}</h1>;
}

function renderVerify(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/sign-in/verify" element={<VerifyMfaPage />} />
      <Route path="/sign-in/recovery-code-used" element={<RecoveryCodeUsedStandIn />} />
      <Route path="/settings/security" element={<h1>Security settings</h1>} />
    </Routes>,
    {
      mocks,
      initialEntries: [{ pathname: "/sign-in/verify", state: { returnTo: "/settings/security" } }],
    },
  );
  return { user };
}

const digit = (position: number) => screen.getByLabelText(`Digit ${position} of 6`);
const trustDeviceBox = () => screen.getByRole("checkbox", { name: /Trust this device/ });

describe("VerifyMfaPage", () => {
  it("submits on the sixth digit, keeping the leading zero and the trust choice", async () => {
    const answer = vi.fn(() => signedIn);
    const { user } = renderVerify([
      verifyAnswering({ code: "012345", trustDevice: true }, { result: answer }),
    ]);

    await user.click(trustDeviceBox());
    await user.click(digit(1));
    await user.keyboard("012345");

    expect(await screen.findByRole("heading", { name: "Security settings" })).toBeTruthy();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it("accepts a code pasted with a space in the middle", async () => {
    const { user } = renderVerify([verifyAnswering({ code: "123456", trustDevice: false })]);

    await user.click(digit(1));
    await user.paste("123 456");

    expect(await screen.findByRole("heading", { name: "Security settings" })).toBeTruthy();
  });

  it("sends a recovery code instead once the person switches to it", async () => {
    const { user } = renderVerify([
      verifyAnswering({ recoveryCode: "abcde-fghij", trustDevice: false }),
    ]);

    await user.click(screen.getByRole("button", { name: "Use a recovery code instead" }));
    await user.type(screen.getByLabelText("Recovery code"), "abcde-fghij");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    const heading = await screen.findByRole("heading", { name: /^Recovery code used/ });
    expect(heading.textContent).toBe("Recovery code used, then /settings/security");
  });

  it("switches back from the recovery code to the authenticator code", async () => {
    const { user } = renderVerify([]);

    await user.click(screen.getByRole("button", { name: "Use a recovery code instead" }));
    await user.click(screen.getByRole("button", { name: "Use your authenticator app instead" }));

    expect(screen.queryByLabelText("Recovery code")).toBeNull();
    expect(digit(1)).toBeTruthy();
  });

  it("says the code didn't work on INVALID_CODE and clears the digits", async () => {
    const { user } = renderVerify([
      verifyAnswering({ code: "111111", trustDevice: false }, rejectedWith(ErrorCode.INVALID_CODE)),
    ]);

    await user.click(digit(1));
    await user.keyboard("111111");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "That code didn't work. Check your authenticator app and try again.",
    );
    expect((digit(6) as HTMLInputElement).value).toBe("");
    await waitFor(() => expect(document.activeElement).toBe(digit(1)));
  });

  it("says how many minutes to wait on TOO_MANY_ATTEMPTS", async () => {
    const tooMany = rejectedWith(ErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 781 });
    const { user } = renderVerify([
      verifyAnswering({ code: "222222", trustDevice: false }, tooMany),
    ]);

    await user.click(digit(1));
    await user.keyboard("222222");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Too many incorrect codes. Try again in 14 minutes.");
  });

  it("returns to the password step, saying why, when the pending sign-in is gone", async () => {
    const { user } = renderVerify([
      verifyAnswering(
        { code: "333333", trustDevice: false },
        rejectedWith(ErrorCode.UNAUTHENTICATED),
      ),
    ]);

    await user.click(digit(1));
    await user.keyboard("333333");

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(/^Sign in again/);
  });

  it("asks for all six digits without calling the API when the code is short", async () => {
    const { user } = renderVerify([]);

    await user.click(digit(1));
    await user.keyboard("12");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Enter all 6 digits from your authenticator app.");
  });

  it("signs the pending sign-in out when the person wants to use another account", async () => {
    const signOut: MockLink.MockedResponse = {
      request: { query: SignOutDocument },
      result: { data: { signOut: true } },
    };
    const { user } = renderVerify([signOut]);

    await user.click(screen.getByRole("button", { name: "Sign in as someone else" }));

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
