import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

import { ProductMark } from "../../ui/ProductMark";

interface AuthScreenProps {
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The centred card that every step of signing in shares, so the steps feel like one flow. */
export function AuthScreen({ title, description, children, footer }: AuthScreenProps) {
  return (
    <Box component="main" bg="gray.0" mih="100vh">
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={420} gap="xl">
          <Center>
            <ProductMark size="lg" />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: 36 }}>
            <Title order={1} size="h2">
              {title}
            </Title>
            <Text c="dimmed" size="sm" mt={6} mb="lg">
              {description}
            </Text>
            {children}
          </Paper>
          {footer}
        </Stack>
      </Center>
    </Box>
  );
}
