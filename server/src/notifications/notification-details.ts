/**
 * The facts a notice is rendered from, captured when it is queued. Nothing here may ever be a
 * code, key, token or secret: only names, counts and where the change came from.
 */
export interface NotificationDetails {
  recipientName: string;
  occurredAt: string;
  /** A label such as "Chrome on Linux", never the raw User-Agent. */
  browserLabel: string | null;
  ipAddress: string | null;
  tokenName?: string;
  recoveryCodesRemaining?: number;
  administratorName?: string;
}
