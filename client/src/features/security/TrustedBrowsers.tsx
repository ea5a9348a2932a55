import { trustedDeviceLifetimeInDays } from "@app/shared";
import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";

import type { SecuritySettings_AllFragment } from "../../gql/graphql";
import { describeSecurityFailure } from "./describeSecurityFailure";
import { RevokeAllDialog } from "./RevokeAllDialog";
import { TrustedBrowsersTable } from "./TrustedBrowsersTable";
import { useTrustedDeviceRevocation } from "./useTrustedDeviceRevocation";

type TrustedDevice = SecuritySettings_AllFragment["trustedDevices"][number];

const alreadyRevokedWording = { NOT_FOUND: "That browser was no longer trusted." };

export function TrustedBrowsers({ trustedDevices }: { trustedDevices: readonly TrustedDevice[] }) {
  const { revokeTrustedDevice, revokeAllTrustedDevices, reauthenticationDialog } =
    useTrustedDeviceRevocation();
  const headingId = useId();
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [rowFailure, setRowFailure] = useState<string | null>(null);
  const [isConfirmingAll, setIsConfirmingAll] = useState(false);
  const [isRevokingAll, setIsRevokingAll] = useState(false);
  const [allFailure, setAllFailure] = useState<string | null>(null);

  async function revokeOne(trustedDevice: TrustedDevice) {
    setRowFailure(null);
    setRevokingId(trustedDevice.id);
    const result = await revokeTrustedDevice(trustedDevice.id);
    setRevokingId(null);

    if (result.kind === "failed") {
      setRowFailure(describeSecurityFailure(result.failure, alreadyRevokedWording));
    }
  }

  async function revokeAll() {
    setAllFailure(null);
    setIsRevokingAll(true);
    const result = await revokeAllTrustedDevices();
    setIsRevokingAll(false);

    if (result.kind === "succeeded") setIsConfirmingAll(false);
    else if (result.kind === "cancelled") setAllFailure("Confirm your password to revoke all.");
    else setAllFailure(describeSecurityFailure(result.failure));
  }

  function closeConfirmation() {
    setIsConfirmingAll(false);
    setAllFailure(null);
  }

  const hasTrustedDevices = trustedDevices.length > 0;
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            Trusted browsers
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            These browsers skip the code step at sign-in until their trust expires.
          </Text>
        </div>
        {hasTrustedDevices && (
          <Button variant="default" color="red" onClick={() => setIsConfirmingAll(true)}>
            Revoke all
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {rowFailure && (
          <Alert color="red" variant="light" role="alert">
            {rowFailure}
          </Alert>
        )}
        {hasTrustedDevices ? (
          <TrustedBrowsersTable
            trustedDevices={trustedDevices}
            revokingId={revokingId}
            onRevoke={(trustedDevice) => void revokeOne(trustedDevice)}
          />
        ) : (
          <Text size="sm" c="dimmed" py="sm">
            No browsers are trusted. When you sign in with MFA and choose &ldquo;Trust this device
            for {trustedDeviceLifetimeInDays} days&rdquo;, that browser is listed here.
          </Text>
        )}
      </Stack>
      <RevokeAllDialog
        isOpen={isConfirmingAll}
        isRevoking={isRevokingAll}
        failureMessage={allFailure}
        onConfirm={() => void revokeAll()}
        onClose={closeConfirmation}
      />
      {reauthenticationDialog}
    </Paper>
  );
}
