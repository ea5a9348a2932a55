import { Code, List, Paper, Text, Title } from "@mantine/core";
import { useId } from "react";

/** Where the API guide lives; the app does not serve it, so it is named rather than linked. */
const apiGuidePath = "docs/api.md";

function exampleRequest(origin: string): string {
  return [
    `curl ${origin}/graphql \\`,
    `  -H "Authorization: Bearer 3cc_pat_…" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"query": "{ viewer { email } }"}'`,
  ].join("\n");
}

export function ApiAccessIntro() {
  const headingId = useId();

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        API access
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="md">
        Personal access tokens let your own scripts and tools read 3 Clicks Cloud through its
        GraphQL API.
      </Text>
      <List size="sm" spacing="xs" mb="md">
        <List.Item>
          A token acts as you and can only read: it runs queries, such as a compliance report of who
          in your company has not turned on MFA, and any change sent with it is refused.
        </List.Item>
        <List.Item>
          Treat it like a password. Anyone who holds it sees what you see, until it expires or you
          revoke it.
        </List.Item>
      </List>
      <Text size="sm" mb="xs">
        Send the token in the <Code>Authorization</Code> header of each request to{" "}
        <Code>/graphql</Code>:
      </Text>
      <Code block fz="sm" mb="md">
        {exampleRequest(window.location.origin)}
      </Code>
      <Text size="sm">
        The queries you can run, the error codes and a ready-made report script are described in the
        API guide, <Code>{apiGuidePath}</Code> in the 3 Clicks Cloud repository.
      </Text>
    </Paper>
  );
}
