/*!
The REST API of `lmsctl serve`, shared by the server and the remote store: the
endpoints, who may call them, and how errors travel.

Each use case is one [`Endpoint`] of the table (`api/endpoints.rs`), declared once with
its method, path, access, summary and the types of its body and answer. The server's
router serves exactly the table ([`ENDPOINTS`]), the OpenAPI document describes it,
and the remote store can only send requests to its entries, with the body and answer
types their declarations name.

Every path lies under [`BASE`]. Tenant-scoped paths name the tenant
(`/api/v1/tenants/{tenant}/users`); a token reaches its own tenant and the tenants
below it, and any other tenant answers 404 as if it did not exist. An error is the
JSON form of [`crate::Error`] (kind, message, hint) with the HTTP status of its kind,
so the client rebuilds the same error and exits with the same code as a local store.
*/

mod endpoints;
pub mod wire;

use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator};

pub use endpoints::*;

use crate::error::{Error, ErrorKind, Result};
use crate::model::Role;

/// The prefix of every path.
pub const BASE: &str = "/api/v1";

/// The request header naming the day of a request, for a server that lets clients
/// name it (a fixed clock for tests and demos: `lmsctl serve` with `LMSCTL_TODAY=client`).
pub const DAY_HEADER: &str = "x-lmsctl-today";

/// The request header with which a client finishing an import says how long the
/// server may wait for another import of the tenant (its `--busy-timeout`, in
/// milliseconds), before it answers busy (exit 75); without it, the server's own.
pub const BUSY_HEADER: &str = "x-lmsctl-busy-timeout";

/// What an endpoint does, for role checks: reporters read reports, DPOs also read
/// everything else and run GDPR and audit commands, admins do everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No token needed: the OpenAPI document.
    Public,
    Report,
    Read,
    Gdpr,
    Write,
}

impl Access {
    pub fn allows(self, role: Role) -> bool {
        match role {
            Role::Admin => true,
            Role::Dpo => self != Access::Write,
            Role::Reporter => matches!(self, Access::Public | Access::Report),
        }
    }
}

/// The HTTP status an error of `kind` is sent with.
pub fn status_of(kind: ErrorKind) -> u16 {
    match kind {
        ErrorKind::NotFound => 404,
        ErrorKind::Usage => 400,
        ErrorKind::InvalidData => 422,
        ErrorKind::NoInput => 400,
        ErrorKind::Refused => 409,
        ErrorKind::PermissionDenied => 403,
        ErrorKind::Busy => 503,
        ErrorKind::Unavailable => 503,
        ErrorKind::Config => 500,
        ErrorKind::Failure => 500,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    /// As HTTP writes it (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// As the OpenAPI document writes it (`get`).
    pub fn lowercase(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
            Method::Put => "put",
            Method::Patch => "patch",
            Method::Delete => "delete",
        }
    }
}

/// A type's schema, written into a generator's definitions.
pub type Ty = fn(&mut SchemaGenerator) -> Schema;

/// The schema of `T` (a reference to it, for named types).
pub fn ty<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// The object schema of a query-string type, whose fields are the parameters.
pub fn fields<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    T::json_schema(generator)
}

/// What an endpoint answers with status 200.
#[derive(Clone, Copy)]
pub enum Answer {
    Json(Ty),
    /// One JSON object of this type per line (`application/x-ndjson`).
    Ndjson(Ty),
}

/// What the router, the document and the access check need to know of an endpoint,
/// whatever its types.
pub struct Route {
    pub method: Method,
    /// Under [`BASE`], with `{name}` for path parameters.
    pub path: &'static str,
    pub access: Access,
    pub summary: &'static str,
    /// The type of an `{id}` in the path; the other parameters have one type on
    /// every path ([`param_type`]).
    pub id: Option<Ty>,
    /// The query string: the fields of these types.
    pub query: &'static [Ty],
    pub body: Option<Ty>,
    pub answer: Answer,
}

impl Route {
    /// Whether a request path (under BASE) is an instance of this one.
    pub fn matches(&self, path: &str) -> bool {
        let (mut t, mut p) = (self.path.split('/'), path.split('/'));
        loop {
            match (t.next(), p.next()) {
                (None, None) => return true,
                (Some(t), Some(p)) if (t.starts_with('{') && !p.is_empty()) || t == p => {}
                _ => return false,
            }
        }
    }

    /// The tenant a request path (an instance of this one) names, if it is tenant-scoped.
    pub fn tenant_in(&self, path: &str) -> Option<String> {
        self.path
            .split('/')
            .zip(path.split('/'))
            .find(|(t, _)| *t == "{tenant}")
            .map(|(_, p)| p.to_owned())
    }

    /// The names of the path's parameters, in order.
    pub fn params(&self) -> impl Iterator<Item = &'static str> {
        self.path
            .split('/')
            .filter_map(|part| part.strip_prefix('{')?.strip_suffix('}'))
    }

    /// The segments of the path (under BASE) with its parameters given their `values`,
    /// in order; the client percent-encodes each segment.
    pub fn segments<'a>(&self, values: &[&'a str]) -> Result<Vec<&'a str>> {
        let wanted = self.params().count();
        if wanted != values.len() {
            return Err(Error::failure(format!(
                "{} {} takes {wanted} path parameters, not {}",
                self.method.as_str(),
                self.path,
                values.len()
            )));
        }
        let mut values = values.iter();
        Ok(self
            .path
            .split('/')
            .filter(|part| !part.is_empty())
            .map(|part| match part.starts_with('{') {
                true => values.next().copied().unwrap_or_default(),
                false => part,
            })
            .collect())
    }
}

