import nodemailer, { type Transporter } from "nodemailer";

/** Short timeouts keep every attempt well inside a worker's lease (see notification-worker). */
const connectionTimeoutInMilliseconds = 10_000;
const socketTimeoutInMilliseconds = 30_000;

export interface SmtpTarget {
  transport: Transporter;
  /** Strings that must never be written anywhere: the mail server's password. */
  secrets: string[];
}

/** `smtp://host:port` upgrades with STARTTLS when offered; `smtps://` is TLS from the start. */
export function createSmtpTarget(smtpUrl: string): SmtpTarget {
  const url = new URL(smtpUrl);
  const password = decodeURIComponent(url.password);

  const transport = nodemailer.createTransport({
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    ...(url.port ? { port: Number(url.port) } : {}),
    secure: url.protocol === "smtps:",
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: password } } : {}),
    connectionTimeout: connectionTimeoutInMilliseconds,
    greetingTimeout: connectionTimeoutInMilliseconds,
    socketTimeout: socketTimeoutInMilliseconds,
  });
  return { transport, secrets: [password, url.password].filter((secret) => secret.length > 0) };
}

/** Code, SMTP reply and message, cut short and with the password blanked, for operators. */
export function describeDeliveryError(error: unknown, secrets: string[]): string {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  let text = [code, responseCode, message]
    .filter((part) => typeof part === "string" || typeof part === "number")
    .join(" ");
  for (const secret of secrets) text = text.split(secret).join("[redacted]");
  return (text || "Unknown delivery error").slice(0, 500);
}
