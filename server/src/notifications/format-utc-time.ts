const utcFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** E.g. "Wednesday 3 December 2025, 14:05 UTC": one zone for everyone, and it says which. */
export function formatUtcTime(date: Date): string {
  const parts = Object.fromEntries(utcFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return (
    `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ` +
    `${parts.hour}:${parts.minute} UTC`
  );
}
