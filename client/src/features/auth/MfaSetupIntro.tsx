import { List, Stack, Text, Title } from "@mantine/core";

import { formatLongDate } from "./formatLongDate";
import type { MfaEnforcement } from "./mfaEnforcement";

interface MfaSetupIntroProps {
  companyName: string;
  enforcement: Exclude<MfaEnforcement, { kind: "none" }>;
}

/** Why this page appeared and what to have ready, in the help centre's words. */
export function MfaSetupIntro({ companyName, enforcement }: MfaSetupIntroProps) {
  const isDue = enforcement.kind === "setupRequired";
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        Set up multifactor authentication
      </Title>
      <Text>
        {isDue
          ? `${companyName} requires multifactor authentication (MFA) for every user. Set it ` +
            "up now to keep using 3 Clicks Cloud; nothing else opens until it is done."
          : `${companyName} requires multifactor authentication (MFA) for every user by ` +
            `${formatLongDate(enforcement.deadline)}. Setting it up takes about two minutes.`}
      </Text>
      <Text size="sm" c="dimmed">
        MFA adds a second step after your password: a code from an authenticator app on your phone,
        so a stolen password alone is not enough to get in.
      </Text>
      <Title order={2} size="h5" mt="xs">
        Before you start
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>
          Install an authenticator app, for example Google Authenticator, Microsoft Authenticator or
          Authy.
        </List.Item>
        <List.Item>
          Decide where you will keep your recovery codes, such as a password manager. They let you
          sign in if you lose your phone.
        </List.Item>
      </List>
    </Stack>
  );
}
