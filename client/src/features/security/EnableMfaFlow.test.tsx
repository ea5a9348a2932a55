import type { ApolloClient } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { EnableMfaFlow } from "./EnableMfaFlow";
import {
  enableAnswering,
  enabledResult,
  enrollment,
  enterCode,
  recoveryCodes,
  renderFlow,
  startAnswer,
} from "./test-support/enrollmentFixtures";

describe("EnableMfaFlow", () => {
  it("shows the QR code and, behind Can't scan?, the key and the app settings", async () => {
    const { user } = renderFlow([startAnswer]);

    const heading = await screen.findByRole("heading", { name: "Scan the QR code" });
    expect(document.activeElement).toBe(heading);
    const qrCode = screen.getByRole("img", { name: /QR code/ });
    expect(qrCode.getAttribute("src")).toBe(enrollment.qrCodeDataUrl);
    expect(screen.queryByText(enrollment.manualEntryKey)).toBeNull();

    await user.click(screen.getByRole("button", { name: /Can't scan\?/ }));

    expect(screen.getByText(enrollment.manualEntryKey)).toBeTruthy();
    expect(screen.getByText("Time-based")).toBeTruthy();
    expect(screen.getByText("SHA-1")).toBeTruthy();
    expect(screen.getByText("30 seconds")).toBeTruthy();
  });

  it("sends a typed code without its space, then holds Done until the codes are kept", async () => {
    const enable = vi.fn(() => enabledResult);
    const { user, onFinished } = renderFlow([startAnswer, enableAnswering({ result: enable })]);
    const createObjectUrl = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:codes");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);

    await user.click(await screen.findByRole("button", { name: "Continue" }));
    const codeField = screen.getByLabelText("Authenticator code");
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { name: "Enter the code from your app" }),
    );
    expect(codeField.getAttribute("inputmode")).toBe("numeric");
    expect(codeField.getAttribute("autocomplete")).toBe("one-time-code");
    await user.type(codeField, "123 456");
    await user.click(screen.getByRole("button", { name: "Turn on MFA" }));

    const codeList = await screen.findByRole("list", { name: "Recovery codes" });
    expect(enable).toHaveBeenCalledTimes(1);
    expect(
      within(codeList)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(recoveryCodes);
    const done = screen.getByRole("button", { name: "Done" });
    await user.click(screen.getByRole("checkbox", { name: "I have saved these codes" }));
    expect(done.hasAttribute("disabled")).toBe(true);

    await user.click(screen.getByRole("button", { name: "Download" }));

    expect(done.hasAttribute("disabled")).toBe(false);
    const blob = createObjectUrl.mock.calls[0]?.[0];
    expect(blob).toBeInstanceOf(Blob);
    const fileText = await (blob as Blob).text();
    expect(recoveryCodes.every((code) => fileText.includes(code))).toBe(true);
    await user.click(done);
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it("keeps a pasted code's leading zero and allows Done after copying the codes", async () => {
    const { user, onFinished } = renderFlow([
      startAnswer,
      enableAnswering({ result: enabledResult }, "012345"),
    ]);

    await user.click(await screen.findByRole("button", { name: "Continue" }));
    await user.click(screen.getByLabelText("Authenticator code"));
    await user.paste("012 345");
    await user.click(screen.getByRole("button", { name: "Turn on MFA" }));
    await user.click(await screen.findByRole("button", { name: "Copy" }));
    const done = screen.getByRole("button", { name: "Done" });
    expect(done.hasAttribute("disabled")).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: "I have saved these codes" }));

    expect(await navigator.clipboard.readText()).toBe(recoveryCodes.join("\n"));
    await user.click(done);
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it("keeps the set-up key and the codes out of the Apollo cache and web storage", async () => {
    let client: ApolloClient | null = null;
    function CacheProbe() {
      client = useApolloClient();
      return null;
    }
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <EnableMfaFlow onFinished={vi.fn()} />
        <CacheProbe />
      </>,
      { mocks: [startAnswer, enableAnswering({ result: enabledResult })] },
    );

    await enterCode(user, "123456");
    await screen.findByRole("list", { name: "Recovery codes" });

    const cached = JSON.stringify((client as ApolloClient | null)?.extract() ?? null);
    expect(cached).toContain("recoveryCodesRemaining");
    expect(cached).not.toContain(recoveryCodes[0]);
    expect(cached).not.toContain("JBSW");
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
