//! The rule language behind rule groups.
//!
//! A rule group's membership is not a list of users but a boolean rule over
//! user attributes, for example
//! `department = "Vertrieb" and location in ("Köln", "Berlin")`.
//! This module parses such rules into an [`Expr`] tree, validates them and
//! prints them back in a canonical form. It knows nothing about storage:
//! compiling a rule to SQL lives in `store::sqlite::rule_sql`.
//!
//! # Grammar
//!
//! ```text
//! rule   := or END
//! or     := and ("or" and)*
//! and    := unary ("and" unary)*
//! unary  := "not" unary | "(" or ")" | cmp
//! cmp    := FIELD OP STRING
//!         | FIELD ["not"] "in" "(" STRING ("," STRING)* ")"
//! OP     := "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">="
//!         | "contains" | "starts_with" | "ends_with"
//! FIELD  := department | location | locale | status | external_id | email
//!         | first_name | last_name | start_date | role
//! STRING := a "double-quoted" or 'single-quoted' string; the escapes
//!           \" \' and \\ stand for the character after the backslash
//! ```
//!
//! `not` binds tighter than `and`, which binds tighter than `or`, so
//! `a or b and c` means `a or (b and c)`.
//!
//! Keywords and field names are case-insensitive and `-` may be written for
//! `_` (`external-id`, `starts-with`). Any Unicode whitespace separates
//! tokens, including the non-breaking space U+00A0 that word processors like
//! to insert. String values are kept exactly as written (no trimming, no case
//! folding) except that they are NFC-normalised, so a `Köln` typed with a
//! combining diaeresis equals the precomposed one.
//!
//! # Validation
//!
//! Rules are checked when parsed, so a stored rule can never fail later:
//! - `<`, `<=`, `>` and `>=` are only allowed on `start_date`;
//! - every `start_date` value must be a real date written `YYYY-MM-DD`;
//! - every `status` value must be `active`, `suspended` or `erased` (any case);
//! - every `role` value must be one non-empty role name without commas,
//!   because roles are stored as a comma-separated list;
//! - nesting is limited to [`MAX_DEPTH`] levels so hostile input cannot
//!   overflow the stack of the recursive parser, printer or SQL compiler.

use std::fmt;
use std::str::FromStr;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Maximum nesting of `and`/`or`/`not`/parentheses in one rule.
pub const MAX_DEPTH: usize = 256;

/// The values a `status` comparison may use; anything else could never match.
const STATUSES: [&str; 3] = ["active", "suspended", "erased"];

/// Error texts quote at most this many characters of the offending input.
const MAX_QUOTED_CHARS: usize = 40;

/// A user attribute a rule can test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Department,
    Location,
    Locale,
    Status,
    ExternalId,
    Email,
    FirstName,
    LastName,
    StartDate,
    /// One of the user's roles (users may hold several).
    Role,
}

impl Field {
    /// Every field, in the order error messages list them.
    pub const ALL: [Field; 10] = [
        Field::Department,
        Field::Location,
        Field::Locale,
        Field::Status,
        Field::ExternalId,
        Field::Email,
        Field::FirstName,
        Field::LastName,
        Field::StartDate,
        Field::Role,
    ];

    /// The canonical `snake_case` name used in rules.
    pub fn name(self) -> &'static str {
        match self {
            Field::Department => "department",
            Field::Location => "location",
            Field::Locale => "locale",
            Field::Status => "status",
            Field::ExternalId => "external_id",
            Field::Email => "email",
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::StartDate => "start_date",
            Field::Role => "role",
        }
    }

    /// Looks a field up by name, case-insensitively and with `-` for `_`,
    /// so `External-Id` finds [`Field::ExternalId`].
    pub fn from_name(name: &str) -> Option<Field> {
        let wanted = normalize_word(name);
        Field::ALL.into_iter().find(|field| field.name() == wanted)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Contains,
    StartsWith,
    EndsWith,
}

impl Op {
    /// The canonical spelling used when printing a rule.
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Contains => "contains",
            Op::StartsWith => "starts_with",
            Op::EndsWith => "ends_with",
        }
    }

    /// Whether this is `<`, `<=`, `>` or `>=`, which only make sense on dates.
    pub fn is_ordering(self) -> bool {
        matches!(self, Op::Lt | Op::Le | Op::Gt | Op::Ge)
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A parsed rule expression. String values are NFC-normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// `field op "value"`.
    Cmp {
        field: Field,
        op: Op,
        value: String,
    },
    /// `field in (...)`, or `field not in (...)` when `negated`.
    In {
        field: Field,
        values: Vec<String>,
        negated: bool,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
}

/// Binding strength used to print the fewest parentheses that keep meaning.
const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_UNARY: u8 = 3;

impl Expr {
    fn precedence(&self) -> u8 {
        match self {
            Expr::Or(..) => PREC_OR,
            Expr::And(..) => PREC_AND,
            Expr::Cmp { .. } | Expr::In { .. } | Expr::Not(_) => PREC_UNARY,
        }
    }

    /// Writes `self`, parenthesised if it binds looser than `min`.
    ///
    /// `and`/`or` parse left-associatively, so a right operand of the same
    /// kind needs parentheses to come back as the same tree.
    fn write(&self, f: &mut fmt::Formatter<'_>, min: u8) -> fmt::Result {
        let parens = self.precedence() < min;
        if parens {
            f.write_str("(")?;
        }
        match self {
            Expr::Cmp { field, op, value } => {
                write!(f, "{field} {op} {}", Quoted(value))?;
            }
            Expr::In {
                field,
                values,
                negated,
            } => {
                let keyword = if *negated { "not in" } else { "in" };
                write!(f, "{field} {keyword} (")?;
                for (i, value) in values.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", Quoted(value))?;
                }
                f.write_str(")")?;
            }
            Expr::And(lhs, rhs) => {
                lhs.write(f, PREC_AND)?;
                f.write_str(" and ")?;
                rhs.write(f, PREC_UNARY)?;
            }
            Expr::Or(lhs, rhs) => {
                lhs.write(f, PREC_OR)?;
                f.write_str(" or ")?;
                rhs.write(f, PREC_AND)?;
            }
            Expr::Not(inner) => {
                f.write_str("not ")?;
                inner.write(f, PREC_UNARY)?;
            }
        }
        if parens {
            f.write_str(")")?;
        }
        Ok(())
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, PREC_OR)
    }
}

