import { Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

interface EmptyStateProps {
  title: string;
  children: ReactNode;
}

/** The dashed panel a list shows before it has anything in it, saying what will appear there. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <Stack
      gap={4}
      align="center"
      py="xl"
      px="md"
      ta="center"
      bg="gray.0"
      style={{
        border: "1px dashed var(--mantine-color-gray-4)",
        borderRadius: "var(--mantine-radius-md)",
      }}
    >
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed" maw={420}>
        {children}
      </Text>
    </Stack>
  );
}
