import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

import { PageInfo } from "../graphql/pagination.js";
import { NotificationDeliveryState } from "./notification-delivery-state.js";
import { NotificationKind } from "./notification-kind.js";

@ObjectType({ description: "One kind of security notice and whether it reaches the person." })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: "The kind of notice." })
  kind: NotificationKind;

  @Field(() => Boolean, { description: "Mandatory notices (every MFA change) are always on." })
  mandatory: boolean;

  @Field(() => Boolean, { description: "Whether this kind of notice is sent." })
  enabled: boolean;
}

@ObjectType({ description: "Settings > Notifications for the signed-in person." })
export class NotificationSettings {
  @Field(() => String, { description: "Where notices are sent: the account's email address." })
  email: string;

  @Field(() => Boolean, {
    description:
      "False when this server has no mail server configured (no SMTP_URL): notices are then " +
      "kept here in the app only.",
  })
  emailDeliveryConfigured: boolean;

  @Field(() => [NotificationPreference], {
    description: "Every kind of notice, with whether it is mandatory and whether it is on.",
  })
  preferences: NotificationPreference[];
}

@InputType({ description: "The optional notices to turn on or off." })
export class NotificationPreferencesInput {
  @Field(() => Boolean, {
    description: "Email me when my account is signed in to from a browser it has not seen before.",
  })
  newBrowserSignIn: boolean;
}

@ObjectType({ description: "A security notice emailed, or to be emailed, to the person." })
export class Notification {
  @Field(() => ID, { description: "Stable identifier of the notice." })
  id: string;

  @Field(() => NotificationKind, { description: "What the notice is about." })
  kind: NotificationKind;

  @Field(() => String, { description: "The email's subject line." })
  subject: string;

  @Field(() => Boolean, { description: "Mandatory notices cannot be turned off." })
  mandatory: boolean;

  @Field(() => Date, { description: "When the notice was queued." })
  createdAt: Date;

  @Field(() => NotificationDeliveryState, { description: "Where the email is on its way." })
  deliveryState: NotificationDeliveryState;

  @Field(() => Int, { description: "Delivery attempts made so far." })
  attemptCount: number;

  @Field(() => Date, { nullable: true, description: "When the mail server accepted the email." })
  sentAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the next delivery attempt is due, while QUEUED.",
  })
  nextAttemptAt: Date | null;
}

@ObjectType({ description: "One notice in a page of notices." })
export class NotificationEdge {
  @Field(() => String, { description: "Opaque position of this notice in the list." })
  cursor: string;

  @Field(() => Notification, { description: "The notice." })
  node: Notification;
}

@ObjectType({ description: "A page of the signed-in person's notices, newest first." })
export class NotificationConnection {
  @Field(() => Int, { description: "How many notices the person has in all." })
  totalCount: number;

  @Field(() => [NotificationEdge], { description: "The notices on this page." })
  edges: NotificationEdge[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo: PageInfo;
}
