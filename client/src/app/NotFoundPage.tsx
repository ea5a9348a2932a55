import { Button, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Link } from "react-router";

import { defaultSignedInPath } from "../features/auth/returnPath";

export function NotFoundPage() {
  useDocumentTitle("Page not found · 3 Clicks Cloud");

  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">The address may be mistyped, or the page has moved.</Text>
      <Button component={Link} to={defaultSignedInPath} variant="light">
        Go to your settings
      </Button>
    </Stack>
  );
}
