import { afterEach, describe, expect, it } from "vitest";

import { encodeBase32 } from "../mfa/base32.js";
import { formatSecretForManualEntry } from "../mfa/format-secret.js";
import { createUser } from "../test-support/factories.js";
import { enrolledUser } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { maxDeliveryAttempts, retryDelayInSeconds } from "./delivery-backoff.js";
import { enqueueNotification } from "./enqueue-notification.js";
import { NotificationKind } from "./notification-kind.js";
import type { NotificationWorker } from "./notification-worker.js";
import { outboxRowsFor } from "../test-support/outbox-rows.js";
import { findClosedPort, startTestMailServer, type TestMailServer } from "./test-mail-server.js";

const appUrl = "https://app.example.test";
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startMailServer(port?: number): Promise<TestMailServer> {
  const mail = await startTestMailServer(port);
  cleanups.push(() => mail.close());
  return mail;
}

/** The poll is an hour apart, so only the test's own runOnce() calls send anything. */
async function startApp(smtpUrl: string): Promise<TestApp> {
  const testApp = await startTestApp({ smtpUrl, appUrl, notificationPollIntervalInSeconds: 3600 });
  cleanups.push(() => testApp.stop());
  return testApp;
}

function workerOf(testApp: TestApp): NotificationWorker {
  const worker = testApp.app.notificationWorker;
  if (!worker) throw new Error("The test app was started without SMTP_URL.");
  return worker;
}

async function queueTestMessage(testApp: TestApp, userId: string) {
  const message = await testApp.dataSource.transaction((manager) =>
    enqueueNotification(manager, {
      kind: NotificationKind.TEST_MESSAGE,
      userId,
      occurredAt: testApp.clock.now(),
    }),
  );
  if (!message) throw new Error("The test message was not queued.");
  return message;
}

