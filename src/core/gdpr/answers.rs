//! What erasure keeps and why, how the suppression list hashes what it remembers, and
//! the manifest a request keeps once it is answered: the rules a backend applies
//! inside its transaction ([`crate::store::Rules`]).

use hmac::{Hmac, Mac};
use serde_json::{Value as Json, json};
use sha2::Sha256;

use crate::error::{Error, Result};
use crate::model::RequestKind;
use crate::model::value::fold;
use crate::store::rules::{Answer, Answering, StoredRequest};

/// Tables referring to a user that erasure keeps, anonymised, and why.
const KEPT: &[(&str, &str)] = &[
    (
        "completion",
        "completions stay as anonymous aggregates for completion figures, without score and certificate serial",
    ),
    (
        "subject_request",
        "the request register is the proof of what was done and holds no personal data",
    ),
    (
        "user_activity",
        "days with learning activity stay as anonymous counts for active-user billing",
    ),
    (
        "enrollment",
        "enrollments stay as anonymous aggregates for compliance figures",
    ),
];

/// Whether erasure keeps `table`'s rows about the person (anonymised): the receipt's
/// line for `rows` of them, saying why.
pub fn kept_on_erasure(table: &str, rows: u64) -> Option<String> {
    let (_, why) = KEPT.iter().find(|(kept, _)| *kept == table)?;
    let noun = if rows == 1 { "row" } else { "rows" };
    Some(format!("{rows} {table} {noun}: {why}"))
}

/// The keyed hash of an identifier on the suppression list (`kind` is `email`, which
/// is case-folded, or `external_id`).
pub fn suppression_mac(secret: &[u8], kind: &str, value: &str) -> String {
    let value = if kind == "email" {
        fold(value.trim())
    } else {
        value.trim().to_owned()
    };
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(kind.as_bytes());
    mac.update(b"\0");
    mac.update(value.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The manifest a request keeps once answered: what was done, in counts, never the
/// personal data itself.
pub fn manifest(answer: &Answer<'_>) -> Json {
    match answer {
        Answer::Exported { counts, xapi } => json!({
            "exported": counts,
            "format": if *xapi { "xapi" } else { "document" },
        }),
        Answer::Erased(receipt) => serde_json::to_value(receipt).unwrap_or(Json::Null),
        Answer::ClosedByHand { note } => json!({
            "closed_by_hand": true,
            "note_length": note.chars().count(),
        }),
    }
}

/// Whether `request` may be answered `by`: an export or erasure answers an open
/// request of its kind about that user; a close by hand, an open rectification
/// (exports and erasures are closed by answering them).
pub fn answerable(request: &StoredRequest, by: Answering) -> Result<()> {
    let id = request.id;
    match by {
        Answering::Subject { kind, user_id } => {
            if request.kind != kind {
                return Err(Error::refused(format!(
                    "request {id} is a request for {}, not {}",
                    request.kind.as_str(),
                    kind.as_str()
                ))
                .about("request.kind"));
            }
            if request.user_id != Some(user_id) {
                return Err(
                    Error::refused(format!("request {id} is about another user")).about("request.user")
                );
            }
        }
        Answering::ByHand if request.kind != RequestKind::Rectify => {
            return Err(
                Error::refused(format!("request {id} is a request for {}", request.kind.as_str()))
                    .about("request.answered"),
            );
        }
        Answering::ByHand => {}
    }
    if request.closed {
        return Err(Error::refused(format!("request {id} is already closed")).about("request.closed"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erasure_keeps_the_aggregates_and_says_why() {
        assert_eq!(
            kept_on_erasure("completion", 1).as_deref(),
            Some(
                "1 completion row: completions stay as anonymous aggregates for completion figures, \
                 without score and certificate serial"
            )
        );
        assert!(kept_on_erasure("enrollment", 2).is_some_and(|line| line.starts_with("2 enrollment rows: ")));
        assert_eq!(kept_on_erasure("consent", 3), None);
    }

    #[test]
    fn suppression_hashes_fold_e_mail_addresses_only() {
        let secret = b"secret";
        assert_eq!(
            suppression_mac(secret, "email", " Anna@ACME.de "),
            suppression_mac(secret, "email", "anna@acme.de")
        );
        assert_ne!(
            suppression_mac(secret, "external_id", "A1"),
            suppression_mac(secret, "external_id", "a1")
        );
        assert_ne!(
            suppression_mac(secret, "email", "a1"),
            suppression_mac(secret, "external_id", "a1")
        );
        assert_ne!(
            suppression_mac(b"other", "email", "anna@acme.de"),
            suppression_mac(secret, "email", "anna@acme.de")
        );
    }

    #[test]
    fn a_request_closed_by_hand_keeps_only_the_length_of_its_note() {
        let manifest = manifest(&Answer::ClosedByHand {
            note: "Adresse berichtigt",
        });
        assert_eq!(manifest, json!({"closed_by_hand": true, "note_length": 18}));
    }
}
