import { Flex, Text } from "@mantine/core";

import classes from "./ProfileField.module.css";

/** One term and its value inside the profile's description list. */
export function ProfileField({ label, value }: { label: string; value: string }) {
  return (
    <Flex
      className={classes.row}
      direction={{ base: "column", xs: "row" }}
      gap={{ base: 2, xs: "md" }}
    >
      <Text component="dt" c="dimmed" size="sm" fw={500} w={{ xs: 140 }} flex="none">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} miw={0} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </Flex>
  );
}
