import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useId, type Ref } from "react";

interface PasswordFieldProps extends Omit<PasswordInputProps, "id" | "error" | "description"> {
  description?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * Mantine's PasswordInput shows its description and error without tying them to the input, so a
 * screen reader would announce neither; this names both on the input itself.
 */
export function PasswordField({ description, error, ref, ...inputProps }: PasswordFieldProps) {
  const id = useId();
  const describedByIds = [
    description === undefined ? null : `${id}-description`,
    error === undefined ? null : `${id}-error`,
  ].filter((describedById) => describedById !== null);

  return (
    <PasswordInput
      {...inputProps}
      ref={ref}
      id={id}
      description={description}
      error={error}
      aria-invalid={error !== undefined}
      aria-describedby={describedByIds.length > 0 ? describedByIds.join(" ") : undefined}
    />
  );
}
