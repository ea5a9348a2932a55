import { Alert, Button, Text } from "@mantine/core";
import { Link } from "react-router";

/**
 * Shown to members who reach Site Settings, and to anyone the API answers FORBIDDEN: the page
 * hides itself for clarity, while the API refuses members' requests whatever the page shows.
 */
export function AdminOnlyNotice() {
  return (
    <Alert
      color="gray"
      variant="light"
      title="Only administrators can open Site Settings"
      role="status"
    >
      <Text size="sm">
        Site Settings change security rules for everyone in your company. Ask an administrator if
        something here needs to change.
      </Text>
      <Button component={Link} to="/settings" variant="white" size="xs" mt="sm">
        Go to your own settings
      </Button>
    </Alert>
  );
}
