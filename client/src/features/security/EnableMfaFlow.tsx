import { ErrorCode, mfaEnrollmentLifetimeInSeconds } from "@app/shared";
import { Alert, Button, Stack, Stepper, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";

import { isRejectedWith } from "../../lib/actionResult";
import { CodeStep } from "./CodeStep";
import { describeSecurityFailure } from "./describeSecurityFailure";
import { EnrollmentProblem } from "./EnrollmentProblem";
import { RecoveryCodesStep } from "./RecoveryCodesStep";
import { ScanStep } from "./ScanStep";
import { useMfaEnrollment, type MfaEnrollment } from "./useMfaEnrollment";

type FlowState =
  | { step: "starting" }
  | { step: "startFailed"; message: string }
  | { step: "scan"; enrollment: MfaEnrollment }
  | { step: "code"; enrollment: MfaEnrollment }
  | { step: "expired" }
  | { step: "recoveryCodes"; recoveryCodes: string[] };

const stepIndexes: Record<FlowState["step"], number> = {
  starting: 0,
  startFailed: 0,
  scan: 0,
  code: 1,
  expired: 1,
  recoveryCodes: 2,
};

const enrollmentLifetimeInMinutes = mfaEnrollmentLifetimeInSeconds / 60;

const invalidEnrollmentCodeMessage =
  "That code did not match. Check that the time on your phone is set automatically, then " +
  "enter the code your app shows now.";

export interface EnableMfaFlowProps {
  /** Called when MFA is on and the person has saved their recovery codes. */
  onFinished: () => void;
  /** Offers a way out before MFA is on; the forced set-up at sign-in leaves it out. */
  onCancel?: () => void;
}

/**
 * Enable MFA in three steps: add the authenticator, prove it with a code, save the recovery
 * codes. The codes live only in this component's state and are gone once it unmounts.
 */
export function EnableMfaFlow({ onFinished, onCancel }: EnableMfaFlowProps) {
  const { startEnrollment, enableMfa, reauthenticationDialog } = useMfaEnrollment();
  const [state, setState] = useState<FlowState>({ step: "starting" });
  const hasStartedRef = useRef(false);

  async function start() {
    setState({ step: "starting" });
    const result = await startEnrollment();

    if (result.kind === "succeeded") setState({ step: "scan", enrollment: result.value });
    else if (result.kind === "cancelled") {
      setState({ step: "startFailed", message: "Confirm your password to set up MFA." });
    } else setState({ step: "startFailed", message: describeSecurityFailure(result.failure) });
  }

  // StrictMode runs effects twice in development; a second start would replace the first
  // enrolment on the server and leave a stale QR code on screen.
  useEffect(() => {
    if (hasStartedRef.current) return;
    hasStartedRef.current = true;
    void start();
  });

  async function confirmCode(code: string): Promise<string | null> {
    const result = await enableMfa(code);

    if (result.kind === "succeeded") {
      setState({ step: "recoveryCodes", recoveryCodes: result.value });
      return null;
    }
    if (result.kind === "cancelled") return "Confirm your password to turn on MFA.";
    if (isRejectedWith(result, ErrorCode.NOT_FOUND)) {
      setState({ step: "expired" });
      return null;
    }
    return describeSecurityFailure(result.failure, {
      [ErrorCode.INVALID_CODE]: invalidEnrollmentCodeMessage,
    });
  }

  return (
    <Stack gap="lg">
      <Stepper active={stepIndexes[state.step]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Scan" description="Add to your app">
          {state.step === "starting" && (
            <Text size="sm" role="status">
              Preparing your QR code…
            </Text>
          )}
          {state.step === "startFailed" && (
            <EnrollmentProblem
              message={state.message}
              onRetry={() => void start()}
              onCancel={onCancel}
            />
          )}
          {state.step === "scan" && (
            <ScanStep
              enrollment={state.enrollment}
              onContinue={() => setState({ step: "code", enrollment: state.enrollment })}
              onCancel={onCancel}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Confirm" description="Enter a code">
          {state.step === "code" && (
            <CodeStep
              onConfirm={confirmCode}
              onBack={() => setState({ step: "scan", enrollment: state.enrollment })}
            />
          )}
          {state.step === "expired" && (
            <Alert color="yellow" variant="light" role="alert" title="This set-up has expired">
              <Stack gap="sm" align="flex-start">
                <Text size="sm">
                  A QR code works for {enrollmentLifetimeInMinutes} minutes. Start again to get a
                  new one, then scan it.
                </Text>
                <Button onClick={() => void start()}>Start again</Button>
              </Stack>
            </Alert>
          )}
        </Stepper.Step>
        <Stepper.Step label="Save codes" description="Keep a backup">
          {state.step === "recoveryCodes" && (
            <RecoveryCodesStep recoveryCodes={state.recoveryCodes} onDone={onFinished} />
          )}
        </Stepper.Step>
      </Stepper>
      {reauthenticationDialog}
    </Stack>
  );
}
