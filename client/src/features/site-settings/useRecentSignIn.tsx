import { ErrorCode } from "@app/shared";
import { useId, useRef, useState, type ReactNode } from "react";

import { isFailureWith, settleAction, type AdminActionResult } from "./adminActionResult";
import { ReauthenticateDialog } from "../security/ReauthenticateDialog";

export interface RecentSignIn {
  /**
   * Runs a sensitive change; when the API answers REAUTHENTICATION_REQUIRED, asks for the password
   * and runs the same change once more, so the administrator does not have to start over.
   */
  runWithRecentSignIn: <T>(attempt: () => Promise<T>) => Promise<AdminActionResult<T>>;
  /** Render once inside the component that uses the hook, within a Modal.Stack. */
  passwordDialog: ReactNode;
}

const companyChangeExplanation =
  "Changes to your company's security need a recent sign-in. Enter your password to continue; " +
  "you will not be asked again for 15 minutes.";

export function useRecentSignIn(): RecentSignIn {
  const stackId = useId();
  const [isAskingForPassword, setIsAskingForPassword] = useState(false);
  const resolveAnswerRef = useRef<((isConfirmed: boolean) => void) | null>(null);

  function askForPassword(): Promise<boolean> {
    setIsAskingForPassword(true);
    return new Promise((resolve) => {
      resolveAnswerRef.current = resolve;
    });
  }

  function answer(isConfirmed: boolean) {
    setIsAskingForPassword(false);
    resolveAnswerRef.current?.(isConfirmed);
    resolveAnswerRef.current = null;
  }

  async function runWithRecentSignIn<T>(attempt: () => Promise<T>) {
    const firstResult = await settleAction(attempt);
    if (!isFailureWith(firstResult, ErrorCode.REAUTHENTICATION_REQUIRED)) return firstResult;

    const isConfirmed = await askForPassword();
    if (!isConfirmed) return { kind: "cancelled" } as const;

    return settleAction(attempt);
  }

  const passwordDialog = (
    <ReauthenticateDialog
      explanation={companyChangeExplanation}
      isOpen={isAskingForPassword}
      stackId={stackId}
      onConfirmed={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );

  return { runWithRecentSignIn, passwordDialog };
}
