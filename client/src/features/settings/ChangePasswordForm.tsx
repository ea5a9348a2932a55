import { passwordMaxLength, passwordMinLength } from "@app/shared";
import { Alert, Button, Group, Stack } from "@mantine/core";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";

import {
  checkPasswordChange,
  emptyPasswordChangeDraft,
  firstFieldWithError,
  type PasswordChangeDraft,
  type PasswordChangeField,
  type PasswordChangeFieldErrors,
} from "./passwordChangeDraft";
import { PasswordChangedNotice } from "./PasswordChangedNotice";
import { PasswordField } from "./PasswordField";
import { describePasswordChangeProblem } from "./passwordChangeProblem";
import { useChangePassword } from "./useChangePassword";

const newPasswordDescription =
  `${passwordMinLength} to ${passwordMaxLength} characters. ` +
  "A long passphrase you use nowhere else is hardest to guess.";

interface ChangePasswordFormProps {
  /** The account's sign-in name, so password managers update the right entry. */
  email: string;
}

export function ChangePasswordForm({ email }: ChangePasswordFormProps) {
  const { changePassword, isChanging } = useChangePassword();
  const [draft, setDraft] = useState<PasswordChangeDraft>(emptyPasswordChangeDraft);
  const [fieldErrors, setFieldErrors] = useState<PasswordChangeFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isChanged, setIsChanged] = useState(false);
  const currentPasswordRef = useRef<HTMLInputElement>(null);
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const fieldRefs = {
    currentPassword: currentPasswordRef,
    newPassword: newPasswordRef,
    confirmation: confirmationRef,
  };

  function updateField(field: PasswordChangeField) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.currentTarget;
      setDraft((previous) => ({ ...previous, [field]: value }));
    };
  }

  // Keyboard and screen-reader users land on the field to fix instead of the submit button.
  function focusField(field: PasswordChangeField | null) {
    if (field !== null) fieldRefs[field].current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isChanging) return;

    setFormError(null);
    setIsChanged(false);
    const inputErrors = checkPasswordChange(draft);
    setFieldErrors(inputErrors);
    const firstInvalidField = firstFieldWithError(inputErrors);
    if (firstInvalidField !== null) {
      focusField(firstInvalidField);
      return;
    }

    const { currentPassword, newPassword } = draft;
    const result = await changePassword({ currentPassword, newPassword });
    if (result.kind === "succeeded") {
      setDraft(emptyPasswordChangeDraft);
      setIsChanged(true);
      return;
    }
    if (result.kind !== "failed") return;

    const problem = describePasswordChangeProblem(result.failure);
    if (problem.field === null) {
      setFormError(problem.message);
      return;
    }

    // A refused password is of no further use, and a confirmation must follow a new password.
    const clearedFields =
      problem.field === "newPassword"
        ? { newPassword: "", confirmation: "" }
        : { currentPassword: "" };
    setDraft((previous) => ({ ...previous, ...clearedFields }));
    setFieldErrors({ [problem.field]: problem.message });
    focusField(problem.field);
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md" maw={420}>
        <PasswordChangedNotice isShown={isChanged} onDismiss={() => setIsChanged(false)} />
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          ref={currentPasswordRef}
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          value={draft.currentPassword}
          onChange={updateField("currentPassword")}
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          ref={newPasswordRef}
          label="New password"
          description={newPasswordDescription}
          name="newPassword"
          autoComplete="new-password"
          value={draft.newPassword}
          onChange={updateField("newPassword")}
          error={fieldErrors.newPassword}
        />
        <PasswordField
          ref={confirmationRef}
          label="Confirm new password"
          name="confirmation"
          autoComplete="new-password"
          value={draft.confirmation}
          onChange={updateField("confirmation")}
          error={fieldErrors.confirmation}
        />
        <Group>
          <Button type="submit" loading={isChanging}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
