import { Divider, Paper, Text, Title } from "@mantine/core";
import { useId } from "react";

import type { NotificationSettings_AllFragment } from "../../gql/graphql";
import { MandatoryNotices } from "./MandatoryNotices";
import { NewBrowserSignInSwitch } from "./NewBrowserSignInSwitch";

type Preference = NotificationSettings_AllFragment["preferences"][number];

export function NoticePreferences({ preferences }: { preferences: readonly Preference[] }) {
  const headingId = useId();
  const mandatoryKinds = preferences.filter(({ mandatory }) => mandatory).map(({ kind }) => kind);
  // The test message is sent only on request, so it is not a choice to offer here.
  const newBrowserSignIn = preferences.find(({ kind }) => kind === "NEW_BROWSER_SIGN_IN");

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Which notices you get
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="lg">
        Choose which security notices you get. The ones that protect your sign-in cannot be turned
        off.
      </Text>
      <MandatoryNotices kinds={mandatoryKinds} />
      {newBrowserSignIn && (
        <>
          <Divider my="lg" />
          <NewBrowserSignInSwitch isEnabled={newBrowserSignIn.enabled} />
        </>
      )}
    </Paper>
  );
}
