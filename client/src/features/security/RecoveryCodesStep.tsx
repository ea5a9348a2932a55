import { Alert, Stack, Text } from "@mantine/core";

import { RecoveryCodesSaver } from "./RecoveryCodesSaver";
import { StepHeading } from "./StepHeading";

interface RecoveryCodesStepProps {
  recoveryCodes: readonly string[];
  onDone: () => void;
}

export function RecoveryCodesStep({ recoveryCodes, onDone }: RecoveryCodesStepProps) {
  return (
    <Stack gap="md">
      <StepHeading>Save your recovery codes</StepHeading>
      <Alert color="green" variant="light" role="status" title="MFA is on">
        From your next sign-in, 3 Clicks Cloud asks for a code from your app after your password.
      </Alert>
      <Text size="sm">
        If you lose your phone, each of these recovery codes lets you sign in once. They are shown
        only now: keep them in a password manager or another safe place, not on the phone that runs
        your authenticator app.
      </Text>
      <RecoveryCodesSaver recoveryCodes={recoveryCodes} onDone={onDone} />
    </Stack>
  );
}
