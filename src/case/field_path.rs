//! A field's place in the case file (`defendants[0].judgments[1].counts[2].penalty`),
//! built on the stack while converting and written out only when a finding
//! names it: converting a valid file allocates no path strings.

use std::fmt;

/// A path from the top of the case file to one field.
///
/// ```
/// use sentencing::case::FieldPath;
/// let defendants = FieldPath::Root("defendants");
/// let defendant = defendants.index(0);
/// let judgment = defendant.key_index("judgments", 1);
/// let count = judgment.key_index("counts", 2);
/// assert_eq!(count.key("penalty").to_string(), "defendants[0].judgments[1].counts[2].penalty");
/// ```
#[derive(Debug, Clone, Copy)]
pub enum FieldPath<'a> {
    /// A top-level field (`case`, `defendants`).
    Root(&'a str),
    /// A field of a mapping: `parent.key`.
    Key(&'a FieldPath<'a>, &'a str),
    /// An item of a list: `parent[index]`.
    Index(&'a FieldPath<'a>, usize),
    /// An item of a list field: `parent.key[index]`.
    KeyIndex(&'a FieldPath<'a>, &'a str, usize),
}

impl<'a> FieldPath<'a> {
    /// The field `key` of this mapping.
    pub fn key(&'a self, key: &'a str) -> FieldPath<'a> {
        FieldPath::Key(self, key)
    }

    /// Item `index` of this list.
    pub fn index(&'a self, index: usize) -> FieldPath<'a> {
        FieldPath::Index(self, index)
    }

    /// Item `index` of this mapping's list field `key`.
    pub fn key_index(&'a self, key: &'a str, index: usize) -> FieldPath<'a> {
        FieldPath::KeyIndex(self, key, index)
    }
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldPath::Root(name) => f.write_str(name),
            FieldPath::Key(parent, key) => write!(f, "{parent}.{key}"),
            FieldPath::Index(parent, index) => write!(f, "{parent}[{index}]"),
            FieldPath::KeyIndex(parent, key, index) => write!(f, "{parent}.{key}[{index}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_written_as_the_findings_name_them() {
        let root = FieldPath::Root("defendants");
        let d = root.index(3);
        assert_eq!(d.to_string(), "defendants[3]");
        assert_eq!(d.key("name").to_string(), "defendants[3].name");
        let j = d.key_index("judgments", 0);
        assert_eq!(
            j.key("decided").key("penalty").to_string(),
            "defendants[3].judgments[0].decided.penalty"
        );
        assert_eq!(
            FieldPath::Root("sources")
                .index(1)
                .key("published")
                .to_string(),
            "sources[1].published"
        );
    }
}
