/*!
The subject-export document (Art. 15 and 20): what a person is given when they ask
what is held on them, written from what a backend read ([`SubjectData`]).

The document is JSON: the person's own row, every table that refers to them with
its rows, the names of the courses and groups those rows give by id, and the audit
events about them; in the xAPI form also the learning history as xAPI statements
(one `completed` statement per completion). The XML form is the same document with
objects as elements named by their keys.

A remote store sends [`SubjectData`] and the document is written on the client, the
same way as for a local store.
*/

use serde_json::{Map, Value as Json, json};

use crate::core::fields::escape_markup;
use crate::model::{LearningHistory, SubjectData};

/// What the document says it is.
pub const FORMAT: &str = "lmsctl-subject-export";

/// The export document of `data`; with the learning history in it, also its xAPI
/// statements. Takes `data` whole: a person's rows can be many, and are moved into
/// the document, not copied.
pub fn document(data: SubjectData) -> Json {
    let mut tables = Map::new();
    for table in data.tables {
        let rows = table.rows.into_iter().map(Json::Object).collect();
        tables.insert(table.table, Json::Array(rows));
    }
    let courses: Map<String, Json> = data
        .courses
        .into_iter()
        .map(|c| {
            (
                c.id.to_string(),
                object([("code", c.code.into()), ("title", c.title.into())]),
            )
        })
        .collect();
    let groups: Map<String, Json> = data
        .groups
        .into_iter()
        .map(|g| (g.id.to_string(), g.name.into()))
        .collect();
    let events = data
        .audit_events
        .into_iter()
        .map(|e| {
            object([
                ("seq", e.seq.into()),
                ("at", e.at.into()),
                ("actor", e.actor.into()),
                ("action", e.action.into()),
                ("target", e.target),
            ])
        })
        .collect();
    let statements = data
        .learning
        .as_ref()
        .map(|learning| ("xapi_statements", xapi_statements(learning)));
    let document = [
        ("format", FORMAT.into()),
        ("schema_version", data.schema_version.into()),
        ("generated_at", data.read_at.into()),
        ("tenant", data.tenant.into()),
        ("user_id", data.user_id.into()),
        ("subject", Json::Object(data.subject)),
        ("tables", Json::Object(tables)),
        (
            "names",
            object([
                ("course", Json::Object(courses)),
                ("user_group", Json::Object(groups)),
            ]),
        ),
        ("audit_events", Json::Array(events)),
    ];
    object(document.into_iter().chain(statements))
}

/// A JSON object of these keys and values, in this order.
fn object<'a>(entries: impl IntoIterator<Item = (&'a str, Json)>) -> Json {
    Json::Object(
        entries
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
    )
}

/// The learning history as xAPI statements: each completion, `completed`.
fn xapi_statements(learning: &LearningHistory) -> Json {
    let actor = json!({
        "objectType": "Agent",
        "mbox": format!("mailto:{}", learning.email),
        "name": format!("{} {}", learning.first_name, learning.last_name),
    });
    learning
        .completions
        .iter()
        .map(|completion| {
            let mut result = json!({ "completion": true, "success": true });
            if let Some(score) = completion.score {
                result["score"] = json!({ "scaled": score / 100.0, "raw": score, "min": 0, "max": 100 });
            }
            json!({
                "actor": actor,
                "verb": { "id": "http://adlnet.gov/expapi/verbs/completed", "display": { "en-US": "completed" } },
                "object": {
                    "objectType": "Activity",
                    "id": format!("urn:lmsctl:course:{}", completion.course_code),
                    "definition": { "name": { "und": completion.course_title } }
                },
                "result": result,
                "timestamp": format!("{}T00:00:00Z", completion.completed_on.format("%Y-%m-%d")),
                "context": { "extensions": { "urn:lmsctl:certificate": completion.serial } },
            })
        })
        .collect()
}

/// A JSON document as XML: objects become elements named by their keys, arrays
/// repeat an `item` element, values are escaped text.
pub fn to_xml(document: &Json) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write_xml(&mut out, "subject-export", document, 0);
    out
}

