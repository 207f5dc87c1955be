/*!
Files lmsctl writes that hold personal data (subject exports, import plans, reject
files, the configuration): readable and writable by their owner only, and safe to
write as root into a shared directory (a cron job writing to `/tmp`).

- `-` (and `/dev/stdout`) is standard output.
- A regular file is written as a new temporary file in the same directory, created
  exclusively with mode 0600 (so a symlink planted there is never followed), and
  renamed over the name once it is complete: nobody sees half a file, a failed run
  leaves the old one, and a link at the name is replaced, not written through.
- An existing special file (`/dev/null`, a terminal, a pipe) of the user's or root's is
  written to as it is: never truncated, never chmodded.
- Anything else at the name is refused with a hint: a symlink to a regular file or to
  another user's special file, a directory, a block device, a file of another user.
*/

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, ErrorKind, Result};

/// Where a private file's bytes go. Call [`PrivateFile::commit`] when everything is
/// written; dropped without it, a new file never appears.
pub enum PrivateFile {
    Stdout(io::Stdout),
    /// An existing special file, written to as it is.
    Special(File),
    /// A new file, renamed to `path` on commit.
    New {
        temp: NamedTempFile,
        path: PathBuf,
    },
}

/// The user this process writes as.
fn euid() -> u32 {
    // SAFETY: geteuid(2) cannot fail and touches no memory.
    unsafe { libc::geteuid() }
}

/// Whether writing into `metadata`'s file as it is is harmless: a character device or
/// a pipe (or socket) of this user's or root's. Never a block device.
fn writable_special(metadata: &std::fs::Metadata) -> bool {
    let kind = metadata.file_type();
    (kind.is_char_device() || kind.is_fifo() || kind.is_socket())
        && (metadata.uid() == euid() || metadata.uid() == 0)
}

fn refuse(path: &Path, what: &str, why: &str, hint: &str) -> Error {
    Error::new(
        ErrorKind::PermissionDenied,
        format!("refusing to write the {what} {}: {why}", path.display()),
    )
    .with_hint(hint.to_owned())
}

/// A failure to create an output file: a missing directory is named as such (it is
/// not missing input), a refused one as a permission problem.
fn cannot_create(what: &str, path: &Path, dir: &Path, err: &io::Error) -> Error {
    match err.kind() {
        io::ErrorKind::NotFound => Error::failure(format!(
            "cannot create the {what} {}: the directory {} does not exist",
            path.display(),
            dir.display()
        ))
        .with_hint(format!(
            "create it first (mkdir -p {}) or write elsewhere; - writes to standard output",
            dir.display()
        )),
        io::ErrorKind::PermissionDenied => Error::new(
            ErrorKind::PermissionDenied,
            format!(
                "cannot create the {what} {}: the directory {} may not be written to",
                path.display(),
                dir.display()
            ),
        )
        .with_hint("write to a directory of yours, or - for standard output"),
        io::ErrorKind::StorageFull => Error::failure(format!(
            "cannot create the {what} {}: the disk is full",
            path.display()
        ))
        .with_hint(format!("make room on the file system of {}", dir.display())),
        _ => Error::failure(format!("cannot create the {what} {}: {err}", path.display())),
    }
}

