import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, type InitialEntry } from "react-router";

import { theme } from "../src/app/theme";

interface ProviderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  initialEntries?: InitialEntry[];
}

/** Renders with the app's real theme, a mocked API and an in-memory router. */
export function renderWithProviders(ui: ReactNode, options: ProviderOptions = {}) {
  const { mocks = [], initialEntries = ["/"] } = options;

  // env="test" turns off Mantine's transitions and portals so menus open synchronously in place.
  return render(
    <MantineProvider theme={theme} env="test">
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={initialEntries}>{ui}</MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}
