import { Input, PinInput, Stack } from "@mantine/core";
import { totpDigits } from "@app/shared";
import { useId, type Ref } from "react";

interface AuthenticatorCodeInputProps {
  value: string;
  onChange: (code: string) => void;
  hasError: boolean;
  isDisabled: boolean;
  /** Receives the first digit's input, where focus belongs after a failure. */
  firstDigitRef: Ref<HTMLInputElement>;
}

/**
 * One box per digit. The value stays a string, so a code starting with 0 keeps its zero; pasting
 * "123 456" works because Mantine strips whitespace from pasted text before checking it.
 */
export function AuthenticatorCodeInput({
  value,
  onChange,
  hasError,
  isDisabled,
  firstDigitRef,
}: AuthenticatorCodeInputProps) {
  const labelId = useId();

  return (
    <Stack gap={6}>
      <Input.Label id={labelId} labelElement="div">
        {totpDigits}-digit code from your authenticator app
      </Input.Label>
      <PinInput
        ref={firstDigitRef}
        aria-labelledby={labelId}
        length={totpDigits}
        type="number"
        inputMode="numeric"
        oneTimeCode
        autoFocus
        size="lg"
        gap="xs"
        placeholder=""
        value={value}
        onChange={onChange}
        error={hasError}
        disabled={isDisabled}
        getInputProps={(index) => ({
          "aria-label": `Digit ${index + 1} of ${totpDigits}`,
        })}
      />
    </Stack>
  );
}
