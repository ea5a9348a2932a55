/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n": typeof types.SignedInLayoutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SiteSettingsCompanyPageDocument,
    "\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n": typeof types.UserMenu_ViewerFragmentDoc,
};
const documents: Documents = {
    "\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n": types.SignedInLayoutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.ProfilePageDocument,
    "\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.SiteSettingsCompanyPageDocument,
    "\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n": types.UserMenu_ViewerFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n"): (typeof documents)["\n  query SignedInLayout {\n    viewer {\n      id\n      ...UserMenu_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    viewer {\n      id\n      name\n      email\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteSettingsCompanyPage {\n    viewer {\n      id\n      role\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment UserMenu_viewer on Viewer {\n    name\n    email\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;