import type { DataSource } from "typeorm";

import { addSeconds, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import type { Logger } from "../logging/logger.js";
import { retryDelayInSeconds } from "./delivery-backoff.js";
import { NotificationDeliveryState } from "./notification-delivery-state.js";
import type { NotificationDetails } from "./notification-details.js";
import type { NotificationKind } from "./notification-kind.js";
import { renderNotification } from "./render-notification.js";
import { createSmtpTarget, describeDeliveryError, type SmtpTarget } from "./smtp-transport.js";

export interface NotificationWorkerOptions {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  smtpUrl: string;
  smtpFrom: string;
  appUrl: string;
  pollIntervalInSeconds: number;
}

interface ClaimedMessage {
  id: string;
  recipient: string;
  kind: NotificationKind;
  subject: string;
  details: NotificationDetails;
  message_id: string;
  attempt_count: number;
  claimed_until: Date;
}

/**
 * Longer than the slowest attempt the transport allows (connect, greeting and socket timeouts),
 * so a lease only runs out under a worker that died, never under one still sending.
 */
const leaseInSeconds = 5 * 60;

/** Bounds one run, so a large backlog cannot delay shutdown for long. */
const maxMessagesPerRun = 100;

/**
 * Sends the outbox. Each message is claimed in its own short transaction (row lock, then a
 * lease committed before the mail goes out), so any number of server processes can run a
 * worker on one database: none sends a message another holds, and a message whose worker
 * died is retried once the lease runs out. Delivery is at least once; the stored Message-ID is
 * reused on every attempt, so a resend after a crash is recognisable as the same message.
 */
export class NotificationWorker {
  private readonly smtp: SmtpTarget;
  private readonly messageIdHost: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private isStopped = false;

  constructor(private readonly options: NotificationWorkerOptions) {
    this.smtp = createSmtpTarget(options.smtpUrl);
    this.messageIdHost = new URL(options.appUrl).hostname || "localhost";
  }

  start(): void {
    this.isStopped = false;
    this.scheduleNextPoll();
  }

  /** Waits for a run in progress, so nothing is half-recorded when the database closes. */
  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    this.smtp.transport.close();
  }

  /** Sends every message due now; returns how many it attempted. */
  runOnce(): Promise<number> {
    this.running ??= this.sendDueMessages().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private scheduleNextPoll(): void {
    if (this.isStopped) return;

    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error: unknown) => {
          this.options.logger.error({ err: error }, "The notification worker's run failed.");
        })
        .finally(() => this.scheduleNextPoll());
    }, this.options.pollIntervalInSeconds * 1000);
    this.timer.unref();
  }

  private async sendDueMessages(): Promise<number> {
    let attempted = 0;
    while (attempted < maxMessagesPerRun && !this.isStopped) {
      const message = await this.claimNext();
      if (!message) break;

      await this.deliver(message);
      attempted += 1;
    }
    return attempted;
  }

  /**
   * One statement: the subquery locks the oldest due row, skipping rows another worker holds,
   * and the update leases it, so the claim commits before the mail goes out.
   */
  private async claimNext(): Promise<ClaimedMessage | null> {
    const { dataSource, clock } = this.options;
    const now = clock.now();

    const claimed = await queryReturningRows<ClaimedMessage>(
      dataSource,
      `UPDATE notification_outbox
          SET claimed_until = $3, attempt_count = attempt_count + 1,
              message_id = COALESCE(message_id, '<' || id || '@' || $4 || '>')
        WHERE id = (
          SELECT id FROM notification_outbox
           WHERE delivery_state = $1 AND next_attempt_at <= $2
             AND (claimed_until IS NULL OR claimed_until <= $2)
           ORDER BY next_attempt_at, id
           LIMIT 1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient, kind, subject, details, message_id, attempt_count,
                  claimed_until`,
      [NotificationDeliveryState.QUEUED, now, addSeconds(now, leaseInSeconds), this.messageIdHost],
    );
    return claimed[0] ?? null;
  }

  private async deliver(message: ClaimedMessage): Promise<void> {
    const { smtpFrom, appUrl } = this.options;
    const rendered = renderNotification({
      kind: message.kind,
      subject: message.subject,
      details: message.details,
      appUrl,
    });

    try {
      await this.smtp.transport.sendMail({
        from: smtpFrom,
        to: message.recipient,
        subject: message.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: message.message_id,
      });
    } catch (error) {
      await this.recordFailure(message, error);
      return;
    }
    await this.recordSuccess(message);
  }

  private async recordSuccess(message: ClaimedMessage): Promise<void> {
    await this.options.dataSource.query(
      `UPDATE notification_outbox
          SET delivery_state = $3, sent_at = $4, claimed_until = NULL, next_attempt_at = NULL,
              last_error = NULL
        WHERE id = $1 AND claimed_until = $2`,
      [message.id, message.claimed_until, NotificationDeliveryState.SENT, this.options.clock.now()],
    );
    this.log(message, NotificationDeliveryState.SENT);
  }

  private async recordFailure(message: ClaimedMessage, error: unknown): Promise<void> {
    const { dataSource, clock } = this.options;
    const delayInSeconds = retryDelayInSeconds(message.attempt_count);
    const state =
      delayInSeconds === null ? NotificationDeliveryState.FAILED : NotificationDeliveryState.QUEUED;
    const nextAttemptAt = delayInSeconds === null ? null : addSeconds(clock.now(), delayInSeconds);

    await dataSource.query(
      `UPDATE notification_outbox
          SET delivery_state = $3, next_attempt_at = $4, claimed_until = NULL, last_error = $5
        WHERE id = $1 AND claimed_until = $2`,
      [
        message.id,
        message.claimed_until,
        state,
        nextAttemptAt,
        describeDeliveryError(error, this.smtp.secrets),
      ],
    );
    this.log(message, state);
  }

  /** Ids, kind and state only: never the address, the subject's facts or the body. */
  private log(message: ClaimedMessage, deliveryState: NotificationDeliveryState): void {
    const level = deliveryState === NotificationDeliveryState.SENT ? "info" : "warn";
    this.options.logger[level](
      {
        notificationId: message.id,
        kind: message.kind,
        deliveryState,
        attemptCount: message.attempt_count,
      },
      "Notification delivery attempted.",
    );
  }
}
