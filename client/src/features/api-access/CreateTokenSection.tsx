import { Paper, Text, Title } from "@mantine/core";
import { useId, useState } from "react";

import { CreateTokenForm } from "./CreateTokenForm";
import { NewTokenReveal } from "./NewTokenReveal";
import type { NewAccessToken } from "./useCreateAccessToken";

interface CreateTokenSectionProps {
  newToken: NewAccessToken | null;
  onCreated: (newToken: NewAccessToken) => void;
  onDone: () => void;
}

export function CreateTokenSection({ newToken, onCreated, onDone }: CreateTokenSectionProps) {
  const headingId = useId();
  const [hasShownToken, setHasShownToken] = useState(false);

  function finish() {
    setHasShownToken(true);
    onDone();
  }

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Create a token
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="lg">
        Creating a token needs a recent sign-in; you may be asked for your password.
      </Text>
      {newToken ? (
        <NewTokenReveal newToken={newToken} onDone={finish} />
      ) : (
        <CreateTokenForm onCreated={onCreated} isNameFocused={hasShownToken} />
      )}
    </Paper>
  );
}
