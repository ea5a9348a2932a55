import { Alert, Box, Button, Container, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";

import { serverUnreachableMessage } from "../../lib/failureMessages";
import { ProductMark } from "../../ui/ProductMark";
import { useSignOut } from "./useSignOut";

interface SetupFrameProps {
  email: string;
  children: ReactNode;
}

/**
 * The frame of the forced MFA set-up. It offers no way into the app, only out of it: until
 * set-up is done, the session may do nothing else.
 */
export function SetupFrame({ email, children }: SetupFrameProps) {
  const { signOut, isSigningOut, hasFailed: hasSignOutFailed } = useSignOut();

  return (
    <Box bg="gray.0" mih="100vh">
      <Box component="header" bg="white" px="lg" style={headerStyle}>
        <Group h={64} justify="space-between" wrap="nowrap">
          <ProductMark />
          <Group gap="md" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="xs">
              {email}
            </Text>
            <Button
              variant="default"
              size="sm"
              loading={isSigningOut}
              onClick={() => void signOut()}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </Box>
      <Container component="main" size={720} py="xl" px="lg">
        {hasSignOutFailed && (
          <Alert color="red" title="You are still signed in" mb="lg" role="alert">
            {serverUnreachableMessage}
          </Alert>
        )}
        {children}
      </Container>
    </Box>
  );
}

const headerStyle = { borderBottom: "1px solid var(--mantine-color-gray-3)" };
