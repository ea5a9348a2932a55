import { Stack, Text } from "@mantine/core";

export function NoTokensYet() {
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
      <Text fw={600}>No tokens yet</Text>
      <Text size="sm" c="dimmed" maw={420}>
        Create one above when a script or another tool needs to read your data. Each token you
        create is listed here with the last time it was used.
      </Text>
    </Stack>
  );
}
