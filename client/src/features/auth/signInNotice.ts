/**
 * Why someone was sent back to the password step. It travels in router state next to
 * `returnTo`, so the sign-in page can explain the restart instead of looking like a glitch.
 */
export type SignInNotice = "verificationEnded";

export function readSignInNotice(state: unknown): SignInNotice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;

  return state.notice === "verificationEnded" ? state.notice : null;
}
