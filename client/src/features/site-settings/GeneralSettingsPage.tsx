import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useId } from "react";
import { Link } from "react-router";

import { toOperationFailure } from "../../lib/operationFailure";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { AdminOnlyNotice } from "./AdminOnlyNotice";
import { isForbidden } from "./describeAdminFailure";
import { MfaPolicyForm } from "./MfaPolicyForm";
import { companySectionPath } from "./siteSettingsPaths";
import { useCompanySettings } from "./useCompanySettings";

/** Site Settings > Company > General Settings > MFA. */
export function GeneralSettingsPage() {
  useDocumentTitle("General Settings · Company · Site Settings · 3 Clicks Cloud");
  const titleId = useId();
  const { settings, error, isLoading, refetch } = useCompanySettings();

  if (isLoading) return <PageLoader />;
  if (error && isForbidden(toOperationFailure(error))) return <AdminOnlyNotice />;
  if (error || !settings) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;

  const { mfaPolicy, staffCount, mfaEnabledCount } = settings;
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={titleId}>
      <Stack gap={4} mb="xl">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id={titleId}>
            Multifactor authentication (MFA)
          </Title>
          <Text size="sm" c="dimmed">
            {mfaEnabledCount} of {staffCount} staff use MFA ·{" "}
            <Anchor component={Link} to={companySectionPath("staff")} size="sm" underline="always">
              See who
            </Anchor>
          </Text>
        </Group>
        <Text size="sm" c="dimmed" maw={640}>
          MFA asks for a code from an authenticator app after the password, so a stolen password
          alone cannot open an account. These rules apply to everyone in your company.
        </Text>
      </Stack>
      <MfaPolicyForm
        savedPolicy={{
          required: mfaPolicy.required,
          allowSelfServiceDisable: mfaPolicy.allowSelfServiceDisable,
          gracePeriodDays: mfaPolicy.gracePeriodDays,
        }}
      />
    </Paper>
  );
}
