import { Stack, Text } from "@mantine/core";

export function NoNotificationsYet() {
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
      <Text fw={600}>No notifications yet</Text>
      <Text size="sm" c="dimmed" maw={420}>
        When something changes in your account&apos;s security, the notice is listed here. Send a
        test email to see how one looks.
      </Text>
    </Stack>
  );
}
