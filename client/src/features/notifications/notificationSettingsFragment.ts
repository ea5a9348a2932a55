import { graphql } from "../../gql";

/** Everything Settings > Notifications shows about delivery and choices. */
export const NotificationSettingsFragment = graphql(`
  fragment NotificationSettings_all on NotificationSettings {
    email
    emailDeliveryConfigured
    preferences {
      kind
      mandatory
      enabled
    }
  }
`);
