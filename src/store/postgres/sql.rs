//! Queries with named parameters (`:as_of`), the way the status model and the report
//! queries are written for every SQL backend; PostgreSQL numbers them (`$1`).

use postgres::types::ToSql;

/// A parameter's name (without its colon) and value.
pub type Param<'a> = (&'a str, &'a (dyn ToSql + Sync));

/// `sql` with each `:name` of `params` numbered, and the values in that order. A
/// `::type` cast is left alone, and so is a name no parameter has.
pub fn named<'a>(sql: &str, params: &[Param<'a>]) -> (String, Vec<&'a (dyn ToSql + Sync)>) {
    let mut out = String::with_capacity(sql.len());
    let mut values: Vec<&'a (dyn ToSql + Sync)> = Vec::new();
    let mut numbers: Vec<(&str, usize)> = Vec::new();
    let mut rest = sql;
    while let Some(at) = rest.find(':') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let cast = after.starts_with(':') || out.ends_with(':');
        match params.iter().find(|(known, _)| *known == name) {
            Some((known, value)) if !cast && !name.is_empty() => {
                let number = match numbers.iter().find(|(n, _)| n == known) {
                    Some((_, number)) => *number,
                    None => {
                        values.push(*value);
                        numbers.push((known, values.len()));
                        values.len()
                    }
                };
                out.push('$');
                out.push_str(&number.to_string());
                rest = &after[name_len..];
            }
            _ => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_numbers_once_each_and_casts_stay() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let tenant = 7_i64;
        let (sql, values) = named(
            "SELECT :tenant, :as_of::date, x::text WHERE a <= :as_of AND b = ':as_of' || :unknown",
            &[("as_of", &day), ("tenant", &tenant)],
        );
        assert_eq!(
            sql,
            "SELECT $1, $2::date, x::text WHERE a <= $2 AND b = '$2' || :unknown"
        );
        assert_eq!(values.len(), 2);
    }
}
