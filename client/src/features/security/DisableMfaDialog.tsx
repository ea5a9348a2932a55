import { Modal, Text } from "@mantine/core";
import { useId } from "react";

import { ConfirmCodeForm } from "./ConfirmCodeForm";
import { describeSecurityFailure } from "./describeSecurityFailure";
import { dialogProps } from "./dialogProps";
import { useDisableMfa } from "./useDisableMfa";

interface DisableMfaDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onDisabled: () => void;
}

export function DisableMfaDialog({ isOpen, onClose, onDisabled }: DisableMfaDialogProps) {
  const stackId = useId();
  const { disableMfa, reauthenticationDialog } = useDisableMfa();

  async function confirmCode(code: string): Promise<string | null> {
    const result = await disableMfa(code);

    if (result.kind === "succeeded") {
      onDisabled();
      return null;
    }
    if (result.kind === "cancelled") return "Confirm your password to turn off MFA.";
    return describeSecurityFailure(result.failure);
  }

  return (
    <Modal opened={isOpen} onClose={onClose} stackId={stackId} {...dialogProps} title="Disable MFA">
      <ConfirmCodeForm
        intro={
          <Text size="sm">
            Turning MFA off removes your authenticator app, your recovery codes and every trusted
            browser from your account, and sign-in will ask only for your password. To confirm,
            enter a code from your authenticator app or one of your recovery codes.
          </Text>
        }
        submitLabel="Disable MFA"
        submitColor="red"
        onConfirm={confirmCode}
        onCancel={onClose}
      />
      {reauthenticationDialog}
    </Modal>
  );
}
