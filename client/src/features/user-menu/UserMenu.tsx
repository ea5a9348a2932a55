import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { Link } from "react-router";

import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { initialsOf } from "../../lib/initialsOf";
import classes from "./UserMenu.module.css";

export const UserMenuViewerFragment = graphql(`
  fragment UserMenu_viewer on Viewer {
    name
    email
    role
  }
`);

interface UserMenuProps {
  viewer: FragmentType<typeof UserMenuViewerFragment>;
  onSignOut: () => void;
  isSigningOut?: boolean;
}

export function UserMenu({ viewer, onSignOut, isSigningOut = false }: UserMenuProps) {
  const { name, email, role } = getFragmentData(UserMenuViewerFragment, viewer);
  const isAdmin = role === "ADMIN";

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32} aria-hidden="true">
              {initialsOf(name)}
            </Avatar>
            <Text component="span" fw={500} size="sm">
              {name}
            </Text>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          Signed in as
          <Text size="sm" fw={500} c="dark.7" truncate="end">
            {email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/settings">
          Settings
        </Menu.Item>
        {isAdmin && (
          <Menu.Item component={Link} to="/site-settings/company">
            Site Settings
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={onSignOut} disabled={isSigningOut}>
          {isSigningOut ? "Signing out…" : "Sign out"}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