/// A validated rule. Only obtainable by parsing, so every `Rule` satisfies the
/// checks listed in the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    expr: Expr,
}

impl Rule {
    /// The rule's expression tree.
    pub fn expr(&self) -> &Expr {
        &self.expr
    }
}

impl FromStr for Rule {
    type Err = RuleError;

    fn from_str(source: &str) -> Result<Self, Self::Err> {
        Parser::new(source).parse_rule().map(|expr| Rule { expr })
    }
}

/// Prints the canonical form: lowercase keywords, canonical field and
/// operator names, double-quoted strings and minimal parentheses. Parsing the
/// output yields an equal `Rule`.
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.expr.fmt(f)
    }
}

/// Why a rule could not be parsed, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at column {column})")]
pub struct RuleError {
    /// 1-based position of the offending token, counted in characters (not
    /// bytes) so it matches what the user sees. One past the last character
    /// when the rule ended too early.
    pub column: usize,
    /// What was expected and what was found.
    pub message: String,
}

impl RuleError {
    fn new(column: usize, message: impl Into<String>) -> Self {
        RuleError {
            column,
            message: message.into(),
        }
    }

    /// Formats the error for a terminal as three lines (no trailing newline):
    /// the message, the rule source, and a `^` under the offending column.
    ///
    /// Whitespace and control characters in the source are shown as single
    /// spaces so the caret lines up and the output stays three lines long;
    /// combining marks take no room in the caret line for the same reason.
    pub fn render(&self, source: &str) -> String {
        let shown: String = source
            .chars()
            .map(|c| {
                if c.is_whitespace() || c.is_control() {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let padding: String = source
            .chars()
            .take(self.column.saturating_sub(1))
            .filter(|c| !is_combining_mark(*c))
            .map(|_| ' ')
            .collect();
        format!("{}\n{shown}\n{padding}^", self.message)
    }
}

/// Writes a string as a double-quoted rule literal, escaping `"` and `\`.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            if c == '"' || c == '\\' {
                f.write_str("\\")?;
            }
            write!(f, "{c}")?;
        }
        f.write_str("\"")
    }
}

/// Cuts long input down so error messages stay readable.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_QUOTED_CHARS {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(MAX_QUOTED_CHARS - 3).collect();
        cut.push_str("...");
        cut
    }
}

/// A value as error messages quote it.
fn quoted(value: &str) -> String {
    shorten(&Quoted(value).to_string())
}

/// Lowercases a word and maps `-` to `_` for keyword and field comparison.
fn normalize_word(word: &str) -> String {
    word.to_lowercase().replace('-', "_")
}

/// Separators: Unicode whitespace (includes U+00A0) plus the invisible
/// characters that copy-paste from documents tends to carry along.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

// ---------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A field name or keyword, as written.
    Word(String),
    /// A string literal's value: unescaped and NFC-normalised.
    Str(String),
    /// `=`, `!=`, `<`, ... (word operators arrive as [`Tok::Word`]).
    Sym(Op),
    LParen,
    RParen,
    Comma,
    End,
    /// The input could not be tokenised here; reported only if the parser
    /// gets this far, so errors come out in source order.
    Invalid(RuleError),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    /// 1-based character column of the token's first character.
    column: usize,
    /// The token exactly as written, for error messages.
    text: String,
}

/// Splits `source` into tokens. The result always ends with exactly one
/// [`Tok::End`] or [`Tok::Invalid`].
fn lex(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        let start = i;
        let column = i + 1;
        let next = chars.get(i + 1).copied();
        let tok = match c {
            '(' => Ok((Tok::LParen, 1)),
            ')' => Ok((Tok::RParen, 1)),
            ',' => Ok((Tok::Comma, 1)),
            '=' if next == Some('=') => Ok((Tok::Sym(Op::Eq), 2)),
            '=' => Ok((Tok::Sym(Op::Eq), 1)),
            '!' if next == Some('=') => Ok((Tok::Sym(Op::Ne), 2)),
            '<' if next == Some('=') => Ok((Tok::Sym(Op::Le), 2)),
            '<' if next == Some('>') => Ok((Tok::Sym(Op::Ne), 2)),
            '<' => Ok((Tok::Sym(Op::Lt), 1)),
            '>' if next == Some('=') => Ok((Tok::Sym(Op::Ge), 2)),
            '>' => Ok((Tok::Sym(Op::Gt), 1)),
            '"' | '\'' => lex_string(&chars, i).map(|(value, len)| (Tok::Str(value), len)),
            c if is_word_char(c) => {
                let len = chars[i..].iter().take_while(|c| is_word_char(**c)).count();
                let word = chars[i..i + len].iter().collect();
                Ok((Tok::Word(word), len))
            }
            other => Err(unexpected_char(other, column)),
        };
        match tok {
            Ok((tok, len)) => {
                i += len;
                let text = chars[start..i].iter().collect();
                tokens.push(Token { tok, column, text });
            }
            Err(error) => {
                tokens.push(Token {
                    column: error.column,
                    tok: Tok::Invalid(error),
                    text: String::new(),
                });
                return tokens;
            }
        }
    }
    tokens.push(Token {
        tok: Tok::End,
        column: chars.len() + 1,
        text: String::new(),
    });
    tokens
}

