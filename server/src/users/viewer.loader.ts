import type { EntityManager } from "typeorm";

import type { UserEntity } from "./user.entity.js";
import { findUserWithCompany } from "./find-user-with-company.js";
import type { Viewer } from "./viewer.type.js";

export async function loadViewer(manager: EntityManager, userId: string): Promise<Viewer | null> {
  const user = await findUserWithCompany(manager, userId);
  return user ? toViewer(user) : null;
}

/** The person as the API shows them; `user` must have been loaded with its company. */
export function toViewer(user: UserEntity): Viewer {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    company: { id: user.company.id, name: user.company.name },
  };
}
