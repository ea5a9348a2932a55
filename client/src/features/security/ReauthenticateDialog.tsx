import { useMutation } from "@apollo/client/react";
import { ErrorCode } from "@app/shared";
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";

import { graphql } from "../../gql";
import { isRejectedWith, settle } from "../../lib/actionResult";
import { describeSecurityFailure } from "./describeSecurityFailure";
import { dialogProps } from "./dialogProps";

const ReauthenticateMutation = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input)
  }
`);

interface ReauthenticateDialogProps {
  isOpen: boolean;
  stackId: string;
  onConfirmed: () => void;
  onCancel: () => void;
  /** Why the password is needed, in the words of the change being made. */
  explanation?: string;
}

const mfaExplanation =
  "For your security, changes to MFA need a recent sign-in. Enter your password to continue.";

/** Asks for the password again so the API opens its 15-minute window for sensitive changes. */
export function ReauthenticateDialog({
  isOpen,
  stackId,
  onConfirmed,
  onCancel,
  explanation = mfaExplanation,
}: ReauthenticateDialogProps) {
  const [reauthenticate, { loading: isConfirming }] = useMutation(ReauthenticateMutation);
  const [password, setPassword] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // The password must not linger in state once the dialog has done its job.
  function closeWith(answer: () => void) {
    setPassword("");
    setFieldError(null);
    setMessage(null);
    answer();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isConfirming) return;

    setMessage(null);
    if (password === "") {
      setFieldError("Enter your password.");
      return;
    }
    setFieldError(null);

    const result = await settle(() => reauthenticate({ variables: { input: { password } } }));
    if (result.kind === "succeeded") {
      closeWith(onConfirmed);
      return;
    }
    if (result.kind !== "failed") return;

    if (isRejectedWith(result, ErrorCode.INVALID_CREDENTIALS)) {
      setFieldError("That password is not right. Try again.");
      return;
    }
    setMessage(describeSecurityFailure(result.failure));
  }

  return (
    <Modal
      opened={isOpen}
      onClose={() => closeWith(onCancel)}
      stackId={stackId}
      {...dialogProps}
      title="Confirm your password"
      centered
    >
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          <Text size="sm">{explanation}</Text>
          {message && (
            <Alert color="red" variant="light" role="alert">
              {message}
            </Alert>
          )}
          <PasswordInput
            label="Password"
            name="password"
            autoComplete="current-password"
            data-autofocus
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldError}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => closeWith(onCancel)}>
              Cancel
            </Button>
            <Button type="submit" loading={isConfirming}>
              Confirm
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
