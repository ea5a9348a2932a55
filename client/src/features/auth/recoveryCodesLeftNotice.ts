import { recoveryCodesLowWatermark } from "@app/shared";

export interface RecoveryCodesLeftNotice {
  isUrgent: boolean;
  color: "indigo" | "orange" | "red";
  title: string;
  message: string;
}

function codesLeft(count: number): string {
  return count === 1 ? "1 recovery code left" : `${count} recovery codes left`;
}

/** How hard to push for new codes: the fewer remain, the closer a lost phone is to a lock-out. */
export function recoveryCodesLeftNotice(remainingCount: number): RecoveryCodesLeftNotice {
  if (remainingCount === 0) {
    return {
      isUrgent: true,
      color: "red",
      title: "You have no recovery codes left",
      message:
        "That was your last one. Regenerate your recovery codes now: without them, losing " +
        "your authenticator app would lock you out of your account.",
    };
  }

  if (remainingCount <= recoveryCodesLowWatermark) {
    return {
      isUrgent: true,
      color: "orange",
      title: `Only ${codesLeft(remainingCount)}`,
      message:
        "Regenerate your recovery codes now, so you can still sign in if you lose access to " +
        "your authenticator app.",
    };
  }

  return {
    isUrgent: false,
    color: "indigo",
    title: `You have ${codesLeft(remainingCount)}`,
    message:
      "Keep them somewhere safe outside your phone. You can regenerate a fresh set at any " +
      "time in Settings > Security.",
  };
}
