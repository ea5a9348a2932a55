import { Button, Collapse, Group, Image, Paper, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";

import { ManualEntryDetails } from "./ManualEntryDetails";
import { StepHeading } from "./StepHeading";
import type { MfaEnrollment } from "./useMfaEnrollment";

interface ScanStepProps {
  enrollment: MfaEnrollment;
  onContinue: () => void;
  onCancel?: () => void;
}

export function ScanStep({ enrollment, onContinue, onCancel }: ScanStepProps) {
  const [isManualEntryShown, setIsManualEntryShown] = useState(false);
  const manualEntryId = useId();

  return (
    <Stack gap="md">
      <StepHeading>Scan the QR code</StepHeading>
      <Text size="sm">
        Open your authenticator app (for example Google Authenticator, Microsoft Authenticator or
        Authy), add an account, and scan this code.
      </Text>
      <Paper withBorder radius="md" p="sm" w="fit-content" bg="white">
        <Image
          src={enrollment.qrCodeDataUrl}
          alt="QR code for adding 3 Clicks Cloud to your authenticator app"
          w={200}
          h={200}
        />
      </Paper>
      <div>
        <Button
          variant="subtle"
          px={0}
          aria-expanded={isManualEntryShown}
          aria-controls={manualEntryId}
          onClick={() => setIsManualEntryShown((isShown) => !isShown)}
        >
          {isManualEntryShown ? "Hide the setup key" : "Can't scan? Enter a setup key instead"}
        </Button>
        <Collapse expanded={isManualEntryShown} id={manualEntryId}>
          <ManualEntryDetails manualEntryKey={enrollment.manualEntryKey} />
        </Collapse>
      </div>
      <Group gap="sm">
        <Button onClick={onContinue}>Continue</Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}