fn write_xml(out: &mut String, name: &str, value: &Json, depth: usize) {
    let indent = "  ".repeat(depth);
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = if name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        name
    } else {
        format!("_{name}")
    };
    match value {
        Json::Object(map) => {
            out.push_str(&format!("{indent}<{name}>\n"));
            for (key, value) in map {
                write_xml(out, key, value, depth + 1);
            }
            out.push_str(&format!("{indent}</{name}>\n"));
        }
        Json::Array(items) => {
            out.push_str(&format!("{indent}<{name}>\n"));
            for item in items {
                write_xml(out, "item", item, depth + 1);
            }
            out.push_str(&format!("{indent}</{name}>\n"));
        }
        Json::Null => out.push_str(&format!("{indent}<{name}/>\n")),
        Json::String(text) => out.push_str(&format!("{indent}<{name}>{}</{name}>\n", escape_markup(text))),
        other => out.push_str(&format!("{indent}<{name}>{other}</{name}>\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CompletedCourse, CourseName, GroupName, SubjectEvent, SubjectRows};

    fn data(learning: Option<LearningHistory>) -> SubjectData {
        let row = |pairs: &[(&str, Json)]| pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        SubjectData {
            tenant: "acme".to_owned(),
            user_id: 7,
            schema_version: 9,
            read_at: "2026-01-05T10:00:00.000Z".to_owned(),
            subject: row(&[("id", json!(7)), ("email", json!("eva@acme.de"))]),
            tables: vec![SubjectRows {
                table: "consent".to_owned(),
                column: "user_id".to_owned(),
                rows: vec![row(&[("user_id", json!(7)), ("notice", json!("v1"))])],
            }],
            courses: vec![CourseName {
                id: 12,
                code: "SAFE".to_owned(),
                title: "Arbeitsschutz".to_owned(),
            }],
            groups: vec![GroupName {
                id: 3,
                name: "vertrieb".to_owned(),
            }],
            audit_events: vec![SubjectEvent {
                seq: 4,
                at: "2026-01-04T09:00:00.000Z".to_owned(),
                actor: "local".to_owned(),
                action: "user.create".to_owned(),
                target: json!({ "user_id": 7 }),
            }],
            learning,
        }
    }

    #[test]
    fn the_document_holds_the_rows_names_and_events_in_its_order() {
        let document = document(data(None));
        let keys: Vec<&str> = document.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "format",
                "schema_version",
                "generated_at",
                "tenant",
                "user_id",
                "subject",
                "tables",
                "names",
                "audit_events"
            ]
        );
        assert_eq!(document["generated_at"], "2026-01-05T10:00:00.000Z");
        assert_eq!(document["tables"]["consent"][0]["notice"], "v1");
        assert_eq!(document["names"]["course"]["12"]["title"], "Arbeitsschutz");
        assert_eq!(document["names"]["user_group"]["3"], "vertrieb");
        assert_eq!(document["audit_events"][0]["target"]["user_id"], 7);
    }

    #[test]
    fn the_learning_history_becomes_one_statement_a_completion() {
        let completed = |score| CompletedCourse {
            course_code: "SAFE".to_owned(),
            course_title: "Arbeitsschutz".to_owned(),
            completed_on: chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
            score,
            serial: "LMS-2025-0000000000000001".to_owned(),
        };
        let document = document(data(Some(LearningHistory {
            email: "eva@acme.de".to_owned(),
            first_name: "Eva".to_owned(),
            last_name: "Ek".to_owned(),
            completions: vec![completed(Some(91.0)), completed(None)],
        })));
        let statements = document["xapi_statements"].as_array().unwrap();
        assert_eq!(statements.len(), 2);
        assert_eq!(statements[0]["actor"]["name"], "Eva Ek");
        assert_eq!(statements[0]["result"]["score"]["scaled"], 0.91);
        assert_eq!(statements[0]["timestamp"], "2025-12-01T00:00:00Z");
        assert!(statements[1]["result"].get("score").is_none());
    }

    #[test]
    fn xml_escapes_and_nests() {
        let xml =
            to_xml(&json!({ "subject": { "last_name": "Müller & <Söhne>" }, "tables": { "consent": [] } }));
        assert!(
            xml.contains("<last_name>Müller &amp; &lt;Söhne&gt;</last_name>"),
            "{xml}"
        );
        assert!(xml.contains("<consent>\n"), "{xml}");
    }
}
