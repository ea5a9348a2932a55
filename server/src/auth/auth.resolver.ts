import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";

import type { RequestContext } from "../graphql/context.js";
import { InvalidCredentialsError, UnauthenticatedError } from "../graphql/errors.js";
import { loadViewer } from "../users/viewer.loader.js";
import { Viewer } from "../users/viewer.type.js";
import { assertEmailShape, assertPasswordShape } from "./auth.input-checks.js";
import { ReauthenticateInput, SignInInput, SignInPayload, SignInStatus } from "./auth.types.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, {
    nullable: true,
    description: "The signed-in person; null when signed out or mid-way through sign-in.",
  })
  async viewer(@Ctx() { services, session }: RequestContext): Promise<Viewer | null> {
    if (!session) return null;
    return loadViewer(services.dataSource.manager, session.userId);
  }

  @Mutation(() => SignInPayload, {
    description: "The password step. Always available, whatever cookies the caller holds.",
  })
  async signIn(
    @Arg("input", () => SignInInput, { description: "Email and password." }) input: SignInInput,
    @Ctx() { services, client, session, res }: RequestContext,
  ): Promise<SignInPayload> {
    assertEmailShape(input.email);
    assertPasswordShape(input.password);

    const outcome = await services.signIn.signIn(input.email, input.password, client);
    if (outcome.kind === "rejected") throw new InvalidCredentialsError();

    // The browser's previous session ends here, so one cookie never maps to two live sessions.
    if (session) await services.sessions.revoke(session.id);
    setSessionCookie(res, services.config.cookieSecure, outcome.sessionToken);

    const viewer = await loadViewer(services.dataSource.manager, outcome.user.id);
    return { status: SignInStatus.SIGNED_IN, viewer };
  }

  @Mutation(() => Boolean, {
    description: "Ends the session on the server and clears its cookie. Safe to call twice.",
  })
  async signOut(@Ctx() { services, session, res }: RequestContext): Promise<boolean> {
    if (session) await services.sessions.revoke(session.id);

    clearSessionCookie(res, services.config.cookieSecure);
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Confirms the password to open a 15-minute window for sensitive changes.",
  })
  async reauthenticate(
    @Arg("input", () => ReauthenticateInput, { description: "The current password." })
    input: ReauthenticateInput,
    @Ctx() { services, session }: RequestContext,
  ): Promise<boolean> {
    if (!session) throw new UnauthenticatedError();
    assertPasswordShape(input.password);

    const isConfirmed = await services.signIn.confirmPassword(session.userId, input.password);
    if (!isConfirmed) throw new InvalidCredentialsError();

    await services.sessions.markReauthenticated(session.id);
    return true;
  }
}
