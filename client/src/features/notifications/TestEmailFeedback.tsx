import { Alert } from "@mantine/core";

import { assertNever } from "../../lib/assertNever";
import type { TestEmailOutcome } from "./testEmailOutcome";

interface TestEmailFeedbackProps {
  outcome: TestEmailOutcome;
  isEmailDeliveryConfigured: boolean;
  onDismiss: () => void;
}

function queuedMessage(isEmailDeliveryConfigured: boolean): string {
  return isEmailDeliveryConfigured
    ? "Test email on its way. It is at the top of the list below."
    : "Test notice added at the top of the list below. No email was sent.";
}

export function TestEmailFeedback({
  outcome,
  isEmailDeliveryConfigured,
  onDismiss,
}: TestEmailFeedbackProps) {
  const dismissProps = { withCloseButton: true, closeButtonLabel: "Dismiss", onClose: onDismiss };

  switch (outcome.kind) {
    case "queued":
      return (
        <Alert color="green" variant="light" {...dismissProps}>
          {queuedMessage(isEmailDeliveryConfigured)}
        </Alert>
      );
    case "tooSoon":
      // Asking twice within the minute is not a fault, so it reads as a pause, not an error.
      return (
        <Alert color="blue" variant="light" title="Please wait a moment" {...dismissProps}>
          {outcome.message}
        </Alert>
      );
    case "failed":
      return (
        <Alert color="red" variant="light" title="No test email was sent" {...dismissProps}>
          {outcome.message}
        </Alert>
      );
    default:
      return assertNever(outcome);
  }
}
