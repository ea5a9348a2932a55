import { Button, Group, Modal, Stack, Text } from "@mantine/core";

import { closeButtonProps } from "./closeButtonProps";
import { StaffWithoutMfa } from "./StaffWithoutMfa";

interface EnforcementConfirmDialogProps {
  isOpen: boolean;
  gracePeriodDays: number;
  onConfirm: () => void;
  onCancel: () => void;
}

function describeDeadline(gracePeriodDays: number): string {
  if (gracePeriodDays === 0) {
    return "They will have to set it up before they can do anything else.";
  }
  const days = gracePeriodDays === 1 ? "1 day" : `${gracePeriodDays} days`;
  return `They can keep working for ${days}, with a reminder, and must set it up after that.`;
}

/** Turning enforcement on changes everyone's next sign-in, so it says who first and asks. */
export function EnforcementConfirmDialog({
  isOpen,
  gracePeriodDays,
  onConfirm,
  onCancel,
}: EnforcementConfirmDialogProps) {
  return (
    <Modal
      opened={isOpen}
      onClose={onCancel}
      title="Require MFA for everyone?"
      centered
      size="lg"
      closeButtonProps={closeButtonProps}
    >
      <Stack gap="md">
        {isOpen && <StaffWithoutMfa />}
        <Text size="sm">{describeDeadline(gracePeriodDays)}</Text>
        <Text size="sm">Nobody will be able to turn their own MFA off while this is on.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button onClick={onConfirm}>Require MFA</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
