import type { EntityManager } from "typeorm";

import { findUserWithCompany } from "./find-user-with-company.js";
import type { Viewer } from "./viewer.type.js";

export async function loadViewer(manager: EntityManager, userId: string): Promise<Viewer | null> {
  const user = await findUserWithCompany(manager, userId);
  if (!user) return null;

  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    company: { id: user.company.id, name: user.company.name },
  };
}
