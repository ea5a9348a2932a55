import { SessionEntity } from "../auth/session.entity.js";
import { CompanyEntity } from "../companies/company.entity.js";
import { UserEntity } from "../users/user.entity.js";

export const entities = [CompanyEntity, UserEntity, SessionEntity];
