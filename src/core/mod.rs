/*!
The rules of the domain that every interface shares: the command line and the
server are two doors into the same checks, so a rule written here guards both.

- [`fields`]: what a text value may be (characters, lengths, e-mail syntax).
- [`import`]: what an import's rows, options and saved plans must satisfy.
*/

pub mod fields;
pub mod import;
