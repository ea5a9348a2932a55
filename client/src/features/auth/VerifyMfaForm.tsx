import { Alert, Anchor, Button, Checkbox, Stack, TextInput } from "@mantine/core";
import { totpDigits, trustedDeviceLifetimeInDays } from "@app/shared";
import { useRef, useState, type FormEvent } from "react";

import { assertNever } from "../../lib/assertNever";
import { AuthenticatorCodeInput } from "./AuthenticatorCodeInput";
import { describeVerifyMfaFailure, malformedCodeMessages } from "./describeVerifyMfaFailure";
import { isPlausibleRecoveryCode } from "./recoveryCodeInput";
import { useVerifyMfa, type SecondFactor } from "./useVerifyMfa";

type FactorKind = SecondFactor["kind"];

interface VerifyMfaFormProps {
  onVerified: (factorKind: FactorKind) => void;
  /** The pending sign-in is gone on the server; only the password step can start a new one. */
  onVerificationEnded: () => void;
}

export function VerifyMfaForm({ onVerified, onVerificationEnded }: VerifyMfaFormProps) {
  const { verifyMfa, isVerifying } = useVerifyMfa();
  const [factorKind, setFactorKind] = useState<FactorKind>("code");
  const [code, setCode] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [shouldTrustDevice, setShouldTrustDevice] = useState(false);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const firstDigitRef = useRef<HTMLInputElement>(null);
  const recoveryCodeRef = useRef<HTMLInputElement>(null);

  // The inputs are disabled while a code is checked, which drops focus; put it back to retry.
  function focusEntry(kind: FactorKind) {
    (kind === "code" ? firstDigitRef : recoveryCodeRef).current?.focus();
  }

  function readFactor(): SecondFactor | null {
    if (factorKind === "code") return code.length === totpDigits ? { kind: "code", code } : null;

    return isPlausibleRecoveryCode(recoveryCode)
      ? { kind: "recoveryCode", code: recoveryCode }
      : null;
  }

  async function submit(factor: SecondFactor | null) {
    if (isVerifying) return;

    if (!factor) {
      setErrorMessage(malformedCodeMessages[factorKind]);
      focusEntry(factorKind);
      return;
    }

    setErrorMessage(null);
    const outcome = await verifyMfa(factor, shouldTrustDevice);
    switch (outcome.kind) {
      case "verified":
        onVerified(factor.kind);
        return;
      case "failed": {
        const feedback = describeVerifyMfaFailure(outcome.failure, factor.kind);
        if (feedback.kind === "restart") {
          onVerificationEnded();
          return;
        }
        setErrorMessage(feedback.message);
        if (factor.kind === "code") setCode("");
        // Focus moves after React re-enables the inputs, or the browser ignores it.
        setTimeout(() => focusEntry(factor.kind));
        return;
      }
      default:
        assertNever(outcome);
    }
  }

  function handleCodeChange(nextCode: string) {
    setCode(nextCode);
    // Submitting on the last digit saves a click; the code is only valid for seconds anyway.
    if (nextCode.length === totpDigits) void submit({ kind: "code", code: nextCode });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(readFactor());
  }

  function switchFactor() {
    setFactorKind(factorKind === "code" ? "recoveryCode" : "code");
    setErrorMessage(null);
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Verify your sign-in">
      <Stack gap="md">
        {errorMessage && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        )}
        {factorKind === "code" ? (
          <AuthenticatorCodeInput
            value={code}
            onChange={handleCodeChange}
            hasError={errorMessage !== null}
            isDisabled={isVerifying}
            firstDigitRef={firstDigitRef}
          />
        ) : (
          <TextInput
            ref={recoveryCodeRef}
            label="Recovery code"
            description="One of the codes you saved when you set up MFA. Each works once."
            placeholder="xxxxx-xxxxx"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            disabled={isVerifying}
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.currentTarget.value)}
            error={errorMessage !== null}
          />
        )}
        <Checkbox
          label={`Trust this device for ${trustedDeviceLifetimeInDays} days`}
          description="Skip the code on this browser. Leave it unticked on a shared computer."
          checked={shouldTrustDevice}
          onChange={(event) => setShouldTrustDevice(event.currentTarget.checked)}
        />
        <Button type="submit" fullWidth loading={isVerifying} aria-busy={isVerifying}>
          Verify
        </Button>
        <Anchor component="button" type="button" size="sm" ta="center" onClick={switchFactor}>
          {factorKind === "code"
            ? "Use a recovery code instead"
            : "Use your authenticator app instead"}
        </Anchor>
      </Stack>
    </form>
  );
}
