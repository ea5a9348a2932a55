import { ErrorCode } from "@app/shared";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { ReauthenticateDocument, StartMfaEnrollmentDocument } from "../../gql/graphql";
import {
  enableAnswering,
  enterCode,
  renderFlow,
  startAnswer,
} from "./test-support/enrollmentFixtures";
import { rejectedWith } from "./test-support/securityFixtures";

describe("EnableMfaFlow when a step fails", () => {
  it("says the code did not match and clears the field on INVALID_CODE", async () => {
    const { user } = renderFlow([
      startAnswer,
      enableAnswering(rejectedWith(ErrorCode.INVALID_CODE), "654321"),
    ]);

    await enterCode(user, "654321");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^That code did not match\./);
    expect(screen.queryByText("server wording")).toBeNull();
    expect((screen.getByLabelText("Authenticator code") as HTMLInputElement).value).toBe("");
  });

  it("says how many minutes to wait on TOO_MANY_ATTEMPTS", async () => {
    const tooMany = rejectedWith(ErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 801 });
    const { user } = renderFlow([startAnswer, enableAnswering(tooMany)]);

    await enterCode(user, "123456");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Too many wrong codes. For your security, try again in 14 minutes.",
    );
  });

  it("asks for the password on REAUTHENTICATION_REQUIRED, then starts by itself", async () => {
    const reauthenticate = vi.fn(() => ({ data: { reauthenticate: true } }));
    const { user } = renderFlow([
      {
        request: { query: StartMfaEnrollmentDocument },
        ...rejectedWith(ErrorCode.REAUTHENTICATION_REQUIRED),
      },
      {
        request: {
          query: ReauthenticateDocument,
          variables: { input: { password: "demo-password-1" } },
        },
        result: reauthenticate,
      },
      startAnswer,
    ]);

    const dialog = await screen.findByRole("dialog", { name: "Confirm your password" });
    expect(screen.queryByRole("heading", { name: "Scan the QR code" })).toBeNull();
    await user.type(within(dialog).getByLabelText("Password"), "demo-password-1");
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByRole("heading", { name: "Scan the QR code" })).toBeTruthy();
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("offers a fresh start when the set-up has expired (NOT_FOUND)", async () => {
    const { user } = renderFlow([
      startAnswer,
      enableAnswering(rejectedWith(ErrorCode.NOT_FOUND)),
      startAnswer,
    ]);

    await enterCode(user, "123456");
    await user.click(await screen.findByRole("button", { name: "Start again" }));

    expect(await screen.findByRole("heading", { name: "Scan the QR code" })).toBeTruthy();
  });
});
