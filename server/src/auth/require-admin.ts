import type { RequestContext } from "../graphql/context.js";
import { ForbiddenError } from "../graphql/errors.js";
import { Role } from "../users/role.js";
import { UserEntity } from "../users/user.entity.js";
import { requireSession } from "./guards.js";

export interface AdminIdentity {
  userId: string;
  companyId: string;
  sessionId: string;
}

/** The role is read from the database on each call, so a demotion takes effect at once. */
export async function requireAdmin(context: RequestContext): Promise<AdminIdentity> {
  const session = requireSession(context);
  const user = await context.services.dataSource.manager.findOneBy(UserEntity, {
    id: session.userId,
  });
  if (!user || user.role !== Role.ADMIN) {
    throw new ForbiddenError("Only administrators of this company can do this.");
  }
  return { userId: user.id, companyId: user.companyId, sessionId: session.id };
}
