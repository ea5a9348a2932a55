import { ErrorCode } from "@app/shared";
import { Alert, Box, Button, Group, Modal } from "@mantine/core";
import { useState, type FormEvent } from "react";

import { assertNever } from "../../lib/assertNever";
import type { OperationFailure } from "../../lib/operationFailure";
import { describeAdminFailure } from "./describeAdminFailure";
import { EnforcementConfirmDialog } from "./EnforcementConfirmDialog";
import { MfaPolicyFields } from "./MfaPolicyFields";
import { isSamePolicy, isTurningEnforcementOn, type MfaPolicyDraft } from "./mfaPolicyDraft";
import { MfaSetupFirstAlert } from "./MfaSetupFirstAlert";
import { useSaveMfaPolicy } from "./useSaveMfaPolicy";

interface MfaPolicyFormProps {
  savedPolicy: MfaPolicyDraft;
}

type Outcome =
  { kind: "saved"; policy: MfaPolicyDraft } | { kind: "failed"; failure: OperationFailure };

function describeSavedPolicy({ required, gracePeriodDays }: MfaPolicyDraft): string {
  if (!required) return "Saved. MFA is optional for your company.";
  if (gracePeriodDays === 0) return "Saved. MFA is now required for everyone.";

  const days = gracePeriodDays === 1 ? "1 day" : `${gracePeriodDays} days`;
  return `Saved. MFA is now required for everyone; people without it have ${days} to set it up.`;
}

function isMfaSetupRequired(failure: OperationFailure): boolean {
  return failure.kind === "rejected" && failure.code === ErrorCode.MFA_SETUP_REQUIRED;
}

function OutcomeNotice({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  switch (outcome.kind) {
    case "saved":
      return (
        <Alert
          color="green"
          variant="light"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={onDismiss}
        >
          {describeSavedPolicy(outcome.policy)}
        </Alert>
      );
    case "failed":
      if (isMfaSetupRequired(outcome.failure)) return <MfaSetupFirstAlert />;
      return (
        <Alert color="red" variant="light" title="The settings were not saved" role="alert">
          {describeAdminFailure(outcome.failure)}
        </Alert>
      );
    default:
      return assertNever(outcome);
  }
}

export function MfaPolicyForm({ savedPolicy }: MfaPolicyFormProps) {
  const [draft, setDraft] = useState(savedPolicy);
  const [isConfirming, setIsConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { savePolicy, isSaving, passwordDialog } = useSaveMfaPolicy();
  const hasChanges = !isSamePolicy(draft, savedPolicy);

  async function save() {
    setIsConfirming(false);
    setOutcome(null);
    const result = await savePolicy(draft);

    switch (result.kind) {
      case "succeeded":
        setOutcome({ kind: "saved", policy: draft });
        return;
      case "failed":
        setOutcome({ kind: "failed", failure: result.failure });
        return;
      case "cancelled":
        return;
      default:
        assertNever(result);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!hasChanges || isSaving) return;

    if (isTurningEnforcementOn(savedPolicy, draft)) {
      setIsConfirming(true);
      return;
    }
    void save();
  }

  return (
    // The password prompt can open over the confirmation, so Escape closes the top one only.
    <Modal.Stack>
      <form noValidate onSubmit={handleSubmit} aria-label="MFA policy">
        <MfaPolicyFields draft={draft} onChange={setDraft} isDisabled={isSaving} />
        <div aria-live="polite">
          {outcome && (
            <Box mt="lg">
              <OutcomeNotice outcome={outcome} onDismiss={() => setOutcome(null)} />
            </Box>
          )}
        </div>
        <Group justify="flex-end" gap="sm" mt="xl">
          <Button
            variant="default"
            disabled={!hasChanges || isSaving}
            onClick={() => setDraft(savedPolicy)}
          >
            Discard changes
          </Button>
          <Button type="submit" loading={isSaving} disabled={!hasChanges}>
            Save
          </Button>
        </Group>
      </form>
      <EnforcementConfirmDialog
        isOpen={isConfirming}
        gracePeriodDays={draft.gracePeriodDays}
        onConfirm={() => void save()}
        onCancel={() => setIsConfirming(false)}
      />
      {passwordDialog}
    </Modal.Stack>
  );
}
