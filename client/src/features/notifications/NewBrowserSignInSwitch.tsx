import { Alert, Stack, Switch, Text, Title } from "@mantine/core";
import { useId, useState } from "react";

import { describeNotificationFailure } from "./describeNotificationFailure";
import { useUpdateNotificationPreferences } from "./useUpdateNotificationPreferences";

type Feedback = { kind: "saved"; isEnabled: boolean } | { kind: "failed"; message: string };

const switchLabel = "Sign-in from a new browser";
const switchDescription =
  "Email me when my account is signed in to from a browser it has not seen before.";

function savedMessage(isEnabled: boolean): string {
  return isEnabled
    ? "Saved. You will get a notice when a new browser signs in to your account."
    : "Saved. Sign-ins from new browsers no longer send a notice.";
}

/*
 * Mantine puts a switch's description inside its <label>, which would make the whole sentence
 * the switch's name; aria-label keeps the name short while the description is still read out.
 */
export function NewBrowserSignInSwitch({ isEnabled }: { isEnabled: boolean }) {
  const headingId = useId();
  const { setNewBrowserSignIn, isSaving } = useUpdateNotificationPreferences();
  const [pendingValue, setPendingValue] = useState<boolean | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  async function change(nextValue: boolean) {
    // Disabling the switch while saving would drop keyboard focus, so a change is ignored instead.
    if (isSaving) return;

    setFeedback(null);
    setPendingValue(nextValue);
    const result = await setNewBrowserSignIn(nextValue);
    setPendingValue(null);

    if (result.kind === "succeeded") {
      setFeedback({ kind: "saved", isEnabled: nextValue });
      return;
    }
    if (result.kind === "failed") {
      setFeedback({ kind: "failed", message: describeNotificationFailure(result.failure) });
    }
  }

  return (
    <Stack gap="sm" aria-labelledby={headingId} role="group">
      <div>
        <Title order={3} size="h5" id={headingId}>
          Optional
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          Turn this on to hear about sign-ins you did not expect.
        </Text>
      </div>
      <Switch
        size="md"
        label={switchLabel}
        aria-label={switchLabel}
        description={switchDescription}
        checked={pendingValue ?? isEnabled}
        aria-busy={isSaving}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
      <div aria-live="polite">
        {feedback?.kind === "saved" && (
          <Text size="sm" c="green.9">
            {savedMessage(feedback.isEnabled)}
          </Text>
        )}
        {feedback?.kind === "failed" && (
          <Alert color="red" variant="light" title="Your change was not saved">
            {feedback.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
