//! Compiled objects, kept per process and recompiled when their source
//! changes: CALLed routines (by name) and programs run by EXECUTE "RUN"
//! (by path).
//!
//! An object remembers the size and modification time of every file it was
//! compiled from (the source and its `$INCLUDE`s); it is current while all
//! of them still match. Checking costs a `stat` per file, so routines are
//! rechecked at most once per [`RECHECK`] (see [`ObjectCache::due`]) while
//! a program runs, and a changed one is dropped: the next CALL compiles
//! the edited source (a long-running PHANTOM sees an edited subroutine).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime};

use crate::bytecode::Chunk;

/// How often cached routines are checked against their sources.
pub const RECHECK: Duration = Duration::from_secs(1);

/// Size and modification time of one source file (`None`: missing).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stamp {
    path: PathBuf,
    seen: Option<(u64, SystemTime)>,
}

impl Stamp {
    fn of(path: &Path) -> Stamp {
        let seen = std::fs::metadata(path)
            .ok()
            .map(|m| (m.len(), m.modified().unwrap_or(SystemTime::UNIX_EPOCH)));
        Stamp {
            path: path.to_path_buf(),
            seen,
        }
    }
}

/// A compiled object and the files it came from.
#[derive(Debug)]
pub struct Object {
    /// The compiled code.
    pub chunk: Rc<Chunk>,
    stamps: Vec<Stamp>,
}

impl Object {
    /// An object for `chunk`, stamped with its source files as they are
    /// now (`chunk.files` name them; names that are not paths are skipped).
    pub fn new(chunk: Rc<Chunk>) -> Object {
        let stamps = chunk
            .files
            .iter()
            .map(Path::new)
            .filter(|p| p.is_absolute() || p.exists())
            .map(Stamp::of)
            .collect();
        Object { chunk, stamps }
    }

    /// True while every source file is unchanged.
    pub fn is_current(&self) -> bool {
        self.stamps.iter().all(|s| Stamp::of(&s.path) == *s)
    }
}

/// The session's compiled objects.
#[derive(Debug, Default)]
pub struct ObjectCache {
    /// CALLed routines by catalogue name.
    routines: HashMap<String, Object>,
    /// Programs run by EXECUTE "RUN", by path.
    programs: HashMap<PathBuf, Object>,
    /// Bumped whenever a routine is dropped: call sites that resolved a
    /// routine under an older generation resolve it again.
    pub generation: u64,
    last_check: Option<Instant>,
}

impl ObjectCache {
    /// The cached routine `name`, if any.
    pub fn routine(&self, name: &str) -> Option<Rc<Chunk>> {
        self.routines.get(name).map(|o| o.chunk.clone())
    }

    /// Caches routine `name`.
    pub fn add_routine(&mut self, name: &str, chunk: Rc<Chunk>) {
        self.routines.insert(name.to_string(), Object::new(chunk));
    }

    /// The program compiled from `path` if its sources are unchanged.
    pub fn program(&self, path: &Path) -> Option<Rc<Chunk>> {
        self.programs
            .get(path)
            .filter(|o| o.is_current())
            .map(|o| o.chunk.clone())
    }

    /// Caches the program compiled from `path`.
    pub fn add_program(&mut self, path: &Path, chunk: Rc<Chunk>) {
        self.programs.insert(path.to_path_buf(), Object::new(chunk));
    }

    /// True when the routines are due for a check against their sources
    /// (at most once per [`RECHECK`]).
    pub fn due(&mut self) -> bool {
        let now = Instant::now();
        match self.last_check {
            Some(t) if now.duration_since(t) < RECHECK => false,
            _ => {
                self.last_check = Some(now);
                true
            }
        }
    }

    /// Drops every routine whose source changed (bumping the generation
    /// when any did) and returns their names.
    pub fn drop_changed_routines(&mut self) -> Vec<String> {
        let gone: Vec<String> = self
            .routines
            .iter()
            .filter(|(_, o)| !o.is_current())
            .map(|(n, _)| n.clone())
            .collect();
        for n in &gone {
            self.routines.remove(n);
        }
        if !gone.is_empty() {
            self.generation += 1;
        }
        gone
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edited_source_makes_the_object_stale() {
        let dir = std::env::temp_dir().join(format!("mvb-objcache-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let src = dir.join("R");
        std::fs::write(&src, b"SUBROUTINE R\nRETURN\n").unwrap();
        let chunk = Rc::new(
            crate::host::programs::compile_source(
                &dir,
                Some(&dir),
                &src.to_string_lossy(),
                "R",
                b"SUBROUTINE R\nRETURN\n",
                &crate::syntax::ext_names::NoExtensions,
            )
            .unwrap(),
        );
        let mut cache = ObjectCache::default();
        cache.add_routine("R", chunk.clone());
        cache.add_program(&src, chunk);
        assert!(cache.drop_changed_routines().is_empty());
        assert_eq!(cache.generation, 0);
        assert!(cache.routine("R").is_some() && cache.program(&src).is_some());
        // a different size is a change whatever the clock's resolution
        std::fs::write(&src, b"SUBROUTINE R\nCRT 1\nRETURN\n").unwrap();
        assert!(cache.program(&src).is_none());
        assert_eq!(cache.drop_changed_routines(), ["R"]);
        assert_eq!(cache.generation, 1);
        assert!(cache.routine("R").is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
