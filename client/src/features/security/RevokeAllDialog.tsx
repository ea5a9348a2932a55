import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useId } from "react";

import { dialogProps } from "./dialogProps";

interface RevokeAllDialogProps {
  isOpen: boolean;
  isRevoking: boolean;
  failureMessage: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

export function RevokeAllDialog({
  isOpen,
  isRevoking,
  failureMessage,
  onConfirm,
  onClose,
}: RevokeAllDialogProps) {
  const stackId = useId();

  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      stackId={stackId}
      {...dialogProps}
      title="Revoke all trusted browsers?"
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          Every browser on this list, including this one, will ask for a code from your app at its
          next sign-in.
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
            Revoke all
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
