import { Alert, Button, CopyButton, Group, Stack, TextInput } from "@mantine/core";

import { formatDate } from "../security/formatDateTime";
import { StepHeading } from "../security/StepHeading";
import type { NewAccessToken } from "./useCreateAccessToken";

interface NewTokenRevealProps {
  newToken: NewAccessToken;
  onDone: () => void;
}

/** The only place the secret ever appears: the API keeps just its hash. */
export function NewTokenReveal({ newToken, onDone }: NewTokenRevealProps) {
  const { token, accessToken } = newToken;

  return (
    <Stack gap="md">
      <StepHeading>Copy your new token</StepHeading>
      {/* Mantine's yellow title text is too faint on the light yellow fill for WCAG AA. */}
      <Alert
        color="yellow"
        variant="light"
        title="You will not see this token again"
        styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
      >
        Copy it now and keep it where your script reads its secrets, such as a password manager or
        your CI&apos;s secret store. If you lose it, revoke it below and create a new one.
      </Alert>
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <TextInput
          label={`Token for “${accessToken.name}”`}
          description={`Read-only · expires on ${formatDate(accessToken.expiresAt)}`}
          value={token}
          readOnly
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
          flex={1}
          miw={0}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        />
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? "filled" : "light"}
              color={copied ? "teal.8" : undefined}
              onClick={copy}
              miw={96}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group>
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
