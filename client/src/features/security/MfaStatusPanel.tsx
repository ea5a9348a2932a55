import { recoveryCodesLowWatermark } from "@app/shared";
import { Alert, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";

import type { SecuritySettings_AllFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "./formatDateTime";
import { MfaActions } from "./MfaActions";
import { StatusRow } from "./StatusRow";

interface MfaStatusPanelProps {
  settings: SecuritySettings_AllFragment;
  onEnable: () => void;
  onRegenerate: () => void;
  onDisable: () => void;
  /** Bumped when the control that had focus is gone, so focus lands on this panel instead. */
  focusRequest?: number;
}

function pluralCodes(count: number): string {
  return count === 1 ? "1 recovery code" : `${count} recovery codes`;
}

function lowCodesTitle(count: number): string {
  return count === 0 ? "No recovery codes left" : `Only ${pluralCodes(count)} left`;
}

function statusText(mfaEnabled: boolean, mfaEnabledAt: string | null | undefined): string {
  if (!mfaEnabled) return "Off: sign-in asks only for your password";

  return mfaEnabledAt ? `On since ${formatDateTime(mfaEnabledAt)}` : "On";
}

export function MfaStatusPanel({ settings, focusRequest = 0, ...actions }: MfaStatusPanelProps) {
  const { mfaEnabled, mfaEnabledAt, mfaRequired, mfaSetupDeadline } = settings;
  const { recoveryCodesRemaining, recoveryCodesGeneratedAt } = settings;
  const isRunningLowOnCodes = mfaEnabled && recoveryCodesRemaining <= recoveryCodesLowWatermark;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title ref={headingRef} order={2} size="h3" tabIndex={-1}>
            Multifactor authentication
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            A second step after your password: a code from an authenticator app on your phone.
          </Text>
        </div>
        <Badge
          variant="dot"
          color={mfaEnabled ? "green.7" : "gray.5"}
          c="dark.7"
          size="lg"
          tt="none"
          flex="none"
        >
          {mfaEnabled ? "MFA enabled" : "MFA off"}
        </Badge>
      </Group>
      {mfaRequired && !mfaEnabled && (
        <Alert color="yellow" variant="light" title="Your company requires MFA">
          {mfaSetupDeadline
            ? `Set it up by ${formatDateTime(mfaSetupDeadline)} to keep using 3 Clicks Cloud.`
            : "Set it up now to keep using 3 Clicks Cloud."}
        </Alert>
      )}
      {isRunningLowOnCodes && (
        <Alert color="yellow" variant="light" title={lowCodesTitle(recoveryCodesRemaining)}>
          Regenerate your recovery codes so you can still sign in if you lose your phone.
        </Alert>
      )}
      <Stack component="dl" gap={0} m={0}>
        <StatusRow term="Status">{statusText(mfaEnabled, mfaEnabledAt)}</StatusRow>
        <StatusRow term="Company policy">
          {mfaRequired ? "Your company requires MFA" : "MFA is optional at your company"}
        </StatusRow>
        {mfaEnabled && (
          <StatusRow term="Recovery codes">
            {`${pluralCodes(recoveryCodesRemaining)} left`}
            {recoveryCodesGeneratedAt && (
              <Text component="span" c="dimmed" size="sm">
                {` · created ${formatDate(recoveryCodesGeneratedAt)}`}
              </Text>
            )}
          </StatusRow>
        )}
      </Stack>
      <MfaActions settings={settings} {...actions} />
    </Stack>
  );
}
