import { useQuery } from "@apollo/client/react";
import { Alert, Loader, Group, List, Text } from "@mantine/core";

import { graphql } from "../../gql";
import { toOperationFailure } from "../../lib/operationFailure";
import { describeAdminFailure } from "./describeAdminFailure";

const StaffWithoutMfaQuery = graphql(`
  query StaffWithoutMfa($first: Int!) {
    staff(first: $first, filter: { mfaEnabled: false }) {
      totalCount
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

/** Enough names to recognise who is affected without turning the dialog into a list page. */
export const namesShownBeforeConfirming = 10;

/** Who would have to set up MFA if enforcement were turned on now. */
export function StaffWithoutMfa() {
  const {
    data,
    error,
    loading: isLoading,
  } = useQuery(StaffWithoutMfaQuery, {
    variables: { first: namesShownBeforeConfirming },
    fetchPolicy: "network-only",
  });

  if (isLoading) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">Checking who does not use MFA yet…</Text>
      </Group>
    );
  }
  if (error || !data) {
    return (
      <Alert color="red" variant="light" role="alert">
        We could not check who lacks MFA. {describeAdminFailure(toOperationFailure(error))}
      </Alert>
    );
  }

  const { totalCount, edges } = data.staff;
  if (totalCount === 0) {
    return <Text size="sm">Everyone in the company already uses MFA, so nobody is affected.</Text>;
  }

  const hiddenCount = totalCount - edges.length;
  return (
    <div>
      <Text size="sm" fw={600}>
        {totalCount === 1
          ? "1 person does not use MFA yet:"
          : `${totalCount} people do not use MFA yet:`}
      </Text>
      <List size="sm" spacing={4} mt="xs" aria-label="People without MFA">
        {edges.map(({ node }) => (
          <List.Item key={node.id}>
            {node.name}{" "}
            <Text span size="sm" c="dimmed">
              {node.email}
            </Text>
          </List.Item>
        ))}
      </List>
      {hiddenCount > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          and {hiddenCount} more
        </Text>
      )}
    </div>
  );
}
