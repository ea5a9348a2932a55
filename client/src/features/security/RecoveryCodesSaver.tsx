import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useEffect, useId, useState } from "react";

import { downloadTextFile } from "./downloadTextFile";
import { formatDateTime } from "./formatDateTime";
import classes from "./RecoveryCodes.module.css";
import { recoveryCodesFileName, recoveryCodesFileText } from "./recoveryCodesFile";
import { RecoveryCodesPrintSheet } from "./RecoveryCodesPrintSheet";

interface RecoveryCodesSaverProps {
  recoveryCodes: readonly string[];
  onDone: () => void;
}

type KeptCopy = "copied" | "downloaded" | "printed";

const keptCopyNotices: Record<KeptCopy, string> = {
  copied: "Codes copied to the clipboard.",
  downloaded: `Codes downloaded as ${recoveryCodesFileName}.`,
  printed: "Codes sent to the printer.",
};

/**
 * Shows a fresh set of recovery codes. Done stays off until the person has kept a copy and says
 * so, because these codes are never shown again.
 */
export function RecoveryCodesSaver({ recoveryCodes, onDone }: RecoveryCodesSaverProps) {
  const [keptCopy, setKeptCopy] = useState<KeptCopy | null>(null);
  const [hasConfirmedSaving, setHasConfirmedSaving] = useState(false);
  const [copyFailure, setCopyFailure] = useState<string | null>(null);
  const doneHintId = useId();
  const isDoneAllowed = keptCopy !== null && hasConfirmedSaving;

  // Closing or reloading the tab before the codes are saved would lose them for good.
  useEffect(() => {
    if (keptCopy !== null) return;

    function warnBeforeLeaving(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener("beforeunload", warnBeforeLeaving);
    return () => window.removeEventListener("beforeunload", warnBeforeLeaving);
  }, [keptCopy]);

  async function copyCodes() {
    setCopyFailure(null);
    try {
      await navigator.clipboard.writeText(recoveryCodes.join("\n"));
      setKeptCopy("copied");
    } catch {
      setCopyFailure("This browser blocked copying. Download or print the codes instead.");
    }
  }

  function downloadCodes() {
    downloadTextFile(
      recoveryCodesFileName,
      recoveryCodesFileText(recoveryCodes, formatDateTime(new Date().toISOString())),
    );
    setKeptCopy("downloaded");
  }

  function printCodes() {
    window.print();
    setKeptCopy("printed");
  }

  return (
    <Stack gap="md">
      <SimpleGrid
        component="ol"
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        verticalSpacing={6}
        className={classes.grid}
        aria-label="Recovery codes"
      >
        {recoveryCodes.map((recoveryCode) => (
          <li key={recoveryCode}>{recoveryCode}</li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <Button variant="light" onClick={() => void copyCodes()}>
          Copy
        </Button>
        <Button variant="light" onClick={downloadCodes}>
          Download
        </Button>
        <Button variant="light" onClick={printCodes}>
          Print
        </Button>
      </Group>
      <Text size="sm" c="green.9" aria-live="polite" mih={22}>
        {keptCopy ? keptCopyNotices[keptCopy] : ""}
      </Text>
      {copyFailure && (
        <Alert color="red" variant="light" role="alert">
          {copyFailure}
        </Alert>
      )}
      <Checkbox
        label="I have saved these codes"
        checked={hasConfirmedSaving}
        onChange={(event) => setHasConfirmedSaving(event.currentTarget.checked)}
      />
      <Group gap="sm" align="center">
        <Button onClick={onDone} disabled={!isDoneAllowed} aria-describedby={doneHintId}>
          Done
        </Button>
        <Text id={doneHintId} size="sm" c="dimmed">
          {isDoneAllowed
            ? "Your codes are saved. You can finish now."
            : "Copy, download or print the codes, then tick the box to finish."}
        </Text>
      </Group>
      <RecoveryCodesPrintSheet recoveryCodes={recoveryCodes} />
    </Stack>
  );
}