/// Reads the string literal whose opening quote is at `start`; returns its
/// NFC-normalised value and its length in characters including quotes.
fn lex_string(chars: &[char], start: usize) -> Result<(String, usize), RuleError> {
    let quote = chars[start];
    let unterminated = || {
        RuleError::new(
            start + 1,
            format!(
                "unterminated string: expected a closing {quote} for the string starting here, \
                 found the end of the rule"
            ),
        )
    };
    let mut value = String::new();
    let mut i = start + 1;
    loop {
        match chars.get(i).copied() {
            None => return Err(unterminated()),
            Some(c) if c == quote => break,
            Some('\\') => match chars.get(i + 1).copied() {
                Some(escaped @ ('"' | '\'' | '\\')) => {
                    value.push(escaped);
                    i += 2;
                }
                None => return Err(unterminated()),
                Some(other) => {
                    return Err(RuleError::new(
                        i + 1,
                        format!("unknown escape '\\{other}' in a string; expected \\\", \\' or \\\\"),
                    ));
                }
            },
            Some(c) => {
                value.push(c);
                i += 1;
            }
        }
    }
    Ok((value.nfc().collect(), i + 1 - start))
}

/// Explains a character that cannot start a token, with a hint where the
/// likely intent is obvious.
fn unexpected_char(c: char, column: usize) -> RuleError {
    let hint = match c {
        '!' => "; did you mean '!='?",
        '&' | '|' => "; combine conditions with 'and', 'or' and 'not'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{00ab}'
        | '\u{00bb}' | '\u{2039}' | '\u{203a}' | '`' | '\u{00b4}' => {
            "; put values in straight quotes: \"...\" or '...'"
        }
        _ => "",
    };
    let shown = if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("'{c}'")
    };
    RuleError::new(
        column,
        format!("expected a field name, operator, value or parenthesis, found {shown}{hint}"),
    )
}

// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------

struct Parser {
    /// Never empty; ends with [`Tok::End`] or [`Tok::Invalid`].
    tokens: Vec<Token>,
    /// Index of the current token; never moves past the last token.
    pos: usize,
    /// Current recursion depth through `not` and `(`, bounded by [`MAX_DEPTH`].
    nesting: usize,
    /// Currently open parentheses, to tell a stray `)` from a misplaced one.
    open_parens: usize,
}

/// How `found ...` describes a token in error messages.
fn describe(token: &Token) -> String {
    match token.tok {
        Tok::End => "the end of the rule".to_owned(),
        Tok::Str(_) => shorten(&token.text),
        _ => format!("'{}'", shorten(&token.text)),
    }
}

fn stray_close(column: usize) -> RuleError {
    RuleError::new(
        column,
        "unbalanced parenthesis: expected a condition, 'and', 'or' or the end of the \
         rule, found ')' without a matching '('",
    )
}

fn too_deep(column: usize) -> RuleError {
    RuleError::new(
        column,
        format!(
            "rule is nested too deeply: expected at most {MAX_DEPTH} levels of \
             'and', 'or', 'not' and parentheses; use 'in (...)' for long lists"
        ),
    )
}

impl Parser {
    fn new(source: &str) -> Self {
        Parser {
            tokens: lex(source),
            pos: 0,
            nesting: 0,
            open_parens: 0,
        }
    }

    /// The current token, or the lexer's error if tokenising failed here.
    fn peek(&self) -> Result<&Token, RuleError> {
        let token = &self.tokens[self.pos];
        match &token.tok {
            Tok::Invalid(error) => Err(error.clone()),
            _ => Ok(token),
        }
    }

    /// Returns the current token and moves on (but never past the end).
    fn bump(&mut self) -> Result<Token, RuleError> {
        let token = self.peek()?.clone();
        if token.tok != Tok::End {
            self.pos += 1;
        }
        Ok(token)
    }

    /// Whether the current token is the (normalised) keyword `keyword`.
    fn at_keyword(&self, keyword: &str) -> Result<bool, RuleError> {
        Ok(matches!(&self.peek()?.tok, Tok::Word(w) if normalize_word(w) == keyword))
    }

    fn parse_rule(&mut self) -> Result<Expr, RuleError> {
        if self.peek()?.tok == Tok::End {
            return Err(RuleError::new(
                1,
                "empty rule: expected a condition such as department = \"Sales\"",
            ));
        }
        let (expr, _) = self.parse_or()?;
        let token = self.peek()?;
        match token.tok {
            Tok::End => Ok(expr),
            Tok::RParen => Err(stray_close(token.column)),
            _ => Err(RuleError::new(
                token.column,
                format!(
                    "expected 'and', 'or' or the end of the rule, found {}",
                    describe(token)
                ),
            )),
        }
    }

    /// `or := and ("or" and)*`; returns the expression and its tree depth.
    fn parse_or(&mut self) -> Result<(Expr, usize), RuleError> {
        let (mut expr, mut depth) = self.parse_and()?;
        while self.at_keyword("or")? {
            let keyword = self.bump()?;
            let (rhs, rhs_depth) = self.parse_and()?;
            depth = depth.max(rhs_depth) + 1;
            if depth > MAX_DEPTH {
                return Err(too_deep(keyword.column));
            }
            expr = Expr::Or(Box::new(expr), Box::new(rhs));
        }
        Ok((expr, depth))
    }

    /// `and := unary ("and" unary)*`; returns the expression and its depth.
    fn parse_and(&mut self) -> Result<(Expr, usize), RuleError> {
        let (mut expr, mut depth) = self.parse_unary()?;
        while self.at_keyword("and")? {
            let keyword = self.bump()?;
            let (rhs, rhs_depth) = self.parse_unary()?;
            depth = depth.max(rhs_depth) + 1;
            if depth > MAX_DEPTH {
                return Err(too_deep(keyword.column));
            }
            expr = Expr::And(Box::new(expr), Box::new(rhs));
        }
        Ok((expr, depth))
    }

    /// Runs `parse` one nesting level deeper, refusing to recurse without
    /// bound on input like `((((...` or `not not not ...`.
    fn nested<T>(
        &mut self,
        column: usize,
        parse: impl FnOnce(&mut Self) -> Result<T, RuleError>,
    ) -> Result<T, RuleError> {
        if self.nesting >= MAX_DEPTH {
            return Err(too_deep(column));
        }
        self.nesting += 1;
        let result = parse(self);
        self.nesting -= 1;
        result
    }

