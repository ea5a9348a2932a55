import { registerEnumType } from "type-graphql";

export enum NotificationDeliveryState {
  QUEUED = "QUEUED",
  SENT = "SENT",
  FAILED = "FAILED",
}

registerEnumType(NotificationDeliveryState, {
  name: "NotificationDeliveryState",
  description: "Where a notice is on its way to the person's inbox.",
  valuesConfig: {
    QUEUED: { description: "Waiting to be sent, or to be retried after a failed attempt." },
    SENT: { description: "Handed to the mail server." },
    FAILED: { description: "Given up on after the last retry." },
  },
});
