/**
 * Waits after the 1st to 5th failed attempt; the 6th failure is final. About seven hours in
 * all, long enough to ride out a mail server restart or a short outage, short enough that a
 * notice still means something when it lands.
 */
const retryDelaysInSeconds = [30, 2 * 60, 10 * 60, 60 * 60, 6 * 60 * 60];

export const maxDeliveryAttempts = retryDelaysInSeconds.length + 1;

/** Null once the attempts are used up. */
export function retryDelayInSeconds(attemptsMade: number): number | null {
  if (attemptsMade >= maxDeliveryAttempts) return null;
  return retryDelaysInSeconds[Math.max(0, attemptsMade - 1)] ?? null;
}
