import { Alert, Anchor, Text } from "@mantine/core";
import { Link } from "react-router";

/*
 * Mantine's light orange title and the default link colour fall below WCAG AA contrast on the
 * orange tint, so the title is dark and the link one shade deeper than usual.
 */
const alertStyles = { title: { color: "var(--mantine-color-dark-8)" } };

/** The API refuses enforcement from an admin without MFA, so nobody locks themselves out. */
export function MfaSetupFirstAlert() {
  return (
    <Alert
      color="orange"
      variant="light"
      title="Set up MFA on your own account first"
      role="alert"
      styles={alertStyles}
    >
      <Text size="sm">
        Requiring MFA applies to administrators too. Turn MFA on for your own account, then come
        back here to require it for everyone.
      </Text>
      <Anchor
        component={Link}
        to="/settings/security"
        size="sm"
        fw={600}
        c="indigo.9"
        underline="always"
        mt={6}
        display="block"
      >
        Open Settings › Security
      </Anchor>
    </Alert>
  );
}