    /// `unary := "not" unary | "(" or ")" | cmp`
    fn parse_unary(&mut self) -> Result<(Expr, usize), RuleError> {
        if self.at_keyword("not")? {
            let keyword = self.bump()?;
            let (inner, depth) = self.nested(keyword.column, Self::parse_unary)?;
            if depth + 1 > MAX_DEPTH {
                return Err(too_deep(keyword.column));
            }
            return Ok((Expr::Not(Box::new(inner)), depth + 1));
        }
        if self.peek()?.tok == Tok::LParen {
            let open = self.bump()?;
            self.open_parens += 1;
            let inner = self.nested(open.column, Self::parse_or)?;
            self.open_parens -= 1;
            let token = self.peek()?;
            return match token.tok {
                Tok::RParen => {
                    self.bump()?;
                    Ok(inner)
                }
                Tok::End => Err(RuleError::new(
                    open.column,
                    "unbalanced parenthesis: expected a ')' to close this '(', \
                     found the end of the rule",
                )),
                _ => Err(RuleError::new(
                    token.column,
                    format!("expected 'and', 'or' or ')', found {}", describe(token)),
                )),
            };
        }
        self.parse_cmp().map(|expr| (expr, 1))
    }

    /// `cmp := FIELD OP STRING | FIELD ["not"] "in" "(" STRING ("," STRING)* ")"`
    fn parse_cmp(&mut self) -> Result<Expr, RuleError> {
        let token = self.peek()?.clone();
        let field = match &token.tok {
            Tok::Word(word) if !is_keyword(word) => {
                Field::from_name(word).ok_or_else(|| unknown_field(&token))?
            }
            Tok::RParen if self.open_parens == 0 => return Err(stray_close(token.column)),
            _ => {
                return Err(RuleError::new(
                    token.column,
                    format!(
                        "expected a condition (a field name, 'not' or '('), found {}",
                        describe(&token)
                    ),
                ));
            }
        };
        self.bump()?;

        let op_token = self.peek()?.clone();
        let op = match &op_token.tok {
            Tok::Sym(op) => Some(*op),
            Tok::Word(word) => match normalize_word(word).as_str() {
                "contains" => Some(Op::Contains),
                "starts_with" => Some(Op::StartsWith),
                "ends_with" => Some(Op::EndsWith),
                "in" => {
                    self.bump()?;
                    return self.parse_list(field, false, &op_token);
                }
                "not" => {
                    self.bump()?;
                    if !self.at_keyword("in")? {
                        let found = self.peek()?;
                        return Err(RuleError::new(
                            found.column,
                            format!("expected 'in' after 'not', found {}", describe(found)),
                        ));
                    }
                    let in_token = self.bump()?;
                    return self.parse_list(field, true, &in_token);
                }
                _ => None,
            },
            _ => None,
        };
        let Some(op) = op else {
            return Err(RuleError::new(
                op_token.column,
                format!(
                    "expected an operator after '{field}' (=, !=, <, <=, >, >=, contains, \
                     starts_with, ends_with, in or not in), found {}",
                    describe(&op_token)
                ),
            ));
        };
        if op.is_ordering() && field != Field::StartDate {
            return Err(RuleError::new(
                op_token.column,
                format!(
                    "'{}' only works on start_date; expected =, !=, contains, starts_with, \
                     ends_with or in for {field}",
                    op_token.text
                ),
            ));
        }
        self.bump()?;
        let value = self.parse_value(field, &op_token.text)?;
        Ok(Expr::Cmp { field, op, value })
    }

    /// The `("a", "b")` part of `field [not] in (...)`; `keyword` is the `in`.
    fn parse_list(&mut self, field: Field, negated: bool, keyword: &Token) -> Result<Expr, RuleError> {
        let open = self.peek()?.clone();
        if open.tok != Tok::LParen {
            return Err(RuleError::new(
                open.column,
                format!("expected '(' after '{}', found {}", keyword.text, describe(&open)),
            ));
        }
        self.bump()?;
        let mut values = Vec::new();
        let mut after = "(";
        loop {
            values.push(self.parse_value(field, after)?);
            let token = self.peek()?;
            match token.tok {
                Tok::Comma => after = ",",
                Tok::RParen => break,
                Tok::End => {
                    return Err(RuleError::new(
                        open.column,
                        "unbalanced parenthesis: expected a ')' to close the list opened \
                         here, found the end of the rule",
                    ));
                }
                _ => {
                    return Err(RuleError::new(
                        token.column,
                        format!("expected ',' or ')' in the list, found {}", describe(token)),
                    ));
                }
            }
            self.bump()?;
        }
        self.bump()?;
        Ok(Expr::In {
            field,
            values,
            negated,
        })
    }

    /// A quoted value following `after`, checked against `field`'s rules.
    fn parse_value(&mut self, field: Field, after: &str) -> Result<String, RuleError> {
        let token = self.peek()?.clone();
        match token.tok {
            Tok::Str(value) => {
                check_value(field, &value).map_err(|m| RuleError::new(token.column, m))?;
                self.bump()?;
                Ok(value)
            }
            Tok::Word(word) => Err(RuleError::new(
                token.column,
                format!(
                    "expected a value in quotes after '{after}', found '{}'; \
                     hint: put values in double quotes, e.g. {}",
                    shorten(&word),
                    quoted(&word)
                ),
            )),
            _ => Err(RuleError::new(
                token.column,
                format!(
                    "expected a value in quotes after '{after}', found {}",
                    describe(&token)
                ),
            )),
        }
    }
}

/// Keywords cannot be field names; saying "unknown field 'and'" would mislead.
fn is_keyword(word: &str) -> bool {
    matches!(
        normalize_word(word).as_str(),
        "and" | "or" | "not" | "in" | "contains" | "starts_with" | "ends_with"
    )
}

