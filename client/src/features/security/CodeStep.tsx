import { totpDigits, totpPeriodInSeconds } from "@app/shared";
import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useRef, useState, type FormEvent } from "react";

import { isAuthenticatorCode, stripWhitespace } from "./authenticatorCode";
import { StepHeading } from "./StepHeading";

const codeInputStyle = {
  fontFamily: "var(--mantine-font-family-monospace)",
  fontSize: "var(--mantine-font-size-xl)",
  letterSpacing: "0.2em",
};

interface CodeStepProps {
  /** Resolves with a message to show when the code was not accepted, or null when it was. */
  onConfirm: (code: string) => Promise<string | null>;
  onBack: () => void;
}

export function CodeStep({ onConfirm, onBack }: CodeStepProps) {
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isConfirming) return;

    setMessage(null);
    if (!isAuthenticatorCode(code)) {
      setFieldError(`Enter the ${totpDigits}-digit code from your app.`);
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);

    setIsConfirming(true);
    const failureMessage = await onConfirm(code);
    setIsConfirming(false);
    if (failureMessage === null) return;

    setMessage(failureMessage);
    setCode("");
    inputRef.current?.focus();
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <StepHeading>Enter the code from your app</StepHeading>
        <Text size="sm">
          Your app now shows a {totpDigits}-digit code for 3 Clicks Cloud that changes every{" "}
          {totpPeriodInSeconds} seconds. Enter the code it shows now.
        </Text>
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        <TextInput
          ref={inputRef}
          label="Authenticator code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          w={220}
          size="md"
          styles={{ input: codeInputStyle }}
          value={code}
          onChange={(event) => setCode(stripWhitespace(event.currentTarget.value))}
          error={fieldError}
        />
        <Group gap="sm">
          <Button type="submit" loading={isConfirming}>
            Turn on MFA
          </Button>
          <Button variant="default" onClick={onBack} disabled={isConfirming}>
            Back
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
