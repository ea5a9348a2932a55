import { Alert, Button, Container } from "@mantine/core";

import { serverUnreachableMessage, unexpectedFailureMessage } from "../lib/failureMessages";
import { toOperationFailure } from "../lib/operationFailure";

interface LoadFailedAlertProps {
  error: unknown;
  onRetry: () => void;
}

export function LoadFailedAlert({ error, onRetry }: LoadFailedAlertProps) {
  const isUnreachable = toOperationFailure(error).kind === "unreachable";

  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="This page could not be loaded" role="alert">
        {isUnreachable ? serverUnreachableMessage : unexpectedFailureMessage}
        <Button variant="white" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
          Try again
        </Button>
      </Alert>
    </Container>
  );
}
