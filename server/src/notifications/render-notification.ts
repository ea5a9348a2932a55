import { escapeHtml } from "./escape-html.js";
import { formatUtcTime } from "./format-utc-time.js";
import { contentOf } from "./notification-content.js";
import type { NotificationDetails } from "./notification-details.js";
import type { NotificationKind } from "./notification-kind.js";

export interface RenderedEmail {
  text: string;
  html: string;
}

export interface RenderInput {
  kind: NotificationKind;
  subject: string;
  details: NotificationDetails;
  /** The web app's address without a trailing slash. */
  appUrl: string;
}

/** The same notice twice: plain text for every mail client, HTML with every value escaped. */
export function renderNotification({ kind, subject, details, appUrl }: RenderInput): RenderedEmail {
  const content = contentOf(kind, details);
  const securityUrl = `${appUrl}/settings/security`;
  const facts: [string, string][] = [
    ["When", formatUtcTime(new Date(details.occurredAt))],
    ...(details.browserLabel ? [["Browser", details.browserLabel] as [string, string]] : []),
    ...(details.ipAddress ? [["IP address", details.ipAddress] as [string, string]] : []),
    ...content.facts,
  ];

  const text = [
    `Hello ${details.recipientName},`,
    "",
    content.what,
    "",
    ...facts.map(([label, value]) => `${label}: ${value}`),
    "",
    `If this was you, there is nothing to do. If it was not you: ${content.ifNotYou}`,
    "",
    `Settings > Security: ${securityUrl}`,
    "",
    "3 Clicks Cloud will never ask you for a code, a recovery code or a password by email.",
  ].join("\n");

  const factRows = facts
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(label)}</th>` +
        `<td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
    )
    .join("");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1a1b1e">
<p>Hello ${escapeHtml(details.recipientName)},</p>
<p>${escapeHtml(content.what)}</p>
<table role="presentation" style="border-collapse:collapse">${factRows}</table>
<p>If this was you, there is nothing to do. If it was not you: ${escapeHtml(content.ifNotYou)}</p>
<p><a href="${escapeHtml(securityUrl)}">Open Settings &gt; Security</a></p>
<p style="color:#5c5f66;font-size:13px">3 Clicks Cloud will never ask you for a code, a recovery
code or a password by email.</p>
</body></html>`;
  return { text, html };
}
