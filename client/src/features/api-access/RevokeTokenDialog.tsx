import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";

import { dialogProps } from "../security/dialogProps";

interface RevokeTokenDialogProps {
  isOpen: boolean;
  /** Kept while the dialog fades out, so its text does not change as it closes. */
  tokenName: string;
  isRevoking: boolean;
  failureMessage: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

export function RevokeTokenDialog({
  isOpen,
  tokenName,
  isRevoking,
  failureMessage,
  onConfirm,
  onClose,
}: RevokeTokenDialogProps) {
  return (
    <Modal opened={isOpen} onClose={onClose} {...dialogProps} title="Revoke this token?" centered>
      <Stack gap="md">
        <Text size="sm">
          Anything that uses &ldquo;{tokenName}&rdquo; loses access to the API at once. This cannot
          be undone: to reconnect it, create a new token.
        </Text>
        {failureMessage && (
          <Alert color="red" variant="light" role="alert">
            {failureMessage}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={isRevoking} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={isRevoking}>
            Revoke token
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
