/*!
The OpenAPI document of `lmsctl serve` (`/api/v1/openapi.json`), made from the
endpoint table ([`crate::api::ENDPOINTS`]).

Each endpoint names its method, path, the role it needs, and the Rust types of its
path parameters, query string, body and answer. The document's schemas are derived
from those types (schemars), the very types the handlers read and write, so the
document cannot drift from what the server accepts: what the server reads is
described as it is deserialised (a field with a default may be left out), what it
writes as it is serialised (every field is there).
*/

use schemars::generate::SchemaSettings;
use schemars::{Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use crate::api::{Access, Answer, BASE, ENDPOINTS, Route, param_type, wire};

fn roles(access: Access) -> &'static str {
    match access {
        Access::Public => "none (no token needed)",
        Access::Report => "reporter, dpo, admin",
        Access::Read | Access::Gdpr => "dpo, admin",
        Access::Write => "admin",
    }
}

/// The statuses every route may answer with an error, and why.
const ERRORS: &[(&str, &str)] = &[
    (
        "400",
        "The request is malformed: a body, query or path parameter that does not parse (kind usage)",
    ),
    ("403", "The token's role may not do this (kind permission-denied)"),
    (
        "404",
        "No such object, or one of a tenant the token does not reach (kind not-found)",
    ),
    (
        "408",
        "The request body stopped arriving (see lmsctl serve --idle-timeout)",
    ),
    (
        "409",
        "The store refuses the change without an explicit flag (kind refused)",
    ),
    ("413", "The request body is over the limit (64 MiB)"),
    ("414", "The request line is over 8 KiB"),
    (
        "422",
        "The data is invalid or conflicts with the store (kind invalid-data)",
    ),
    (
        "431",
        "The request's header fields are too large (over 8 KiB each, 32 KiB or 100 fields in all)",
    ),
    (
        "503",
        "The store is busy or the server is stopping; try again (kind busy or unavailable)",
    ),
];

pub fn document() -> Value {
    let settings = || {
        SchemaSettings::draft2020_12().with(|settings| {
            settings.definitions_path = "/components/schemas".into();
            settings.meta_schema = None;
        })
    };
    // What the server reads and what it writes.
    let mut reads = settings().for_deserialize().into_generator();
    let mut writes = settings().for_serialize().into_generator();
    let error = writes.subschema_for::<wire::ErrorBody>();
    let operations: Vec<(&Route, Value)> = ENDPOINTS
        .iter()
        .map(|route| (*route, operation(route, &mut reads, &mut writes)))
        .collect();
    let (reads, writes) = (reads.take_definitions(true), writes.take_definitions(true));
    let differs = differing(&reads, &writes);
    let mut paths = Map::new();
    for (route, mut operation) in operations {
        rename_refs(&mut operation["responses"]["200"], &differs);
        let entry = paths
            .entry(format!("{BASE}{}", route.path))
            .or_insert_with(|| Value::Object(Map::new()));
        entry[route.method.lowercase()] = operation;
    }
    let mut responses = Map::new();
    responses.insert(
        "Error".into(),
        json!({ "description": "An error", "content": { "application/json": { "schema": error } } }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "lmsctl",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The REST API of `lmsctl serve`, which the remote store (`--store https://...`) uses. \
                Every route but this document needs `Authorization: Bearer TOKEN` (`lmsctl token create`). \
                Errors are `{\"error\": {\"kind\", \"message\", \"hint\"}}` with the HTTP status of their kind. \
                A wrong method answers 405 with `Allow`; failed authentications from one address are limited \
                (429 with `Retry-After`); slow or idle connections are closed (`lmsctl serve --header-timeout`, \
                `--idle-timeout`)."
        },
        "paths": paths,
        "security": [{ "bearer": [] }],
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": merge_definitions(reads, writes, &differs),
            "responses": responses,
        }
    })
}