/// The routes whose path a request path (under BASE) is an instance of.
pub fn routes_for(path: &str) -> impl Iterator<Item = &'static Route> + '_ {
    ENDPOINTS.iter().copied().filter(move |route| route.matches(path))
}

/// The type of a path parameter other than `{id}`.
pub fn param_type(name: &str) -> Option<Ty> {
    match name {
        "tenant" => Some(ty::<String>),
        "user" => Some(ty::<crate::model::UserSel>),
        "group" | "code" | "serial" => Some(ty::<String>),
        _ => None,
    }
}

/// One use case of the API: its [`Route`], with the type `B` of its request body
/// ([`NoBody`] for none) and the type `A` of its answer ([`Ndjson`] for a stream).
/// Only this module makes them: whoever holds one holds an entry of the table.
pub struct Endpoint<B, A> {
    route: Route,
    types: PhantomData<fn(B) -> A>,
}

impl<B, A> std::ops::Deref for Endpoint<B, A> {
    type Target = Route;

    fn deref(&self) -> &Route {
        &self.route
    }
}

/// The body of an endpoint that takes none.
pub struct NoBody;

/// A request body type: its schema, none for [`NoBody`].
pub trait Body {
    const SCHEMA: Option<Ty>;
}

impl<T: JsonSchema> Body for T {
    const SCHEMA: Option<Ty> = Some(ty::<T>);
}

impl Body for NoBody {
    const SCHEMA: Option<Ty> = None;
}

/// An answer of rows of type `R`, one JSON object per line.
pub struct Ndjson<R>(PhantomData<R>);

/// An answer type: how it is sent, with its schema.
pub trait Answers {
    const ANSWER: Answer;
}

impl<T: JsonSchema> Answers for T {
    const ANSWER: Answer = Answer::Json(ty::<T>);
}

impl<R: JsonSchema> Answers for Ndjson<R> {
    const ANSWER: Answer = Answer::Ndjson(ty::<R>);
}

const fn endpoint<B: Body, A: Answers>(
    method: Method,
    path: &'static str,
    access: Access,
    summary: &'static str,
) -> Endpoint<B, A> {
    Endpoint {
        route: Route {
            method,
            path,
            access,
            summary,
            id: None,
            query: &[],
            body: B::SCHEMA,
            answer: A::ANSWER,
        },
        types: PhantomData,
    }
}

const fn get<A: Answers>(path: &'static str, access: Access, summary: &'static str) -> Endpoint<NoBody, A> {
    endpoint(Method::Get, path, access, summary)
}

const fn post<B: Body, A: Answers>(
    path: &'static str,
    access: Access,
    summary: &'static str,
) -> Endpoint<B, A> {
    endpoint(Method::Post, path, access, summary)
}

const fn put<B: Body, A: Answers>(
    path: &'static str,
    access: Access,
    summary: &'static str,
) -> Endpoint<B, A> {
    endpoint(Method::Put, path, access, summary)
}

const fn patch<B: Body, A: Answers>(
    path: &'static str,
    access: Access,
    summary: &'static str,
) -> Endpoint<B, A> {
    endpoint(Method::Patch, path, access, summary)
}

const fn delete<B: Body, A: Answers>(
    path: &'static str,
    access: Access,
    summary: &'static str,
) -> Endpoint<B, A> {
    endpoint(Method::Delete, path, access, summary)
}

impl<B, A> Endpoint<B, A> {
    const fn id(mut self, id: Ty) -> Self {
        self.route.id = Some(id);
        self
    }

    const fn query(mut self, query: &'static [Ty]) -> Self {
        self.route.query = query;
        self
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn roles_reach_what_the_contract_says() {
        let reach = |role| {
            [Access::Report, Access::Read, Access::Gdpr, Access::Write]
                .into_iter()
                .filter(|a| a.allows(role))
                .collect::<Vec<_>>()
        };
        assert_eq!(reach(Role::Reporter), [Access::Report]);
        assert_eq!(reach(Role::Dpo), [Access::Report, Access::Read, Access::Gdpr]);
        assert_eq!(
            reach(Role::Admin),
            [Access::Report, Access::Read, Access::Gdpr, Access::Write]
        );
    }

    #[test]
    fn every_endpoint_is_listed_once_with_typed_parameters() {
        let listed: BTreeSet<(Method, &str)> = ENDPOINTS.iter().map(|r| (r.method, r.path)).collect();
        assert_eq!(listed.len(), ENDPOINTS.len(), "an endpoint is listed twice");
        for route in ENDPOINTS {
            for name in route.params() {
                let typed = match name {
                    "id" => route.id.is_some(),
                    other => param_type(other).is_some(),
                };
                assert!(
                    typed,
                    "{} {}: {{{name}}} has no type",
                    route.method.as_str(),
                    route.path
                );
            }
            assert!(
                route.method != Method::Get || route.body.is_none(),
                "{}: a GET with a body",
                route.path
            );
        }
    }

    #[test]
    fn paths_are_filled_and_matched_segment_by_segment() {
        let segments = USER.segments(&["acme", "a/b"]).unwrap();
        assert_eq!(segments, ["tenants", "acme", "users", "a/b"]);
        assert!(USER.segments(&["acme"]).is_err());
        assert!(USER.matches("/tenants/acme/users/id:7"));
        assert!(!USER.matches("/tenants/acme/users/"));
        assert!(!USER.matches("/tenants/acme/users/7/status"));
        assert_eq!(USER.tenant_in("/tenants/acme/users/7"), Some("acme".to_owned()));
        assert_eq!(TOKENS.tenant_in("/tokens"), None);
        let both: Vec<Method> = routes_for("/tenants/acme").map(|r| r.method).collect();
        assert_eq!(both, [Method::Get, Method::Patch, Method::Delete]);
    }
}
