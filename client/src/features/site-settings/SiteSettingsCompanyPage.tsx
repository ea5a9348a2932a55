import { useQuery } from "@apollo/client/react";
import { Box, Breadcrumbs, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Outlet } from "react-router";

import { graphql } from "../../gql";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { RedirectToSignIn } from "../auth/RedirectToSignIn";
import { AdminOnlyNotice } from "./AdminOnlyNotice";
import { CompanySectionTabs } from "./CompanySectionTabs";

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

/** Site Settings > Company: the heading and section links around General, Staff and the log. */
export function SiteSettingsCompanyPage() {
  useDocumentTitle("Company · Site Settings · 3 Clicks Cloud");
  const { data, error, loading: isLoading, refetch } = useQuery(SiteSettingsCompanyPageQuery);

  if (isLoading) return <PageLoader />;
  if (error) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <RedirectToSignIn />;
  if (data.viewer.role !== "ADMIN") {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2">
          Site Settings
        </Title>
        <AdminOnlyNotice />
      </Stack>
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
        <Text c="dimmed" size="sm" mt={4}>
          Security rules and people for{" "}
          <Text span fw={600} c="dark.7">
            {data.viewer.company.name}
          </Text>
        </Text>
      </div>
      <CompanySectionTabs />
      <Outlet />
    </Stack>
  );
}