fn operation(route: &Route, reads: &mut SchemaGenerator, writes: &mut SchemaGenerator) -> Value {
    let mut parameters = Vec::new();
    for name in route.params() {
        let schema = match name {
            "id" => route.id,
            other => param_type(other),
        };
        let schema = schema.map_or(Value::Bool(true), |schema| schema(reads).to_value());
        parameters.push(json!({ "name": name, "in": "path", "required": true, "schema": schema }));
    }
    for query in route.query {
        parameters.extend(query_parameters(query(reads)));
    }
    let (media, schema) = match route.answer {
        Answer::Json(answer) => ("application/json", answer(writes)),
        Answer::Ndjson(row) => ("application/x-ndjson", row(writes)),
    };
    let description = match route.answer {
        Answer::Json(_) => "The result",
        Answer::Ndjson(_) => {
            "One row per line (the schema of a row). An error after the first row ends the \
             stream with a line {\"error\": {...}}."
        }
    };
    let mut responses = Map::new();
    responses.insert(
        "200".into(),
        json!({ "description": description, "content": { media: { "schema": schema } } }),
    );
    if route.access != Access::Public {
        responses.insert(
            "401".into(),
            json!({
                "description": "No token, or one that is unknown, expired or revoked",
                "headers": { "WWW-Authenticate": { "required": true, "schema": { "type": "string" } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
            }),
        );
        responses.insert(
            "429".into(),
            json!({
                "description": "Too many failed authentications from this address: try again after Retry-After \
                    seconds (a valid token is still accepted)",
                "headers": { "Retry-After": { "required": true, "schema": { "type": "integer", "minimum": 1 } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
            }),
        );
    }
    for (status, why) in ERRORS {
        responses.insert(
            (*status).into(),
            json!({ "description": why, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } } }),
        );
    }
    responses.insert(
        "default".into(),
        json!({ "$ref": "#/components/responses/Error" }),
    );
    let mut operation = json!({
        "summary": route.summary,
        "description": format!("Roles: {}.", roles(route.access)),
        "parameters": parameters,
        "responses": responses,
    });
    if let Some(body) = route.body {
        operation["requestBody"] = json!({
            "required": true,
            "content": { "application/json": { "schema": body(reads) } }
        });
    }
    if route.access == Access::Public {
        operation["security"] = json!([]);
    }
    operation
}

/// The fields of a query-string type as parameters: optional unless the type
/// requires them; a query string has no `null`, so an optional field is one left out.
fn query_parameters(object: Schema) -> Vec<Value> {
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = object.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    properties
        .iter()
        .map(|(name, schema)| {
            let mut schema = without_null(schema.clone());
            let description = schema
                .as_object_mut()
                .and_then(|schema| schema.remove("description"));
            let mut parameter = json!({
                "name": name,
                "in": "query",
                "required": required.contains(&name.as_str()),
                "schema": schema,
            });
            if let Some(description) = description {
                parameter["description"] = description;
            }
            parameter
        })
        .collect()
}

/// A schema without its `null` alternative (`["string", "null"]` or `anyOf [X, null]`).
fn without_null(mut schema: Value) -> Value {
    let Some(object) = schema.as_object_mut() else {
        return schema;
    };
    if object.get("default") == Some(&Value::Null) {
        object.remove("default");
    }
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            object.insert("type".into(), only);
        }
    }
    let any_of = object.get("anyOf").and_then(Value::as_array).map(|alternatives| {
        alternatives
            .iter()
            .filter(|a| a.get("type").and_then(Value::as_str) != Some("null"))
            .cloned()
            .collect::<Vec<_>>()
    });
    if let Some(mut alternatives) = any_of {
        object.remove("anyOf");
        if alternatives.len() == 1 {
            if let Value::Object(only) = alternatives.remove(0) {
                object.extend(only);
            }
        } else {
            object.insert("anyOf".into(), Value::Array(alternatives));
        }
    }
    schema
}

