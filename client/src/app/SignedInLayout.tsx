import { useQuery } from "@apollo/client/react";
import { Alert, AppShell, Container, Group } from "@mantine/core";
import { Link, Outlet } from "react-router";

import { MfaEnforcementNotice } from "../features/auth/MfaEnforcementNotice";
import { RedirectToSignIn } from "../features/auth/RedirectToSignIn";
import { useSignOut } from "../features/auth/useSignOut";
import { UserMenu } from "../features/user-menu/UserMenu";
import { graphql } from "../gql";
import { serverUnreachableMessage } from "../lib/failureMessages";
import { LoadFailedAlert } from "../ui/LoadFailedAlert";
import { PageLoader } from "../ui/PageLoader";
import { ProductMark, productName } from "../ui/ProductMark";

const SignedInLayoutQuery = graphql(`
  query SignedInLayout {
    viewer {
      id
      ...UserMenu_viewer
    }
  }
`);

/**
 * The frame around every signed-in page. Redirecting signed-out visitors here is a convenience
 * only: the API refuses their requests whatever this component does.
 */
export function SignedInLayout() {
  const { data, error, loading: isLoading, refetch } = useQuery(SignedInLayoutQuery);
  const { signOut, isSigningOut, hasFailed: hasSignOutFailed } = useSignOut();

  if (isLoading) return <PageLoader />;
  if (error) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <RedirectToSignIn />;

  return (
    <AppShell header={{ height: 64 }} padding={0} bg="gray.0">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Link to="/" aria-label={`${productName} home`} style={{ textDecoration: "none" }}>
            <ProductMark />
          </Link>
          <UserMenu
            viewer={data.viewer}
            onSignOut={() => void signOut()}
            isSigningOut={isSigningOut}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" py="xl" px="lg">
          {hasSignOutFailed && (
            <Alert color="red" title="You are still signed in" mb="lg" role="alert">
              {serverUnreachableMessage}
            </Alert>
          )}
          <MfaEnforcementNotice />
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
