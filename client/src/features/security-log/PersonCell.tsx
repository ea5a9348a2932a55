import { Text } from "@mantine/core";

interface PersonCellProps {
  person: { name: string; email: string } | null | undefined;
  emptyLabel?: string;
}

/** A name with the email beneath, since names in a large company are not unique. */
export function PersonCell({ person, emptyLabel = "—" }: PersonCellProps) {
  if (!person) {
    return (
      <Text size="sm" c="dimmed">
        {emptyLabel}
      </Text>
    );
  }

  return (
    <div>
      <Text size="sm" fw={500}>
        {person.name}
      </Text>
      <Text size="xs" c="dimmed">
        {person.email}
      </Text>
    </div>
  );
}
