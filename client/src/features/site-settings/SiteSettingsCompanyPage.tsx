import { useQuery } from "@apollo/client/react";
import { Alert, Box, Breadcrumbs, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";

import { graphql } from "../../gql";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { RedirectToSignIn } from "../auth/RedirectToSignIn";

const SiteSettingsCompanyPageQuery = graphql(`
  query SiteSettingsCompanyPage {
    viewer {
      id
      role
      company {
        id
        name
      }
    }
  }
`);

export function SiteSettingsCompanyPage() {
  useDocumentTitle("Company · Site Settings · 3 Clicks Cloud");
  const { data, error, loading: isLoading, refetch } = useQuery(SiteSettingsCompanyPageQuery);

  if (isLoading) return <PageLoader />;
  if (error) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <RedirectToSignIn />;

  // Hiding the page is for clarity; the API refuses company changes from members regardless.
  if (data.viewer.role !== "ADMIN") {
    return (
      <Alert color="gray" title="Site Settings are for administrators" role="status">
        Ask an administrator of your company if something here needs to change.
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Box component="nav" aria-label="Breadcrumb">
          <Breadcrumbs separator="›" fz="sm">
            <Text span c="dimmed" fz="sm">
              Site Settings
            </Text>
            <Text span fz="sm" fw={500} aria-current="page">
              Company
            </Text>
          </Breadcrumbs>
        </Box>
        <Title order={1} size="h2" mt={6}>
          Company
        </Title>
      </div>
      <Paper withBorder radius="md" p="xl">
        <Text c="dimmed" size="sm" fw={500}>
          Company name
        </Text>
        <Text size="lg" fw={600} mt={4}>
          {data.viewer.company.name}
        </Text>
      </Paper>
    </Stack>
  );
}
