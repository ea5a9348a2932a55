import { Alert, Button, Group, Stack, Text } from "@mantine/core";

interface EnrollmentProblemProps {
  message: string;
  onRetry: () => void;
  onCancel?: () => void;
}

export function EnrollmentProblem({ message, onRetry, onCancel }: EnrollmentProblemProps) {
  return (
    <Alert color="red" variant="light" role="alert" title="MFA set-up could not start">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Group gap="xs">
          <Button variant="white" color="red" size="xs" onClick={onRetry}>
            Try again
          </Button>
          {onCancel && (
            <Button variant="subtle" color="dark" size="xs" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
