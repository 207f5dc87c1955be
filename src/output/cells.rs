//! A row's fields as CSV cells, straight from its `Serialize` implementation: for the
//! flat records lmsctl lists (a million rows of `report overdue`), without building a
//! JSON value per row and without an allocation per cell (all cells of a row are
//! written into one reused buffer). Cells read as [`super::cell_text`] writes them from
//! JSON values, neutralised as [`super::neutralise`] does; a row with nested fields is
//! not handled here (the caller falls back).

use std::fmt::{Display, Write};

use serde::ser::{self, Impossible, Serialize};

/// The field names and cell texts of the row last filled.
#[derive(Debug, Default)]
pub struct Cells {
    pub names: Vec<&'static str>,
    /// The cells one after another; `ends[i]` is where cell `i` ends.
    text: String,
    ends: Vec<usize>,
}

impl Cells {
    /// Fills in `row`'s fields; false when the row is not a struct of plain values.
    pub fn fill<T: Serialize + ?Sized>(&mut self, row: &T) -> bool {
        self.names.clear();
        self.text.clear();
        self.ends.clear();
        row.serialize(Row(self)).is_ok()
    }

    /// The cells of the row last filled.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.ends.iter().scan(0, |start, &end| {
            let cell = &self.text[*start..end];
            *start = end;
            Some(cell)
        })
    }
}

#[derive(Debug)]
pub struct Nested;

impl std::fmt::Display for Nested {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a flat record")
    }
}

impl std::error::Error for Nested {}

impl ser::Error for Nested {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        Nested
    }
}

struct Row<'a>(&'a mut Cells);

macro_rules! nested {
    ($($name:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $name(self, $(_: $arg),*) -> Result<$ok, Nested> {
            Err(Nested)
        })*
    };
}

/// Methods that write their one argument as it displays.
macro_rules! displayed {
    ($($name:ident($arg:ty);)*) => {
        $(fn $name(self, v: $arg) -> Result<(), Nested> {
            self.display(v)
        })*
    };
}

impl<'a> ser::Serializer for Row<'a> {
    type Ok = ();
    type Error = Nested;
    type SerializeSeq = Impossible<(), Nested>;
    type SerializeTuple = Impossible<(), Nested>;
    type SerializeTupleStruct = Impossible<(), Nested>;
    type SerializeTupleVariant = Impossible<(), Nested>;
    type SerializeMap = Impossible<(), Nested>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Nested>;

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, Nested> {
        Ok(self)
    }

    nested! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Nested> {
        Err(Nested)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _value: &T,
    ) -> Result<(), Nested> {
        Err(Nested)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Nested> {
        Err(Nested)
    }
}

impl ser::SerializeStruct for Row<'_> {
    type Ok = ();
    type Error = Nested;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Nested> {
        let cells = &mut *self.0;
        let start = cells.text.len();
        value.serialize(Cell(&mut cells.text))?;
        if super::is_formula(&cells.text[start..]) {
            cells.text.insert(start, '\'');
        }
        cells.names.push(key);
        cells.ends.push(cells.text.len());
        Ok(())
    }

    fn end(self) -> Result<(), Nested> {
        Ok(())
    }
}

/// One field as cell text, appended to a row's buffer: plain values as JSON would
/// print them, `null` as empty, a list of plain values joined with commas.
struct Cell<'a>(&'a mut String);

impl Cell<'_> {
    fn display(self, value: impl Display) -> Result<(), Nested> {
        write!(self.0, "{value}").map_err(|_| Nested)
    }
}

impl<'a> ser::Serializer for Cell<'a> {
    type Ok = ();
    type Error = Nested;
    type SerializeSeq = List<'a>;
    type SerializeTuple = Impossible<(), Nested>;
    type SerializeTupleStruct = Impossible<(), Nested>;
    type SerializeTupleVariant = Impossible<(), Nested>;
    type SerializeMap = Impossible<(), Nested>;
    type SerializeStruct = Impossible<(), Nested>;
    type SerializeStructVariant = Impossible<(), Nested>;

    displayed! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
    }
    fn serialize_f32(self, v: f32) -> Result<(), Nested> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Nested> {
        // As serde_json prints it (a value it cannot hold is null: empty).
        match serde_json::Number::from_f64(v) {
            Some(n) => self.display(n),
            None => Ok(()),
        }
    }
    fn serialize_char(self, v: char) -> Result<(), Nested> {
        self.0.push(v);
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Nested> {
        self.0.push_str(v);
        Ok(())
    }
    /// Dates and the like, written in place (the default makes a `String` first).
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Nested> {
        self.display(value)
    }
    fn serialize_none(self) -> Result<(), Nested> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Nested> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Nested> {
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Nested> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Nested> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Nested> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Nested> {
        Err(Nested)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<List<'a>, Nested> {
        Ok(List {
            out: self.0,
            first: true,
        })
    }
    nested! {
        serialize_bytes(&[u8]) -> ();
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

/// A list of plain values, joined with commas.
struct List<'a> {
    out: &'a mut String,
    first: bool,
}

impl ser::SerializeSeq for List<'_> {
    type Ok = ();
    type Error = Nested;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Nested> {
        if !std::mem::take(&mut self.first) {
            self.out.push(',');
        }
        value.serialize(Cell(&mut *self.out))
    }

    fn end(self) -> Result<(), Nested> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Flat {
        name: &'static str,
        count: u64,
        rate: f64,
        whole: f64,
        missing: Option<String>,
        roles: Vec<&'static str>,
        ok: bool,
        day: chrono::NaiveDate,
    }

    #[derive(serde::Serialize)]
    struct Deep {
        inner: Flat,
    }

    fn flat() -> Flat {
        Flat {
            name: "=SUM(A1)",
            count: 3,
            rate: 33.8,
            whole: 100.0,
            missing: None,
            roles: vec!["learner", "admin"],
            ok: true,
            day: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        }
    }

    #[test]
    fn cells_read_as_from_json_values() {
        let mut cells = Cells::default();
        assert!(cells.fill(&flat()));
        let value = serde_json::to_value(flat()).unwrap();
        let from_json: Vec<String> = value
            .as_object()
            .unwrap()
            .values()
            .map(|v| super::super::neutralise(super::super::cell_text(v)))
            .collect();
        assert_eq!(cells.values().collect::<Vec<_>>(), from_json);
        assert_eq!(cells.values().next(), Some("'=SUM(A1)"));
        assert_eq!(
            cells.names,
            ["name", "count", "rate", "whole", "missing", "roles", "ok", "day"]
        );
    }

    #[test]
    fn nested_rows_are_left_to_json() {
        assert!(!Cells::default().fill(&Deep { inner: flat() }));
        assert!(!Cells::default().fill(&serde_json::json!({ "a": 1 })));
    }
}
