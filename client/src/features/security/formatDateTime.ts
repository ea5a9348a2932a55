const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** Formats an ISO timestamp from the API in the reader's own locale and time zone. */
export function formatDateTime(isoTimestamp: string): string {
  return dateTimeFormat.format(new Date(isoTimestamp));
}

export function formatDate(isoTimestamp: string): string {
  return dateFormat.format(new Date(isoTimestamp));
}
