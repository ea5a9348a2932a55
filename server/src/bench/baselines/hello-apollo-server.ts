import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

/**
 * Apollo Server's hello world, given just enough schema to answer the sign-in load the real
 * server gets, so both hold the same traffic while their memory is read.
 */
const typeDefs = `
  input SignInInput { email: String!  password: String! }
  type Viewer { id: ID!  email: String! }
  type SignInPayload { status: String!  viewer: Viewer }
  type Query { hello: String }
  type Mutation { signIn(input: SignInInput!): SignInPayload! }
`;

const server = new ApolloServer({
  typeDefs,
  resolvers: {
    Query: { hello: () => "world" },
    Mutation: {
      signIn: (_parent: unknown, args: { input: { email: string } }) => ({
        status: "SIGNED_IN",
        viewer: { id: "hello", email: args.input.email },
      }),
    },
  },
});

await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 0) },
});