describe("delivering notices by email", () => {
  it("sends plain text and HTML with the stored Message-ID and no secret", async () => {
    const mail = await startMailServer();
    const testApp = await startApp(mail.url);
    const { user, browser, secret, recoveryCodes } = await enrolledUser(testApp, {
      name: `Eve <script>alert("x")</script>`,
    });
    const created = await browser.graphql<{ createAccessToken: { token: string } }>(
      `mutation ($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token } }`,
      { input: { name: "<b>Nightly</b> export", expiresInDays: 30 } },
    );
    const token = created.data?.createAccessToken.token ?? "missing token";

    const attempted = await workerOf(testApp).runOnce();
    const rows = await outboxRowsFor(testApp.dataSource, user.id);

    expect(attempted).toBe(2);
    expect(rows.map((row) => row.delivery_state)).toEqual(["SENT", "SENT"]);
    expect(mail.received).toHaveLength(2);
    for (const row of rows) {
      const received = mail.received.find((item) => item.parsed.messageId === row.message_id);
      expect(row.message_id).toMatch(/^<[0-9a-f-]{36}@app\.example\.test>$/);
      expect(received?.envelopeTo).toEqual([user.email]);
      expect(received?.parsed.subject).toBe(row.subject);
      expect(received?.parsed.text).toContain(`${appUrl}/settings/security`);
      expect(received?.parsed.html).toContain(`href="${appUrl}/settings/security"`);
      expect(received?.parsed.html).toContain("&lt;script&gt;");
      expect(received?.parsed.html).not.toContain("<script>");
    }
    const raw = mail.received.map((item) => item.raw).join("\n");
    const secretForms = [encodeBase32(secret), formatSecretForManualEntry(secret)];
    for (const form of [token, ...secretForms, ...recoveryCodes]) {
      expect(raw).not.toContain(form);
    }
    const tokenMail = mail.received.find((item) => /access token/.test(item.parsed.subject ?? ""));
    expect(tokenMail?.parsed.html).toContain("&lt;b&gt;Nightly&lt;/b&gt; export");
    expect(tokenMail?.parsed.text).toContain("<b>Nightly</b> export");
  });

  it("retries a refused connection with backoff and delivers once the server is up", async () => {
    const port = await findClosedPort();
    const testApp = await startApp(`smtp://127.0.0.1:${port}`);
    const user = await createUser(testApp.dataSource);
    const queued = await queueTestMessage(testApp, user.id);
    const worker = workerOf(testApp);

    await worker.runOnce();
    const [afterFirst] = await outboxRowsFor(testApp.dataSource, user.id);
    const notYetDue = await worker.runOnce();
    testApp.clock.advanceBySeconds(retryDelayInSeconds(1) ?? 0);
    await worker.runOnce();
    const [afterSecond] = await outboxRowsFor(testApp.dataSource, user.id);
    const mail = await startMailServer(port);
    testApp.clock.advanceBySeconds(retryDelayInSeconds(2) ?? 0);
    await worker.runOnce();
    const [delivered] = await outboxRowsFor(testApp.dataSource, user.id);

    expect(afterFirst).toMatchObject({ delivery_state: "QUEUED", attempt_count: 1 });
    expect(afterFirst?.last_error).toMatch(/ECONNECTION|ECONNREFUSED/);
    expect(new Date(afterFirst?.next_attempt_at ?? 0).getTime()).toBe(
      queued.createdAt.getTime() + (retryDelayInSeconds(1) ?? 0) * 1000,
    );
    expect(notYetDue).toBe(0);
    expect(afterSecond).toMatchObject({ delivery_state: "QUEUED", attempt_count: 2 });
    expect(new Date(afterSecond?.next_attempt_at ?? 0).getTime()).toBe(
      testApp.clock.now().getTime(),
    );
    expect(delivered).toMatchObject({ delivery_state: "SENT", attempt_count: 3 });
    expect(mail.received.map((item) => item.parsed.messageId)).toEqual([delivered?.message_id]);
    expect(afterFirst?.message_id).toBe(delivered?.message_id);
  });

  it("gives up as FAILED after the last attempt", async () => {
    const port = await findClosedPort();
    const testApp = await startApp(`smtp://127.0.0.1:${port}`);
    const user = await createUser(testApp.dataSource);
    await queueTestMessage(testApp, user.id);
    const worker = workerOf(testApp);

    for (let attempt = 1; attempt <= maxDeliveryAttempts; attempt += 1) {
      await worker.runOnce();
      testApp.clock.advanceBySeconds(retryDelayInSeconds(attempt) ?? 24 * 60 * 60);
    }
    const afterGivingUp = await worker.runOnce();
    const [row] = await outboxRowsFor(testApp.dataSource, user.id);

    expect(row).toMatchObject({
      delivery_state: "FAILED",
      attempt_count: maxDeliveryAttempts,
      next_attempt_at: null,
      sent_at: null,
    });
    expect(afterGivingUp).toBe(0);
  });

  it("retries a dead worker's message once its lease ends, with the same Message-ID", async () => {
    const mail = await startMailServer();
    const testApp = await startApp(mail.url);
    const user = await createUser(testApp.dataSource);
    const queued = await queueTestMessage(testApp, user.id);
    const leaseEnd = new Date(testApp.clock.now().getTime() + 5 * 60 * 1000);
    await testApp.dataSource.query(
      `UPDATE notification_outbox
          SET claimed_until = $2, attempt_count = 1, message_id = '<crashed@app.example.test>'
        WHERE id = $1`,
      [queued.id, leaseEnd],
    );
    const worker = workerOf(testApp);

    const whileLeased = await worker.runOnce();
    testApp.clock.set(leaseEnd);
    await worker.runOnce();
    const [row] = await outboxRowsFor(testApp.dataSource, user.id);

    expect(whileLeased).toBe(0);
    expect(row).toMatchObject({ delivery_state: "SENT", attempt_count: 2 });
    expect(mail.received.map((item) => item.parsed.messageId)).toEqual([
      "<crashed@app.example.test>",
    ]);
  });

  /** Several server processes share one outbox; each message must still go out once. */
  it("never sends one message twice when two workers run at once", async () => {
    const mail = await startMailServer();
    const testApp = await startApp(mail.url);
    const replica = await testApp.startReplica();
    const users = await Promise.all(
      Array.from({ length: 12 }, () => createUser(testApp.dataSource)),
    );
    for (const user of users) {
      await queueTestMessage(testApp, user.id);
      await queueTestMessage(testApp, user.id);
    }
    const replicaWorker = replica.notificationWorker;
    if (!replicaWorker) throw new Error("The replica was started without SMTP_URL.");

    const attempts = await Promise.all([workerOf(testApp).runOnce(), replicaWorker.runOnce()]);
    const rows = await testApp.dataSource.query(
      "SELECT message_id, delivery_state, attempt_count FROM notification_outbox",
    );
    const messageIds = mail.received.map((item) => item.parsed.messageId);

    expect(attempts[0] + attempts[1]).toBe(24);
    expect(mail.received).toHaveLength(24);
    expect(new Set(messageIds).size).toBe(24);
    expect(rows).toHaveLength(24);
    for (const row of rows) expect(row).toMatchObject({ delivery_state: "SENT", attempt_count: 1 });
  });
});
