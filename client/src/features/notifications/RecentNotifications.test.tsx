import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { SendTestNotificationDocument } from "../../gql/graphql";
import { formatDateTime } from "../security/formatDateTime";
import { rejectedWith } from "../security/test-support/securityFixtures";
import { RecentNotifications } from "./RecentNotifications";
import { makeNotification, notificationsAnswer } from "./test-support/notificationFixtures";

function renderList(mocks: MockLink.MockedResponse[], isEmailDeliveryConfigured = true) {
  const user = userEvent.setup();
  renderWithProviders(
    <RecentNotifications isEmailDeliveryConfigured={isEmailDeliveryConfigured} />,
    {
      mocks,
    },
  );
  return { user };
}

async function findBodyRows() {
  const table = await screen.findByRole("table", { name: "Recent notifications" });
  return within(table).getAllByRole("row").slice(1);
}

const testMessage = makeNotification({
  id: "notification-test",
  subject: "Test email from 3 Clicks Cloud",
  createdAt: "2026-03-03T11:00:00.000Z",
  deliveryState: "QUEUED",
  attemptCount: 0,
  sentAt: null,
});

function sendTestAnswer(result: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return { request: { query: SendTestNotificationDocument }, result };
}

describe("RecentNotifications list", () => {
  it("shows each notice's subject, time and delivery state, with when a retry is due", async () => {
    const nextAttemptAt = "2026-03-02T10:05:00.000Z";
    renderList([
      notificationsAnswer([
        makeNotification({ id: "n-sent", subject: "MFA was turned on" }),
        makeNotification({
          id: "n-retry",
          subject: "New recovery codes",
          deliveryState: "QUEUED",
          attemptCount: 2,
          sentAt: null,
          nextAttemptAt,
        }),
        makeNotification({
          id: "n-failed",
          subject: "MFA was turned off",
          deliveryState: "FAILED",
          attemptCount: 5,
          sentAt: null,
        }),
        { ...testMessage },
      ]),
    ]);

    const [sent, retrying, failed, queued] = (await findBodyRows()) as HTMLElement[];
    expect(within(sent!).getByRole("rowheader").textContent).toBe("MFA was turned on");
    expect(within(sent!).getByText("Sent")).toBeTruthy();
    expect(sent!.textContent).toContain(formatDateTime("2026-03-02T09:30:00.000Z"));
    expect(within(retrying!).getByText("Queued")).toBeTruthy();
    expect(retrying!.textContent).toContain(
      `Not delivered yet; will retry at ${formatDateTime(nextAttemptAt)}`,
    );
    expect(within(failed!).getByText("Failed")).toBeTruthy();
    expect(failed!.textContent).toContain("Not delivered after 5 tries");
    expect(within(queued!).getByText("Queued")).toBeTruthy();
    expect(queued!.textContent).not.toContain("retry");
    expect(screen.getByText("Showing 4 of 4 notifications")).toBeTruthy();
  });

  it("says there are no notifications yet when the list is empty", async () => {
    renderList([notificationsAnswer([])]);

    expect(await screen.findByText("No notifications yet")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("Load more adds the next page below the first and then goes away", async () => {
    const first = makeNotification({ id: "n-1", subject: "First notice" });
    const second = makeNotification({ id: "n-2", subject: "Second notice" });
    const third = makeNotification({ id: "n-3", subject: "Third notice" });
    const { user } = renderList([
      notificationsAnswer([first, second], { totalCount: 3, hasNextPage: true }),
      notificationsAnswer([third], { after: "cursor-n-2", totalCount: 3 }),
    ]);
    expect(await findBodyRows()).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Load more" }));

    expect(await screen.findByText("Third notice")).toBeTruthy();
    const subjects = (await findBodyRows()).map((row) => row.querySelector("th")?.textContent);
    expect(subjects).toEqual(["First notice", "Second notice", "Third notice"]);
    expect(screen.getByText("Showing 3 of 3 notifications")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });
});

describe("RecentNotifications test email", () => {
  it("sends a test email, then shows it in the refreshed list", async () => {
    const sent = vi.fn(() => ({ data: { sendTestNotification: testMessage } }));
    const { user } = renderList([
      notificationsAnswer([]),
      sendTestAnswer(sent),
      notificationsAnswer([testMessage]),
    ]);
    await screen.findByText("No notifications yet");

    await user.click(screen.getByRole("button", { name: "Send me a test email" }));

    expect(
      await screen.findByText("Test email on its way. It is at the top of the list below."),
    ).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    const [row] = await findBodyRows();
    expect(row?.textContent).toContain("Test email from 3 Clicks Cloud");
    expect(screen.queryByText("No notifications yet")).toBeNull();
  });

  it("says no email went out when this server sends no email", async () => {
    const { user } = renderList(
      [
        notificationsAnswer([]),
        sendTestAnswer({ data: { sendTestNotification: testMessage } }),
        notificationsAnswer([testMessage]),
      ],
      false,
    );
    await screen.findByText("No notifications yet");

    await user.click(screen.getByRole("button", { name: "Send me a test email" }));

    expect(
      await screen.findByText("Test notice added at the top of the list below. No email was sent."),
    ).toBeTruthy();
  });

  it("asks to wait the seconds the API gives when a test email was sent a moment ago", async () => {
    const { user } = renderList([
      notificationsAnswer([]),
      sendTestAnswer(rejectedWith(ErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 42 }).result),
    ]);
    await screen.findByText("No notifications yet");

    await user.click(screen.getByRole("button", { name: "Send me a test email" }));

    expect(
      await screen.findByText("You can send one test email a minute. Try again in 42 seconds."),
    ).toBeTruthy();
    expect(screen.getByText("Please wait a moment")).toBeTruthy();
    expect(screen.queryByText("No test email was sent")).toBeNull();
  });
});
