import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

import { PageInfo } from "../graphql/pagination.js";
import { Role } from "../users/role.js";

@ObjectType({ description: "A person in the company, as administrators see them." })
export class StaffMember {
  @Field(() => ID, { description: "Stable identifier of the person." })
  id: string;

  @Field(() => String, { description: "Full name." })
  name: string;

  @Field(() => String, { description: "Sign-in email." })
  email: string;

  @Field(() => Role, { description: "Administrator or member." })
  role: Role;

  @Field(() => Boolean, { description: "An authenticator app is confirmed and in use." })
  mfaEnabled: boolean;

  @Field(() => Date, { nullable: true, description: "When MFA was turned on." })
  mfaEnabledAt: Date | null;

  @Field(() => Date, { nullable: true, description: "The last completed sign-in." })
  lastSignInAt: Date | null;
}

@ObjectType({ description: "One person in a page of staff." })
export class StaffEdge {
  @Field(() => String, { description: "Opaque position of this person in the list." })
  cursor: string;

  @Field(() => StaffMember, { description: "The person." })
  node: StaffMember;
}

@ObjectType({ description: "A page of the company's staff, sorted by name then id." })
export class StaffConnection {
  @Field(() => Int, { description: "How many people match the filter in all." })
  totalCount: number;

  @Field(() => [StaffEdge], { description: "The people on this page." })
  edges: StaffEdge[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo: PageInfo;
}

@InputType({ description: "Narrows the staff list; all given conditions must hold." })
export class StaffFilter {
  @Field(() => String, {
    nullable: true,
    description: "Matches part of the name or email, ignoring case.",
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only people with (or without) MFA." })
  mfaEnabled?: boolean | null;

  @Field(() => Role, { nullable: true, description: "Only people with this role." })
  role?: Role | null;
}

@InputType({ description: "Removes a locked-out person's MFA so they can set it up again." })
export class ResetStaffMfaInput {
  @Field(() => ID, { description: "The person whose MFA to reset." })
  userId: string;

  @Field(() => String, { description: "Why; recorded in the security log." })
  reason: string;
}
