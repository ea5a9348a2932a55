import { describe, expect, it } from "vitest";

import { formatUtcTime } from "./format-utc-time.js";
import { NotificationKind } from "./notification-kind.js";
import { subjectOf } from "./notification-subjects.js";
import { renderNotification } from "./render-notification.js";

const details = {
  recipientName: `Zoë "<img src=x onerror=alert(1)>" & Co`,
  occurredAt: "2025-12-03T14:05:09.000Z",
  browserLabel: "Chrome on Linux",
  ipAddress: "203.0.113.7",
  tokenName: "<script>steal()</script>",
  recoveryCodesRemaining: 3,
  administratorName: "Ada <Admin>",
};

function render(kind: NotificationKind) {
  return renderNotification({
    kind,
    subject: subjectOf(kind),
    details,
    appUrl: "https://app.example.test",
  });
}

describe("notice emails", () => {
  it("gives the time in UTC, readably", () => {
    expect(formatUtcTime(new Date(details.occurredAt))).toBe(
      "Wednesday 3 December 2025, 14:05 UTC",
    );
  });

  it.each(Object.values(NotificationKind))(
    "renders %s with when, where from, what to do, and the Security link",
    (kind) => {
      const { text, html } = render(kind);

      for (const body of [text, html]) {
        expect(body).toContain("Wednesday 3 December 2025, 14:05 UTC");
        expect(body).toContain("Chrome on Linux");
        expect(body).toContain("203.0.113.7");
        expect(body).toMatch(/If it was not you/);
        expect(body).toContain("https://app.example.test/settings/security");
      }
    },
  );

  it.each(Object.values(NotificationKind))("escapes what people typed in %s HTML", (kind) => {
    const { html } = render(kind);

    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<Admin>");
    expect(html).toContain("Zoë &quot;&lt;img src=x onerror=alert(1)&gt;&quot; &amp; Co");
  });

  it("says how many recovery codes are left, and names the token and administrator", () => {
    expect(render(NotificationKind.RECOVERY_CODE_USED).text).toContain("Recovery codes left: 3");
    expect(render(NotificationKind.ACCESS_TOKEN_CREATED).html).toContain(
      "&lt;script&gt;steal()&lt;/script&gt;",
    );
    expect(render(NotificationKind.MFA_RESET_BY_ADMIN).text).toContain(
      "Administrator: Ada <Admin>",
    );
  });

  it("keeps subject lines free of anything a person or browser supplied", () => {
    for (const kind of Object.values(NotificationKind)) {
      expect(subjectOf(kind)).toMatch(/^3 Clicks Cloud: [A-Za-z ,:'-]+$/);
    }
  });
});
