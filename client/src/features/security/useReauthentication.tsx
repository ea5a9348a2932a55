import { ErrorCode } from "@app/shared";
import { useId, useRef, useState, type ReactNode } from "react";

import { isRejectedWith, settle, type ActionResult } from "../../lib/actionResult";
import { ReauthenticateDialog } from "./ReauthenticateDialog";

export interface Reauthentication {
  /**
   * Runs a sensitive action; when the API wants a recent sign-in, asks for the password and then
   * runs the same action once more, so nobody has to start over.
   */
  runSensitive: <T>(attempt: () => Promise<T>) => Promise<ActionResult<T>>;
  /** The password dialog; render it once, anywhere in the component using the hook. */
  reauthenticationDialog: ReactNode;
}

export function useReauthentication(explanation?: string): Reauthentication {
  const stackId = useId();
  const [isAsking, setIsAsking] = useState(false);
  const settleAnswerRef = useRef<((isConfirmed: boolean) => void) | null>(null);

  function askForPassword(): Promise<boolean> {
    setIsAsking(true);
    return new Promise((resolve) => {
      settleAnswerRef.current = resolve;
    });
  }

  function answer(isConfirmed: boolean) {
    setIsAsking(false);
    settleAnswerRef.current?.(isConfirmed);
    settleAnswerRef.current = null;
  }

  async function runSensitive<T>(attempt: () => Promise<T>): Promise<ActionResult<T>> {
    const firstResult = await settle(attempt);
    if (!isRejectedWith(firstResult, ErrorCode.REAUTHENTICATION_REQUIRED)) return firstResult;

    const isConfirmed = await askForPassword();
    if (!isConfirmed) return { kind: "cancelled" };

    return settle(attempt);
  }

  const reauthenticationDialog = (
    <ReauthenticateDialog
      explanation={explanation}
      isOpen={isAsking}
      stackId={stackId}
      onConfirmed={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );

  return { runSensitive, reauthenticationDialog };
}
