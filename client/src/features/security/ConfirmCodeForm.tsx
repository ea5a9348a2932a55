import { totpDigits } from "@app/shared";
import { Alert, Button, Group, Stack, TextInput, type ButtonProps } from "@mantine/core";
import { useRef, useState, type FormEvent, type ReactNode } from "react";

const codeFieldDescription =
  `The ${totpDigits}-digit code your app shows now, ` + "or an unused recovery code.";

interface ConfirmCodeFormProps {
  intro: ReactNode;
  submitLabel: string;
  submitColor?: ButtonProps["color"];
  /** Resolves with a message to show when the code was not accepted, or null when it was. */
  onConfirm: (code: string) => Promise<string | null>;
  onCancel: () => void;
}

/** One field for either kind of proof: the API tells a 6-digit code from a recovery code. */
export function ConfirmCodeForm({
  intro,
  submitLabel,
  submitColor,
  onConfirm,
  onCancel,
}: ConfirmCodeFormProps) {
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isConfirming) return;

    setMessage(null);
    const trimmedCode = code.trim();
    if (trimmedCode === "") {
      setFieldError("Enter a code from your app or one of your recovery codes.");
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);

    setIsConfirming(true);
    const failureMessage = await onConfirm(trimmedCode);
    if (failureMessage === null) return;

    setIsConfirming(false);
    setMessage(failureMessage);
    setCode("");
    inputRef.current?.focus();
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {intro}
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        <TextInput
          ref={inputRef}
          label="Authenticator code or recovery code"
          description={codeFieldDescription}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          data-autofocus
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={fieldError}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={isConfirming}>
            Cancel
          </Button>
          <Button type="submit" color={submitColor} loading={isConfirming}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
