/*!
Limits on a request's head (the request line and the header fields), checked on the
bytes as they arrive, before hyper parses them.

hyper answers a head it cannot hold with a bare status and no body; checking first,
with limits well below hyper's own, lets the server answer every too-large head with
the JSON error of every other refusal (414 for the request line, 431 for the fields).
The same scan marks when a head begins, for the header timeout.
*/

/// The longest request line (method, URI, version).
pub const MAX_REQUEST_LINE: usize = 8 << 10;
/// The longest header field line.
pub const MAX_FIELD_LINE: usize = 8 << 10;
/// The largest head in all.
pub const MAX_HEAD: usize = 32 << 10;
/// The most header fields (hyper's own limit is 100 as well).
pub const MAX_FIELDS: usize = 100;

/// Which part of a head is too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLarge {
    /// 414 URI Too Long.
    RequestLine,
    /// 431 Request Header Fields Too Large.
    Fields,
}

/// What a chunk of bytes did to the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scan {
    /// The head goes on.
    More,
    /// The head ended within the chunk, after this many of its bytes.
    End(usize),
    TooLarge(TooLarge),
}

/// A head being read.
#[derive(Debug, Default, Clone)]
pub struct HeadScan {
    bytes: usize,
    /// Lines ended so far; the request line is line 0.
    lines: usize,
    /// The current line's length so far (without `\r`).
    line: usize,
}

impl HeadScan {
    pub fn feed(&mut self, chunk: &[u8]) -> Scan {
        for (i, &byte) in chunk.iter().enumerate() {
            self.bytes += 1;
            if self.bytes > MAX_HEAD {
                return Scan::TooLarge(self.part());
            }
            match byte {
                b'\n' if self.line == 0 && self.lines > 0 => return Scan::End(i + 1),
                // Empty lines before the request line are allowed (RFC 9112, 2.2).
                b'\n' if self.line == 0 => {}
                b'\n' => {
                    self.lines += 1;
                    self.line = 0;
                    if self.lines > MAX_FIELDS + 1 {
                        return Scan::TooLarge(TooLarge::Fields);
                    }
                }
                b'\r' => {}
                _ => {
                    self.line += 1;
                    let limit = if self.lines == 0 {
                        MAX_REQUEST_LINE
                    } else {
                        MAX_FIELD_LINE
                    };
                    if self.line > limit {
                        return Scan::TooLarge(self.part());
                    }
                }
            }
        }
        Scan::More
    }

    fn part(&self) -> TooLarge {
        if self.lines == 0 {
            TooLarge::RequestLine
        } else {
            TooLarge::Fields
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(parts: &[&[u8]]) -> Vec<Scan> {
        let mut head = HeadScan::default();
        parts.iter().map(|part| head.feed(part)).collect()
    }

    #[test]
    fn a_head_ends_at_its_empty_line_whatever_the_chunks() {
        let head = b"GET /api/v1/tenants HTTP/1.1\r\nHost: x\r\n\r\n{\"body\":1}";
        assert_eq!(scan(&[head]), [Scan::End(head.len() - 10)]);
        let (a, b) = head.split_at(38);
        assert_eq!(scan(&[a, b]), [Scan::More, Scan::End(head.len() - 10 - 38)]);
        assert_eq!(scan(&[b"\r\nGET / HTTP/1.1\nHost: x\n\nrest"]), [Scan::End(26)]);
    }

    #[test]
    fn too_long_lines_and_too_many_fields_are_told_apart() {
        let uri = format!("GET /{} HTTP/1.1\r\n", "a".repeat(MAX_REQUEST_LINE));
        assert_eq!(scan(&[uri.as_bytes()]), [Scan::TooLarge(TooLarge::RequestLine)]);
        let field = format!("GET / HTTP/1.1\r\nX: {}\r\n", "b".repeat(MAX_FIELD_LINE));
        assert_eq!(scan(&[field.as_bytes()]), [Scan::TooLarge(TooLarge::Fields)]);
        let many = format!("GET / HTTP/1.1\r\n{}", "X: y\r\n".repeat(MAX_FIELDS + 1));
        assert_eq!(scan(&[many.as_bytes()]), [Scan::TooLarge(TooLarge::Fields)]);
        let fine = format!("GET / HTTP/1.1\r\n{}\r\n", "X: y\r\n".repeat(MAX_FIELDS));
        assert_eq!(scan(&[fine.as_bytes()]), [Scan::End(fine.len())]);
        let big = format!(
            "GET / HTTP/1.1\r\n{}",
            format!("X: {}\r\n", "c".repeat(4000)).repeat(9)
        );
        assert_eq!(scan(&[big.as_bytes()]), [Scan::TooLarge(TooLarge::Fields)]);
    }
}
