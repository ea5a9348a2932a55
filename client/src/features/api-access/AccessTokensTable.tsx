import { Badge, Button, Group, Table, Text, VisuallyHidden } from "@mantine/core";

import type { ApiAccessTokensQuery } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../security/formatDateTime";

export type AccessToken = NonNullable<ApiAccessTokensQuery["viewer"]>["accessTokens"][number];

interface AccessTokensTableProps {
  accessTokens: readonly AccessToken[];
  /** The token whose secret is on screen right now, marked so people can match the two. */
  newTokenId: string | null;
  nowInMilliseconds: number;
  onRevoke: (accessToken: AccessToken) => void;
}

function ExpiryCell({ expiresAt, isExpired }: { expiresAt: string; isExpired: boolean }) {
  if (!isExpired) return <time dateTime={expiresAt}>{formatDate(expiresAt)}</time>;

  return (
    <Group gap="xs" wrap="nowrap">
      <time dateTime={expiresAt}>{formatDate(expiresAt)}</time>
      <Badge size="sm" variant="light" color="gray" c="dark.6">
        Expired
      </Badge>
    </Group>
  );
}

export function AccessTokensTable({
  accessTokens,
  newTokenId,
  nowInMilliseconds,
  onRevoke,
}: AccessTokensTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accessTokens.map((accessToken) => (
            <Table.Tr key={accessToken.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="nowrap">
                  <Text span inherit style={{ overflowWrap: "anywhere" }}>
                    {accessToken.name}
                  </Text>
                  {accessToken.id === newTokenId && (
                    <Badge size="sm" variant="light" color="indigo">
                      New
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                <time dateTime={accessToken.createdAt}>{formatDate(accessToken.createdAt)}</time>
              </Table.Td>
              <Table.Td>
                {accessToken.lastUsedAt ? (
                  <time dateTime={accessToken.lastUsedAt}>
                    {formatDateTime(accessToken.lastUsedAt)}
                  </time>
                ) : (
                  "Never"
                )}
              </Table.Td>
              <Table.Td>
                <ExpiryCell
                  expiresAt={accessToken.expiresAt}
                  isExpired={Date.parse(accessToken.expiresAt) <= nowInMilliseconds}
                />
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  c="red.9"
                  aria-label={`Revoke ${accessToken.name}`}
                  onClick={() => onRevoke(accessToken)}
                >
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
