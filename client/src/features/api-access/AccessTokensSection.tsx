import { useQuery } from "@apollo/client/react";
import { ErrorCode } from "@app/shared";
import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";

import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { RedirectToSignIn } from "../auth/RedirectToSignIn";
import { isRejectedWith } from "../../lib/actionResult";
import { ApiAccessTokensQuery } from "./accessTokensQuery";
import { AccessTokensTable, type AccessToken } from "./AccessTokensTable";
import { describeApiAccessFailure } from "./describeApiAccessFailure";
import { NoTokensYet } from "./NoTokensYet";
import { RevokeTokenDialog } from "./RevokeTokenDialog";
import { useRevokeAccessToken } from "./useRevokeAccessToken";

interface AccessTokensSectionProps {
  newTokenId: string | null;
  onRevoked: (id: string) => void;
}

export function AccessTokensSection({ newTokenId, onRevoked }: AccessTokensSectionProps) {
  const headingId = useId();
  const { data, error, refetch } = useQuery(ApiAccessTokensQuery);
  const { revokeAccessToken, isRevoking } = useRevokeAccessToken();
  const [revokeTarget, setRevokeTarget] = useState<AccessToken | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [failureMessage, setFailureMessage] = useState<string | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const [nowInMilliseconds] = useState(() => Date.now());

  function askToRevoke(accessToken: AccessToken) {
    setRevokedName(null);
    setFailureMessage(null);
    setRevokeTarget(accessToken);
    setIsConfirming(true);
  }

  async function revoke() {
    if (!revokeTarget || isRevoking) return;

    const result = await revokeAccessToken(revokeTarget.id);
    const isAlreadyGone = isRejectedWith(result, ErrorCode.NOT_FOUND);
    if (result.kind === "failed" && !isAlreadyGone) {
      setFailureMessage(describeApiAccessFailure(result.failure));
      return;
    }

    // A token someone else revoked first is gone all the same; only the list is out of date. A
    // failed refresh shows up in the list's own error state, so nothing more is done with it here.
    if (isAlreadyGone) void refetch().catch(() => undefined);
    setIsConfirming(false);
    setRevokedName(revokeTarget.name);
    onRevoked(revokeTarget.id);
  }

  if (error && !data) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  if (!data.viewer) return <RedirectToSignIn />;

  const { accessTokens } = data.viewer;
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Your tokens
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="md">
        Tokens stop working when they expire or when you revoke them.
      </Text>
      <Stack gap="sm">
        <div aria-live="polite">
          {revokedName && (
            <Alert
              color="green"
              variant="light"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setRevokedName(null)}
            >
              &ldquo;{revokedName}&rdquo; is revoked. Requests sent with it are now refused.
            </Alert>
          )}
        </div>
        {accessTokens.length > 0 ? (
          <AccessTokensTable
            accessTokens={accessTokens}
            newTokenId={newTokenId}
            nowInMilliseconds={nowInMilliseconds}
            onRevoke={askToRevoke}
          />
        ) : (
          <NoTokensYet />
        )}
      </Stack>
      <RevokeTokenDialog
        isOpen={isConfirming}
        tokenName={revokeTarget?.name ?? ""}
        isRevoking={isRevoking}
        failureMessage={failureMessage}
        onConfirm={() => void revoke()}
        onClose={() => setIsConfirming(false)}
      />
    </Paper>
  );
}