/// The types whose written form differs from their read form: directly, or through
/// a type they refer to.
fn differing(reads: &Map<String, Value>, writes: &Map<String, Value>) -> Vec<String> {
    let mut differs: Vec<String> = Vec::new();
    loop {
        let more: Vec<String> = writes
            .iter()
            .filter(|(name, _)| !differs.contains(name))
            .filter(|(name, schema)| {
                let mut written = (*schema).clone();
                rename_refs(&mut written, &differs);
                reads.get(*name).is_some_and(|read| *read != written)
            })
            .map(|(name, _)| name.clone())
            .collect();
        if more.is_empty() {
            return differs;
        }
        differs.extend(more);
    }
}

/// One set of component schemas from what the server reads and what it writes. A type
/// that reads and writes alike is described once; one that differs (`differs`: a field
/// with a default is optional when read, always there when written) has its written
/// form under `NAME.out`, and the answers refer to that.
fn merge_definitions(
    reads: Map<String, Value>,
    writes: Map<String, Value>,
    differs: &[String],
) -> Map<String, Value> {
    let mut merged = reads;
    for (name, mut schema) in writes {
        rename_refs(&mut schema, differs);
        if differs.contains(&name) {
            merged.insert(format!("{name}.out"), schema);
        } else {
            merged.insert(name, schema);
        }
    }
    merged
}

