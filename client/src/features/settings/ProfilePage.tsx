import { useQuery } from "@apollo/client/react";
import { Avatar, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";

import { graphql } from "../../gql";
import { initialsOf } from "../../lib/initialsOf";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { RedirectToSignIn } from "../auth/RedirectToSignIn";
import { ChangePasswordSection } from "./ChangePasswordSection";
import { ProfileField } from "./ProfileField";
import { roleLabel } from "./roleLabel";

const ProfilePageQuery = graphql(`
  query ProfilePage {
    viewer {
      id
      name
      email
      role
      company {
        id
        name
      }
    }
  }
`);

export function ProfilePage() {
  useDocumentTitle("Profile · Settings · 3 Clicks Cloud");
  const { data, error, loading: isLoading, refetch } = useQuery(ProfilePageQuery);

  if (isLoading) return <PageLoader />;
  if (error) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <RedirectToSignIn />;

  const { name, email, role, company } = data.viewer;
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="xl">
        <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg">
          <div>
            <Title order={2} size="h3">
              Profile
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Your details as your colleagues at {company.name} see them.
            </Text>
          </div>
          <Avatar color="indigo" radius="xl" size={48} aria-hidden="true">
            {initialsOf(name)}
          </Avatar>
        </Group>
        <Stack component="dl" gap={0} m={0}>
          <ProfileField label="Name" value={name} />
          <ProfileField label="Email" value={email} />
          <ProfileField label="Company" value={company.name} />
          <ProfileField label="Role" value={roleLabel(role)} />
        </Stack>
      </Paper>
      <ChangePasswordSection email={email} />
    </Stack>
  );
}
