import { Button, Table, Text, VisuallyHidden } from "@mantine/core";

import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDate, formatDateTime } from "../security-log/formatDateTime";
import { roleLabel } from "../settings/roleLabel";
import { MfaStatusBadge } from "./MfaStatusBadge";

export const StaffTableMemberFragment = graphql(`
  fragment StaffTable_member on StaffMember {
    id
    name
    email
    role
    mfaEnabled
    mfaEnabledAt
    lastSignInAt
  }
`);

export type StaffTableMember = FragmentType<typeof StaffTableMemberFragment>;

export interface ResetCandidate {
  id: string;
  name: string;
  email: string;
}

interface StaffTableProps {
  members: ReadonlyArray<{ id: string } & StaffTableMember>;
  onResetMfa: (member: ResetCandidate) => void;
}

interface StaffRowProps {
  member: StaffTableMember;
  onResetMfa: (member: ResetCandidate) => void;
}

function StaffRow({ member, onResetMfa }: StaffRowProps) {
  const { id, name, email, role, mfaEnabled, mfaEnabledAt, lastSignInAt } = getFragmentData(
    StaffTableMemberFragment,
    member,
  );

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {name}
      </Table.Th>
      <Table.Td>{email}</Table.Td>
      <Table.Td>{roleLabel(role)}</Table.Td>
      <Table.Td>
        <MfaStatusBadge isMfaEnabled={mfaEnabled} />
      </Table.Td>
      <Table.Td>{mfaEnabledAt ? formatDate(mfaEnabledAt) : "—"}</Table.Td>
      <Table.Td>{lastSignInAt ? formatDateTime(lastSignInAt) : "Never"}</Table.Td>
      {/* A fixed height keeps rows with and without the button the same size. */}
      <Table.Td ta="right" h={52}>
        {mfaEnabled && (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            aria-label={`Reset MFA for ${name}`}
            onClick={() => onResetMfa({ id, name, email })}
          >
            Reset MFA
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function StaffTable({ members, onResetMfa }: StaffTableProps) {
  if (members.length === 0) {
    return (
      <Text c="dimmed" size="sm" ta="center" py="xl">
        Nobody matches these filters.
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">MFA</Table.Th>
            <Table.Th scope="col">Enabled since</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <StaffRow key={member.id} member={member} onResetMfa={onResetMfa} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
