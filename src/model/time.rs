//! Times, written one way everywhere lmsctl shows or keeps them: RFC 3339 in UTC
//! with milliseconds and `Z` (`2026-11-02T09:15:00.000Z`): in JSON, CSV and tables,
//! in the store's `*_at` columns and the audit trail. One fixed width also sorts as
//! text. Any RFC 3339 form is read (older stores wrote `+00:00`).

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// `time` in lmsctl's one form.
pub fn format(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The current time in lmsctl's one form.
pub fn now() -> String {
    format(&Utc::now())
}

/// `text` in lmsctl's one form if it is an RFC 3339 time, else `None`.
pub fn normalise(text: &str) -> Option<String> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|time| format(&time.with_timezone(&Utc)))
}

/// `#[serde(with = "crate::model::time::rfc3339")]` for `DateTime<Utc>` fields.
pub mod rfc3339 {
    use super::*;

    pub fn serialize<S: Serializer>(time: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format(time))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        DateTime::<Utc>::deserialize(deserializer)
    }
}

/// `#[serde(default, with = "crate::model::time::rfc3339_option")]` for `Option<DateTime<Utc>>`.
pub mod rfc3339_option {
    use super::*;

    pub fn serialize<S: Serializer>(time: &Option<DateTime<Utc>>, serializer: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_some(&format(time)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<DateTime<Utc>>::deserialize(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_form_with_milliseconds_and_z() {
        let whole = DateTime::parse_from_rfc3339("2026-11-02T09:15:00+00:00")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(format(&whole), "2026-11-02T09:15:00.000Z");
        assert_eq!(
            normalise("2026-11-02T10:15:00.5+01:00").as_deref(),
            Some("2026-11-02T09:15:00.500Z")
        );
        assert_eq!(normalise("2026-11-02"), None);
        let json = serde_json::json!({ "at": "2026-11-02T09:15:00.000+00:00" });
        #[derive(serde::Deserialize, serde::Serialize)]
        struct At {
            #[serde(with = "rfc3339")]
            at: DateTime<Utc>,
        }
        let at: At = serde_json::from_value(json).unwrap();
        assert_eq!(
            serde_json::to_value(&at).unwrap()["at"],
            "2026-11-02T09:15:00.000Z"
        );
    }
}
