import { graphql } from '@/gql';

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kinds {
        kind
        enabled
      }
      timeZone
      emailEnabled
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {
    setNotificationPreference(kind: $kind, enabled: $enabled) {
      kinds {
        kind
        enabled
      }
      timeZone
      emailEnabled
    }
  }
`);

export const SetNotificationTimeZoneDocument = graphql(`
  mutation SetNotificationTimeZone($timeZone: String) {
    setNotificationTimeZone(timeZone: $timeZone) {
      kinds {
        kind
        enabled
      }
      timeZone
      emailEnabled
    }
  }
`);
