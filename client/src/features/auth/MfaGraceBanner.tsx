import { Alert, Button, Group, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";

import { mfaSetupPath } from "./authPaths";
import { formatLongDate } from "./formatLongDate";
import { toSignInRedirectState } from "./returnPath";

/** The reminder on every page while the company's grace period for MFA set-up runs. */
export function MfaGraceBanner({ deadline }: { deadline: Date }) {
  const location = useLocation();

  return (
    <Alert color="orange" variant="light" mb="lg" role="status" aria-label="MFA required soon">
      <Group justify="space-between" gap="sm">
        <div>
          <Text size="sm" fw={600}>
            Your company requires MFA by {formatLongDate(deadline)}.
          </Text>
          <Text size="sm" mt={2}>
            After that date you can&apos;t use 3 Clicks Cloud until you set it up. It takes about
            two minutes.
          </Text>
        </div>
        <Button
          component={Link}
          to={mfaSetupPath}
          state={toSignInRedirectState(location)}
          size="sm"
        >
          Set up now
        </Button>
      </Group>
    </Alert>
  );
}
