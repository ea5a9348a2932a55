import { useQuery } from "@apollo/client/react";
import { Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";

import { graphql } from "../../gql";

const SecurityLogPeopleQuery = graphql(`
  query SecurityLogPeople($first: Int!, $filter: StaffFilter) {
    staff(first: $first, filter: $filter) {
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

const suggestionCount = 10;
const searchDebounceInMilliseconds = 300;

export interface PickedPerson {
  id: string;
  name: string;
  email: string;
}

interface PersonPickerProps {
  person: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
}

/** Finds a person by name or email on the server, so it works however large the company is. */
export function PersonPicker({ person, onChange }: PersonPickerProps) {
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), searchDebounceInMilliseconds);
  const isSearchingForPicked = person !== null && debouncedSearch === person.name;
  const { data, previousData } = useQuery(SecurityLogPeopleQuery, {
    variables: {
      first: suggestionCount,
      filter: debouncedSearch === "" || isSearchingForPicked ? {} : { search: debouncedSearch },
    },
  });
  const found = (data ?? previousData)?.staff.edges.map(({ node }) => node) ?? [];
  // The picked person stays an option even when a later search no longer finds them.
  const people = person && !found.some(({ id }) => id === person.id) ? [person, ...found] : found;
  const emailById = new Map(people.map(({ id, email }) => [id, email]));

  return (
    <Select
      label="Person"
      placeholder="Anyone"
      searchable
      clearable
      nothingFoundMessage="Nobody matches"
      w={{ base: "100%", sm: 280 }}
      data={people.map(({ id, name }) => ({ value: id, label: name }))}
      // The server has already matched name or email; filtering again here would drop email hits.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={person?.id ?? null}
      onChange={(id) => onChange(people.find((candidate) => candidate.id === id) ?? null)}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {emailById.get(option.value)}
          </Text>
        </div>
      )}
    />
  );
}
