import { Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useState } from "react";

import { AccessTokensSection } from "./AccessTokensSection";
import { ApiAccessIntro } from "./ApiAccessIntro";
import { CreateTokenSection } from "./CreateTokenSection";
import type { NewAccessToken } from "./useCreateAccessToken";

export function ApiAccessPage() {
  useDocumentTitle("API access · Settings · 3 Clicks Cloud");
  // Held in component state only, so the secret is gone as soon as the page is left.
  const [newToken, setNewToken] = useState<NewAccessToken | null>(null);

  function forgetIfShown(revokedId: string) {
    if (newToken?.accessToken.id === revokedId) setNewToken(null);
  }

  return (
    <Stack gap="lg">
      <ApiAccessIntro />
      <CreateTokenSection
        newToken={newToken}
        onCreated={setNewToken}
        onDone={() => setNewToken(null)}
      />
      <AccessTokensSection
        newTokenId={newToken?.accessToken.id ?? null}
        onRevoked={forgetIfShown}
      />
    </Stack>
  );
}
