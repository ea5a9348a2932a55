import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { makeFragmentData } from "../../gql";
import type { Role } from "../../gql/graphql";
import { UserMenu, UserMenuViewerFragment } from "./UserMenu";

function viewerWithRole(role: Role) {
  return makeFragmentData(
    { name: "Ada Admin", email: "admin@acme.test", role },
    UserMenuViewerFragment,
  );
}

async function openMenuAs(role: Role, onSignOut = vi.fn()) {
  const user = userEvent.setup();
  renderWithProviders(<UserMenu viewer={viewerWithRole(role)} onSignOut={onSignOut} />);

  await user.click(screen.getByRole("button", { name: "Ada Admin" }));
  return { user };
}

describe("UserMenu", () => {
  it("offers Site Settings to administrators", async () => {
    await openMenuAs("ADMIN");

    const siteSettings = screen.getByRole("menuitem", { name: "Site Settings" });
    expect(siteSettings.getAttribute("href")).toBe("/site-settings/company");
  });

  it("hides Site Settings from members but still offers their own Settings", async () => {
    await openMenuAs("MEMBER");

    expect(screen.getByRole("menuitem", { name: "Settings" })).toBeTruthy();
    expect(screen.queryByRole("menuitem", { name: "Site Settings" })).toBeNull();
  });

  it("calls onSignOut when Sign out is chosen", async () => {
    const onSignOut = vi.fn();
    const { user } = await openMenuAs("MEMBER", onSignOut);

    await user.click(screen.getByRole("menuitem", { name: "Sign out" }));

    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});