/// Points the references to `names` at their written forms (`NAME.out`).
fn rename_refs(schema: &mut Value, names: &[String]) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get_mut("$ref")
                && let Some(name) = reference.strip_prefix("#/components/schemas/")
                && names.iter().any(|n| n == name)
            {
                *reference = format!("{reference}.out");
            }
            object.values_mut().for_each(|v| rename_refs(v, names));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename_refs(v, names)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use chrono::NaiveDate;

    use super::*;
    use crate::api;
    use crate::model::*;

    fn operation<'a>(document: &'a Value, route: &Route) -> &'a Value {
        &document["paths"][format!("{BASE}{}", route.path)][route.method.lowercase()]
    }

    fn parameters<'a>(operation: &'a Value, place: &str) -> Vec<&'a str> {
        operation["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["in"] == place)
            .map(|p| p["name"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn every_route_is_documented_with_its_parameters_body_and_answer() {
        let document = document();
        for route in ENDPOINTS {
            let label = format!("{} {}", route.method.as_str(), route.path);
            let operation = operation(&document, route);
            assert!(operation.is_object(), "{label}: not in the document");
            let path: Vec<&str> = route.params().collect();
            assert_eq!(parameters(operation, "path"), path, "{label}");
            for parameter in operation["parameters"].as_array().unwrap() {
                assert_ne!(
                    parameter["schema"],
                    Value::Bool(true),
                    "{label}: {parameter} has no type"
                );
            }
            let query = parameters(operation, "query");
            let unique: BTreeSet<&str> = query.iter().copied().collect();
            assert_eq!(unique.len(), query.len(), "{label}: a query parameter twice");
            assert_eq!(route.query.is_empty(), query.is_empty(), "{label}");
            assert_eq!(
                route.body.is_some(),
                operation["requestBody"]["content"]["application/json"]["schema"].is_object(),
                "{label}: request body"
            );
            let media = match route.answer {
                Answer::Json(_) => "application/json",
                Answer::Ndjson(_) => "application/x-ndjson",
            };
            // (`true` for an answer of any JSON, the GDPR export and this document.)
            assert!(
                !operation["responses"]["200"]["content"][media]["schema"].is_null(),
                "{label}: answer"
            );
            let public = route.access == Access::Public;
            assert_eq!(operation["responses"]["401"].is_null(), public, "{label}");
            assert_eq!(operation["responses"]["429"].is_null(), public, "{label}");
            assert_eq!(operation["security"] == json!([]), public, "{label}");
        }
    }

    #[test]
    fn every_reference_names_a_schema_of_the_document() {
        fn references<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
            match value {
                Value::Object(object) => {
                    if let Some(Value::String(reference)) = object.get("$ref") {
                        found.push(reference);
                    }
                    object.values().for_each(|v| references(v, found));
                }
                Value::Array(items) => items.iter().for_each(|v| references(v, found)),
                _ => {}
            }
        }
        let document = document();
        let mut found = Vec::new();
        references(&document, &mut found);
        assert!(found.len() > 100, "{} references", found.len());
        for reference in found {
            let target = document.pointer(reference.trim_start_matches('#'));
            assert!(target.is_some_and(Value::is_object), "{reference} leads nowhere");
        }
    }

    /// The query strings the remote store sends (serde_urlencoded, as reqwest's
    /// `query`) name exactly the documented parameters.
    #[test]
    fn the_query_strings_the_client_sends_are_the_documented_ones() {
        let document = document();
        let day = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let as_of = AsOf {
            date: day,
            expiring_within_days: 30,
        };
        let query = |parts: &[String]| -> BTreeSet<String> {
            parts
                .iter()
                .flat_map(|part| part.split('&'))
                .filter(|pair| !pair.is_empty())
                .map(|pair| pair.split('=').next().unwrap_or_default().to_owned())
                .collect()
        };
        let encode = |value: &dyn erased::Query| value.encode();
        let cases: Vec<(&Route, Vec<String>)> = vec![
            (
                &*api::REPORT_EXPIRING,
                vec![
                    encode(&wire::Children {
                        include_children: true,
                    }),
                    encode(&wire::Within { within_days: 30 }),
                    encode(&as_of),
                ],
            ),
            (
                &*api::REPORT_ACTIVE_USERS,
                vec![
                    encode(&wire::Children {
                        include_children: true,
                    }),
                    encode(&wire::PeriodQuery {
                        period: "2026-03".into(),
                        as_of: day,
                    }),
                ],
            ),
            (
                &*api::ENROLLMENTS,
                vec![
                    encode(&EnrollmentQuery {
                        course: Some("ARB".into()),
                        user: Some(UserSel::Id(1)),
                        status: Some(Status::Overdue),
                        limit: 5,
                        offset: 5,
                    }),
                    encode(&as_of),
                ],
            ),
            (
                &*api::USERS,
                vec![encode(&UserQuery {
                    status: Some(UserStatus::Active),
                    department: Some("Vertrieb".into()),
                    location: Some("Berlin".into()),
                    group: Some("g".into()),
                    search: Some("a".into()),
                    limit: 1,
                    offset: 1,
                })],
            ),
            (
                &*api::REQUESTS,
                vec![encode(&wire::RequestsQuery {
                    overdue_only: true,
                    as_of: day,
                })],
            ),
            (
                &*api::DELETE_TENANT,
                vec![encode(&wire::Deletion {
                    cascade: true,
                    dry_run: true,
                })],
            ),
        ];
        for (route, parts) in cases {
            let documented: BTreeSet<String> = parameters(operation(&document, route), "query")
                .into_iter()
                .map(str::to_owned)
                .collect();
            assert_eq!(query(&parts), documented, "{}", route.path);
        }
    }

    /// Encodes any query type, as reqwest does.
    mod erased {
        pub trait Query {
            fn encode(&self) -> String;
        }

        impl<T: serde::Serialize> Query for T {
            fn encode(&self) -> String {
                serde_urlencoded::to_string(self).unwrap()
            }
        }
    }

    /// The strings a schema allows (`enum`, or `const` alternatives).
    fn strings(schema: &Value) -> BTreeSet<String> {
        let alternatives = schema["oneOf"].as_array().into_iter().flatten();
        schema["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(alternatives.map(|a| &a["const"]))
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    }

    fn serialised<T: serde::Serialize>(values: &[T]) -> BTreeSet<String> {
        values
            .iter()
            .map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn serde_attributes_come_out_as_serde_writes_them() {
        let document = document();
        let schemas = &document["components"]["schemas"];
        // rename_all on enums: the schema allows exactly what serde writes.
        use clap::ValueEnum;
        assert_eq!(strings(&schemas["Status"]), serialised(Status::value_variants()));
        assert_eq!(strings(&schemas["UserField"]), serialised(&UserField::ALL));
        assert_eq!(
            strings(&schemas["CompletionField"]),
            serialised(&CompletionField::ALL)
        );
        assert_eq!(
            strings(&schemas["ImportMode"]),
            serialised(ImportMode::value_variants())
        );
        assert_eq!(strings(&schemas["Role"]), serialised(Role::value_variants()));
        assert_eq!(
            strings(&schemas["ErrorKind"]),
            serialised(&[
                crate::error::ErrorKind::Failure,
                crate::error::ErrorKind::NotFound,
                crate::error::ErrorKind::Usage,
                crate::error::ErrorKind::InvalidData,
                crate::error::ErrorKind::NoInput,
                crate::error::ErrorKind::Unavailable,
                crate::error::ErrorKind::Busy,
                crate::error::ErrorKind::PermissionDenied,
                crate::error::ErrorKind::Config,
                crate::error::ErrorKind::Refused,
            ])
        );
        // tag + content: {"kind": "on", "value": "2026-03-15"}.
        let due = serde_json::to_value(Due::On(NaiveDate::from_ymd_opt(2026, 3, 15).unwrap())).unwrap();
        let on = schemas["Due"]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["properties"]["kind"]["const"] == due["kind"])
            .unwrap();
        assert_eq!(on["required"], json!(["kind", "value"]));
        assert_eq!(on["properties"]["value"]["format"], "date");
        // An internally tagged enum: the tag is a property of each variant.
        let suspend = serde_json::to_value(Change::Suspend { user_id: 7 }).unwrap();
        assert!(schemas["Change"]["oneOf"].as_array().unwrap().iter().any(|v| {
            v["properties"]["op"]["const"] == suspend["op"] && v["required"] == json!(["op", "user_id"])
        }));
        // default: optional when read; skip_serializing_if: optional when written.
        assert!(schemas["UserQuery"].get("required").is_none());
        assert_eq!(schemas["Error"]["required"], json!(["kind", "message"]));
        // flatten: the flattened struct's fields are the outer one's.
        let created = &schemas["CreatedToken"]["properties"];
        assert!(
            created["secret"].is_object() && created["role"].is_object(),
            "{created}"
        );
        let detail = &schemas["GroupDetail"]["properties"];
        assert!(
            detail["member_list"].is_object() && detail["name"].is_object(),
            "{detail}"
        );
        // The hand-written forms: a selector and a period are strings, a row an
        // object of the user fields.
        assert_eq!(schemas["UserSel"]["type"], "string");
        assert_eq!(schemas["Period"]["type"], "string");
        let row: BTreeSet<String> = schemas["ImportRow"]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(row, UserField::ALL.iter().map(|f| f.name().to_owned()).collect());
    }

    #[test]
    fn written_forms_require_what_is_always_written() {
        let document = document();
        let schemas = &document["components"]["schemas"];
        // Read: old and new may be left out; written: they are always there (null or not).
        assert_eq!(schemas["FieldChange"]["required"], json!(["field"]));
        assert_eq!(
            schemas["FieldChange.out"]["required"],
            json!(["field", "old", "new"])
        );
        let plan_changes = operation(&document, &api::STAGE_PLAN_CHANGES);
        assert_eq!(
            plan_changes["requestBody"]["content"]["application/json"]["schema"]["items"]["$ref"],
            "#/components/schemas/Change"
        );
        let events = &schemas["ImportEvent_UserField"]["oneOf"][1]["properties"]["change"]["$ref"];
        assert_eq!(events, "#/components/schemas/Change.out");
    }
}
