import { Button, Group, Text } from "@mantine/core";
import { useId } from "react";

import type { SecuritySettings_AllFragment } from "../../gql/graphql";
import { disableMfaReason } from "./disableMfaReason";

interface MfaActionsProps {
  settings: SecuritySettings_AllFragment;
  onEnable: () => void;
  onRegenerate: () => void;
  onDisable: () => void;
}

/** The buttons the company's policy allows; a refused Disable MFA stays visible with why. */
export function MfaActions({ settings, onEnable, onRegenerate, onDisable }: MfaActionsProps) {
  const reasonId = useId();
  const disabledReason = disableMfaReason(settings);

  if (!settings.mfaEnabled) {
    return (
      <Group>
        <Button onClick={onEnable}>Enable MFA</Button>
      </Group>
    );
  }

  return (
    <Group gap="sm" align="center">
      <Button variant="default" onClick={onRegenerate}>
        Regenerate recovery codes
      </Button>
      <Button
        variant="outline"
        color="red.8"
        onClick={onDisable}
        disabled={disabledReason !== null}
        aria-describedby={disabledReason ? reasonId : undefined}
      >
        Disable MFA
      </Button>
      {disabledReason && (
        <Text id={reasonId} size="sm" c="dimmed">
          {disabledReason}
        </Text>
      )}
    </Group>
  );
}