impl PrivateFile {
    /// Opens `path` for writing (see the module documentation); `what` names the file
    /// in errors ("export file", "reject file").
    pub fn create(path: &Path, what: &str) -> Result<Self> {
        if path == Path::new("-") || path == Path::new("/dev/stdout") {
            return Ok(PrivateFile::Stdout(io::stdout()));
        }
        match std::fs::symlink_metadata(path) {
            Ok(found) if found.file_type().is_symlink() => {
                return match std::fs::metadata(path) {
                    Ok(target) if writable_special(&target) => Self::special(path, what),
                    _ => Err(refuse(
                        path,
                        what,
                        "it is a symbolic link, and lmsctl does not write through links",
                        "remove the link or name the file it points to",
                    )),
                };
            }
            Ok(found) if found.is_dir() => {
                return Err(Error::usage(format!(
                    "cannot write the {what} {}: it is a directory",
                    path.display()
                ))
                .with_hint("name a file in it, e.g. DIR/export.json"));
            }
            Ok(found) if found.file_type().is_file() => {
                if found.uid() != euid() {
                    return Err(refuse(
                        path,
                        what,
                        &format!("it belongs to another user (uid {})", found.uid()),
                        "remove it first, or choose another name",
                    ));
                }
            }
            Ok(found) if writable_special(&found) => return Self::special(path, what),
            Ok(_) => {
                return Err(refuse(
                    path,
                    what,
                    "it is a device or special file that lmsctl does not write to",
                    "choose a file name, or - for standard output",
                ));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&format!("look at the {what}"), path, e)),
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".lmsctl-")
            .suffix(".tmp")
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .tempfile_in(dir)
            .map_err(|e| cannot_create(what, path, dir, &e))?;
        Ok(PrivateFile::New {
            temp,
            path: path.to_owned(),
        })
    }

    /// Opens an existing special file as it is (no create, no truncate), and checks
    /// again what was opened: the name may have changed since it was looked at.
    fn special(path: &Path, what: &str) -> Result<Self> {
        let file = OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(path)
            .map_err(|e| Error::io(&format!("open the {what}"), path, e))?;
        let opened = file
            .metadata()
            .map_err(|e| Error::io(&format!("open the {what}"), path, e))?;
        if !writable_special(&opened) {
            return Err(refuse(
                path,
                what,
                "it changed while it was opened",
                "write to a file of yours, or - for standard output",
            ));
        }
        Ok(PrivateFile::Special(file))
    }

    /// Ends the writing: a new file takes its name (synced first), the others are flushed.
    pub fn commit(self) -> Result<()> {
        match self {
            PrivateFile::Stdout(mut out) => match out.flush() {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    Err(Error::failure(format!("cannot write to standard output: {e}")))
                }
                _ => Ok(()),
            },
            PrivateFile::Special(mut file) => file.flush().map_err(|e| Error::failure(e.to_string())),
            PrivateFile::New { temp, path } => {
                temp.as_file()
                    .sync_all()
                    .map_err(|e| Error::io("write", &path, e))?;
                temp.persist(&path)
                    .map_err(|e| Error::io("save", &path, e.error))?;
                Ok(())
            }
        }
    }

    /// Where the bytes go, for messages.
    pub fn describe(&self) -> String {
        match self {
            PrivateFile::Stdout(_) => "standard output".to_owned(),
            PrivateFile::Special(_) => "the special file".to_owned(),
            PrivateFile::New { path, .. } => path.display().to_string(),
        }
    }

    pub fn is_stdout(&self) -> bool {
        matches!(self, PrivateFile::Stdout(_))
    }
}

impl Write for PrivateFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            PrivateFile::Stdout(out) => out.write(buf),
            PrivateFile::Special(file) => file.write(buf),
            PrivateFile::New { temp, .. } => temp.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            PrivateFile::Stdout(out) => out.flush(),
            PrivateFile::Special(file) => file.flush(),
            PrivateFile::New { temp, .. } => temp.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_new_file_appears_only_when_committed_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let mut file = PrivateFile::create(&path, "test file").unwrap();
        file.write_all(b"secret").unwrap();
        assert!(!path.exists(), "nothing under the name before the commit");
        file.commit().unwrap();
        let metadata = std::fs::metadata(&path).unwrap();
        assert_eq!(metadata.permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"secret");
        // Dropped without a commit: the old file stays as it was.
        let mut again = PrivateFile::create(&path, "test file").unwrap();
        again.write_all(b"half").unwrap();
        drop(again);
        assert_eq!(std::fs::read(&path).unwrap(), b"secret");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_planted_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("victim");
        std::fs::write(&target, b"keep me").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        let link = dir.path().join("rejects.csv");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = PrivateFile::create(&link, "reject file").err().unwrap();
        assert_eq!(err.kind, ErrorKind::PermissionDenied);
        assert!(err.message.contains("symbolic link"), "{}", err.message);
        assert!(err.hint.is_some());
        assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }

    #[test]
    fn dev_null_is_written_as_it_is() {
        let before = std::fs::metadata("/dev/null").unwrap().permissions().mode();
        let mut file = PrivateFile::create(Path::new("/dev/null"), "export file").unwrap();
        file.write_all(b"x").unwrap();
        file.commit().unwrap();
        assert_eq!(
            std::fs::metadata("/dev/null").unwrap().permissions().mode(),
            before
        );
    }

    #[test]
    fn a_missing_directory_is_named_and_not_missing_input() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("x.json");
        let err = PrivateFile::create(&path, "export file").err().unwrap();
        assert_eq!(err.kind, ErrorKind::Failure);
        assert!(err.message.contains("does not exist"), "{}", err.message);
        assert!(err.hint.unwrap().contains("mkdir -p"));
    }
}
