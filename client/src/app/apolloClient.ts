import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin: the dev and preview servers proxy /graphql, so the httpOnly session cookie is
    // first-party and is sent without any CORS set-up.
    link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    cache: new InMemoryCache(),
  });
}
