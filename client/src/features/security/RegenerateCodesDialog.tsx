import { Modal, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";

import { ConfirmCodeForm } from "./ConfirmCodeForm";
import { describeSecurityFailure } from "./describeSecurityFailure";
import { dialogProps } from "./dialogProps";
import { RecoveryCodesSaver } from "./RecoveryCodesSaver";
import { useRegenerateRecoveryCodes } from "./useRegenerateRecoveryCodes";

interface RegenerateCodesDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onFinished: () => void;
}

export function RegenerateCodesDialog({ isOpen, onClose, onFinished }: RegenerateCodesDialogProps) {
  const stackId = useId();
  const { regenerateRecoveryCodes, reauthenticationDialog } = useRegenerateRecoveryCodes();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const isShowingCodes = recoveryCodes !== null;

  async function confirmCode(code: string): Promise<string | null> {
    const result = await regenerateRecoveryCodes(code);

    if (result.kind === "succeeded") {
      setRecoveryCodes(result.value);
      return null;
    }
    if (result.kind === "cancelled") return "Confirm your password to make new recovery codes.";
    return describeSecurityFailure(result.failure);
  }

  function finish() {
    setRecoveryCodes(null);
    onFinished();
  }

  // The old codes are void once new ones exist, so the only way out of the save step is Done.
  function closeUnlessShowingCodes() {
    if (!isShowingCodes) onClose();
  }

  return (
    <Modal
      opened={isOpen}
      onClose={closeUnlessShowingCodes}
      stackId={stackId}
      {...dialogProps}
      title={isShowingCodes ? "Save your new recovery codes" : "Regenerate recovery codes"}
      withCloseButton={!isShowingCodes}
      closeOnClickOutside={!isShowingCodes}
      size="lg"
    >
      {isShowingCodes ? (
        <Stack gap="md">
          <Text size="sm">
            Your old recovery codes no longer work. Each of these new codes signs you in once; they
            are shown only now.
          </Text>
          <RecoveryCodesSaver recoveryCodes={recoveryCodes} onDone={finish} />
        </Stack>
      ) : (
        <ConfirmCodeForm
          intro={
            <Text size="sm">
              You get ten new codes, and all of your current recovery codes stop working. To
              continue, enter a code from your authenticator app or one of your recovery codes.
            </Text>
          }
          submitLabel="Regenerate codes"
          onConfirm={confirmCode}
          onCancel={onClose}
        />
      )}
      {reauthenticationDialog}
    </Modal>
  );
}
