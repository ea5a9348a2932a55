import { Box, Flex, NavLink, Stack, Title } from "@mantine/core";
import { Link, Outlet, useMatch } from "react-router";

import { settingsSections, type SettingsSection } from "./settingsSections";

function SettingsNavLink({ path, label }: Pick<SettingsSection, "path" | "label">) {
  const isActive = useMatch(`/settings/${path}/*`) !== null;

  return (
    <NavLink
      component={Link}
      to={path}
      label={label}
      active={isActive}
      aria-current={isActive ? "page" : undefined}
      variant="light"
      fw={500}
    />
  );
}

export function SettingsLayout() {
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <Flex
        direction={{ base: "column", sm: "row" }}
        align="flex-start"
        gap={{ base: "md", sm: "xl" }}
      >
        <Box component="nav" aria-label="Settings" w={{ base: "100%", sm: 220 }} flex="none">
          {settingsSections.map(({ path, label }) => (
            <SettingsNavLink key={path} path={path} label={label} />
          ))}
        </Box>
        <Box flex={1} miw={0} w="100%">
          <Outlet />
        </Box>
      </Flex>
    </Stack>
  );
}
