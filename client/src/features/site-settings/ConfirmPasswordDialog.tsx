import { useMutation } from "@apollo/client/react";
import { ErrorCode } from "@app/shared";
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";

import { graphql } from "../../gql";
import { isFailureWith, settleAction } from "./adminActionResult";
import { closeButtonProps } from "./closeButtonProps";
import { describeAdminFailure } from "./describeAdminFailure";

const ConfirmAdminPasswordMutation = graphql(`
  mutation ConfirmAdminPassword($input: ReauthenticateInput!) {
    reauthenticate(input: $input)
  }
`);

interface ConfirmPasswordDialogProps {
  isOpen: boolean;
  stackId: string;
  onConfirmed: () => void;
  onCancel: () => void;
}

/** Asks for the password again, which opens the API's 15-minute window for sensitive changes. */
export function ConfirmPasswordDialog({
  isOpen,
  stackId,
  onConfirmed,
  onCancel,
}: ConfirmPasswordDialogProps) {
  const [reauthenticate, { loading: isConfirming }] = useMutation(ConfirmAdminPasswordMutation);
  const [password, setPassword] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failureMessage, setFailureMessage] = useState<string | null>(null);

  function closeWith(outcome: () => void) {
    setPassword("");
    setFieldError(null);
    setFailureMessage(null);
    outcome();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isConfirming) return;
    if (password === "") {
      setFieldError("Enter your password.");
      return;
    }

    setFieldError(null);
    setFailureMessage(null);
    const result = await settleAction(() => reauthenticate({ variables: { input: { password } } }));

    if (result.kind === "succeeded") {
      closeWith(onConfirmed);
      return;
    }
    if (isFailureWith(result, ErrorCode.INVALID_CREDENTIALS)) {
      setFieldError("That password is not right. Try again.");
      return;
    }
    if (result.kind === "failed") setFailureMessage(describeAdminFailure(result.failure));
  }

  return (
    <Modal
      opened={isOpen}
      onClose={() => closeWith(onCancel)}
      stackId={stackId}
      title="Confirm your password"
      centered
      closeButtonProps={closeButtonProps}
    >
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          <Text size="sm">
            Changes to your company&apos;s security need a recent sign-in. Enter your password to
            continue; you will not be asked again for 15 minutes.
          </Text>
          {failureMessage && (
            <Alert color="red" variant="light" role="alert">
              {failureMessage}
            </Alert>
          )}
          <PasswordInput
            label="Password"
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
