import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { BrowserRouter } from "react-router";

import { createApolloClient } from "./apolloClient";
import { AppRoutes } from "./AppRoutes";
import { cssVariablesResolver, theme } from "./theme";

const apolloClient = createApolloClient();

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <ApolloProvider client={apolloClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
