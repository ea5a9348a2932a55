import { registerEnumType } from "type-graphql";

export enum Role {
  ADMIN = "ADMIN",
  MEMBER = "MEMBER",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a person may do in their company.",
  valuesConfig: {
    ADMIN: { description: "Manages the company's settings, staff and security log." },
    MEMBER: { description: "Uses the product and manages only their own account." },
  },
});
