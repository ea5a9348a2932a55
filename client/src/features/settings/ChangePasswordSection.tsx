import { Paper, Text, Title } from "@mantine/core";
import { useId } from "react";

import { ChangePasswordForm } from "./ChangePasswordForm";

export function ChangePasswordSection({ email }: { email: string }) {
  const headingId = useId();

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Change password
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="lg">
        Enter your current password, then choose a new one. Changing it signs you out of every other
        browser, so use it if you think someone else may know your password.
      </Text>
      <ChangePasswordForm email={email} />
    </Paper>
  );
}
