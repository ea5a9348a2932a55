import { Alert, Button, Flex, Group, Select, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";

import { formatDate } from "../security/formatDateTime";
import { describeCreateTokenProblem, type CreateTokenProblem } from "./createTokenProblem";
import {
  defaultTokenLifetimeInDays,
  describeTokenLifetime,
  parseTokenLifetime,
  tokenExpiresAt,
  tokenLifetimeChoicesInDays,
  tokenNameMaxLength,
} from "./tokenLifetimes";
import { useCreateAccessToken, type NewAccessToken } from "./useCreateAccessToken";

const lifetimeOptions = tokenLifetimeChoicesInDays.map((lifetimeInDays) => ({
  value: String(lifetimeInDays),
  label: describeTokenLifetime(lifetimeInDays),
}));

interface CreateTokenFormProps {
  onCreated: (newToken: NewAccessToken) => void;
  /** True when the form comes back after a token was shown, so typing can start again at once. */
  isNameFocused?: boolean;
}

export function CreateTokenForm({ onCreated, isNameFocused = false }: CreateTokenFormProps) {
  const { createAccessToken, isCreating, reauthenticationDialog } = useCreateAccessToken();
  const [name, setName] = useState("");
  const [lifetimeInDays, setLifetimeInDays] = useState(defaultTokenLifetimeInDays);
  const [problem, setProblem] = useState<CreateTokenProblem | null>(null);
  const [openedAtInMilliseconds] = useState(() => Date.now());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isCreating) return;

    const trimmedName = name.trim();
    if (trimmedName === "") {
      setProblem({ field: "name", message: "Give the token a name, such as what will use it." });
      return;
    }
    setProblem(null);

    const result = await createAccessToken({ name: trimmedName, expiresInDays: lifetimeInDays });
    if (result.kind === "succeeded") {
      onCreated(result.value);
      return;
    }
    setProblem(describeCreateTokenProblem(result));
  }

  function chooseLifetime(value: string | null) {
    const chosen = parseTokenLifetime(value);
    if (chosen !== null) setLifetimeInDays(chosen);
  }

  const previewExpiresAt = tokenExpiresAt(openedAtInMilliseconds, lifetimeInDays);
  // The password dialog holds a form of its own, so it sits beside this one: React would pass its
  // submit event up to an enclosing form even through a portal.
  return (
    <>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          {problem?.field === null && (
            <Alert color="red" variant="light" role="alert">
              {problem.message}
            </Alert>
          )}
          <Flex direction={{ base: "column", sm: "row" }} gap="md" align={{ sm: "flex-start" }}>
            <TextInput
              flex={1}
              label="Name"
              description="What will use it, such as “Monthly MFA report”."
              name="name"
              autoComplete="off"
              maxLength={tokenNameMaxLength}
              autoFocus={isNameFocused}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={problem?.field === "name" ? problem.message : null}
            />
            <Select
              label="Expires after"
              description={`Expires on ${formatDate(previewExpiresAt)}`}
              data={lifetimeOptions}
              value={String(lifetimeInDays)}
              onChange={chooseLifetime}
              allowDeselect={false}
              error={problem?.field === "expiresInDays" ? problem.message : null}
              w={{ sm: 240 }}
              flex="none"
            />
          </Flex>
          <Group>
            <Button type="submit" loading={isCreating}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
      {reauthenticationDialog}
    </>
  );
}
