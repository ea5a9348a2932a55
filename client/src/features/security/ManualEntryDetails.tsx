import { totpDigits, totpPeriodInSeconds } from "@app/shared";
import { Button, Code, CopyButton, Group, SimpleGrid, Stack, Text } from "@mantine/core";

const appSettings = [
  { term: "Type", value: "Time-based" },
  { term: "Algorithm", value: "SHA-1" },
  { term: "Digits", value: String(totpDigits) },
  { term: "Interval", value: `${totpPeriodInSeconds} seconds` },
] as const;

/** The setup key for people whose camera cannot read the QR code, and the settings to choose. */
export function ManualEntryDetails({ manualEntryKey }: { manualEntryKey: string }) {
  return (
    <Stack gap="sm" pt="xs">
      <Text size="sm">
        In your app, choose to enter a setup key, then type this key and the settings below.
      </Text>
      <Group gap="sm" wrap="wrap">
        <Code fz="md" px="sm" py={6} style={{ letterSpacing: "0.04em", wordSpacing: "0.3em" }}>
          {manualEntryKey}
        </Code>
        <CopyButton value={manualEntryKey.replace(/\s+/g, "")}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? "Copied" : "Copy key"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 2, xs: 4 }} spacing="xs" m={0}>
        {appSettings.map(({ term, value }) => (
          <div key={term}>
            <Text component="dt" size="xs" c="dimmed" fw={500}>
              {term}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
