import { Group, Input, SegmentedControl, Select, TextInput } from "@mantine/core";
import { useId } from "react";

import type { MfaStatusChoice, RoleChoice, StaffListFilter } from "./staffFilter";

interface StaffFiltersProps {
  filter: StaffListFilter;
  onChange: (filter: StaffListFilter) => void;
}

const mfaStatusChoices = [
  { value: "all", label: "All" },
  { value: "on", label: "MFA on" },
  { value: "off", label: "MFA off" },
] satisfies Array<{ value: MfaStatusChoice; label: string }>;

const roleChoices = [
  { value: "all", label: "All roles" },
  { value: "ADMIN", label: "Administrators" },
  { value: "MEMBER", label: "Members" },
] satisfies Array<{ value: RoleChoice; label: string }>;

function isMfaStatusChoice(value: string): value is MfaStatusChoice {
  return mfaStatusChoices.some((choice) => choice.value === value);
}

function isRoleChoice(value: string | null): value is RoleChoice {
  return roleChoices.some((choice) => choice.value === value);
}

export function StaffFilters({ filter, onChange }: StaffFiltersProps) {
  const mfaLabelId = useId();

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label="Search staff"
        placeholder="Name or email"
        type="search"
        w={{ base: "100%", sm: 280 }}
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.currentTarget.value })}
      />
      <div role="group" aria-labelledby={mfaLabelId}>
        <Input.Label id={mfaLabelId} display="block" mb={4}>
          MFA status
        </Input.Label>
        <SegmentedControl
          data={mfaStatusChoices}
          value={filter.mfaStatus}
          onChange={(value) => {
            if (isMfaStatusChoice(value)) onChange({ ...filter, mfaStatus: value });
          }}
        />
      </div>
      <Select
        label="Role"
        data={roleChoices}
        value={filter.role}
        allowDeselect={false}
        w={170}
        onChange={(value) => {
          if (isRoleChoice(value)) onChange({ ...filter, role: value });
        }}
      />
    </Group>
  );
}
