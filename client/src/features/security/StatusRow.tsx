import { Flex, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** One term and its value in the status panel's description list. */
export function StatusRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Flex
      direction={{ base: "column", xs: "row" }}
      gap={{ base: 2, xs: "md" }}
      py="sm"
      style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
    >
      <Text component="dt" c="dimmed" size="sm" fw={500} w={{ xs: 180 }} flex="none">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} miw={0}>
        {children}
      </Text>
    </Flex>
  );
}
