import { Group, Paper, RingProgress, Stack, Text } from "@mantine/core";

interface AdoptionSummaryProps {
  staffCount: number;
  mfaEnabledCount: number;
}

export function adoptionPercent(staffCount: number, mfaEnabledCount: number): number {
  if (staffCount === 0) return 0;

  return Math.round((mfaEnabledCount / staffCount) * 100);
}

/** How far MFA has spread in the company, from the company-wide counts. */
export function AdoptionSummary({ staffCount, mfaEnabledCount }: AdoptionSummaryProps) {
  const percent = adoptionPercent(staffCount, mfaEnabledCount);
  const withoutMfaCount = staffCount - mfaEnabledCount;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="MFA adoption">
      <Group gap="lg" wrap="nowrap">
        <RingProgress
          size={88}
          thickness={9}
          roundCaps
          rootColor="gray.2"
          sections={[{ value: percent, color: "teal.7" }]}
          label={
            <Text ta="center" fw={700} size="sm" aria-hidden="true">
              {percent}%
            </Text>
          }
        />
        <Stack gap={2}>
          <Text fw={600} size="lg">
            {mfaEnabledCount} of {staffCount} staff use MFA
          </Text>
          <Text size="sm" c="dimmed">
            {withoutMfaCount === 0
              ? "Everyone is protected by a second factor."
              : `${withoutMfaCount} still sign in with a password alone.`}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