fn unknown_field(token: &Token) -> RuleError {
    let known: Vec<&str> = Field::ALL.iter().map(|field| field.name()).collect();
    RuleError::new(
        token.column,
        format!(
            "unknown field '{}'; known fields: {}",
            shorten(&token.text),
            known.join(", ")
        ),
    )
}

/// Field-specific value checks; returns the message on failure.
fn check_value(field: Field, value: &str) -> Result<(), String> {
    match field {
        Field::Status => {
            if STATUSES.iter().any(|s| s.eq_ignore_ascii_case(value)) {
                Ok(())
            } else {
                Err(format!(
                    "expected a status (one of: {}), found {}",
                    STATUSES.join(", "),
                    quoted(value)
                ))
            }
        }
        Field::StartDate => check_date(value),
        Field::Role if value.is_empty() => Err("expected a role name, found an empty string".to_owned()),
        Field::Role if value.contains(',') => Err(format!(
            "expected a single role name, found {} with a comma; \
             use role in (\"a\", \"b\") for several roles",
            quoted(value)
        )),
        _ => Ok(()),
    }
}

/// Checks that `value` is a real calendar date written `YYYY-MM-DD`, so that
/// comparing the stored `YYYY-MM-DD` text orders dates correctly.
fn check_date(value: &str) -> Result<(), String> {
    let bytes = value.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(format!(
            "expected a date as \"YYYY-MM-DD\" for start_date, found {}",
            quoted(value)
        ));
    }
    let number = |digits: &[u8]| digits.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let (year, month, day) = (number(&bytes[0..4]), number(&bytes[5..7]), number(&bytes[8..10]));
    if !(1..=12).contains(&month) {
        return Err(format!(
            "expected a month from 01 to 12 in start_date, found {month:02} in \"{value}\""
        ));
    }
    let last = days_in_month(year, month);
    if !(1..=last).contains(&day) {
        return Err(format!(
            "expected a day from 01 to {last:02} for {year:04}-{month:02} in start_date, \
             found {day:02} in \"{value}\""
        ));
    }
    Ok(())
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Rule {
        source
            .parse()
            .unwrap_or_else(|e: RuleError| panic!("{}", e.render(source)))
    }

    fn error(source: &str) -> RuleError {
        match source.parse::<Rule>() {
            Ok(rule) => panic!("expected an error for {source:?}, got {rule:?}"),
            Err(e) => e,
        }
    }

    /// Asserts the error's column and that its message contains `needle`.
    fn assert_error(source: &str, column: usize, needle: &str) {
        let e = error(source);
        assert!(
            e.message.contains(needle),
            "message {:?} should contain {needle:?}",
            e.message
        );
        assert_eq!(e.column, column, "column for {source:?}: {e}");
    }

    fn eq(field: Field, value: &str) -> Expr {
        Expr::Cmp {
            field,
            op: Op::Eq,
            value: value.to_owned(),
        }
    }

    fn and(a: Expr, b: Expr) -> Expr {
        Expr::And(Box::new(a), Box::new(b))
    }

    fn or(a: Expr, b: Expr) -> Expr {
        Expr::Or(Box::new(a), Box::new(b))
    }

    fn not(a: Expr) -> Expr {
        Expr::Not(Box::new(a))
    }

    fn dept(v: &str) -> Expr {
        eq(Field::Department, v)
    }

    fn round_trips(rule: &Rule) {
        let canonical = rule.to_string();
        let again = parse(&canonical);
        assert_eq!(&again, rule, "canonical form {canonical:?}");
        assert_eq!(again.to_string(), canonical, "canonical form is stable");
    }

    #[test]
    fn simple_comparison() {
        let rule = parse(r#"department = "Vertrieb""#);
        assert_eq!(rule.expr(), &dept("Vertrieb"));
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let rule = parse(r#"department = "a" or department = "b" and department = "c""#);
        assert_eq!(rule.expr(), &or(dept("a"), and(dept("b"), dept("c"))));
        let rule = parse(r#"department = "a" and department = "b" or department = "c""#);
        assert_eq!(rule.expr(), &or(and(dept("a"), dept("b")), dept("c")));
    }

    #[test]
    fn and_and_or_are_left_associative() {
        let rule = parse(r#"department = "a" or department = "b" or department = "c""#);
        assert_eq!(rule.expr(), &or(or(dept("a"), dept("b")), dept("c")));
        let rule = parse(r#"department = "a" and department = "b" and department = "c""#);
        assert_eq!(rule.expr(), &and(and(dept("a"), dept("b")), dept("c")));
    }

    #[test]
    fn parentheses_override_precedence() {
        let rule = parse(r#"(department = "a" or department = "b") and department = "c""#);
        assert_eq!(rule.expr(), &and(or(dept("a"), dept("b")), dept("c")));
    }

    #[test]
    fn not_binds_tightest() {
        let rule = parse(r#"not department = "a" and department = "b""#);
        assert_eq!(rule.expr(), &and(not(dept("a")), dept("b")));
        let rule = parse(r#"not (department = "a" and department = "b")"#);
        assert_eq!(rule.expr(), &not(and(dept("a"), dept("b"))));
        let rule = parse(r#"not not department = "a""#);
        assert_eq!(rule.expr(), &not(not(dept("a"))));
    }

    #[test]
    fn spec_example_with_not_and_in() {
        let rule = parse(r#"not (status = "suspended") and location in ("Köln", "Berlin")"#);
        let expected = and(
            not(eq(Field::Status, "suspended")),
            Expr::In {
                field: Field::Location,
                values: vec!["Köln".into(), "Berlin".into()],
                negated: false,
            },
        );
        assert_eq!(rule.expr(), &expected);
    }

    #[test]
    fn in_and_not_in() {
        let rule = parse(r#"location not in ('Köln',"Berlin" , "Hamburg")"#);
        assert_eq!(
            rule.expr(),
            &Expr::In {
                field: Field::Location,
                values: vec!["Köln".into(), "Berlin".into(), "Hamburg".into()],
                negated: true,
            }
        );
        let rule = parse(r#"role in ("trainer")"#);
        assert_eq!(
            rule.expr(),
            &Expr::In {
                field: Field::Role,
                values: vec!["trainer".into()],
                negated: false,
            }
        );
    }

    #[test]
    fn all_operators() {
        let cases = [
            ("=", Op::Eq),
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<>", Op::Ne),
            ("<", Op::Lt),
            ("<=", Op::Le),
            (">", Op::Gt),
            (">=", Op::Ge),
        ];
        for (written, op) in cases {
            let rule = parse(&format!(r#"start_date {written} "2024-01-01""#));
            assert_eq!(
                rule.expr(),
                &Expr::Cmp {
                    field: Field::StartDate,
                    op,
                    value: "2024-01-01".into()
                },
                "{written}"
            );
        }
        let words = [
            ("contains", Op::Contains),
            ("STARTS_WITH", Op::StartsWith),
            ("starts-with", Op::StartsWith),
            ("Ends_With", Op::EndsWith),
        ];
        for (written, op) in words {
            let rule = parse(&format!(r#"email {written} "@beispiel-gmbh.de""#));
            assert_eq!(
                rule.expr(),
                &Expr::Cmp {
                    field: Field::Email,
                    op,
                    value: "@beispiel-gmbh.de".into()
                },
                "{written}"
            );
        }
    }

    #[test]
    fn operators_need_no_spaces() {
        let rule = parse(r#"(department="a")or(start_date>="2024-02-29")"#);
        assert_eq!(
            rule.expr(),
            &or(
                dept("a"),
                Expr::Cmp {
                    field: Field::StartDate,
                    op: Op::Ge,
                    value: "2024-02-29".into()
                }
            )
        );
    }

    #[test]
    fn keywords_and_fields_are_case_insensitive() {
        let rule = parse(r#"NOT Department = "a" AND External-Id = "x" Or LAST_NAME IN ("b")"#);
        let expected = or(
            and(not(dept("a")), eq(Field::ExternalId, "x")),
            Expr::In {
                field: Field::LastName,
                values: vec!["b".into()],
                negated: false,
            },
        );
        assert_eq!(rule.expr(), &expected);
    }

    #[test]
    fn field_names_round_trip() {
        for field in Field::ALL {
            assert_eq!(Field::from_name(field.name()), Some(field));
            let dashed = field.name().to_uppercase().replace('_', "-");
            assert_eq!(Field::from_name(&dashed), Some(field));
        }
        assert_eq!(Field::from_name("abteilung"), None);
        assert_eq!(Field::ExternalId.name(), "external_id");
        assert_eq!(Field::StartDate.to_string(), "start_date");
    }

    #[test]
    fn strings_with_quotes_and_escapes() {
        let cases = [
            (r#""a\"b""#, "a\"b"),
            (r"'it\'s'", "it's"),
            (r#"'say "hi"'"#, "say \"hi\""),
            (r#""it's""#, "it's"),
            (r#""back\\slash""#, "back\\slash"),
            (r#""""#, ""),
            (r#""  spaced  ""#, "  spaced  "),
        ];
        for (literal, value) in cases {
            let rule = parse(&format!("last_name = {literal}"));
            assert_eq!(rule.expr(), &eq(Field::LastName, value), "{literal}");
            round_trips(&rule);
        }
    }

    #[test]
    fn values_are_nfc_normalised_but_otherwise_kept() {
        let decomposed = "location = \"Ko\u{308}ln\"";
        assert_eq!(parse(decomposed).expr(), &eq(Field::Location, "Köln"));
        let rule = parse(r#"last_name = "Müller-Lüdenscheidt" and location = "MÜNCHEN""#);
        assert_eq!(
            rule.expr(),
            &and(
                eq(Field::LastName, "Müller-Lüdenscheidt"),
                eq(Field::Location, "MÜNCHEN")
            )
        );
    }

    #[test]
    fn non_breaking_space_separates_tokens() {
        let rule = parse("department\u{a0}=\u{a0}\"Vertrieb\"\u{a0}and\tlocation\n=\r\n\"Berlin\"");
        assert_eq!(rule.expr(), &and(dept("Vertrieb"), eq(Field::Location, "Berlin")));
        // Inside a string it is part of the value.
        assert_eq!(parse("department = \"a\u{a0}b\"").expr(), &dept("a\u{a0}b"));
    }

    #[test]
    fn validates_start_dates() {
        for good in ["2024-02-29", "2000-02-29", "2023-12-31", "1999-04-30"] {
            parse(&format!(r#"start_date >= "{good}""#));
        }
        assert_error(
            r#"start_date >= "2024-1-1""#,
            15,
            r#"expected a date as "YYYY-MM-DD" for start_date, found "2024-1-1""#,
        );
        assert_error(
            r#"start_date = "01.02.2024""#,
            14,
            "expected a date as \"YYYY-MM-DD\"",
        );
        assert_error(
            r#"start_date < "2024-13-01""#,
            14,
            "expected a month from 01 to 12",
        );
        assert_error(
            r#"start_date < "2023-02-29""#,
            14,
            "expected a day from 01 to 28 for 2023-02",
        );
        assert_error(r#"start_date < "1900-02-29""#, 14, "expected a day from 01 to 28");
        assert_error(r#"start_date < "2024-04-31""#, 14, "expected a day from 01 to 30");
        assert_error(r#"start_date < "2024-04-00""#, 14, "found 00");
        assert_error(
            r#"start_date in ("2024-01-01", "2024-02-30")"#,
            30,
            "expected a day from 01 to 29",
        );
        assert_error(r#"start_date contains "2024""#, 21, "YYYY-MM-DD");
    }

    #[test]
    fn ordering_only_on_start_date() {
        assert_error(
            r#"department < "M""#,
            12,
            "'<' only works on start_date; expected =, !=, contains, starts_with, ends_with or in for department",
        );
        assert_error(r#"location >= "M""#, 10, "'>=' only works on start_date");
    }

    #[test]
    fn validates_status() {
        parse(r#"status = "Active" or status in ("suspended", "ERASED")"#);
        assert_error(
            r#"status = "deleted""#,
            10,
            r#"expected a status (one of: active, suspended, erased), found "deleted""#,
        );
        assert_error(r#"status in ("active", "gone")"#, 22, "expected a status");
    }

    #[test]
    fn validates_roles() {
        assert_error(r#"role = "a,b""#, 8, "expected a single role name");
        assert_error(r#"role in ("a", "")"#, 15, "expected a role name");
    }

    #[test]
    fn error_unquoted_value() {
        let e = error("location = Berlin");
        assert_eq!(e.column, 12);
        assert_eq!(
            e.message,
            "expected a value in quotes after '=', found 'Berlin'; \
             hint: put values in double quotes, e.g. \"Berlin\""
        );
        assert_error(
            r#"location in ("Köln", Berlin)"#,
            22,
            "expected a value in quotes after ',', found 'Berlin'",
        );
        assert_error(
            "location contains",
            18,
            "expected a value in quotes after 'contains', found the end of the rule",
        );
    }

    #[test]
    fn error_unknown_field() {
        let e = error(r#"abteilung = "Vertrieb""#);
        assert_eq!(e.column, 1);
        assert_eq!(
            e.message,
            "unknown field 'abteilung'; known fields: department, location, locale, status, \
             external_id, email, first_name, last_name, start_date, role"
        );
        // Columns count characters, not bytes.
        assert_error(
            r#"location = "Köln" and Straße = "x""#,
            23,
            "unknown field 'Straße'",
        );
    }

    #[test]
    fn error_unterminated_string() {
        assert_error(
            r#"department = "Vertrieb"#,
            14,
            "unterminated string: expected a closing \" for the string starting here",
        );
        assert_error(r"department = 'ab\'", 14, "unterminated string");
        assert_error(r#"department = "ab\"#, 14, "unterminated string");
    }

    #[test]
    fn error_unknown_escape() {
        assert_error(
            r#"department = "a\nb""#,
            16,
            r#"unknown escape '\n' in a string; expected \", \' or \\"#,
        );
    }

    #[test]
    fn error_trailing_garbage() {
        assert_error(
            r#"department = "a" location = "b""#,
            18,
            "expected 'and', 'or' or the end of the rule, found 'location'",
        );
        assert_error(
            r#"department = "a" "b""#,
            18,
            r#"expected 'and', 'or' or the end of the rule, found "b""#,
        );
    }

    #[test]
    fn error_empty_rule() {
        for source in ["", "   ", "\u{a0}"] {
            assert_error(source, 1, "empty rule");
        }
    }

    #[test]
    fn error_unbalanced_parentheses() {
        assert_error(
            r#"(department = "a" or location = "b""#,
            1,
            "unbalanced parenthesis: expected a ')' to close this '('",
        );
        assert_error(
            r#"department = "a")"#,
            17,
            "unbalanced parenthesis: expected a condition, 'and', 'or' or the end of the rule, found ')'",
        );
        assert_error(r#") department = "a""#, 1, "unbalanced parenthesis");
        assert_error(
            r#"location in ("a", "b""#,
            13,
            "unbalanced parenthesis: expected a ')' to close the list",
        );
        assert_error(
            r#"(department = "a" location = "b")"#,
            19,
            "expected 'and', 'or' or ')', found 'location'",
        );
        assert_error(
            "()",
            2,
            "expected a condition (a field name, 'not' or '('), found ')'",
        );
    }

    #[test]
    fn error_missing_or_wrong_operator() {
        assert_error(
            r#"department "a""#,
            12,
            "expected an operator after 'department' (=, !=, <, <=, >, >=, contains, starts_with, ends_with, in or not in), found \"a\"",
        );
        assert_error(
            r#"department is "a""#,
            12,
            "expected an operator after 'department'",
        );
        assert_error(
            r#"department not = "a""#,
            16,
            "expected 'in' after 'not', found '='",
        );
        assert_error(
            r#"department in "a""#,
            15,
            r#"expected '(' after 'in', found "a""#,
        );
    }

    #[test]
    fn error_bad_lists() {
        assert_error(
            "location in ()",
            14,
            "expected a value in quotes after '(', found ')'",
        );
        assert_error(
            r#"location in ("a",)"#,
            18,
            "expected a value in quotes after ',', found ')'",
        );
        assert_error(
            r#"location in ("a" "b")"#,
            18,
            r#"expected ',' or ')' in the list, found "b""#,
        );
    }

    #[test]
    fn error_dangling_keywords() {
        assert_error(
            r#"department = "a" and"#,
            21,
            "expected a condition (a field name, 'not' or '('), found the end of the rule",
        );
        assert_error(
            r#"department = "a" and or location = "b""#,
            22,
            "expected a condition (a field name, 'not' or '('), found 'or'",
        );
        assert_error("not", 4, "found the end of the rule");
    }

    #[test]
    fn error_unexpected_characters() {
        assert_error(
            r#"department = "a" && location = "b""#,
            18,
            "found '&'; combine conditions with 'and', 'or' and 'not'",
        );
        assert_error(r#"department ! "a""#, 12, "found '!'; did you mean '!='?");
        assert_error(
            "location = „Köln“",
            12,
            "found '„'; put values in straight quotes",
        );
    }

    #[test]
    fn errors_are_reported_in_source_order() {
        // The unquoted value comes before the unterminated string.
        assert_error(
            r#"location = Berlin and department = "x"#,
            12,
            "expected a value in quotes",
        );
    }

    #[test]
    fn error_display_includes_column() {
        let e = error("location = Berlin");
        assert!(e.to_string().ends_with("(at column 12)"), "{e}");
    }

    #[test]
    fn render_points_at_the_column() {
        let source = "location = Berlin";
        let rendered = error(source).render(source);
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("expected a value in quotes after '='"));
        assert_eq!(lines[1], source);
        assert_eq!(lines[2], "           ^");
    }

    #[test]
    fn render_counts_characters_and_flattens_whitespace() {
        let source = "location = \"Köln\"\tand\nabteilung = \"x\"";
        let rendered = error(source).render(source);
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1], "location = \"Köln\" and abteilung = \"x\"");
        assert_eq!(lines[2].chars().count(), 23);
        assert!(lines[2].ends_with('^'));
        // A combining mark takes no room on screen, so it takes none in the caret line.
        let source = "location = \"Ko\u{308}ln\" x";
        let rendered = error(source).render(source);
        let caret = rendered.lines().nth(2).unwrap_or_default();
        assert_eq!(caret.chars().count(), 19);
    }

    #[test]
    fn render_past_the_end() {
        let source = "location =";
        let rendered = error(source).render(source);
        assert_eq!(rendered.lines().nth(2), Some("          ^"));
    }

    #[test]
    fn canonical_display() {
        let cases = [
            (
                r#"DEPARTMENT == 'Vertrieb' AND location<>"Berlin""#,
                r#"department = "Vertrieb" and location != "Berlin""#,
            ),
            (
                r#"not (status = "suspended") and location in ('Köln','Berlin')"#,
                r#"not status = "suspended" and location in ("Köln", "Berlin")"#,
            ),
            (
                r#"((department = "a" or department = "b")) and (department = "c")"#,
                r#"(department = "a" or department = "b") and department = "c""#,
            ),
            (
                r#"department = "a" or (department = "b" and department = "c")"#,
                r#"department = "a" or department = "b" and department = "c""#,
            ),
            (
                r#"not (department = "a" or department = "b")"#,
                r#"not (department = "a" or department = "b")"#,
            ),
            (
                r#"External-Id Not In ('x') or email Starts-With 'it\'s "q"\\'"#,
                r#"external_id not in ("x") or email starts_with "it's \"q\"\\""#,
            ),
        ];
        for (source, canonical) in cases {
            let rule = parse(source);
            assert_eq!(rule.to_string(), canonical, "{source}");
            round_trips(&rule);
        }
    }

    #[test]
    fn display_keeps_right_nested_trees() {
        let a = || dept("a");
        let b = || dept("b");
        let c = || dept("c");
        let cases = [
            (
                or(a(), or(b(), c())),
                r#"department = "a" or (department = "b" or department = "c")"#,
            ),
            (
                and(a(), and(b(), c())),
                r#"department = "a" and (department = "b" and department = "c")"#,
            ),
            (
                and(or(a(), b()), c()),
                r#"(department = "a" or department = "b") and department = "c""#,
            ),
            (not(not(a())), r#"not not department = "a""#),
            (
                not(and(a(), b())),
                r#"not (department = "a" and department = "b")"#,
            ),
        ];
        for (expr, canonical) in cases {
            let rule = Rule { expr };
            assert_eq!(rule.to_string(), canonical);
            round_trips(&rule);
        }
    }

    /// Tiny deterministic generator so the round-trip test needs no extra crates.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) as usize) % below
        }
    }

    fn random_value(rng: &mut Lcg, field: Field) -> String {
        const TEXT: [&str; 7] = ["Köln", "a\"b", "it's", "back\\slash", "", " x ", "100%_"];
        const DATES: [&str; 3] = ["2024-01-01", "2000-02-29", "1999-12-31"];
        const ROLES: [&str; 3] = ["trainer", "learner", "Ädmin"];
        match field {
            Field::Status => STATUSES[rng.next(3)].to_owned(),
            Field::StartDate => DATES[rng.next(3)].to_owned(),
            Field::Role => ROLES[rng.next(3)].to_owned(),
            _ => TEXT[rng.next(TEXT.len())].to_owned(),
        }
    }

    fn random_expr(rng: &mut Lcg, depth: usize) -> Expr {
        let choice = if depth == 0 { rng.next(2) } else { rng.next(5) };
        match choice {
            0 => {
                let field = Field::ALL[rng.next(Field::ALL.len())];
                let ops: &[Op] = if field == Field::StartDate {
                    &[Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge]
                } else {
                    &[Op::Eq, Op::Ne, Op::Contains, Op::StartsWith, Op::EndsWith]
                };
                let op = ops[rng.next(ops.len())];
                let value = random_value(rng, field);
                Expr::Cmp { field, op, value }
            }
            1 => {
                let field = Field::ALL[rng.next(Field::ALL.len())];
                let count = 1 + rng.next(3);
                let values = (0..count).map(|_| random_value(rng, field)).collect();
                Expr::In {
                    field,
                    values,
                    negated: rng.next(2) == 0,
                }
            }
            2 => and(random_expr(rng, depth - 1), random_expr(rng, depth - 1)),
            3 => or(random_expr(rng, depth - 1), random_expr(rng, depth - 1)),
            _ => not(random_expr(rng, depth - 1)),
        }
    }

    #[test]
    fn display_round_trips_random_rules() {
        let mut rng = Lcg(42);
        for _ in 0..500 {
            let rule = Rule {
                expr: random_expr(&mut rng, 4),
            };
            round_trips(&rule);
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep_parens = format!("{}department = \"a\"{}", "(".repeat(10_000), ")".repeat(10_000));
        assert_error(&deep_parens, MAX_DEPTH + 1, "nested too deeply");
        let deep_nots = format!("{}department = \"a\"", "not ".repeat(10_000));
        assert!(error(&deep_nots).message.contains("nested too deeply"));
        let long_chain = vec![r#"department = "a""#; 10_000].join(" or ");
        assert!(error(&long_chain).message.contains("nested too deeply"));
        // Reasonable rules are fine.
        let ok = format!("{}department = \"a\"{}", "(".repeat(100), ")".repeat(100));
        parse(&ok);
        parse(&vec![r#"department = "a""#; MAX_DEPTH].join(" or "));
    }

    #[test]
    fn long_values_are_shortened_in_errors() {
        let long = "x".repeat(200);
        let e = error(&format!("department = {long}"));
        assert!(e.message.len() < 250, "{}", e.message);
        assert!(e.message.contains("..."));
    }
}
