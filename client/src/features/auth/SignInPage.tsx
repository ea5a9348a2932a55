import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useLocation, useNavigate } from "react-router";

import { ProductMark } from "../../ui/ProductMark";
import { readReturnPath } from "./returnPath";
import { SignInForm } from "./SignInForm";

export function SignInPage() {
  useDocumentTitle("Sign in · 3 Clicks Cloud");
  const location = useLocation();
  const navigate = useNavigate();

  function handleSignedIn() {
    void navigate(readReturnPath(location.state), { replace: true });
  }

  return (
    <Box component="main" bg="gray.0" mih="100vh">
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={420} gap="xl">
          <Center>
            <ProductMark size="lg" />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: 36 }}>
            <Title order={1} size="h2">
              Sign in
            </Title>
            <Text c="dimmed" size="sm" mt={6} mb="lg">
              Use your work email and password.
            </Text>
            <SignInForm onSignedIn={handleSignedIn} />
          </Paper>
          <Text c="dimmed" size="xs" ta="center">
            Trouble signing in? Your company&apos;s administrator can help.
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
