import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useId, useState, type FormEvent } from "react";

import { closeButtonProps } from "./closeButtonProps";
import { describeAdminFailure } from "./describeAdminFailure";
import type { ResetCandidate } from "./StaffTable";
import { useResetStaffMfa } from "./useResetStaffMfa";

/** The API's limit; the reason is kept in the security log. */
export const resetReasonMaxLength = 500;

interface ResetMfaDialogProps {
  member: ResetCandidate | null;
  onClose: () => void;
  onReset: (member: ResetCandidate) => void;
}

/** Asks why before removing someone's MFA, and says exactly what the reset removes. */
export function ResetMfaDialog({ member, onClose, onReset }: ResetMfaDialogProps) {
  const stackId = useId();
  const { resetMfa, isResetting, passwordDialog } = useResetStaffMfa();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failureMessage, setFailureMessage] = useState<string | null>(null);

  function close() {
    setReason("");
    setReasonError(null);
    setFailureMessage(null);
    onClose();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!member || isResetting) return;
    const trimmedReason = reason.trim();
    if (trimmedReason === "") {
      setReasonError("Give a reason; it is kept in the security log.");
      return;
    }

    setReasonError(null);
    setFailureMessage(null);
    const result = await resetMfa(member.id, trimmedReason);

    if (result.kind === "succeeded") {
      setReason("");
      onReset(member);
      return;
    }
    if (result.kind === "failed") setFailureMessage(describeAdminFailure(result.failure));
  }

  return (
    <>
      <Modal
        opened={member !== null}
        onClose={close}
        stackId={stackId}
        title={member ? `Reset MFA for ${member.name}?` : "Reset MFA"}
        centered
        closeButtonProps={closeButtonProps}
        size="lg"
      >
        <form noValidate onSubmit={(event) => void handleSubmit(event)}>
          <Stack gap="md">
            <Text size="sm">
              Use this when {member?.name ?? "someone"} ({member?.email}) has lost their
              authenticator and their recovery codes. The reset:
            </Text>
            <List size="sm" spacing={4}>
              <List.Item>removes their authenticator app and all their recovery codes,</List.Item>
              <List.Item>forgets every browser they chose to trust,</List.Item>
              <List.Item>signs them out everywhere.</List.Item>
            </List>
            <Text size="sm">
              Their next sign-in follows the company&apos;s MFA policy: where MFA is required, they
              set it up again straight away.
            </Text>
            {failureMessage && (
              <Alert color="red" variant="light" role="alert">
                {failureMessage}
              </Alert>
            )}
            <Textarea
              label="Reason"
              description="Kept in the security log with your name and the time."
              placeholder="For example: lost phone, confirmed by video call"
              required
              rows={3}
              maxLength={resetReasonMaxLength}
              data-autofocus
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              error={reasonError}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={isResetting}>
                Reset MFA
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {passwordDialog}
    </>
  );
}
