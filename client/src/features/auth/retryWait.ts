const secondsPerMinute = 60;

/** "1 minute" or "9 minutes", rounded up so nobody retries a moment too early. */
export function describeRetryWait(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / secondsPerMinute));

  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
