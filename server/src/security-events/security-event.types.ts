import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

import { PageInfo } from "../graphql/pagination.js";
import { StaffMember } from "../staff/staff.types.js";
import { SecurityEventType } from "./security-event-type.js";

@ObjectType({ description: "Something that happened to an account's security." })
export class SecurityEvent {
  @Field(() => ID, { description: "Stable identifier of the event." })
  id: string;

  @Field(() => SecurityEventType, { description: "What happened." })
  type: SecurityEventType;

  @Field(() => Date, { description: "When it happened." })
  occurredAt: Date;

  @Field(() => StaffMember, { nullable: true, description: "Who did it, when known." })
  actor: StaffMember | null;

  @Field(() => StaffMember, { nullable: true, description: "Whose account it concerned." })
  subject: StaffMember | null;

  @Field(() => String, { nullable: true, description: "Why, e.g. the reason for an MFA reset." })
  reason: string | null;

  @Field(() => String, { nullable: true, description: "The client's IP address." })
  ipAddress: string | null;

  @Field(() => String, { nullable: true, description: "The client's User-Agent." })
  userAgent: string | null;
}

@ObjectType({ description: "One event in a page of the security log." })
export class SecurityEventEdge {
  @Field(() => String, { description: "Opaque position of this event in the log." })
  cursor: string;

  @Field(() => SecurityEvent, { description: "The event." })
  node: SecurityEvent;
}

@ObjectType({ description: "A page of the security log, newest first." })
export class SecurityEventConnection {
  @Field(() => Int, { description: "How many events match the filter in all." })
  totalCount: number;

  @Field(() => [SecurityEventEdge], { description: "The events on this page." })
  edges: SecurityEventEdge[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo: PageInfo;
}

@InputType({ description: "Narrows the security log." })
export class SecurityEventFilter {
  @Field(() => ID, { nullable: true, description: "Only events done by or to this person." })
  userId?: string | null;

  @Field(() => [SecurityEventType], { nullable: true, description: "Only these kinds." })
  types?: SecurityEventType[] | null;
}
