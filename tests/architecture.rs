//! The house is one-way: a module imports only from its own layer or the
//! layers below it, no two jurisdictions import each other, and no two
//! modules import each other, directly or around a longer circle.
//!
//! The test reads every `src/**/*.rs` as text. It collects the `use` lines
//! (`crate::`, `super::`, `self::`, a child module, `sentencing::` in the
//! binary) and every inline `crate::…`/`super::…` path outside comments and
//! strings, resolves each to the file that defines the item (following
//! `pub use` re-exports, so `crate::penalty::parse_penalty` is
//! `penalty::grammar`), and checks the edges against [`LAYERS`], the same
//! table as docs/design.md § Layers.
//!
//! `#[cfg(test)]` modules are **not** exempt: a unit test that needs a
//! higher layer belongs in `tests/`. A module's `pub use` of its own
//! submodules is its public face, not a dependency, and is not an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The layers, bottom first; a module path belongs to the longest prefix
/// listed. Keep in step with docs/design.md § Layers.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "0 calendar and quantities",
        &[
            "calendar",
            "text",
            "penalty::term",
            "penalty::amount",
            "penalty::numerals",
        ],
    ),
    ("1 penalties and rules (values)", &["penalty", "law::rule"]),
    ("2 messages (data)", &["message"]),
    (
        "3 penalty grammar",
        &[
            "penalty::grammar",
            "penalty::money",
            "penalty::day_fine_grammar",
            "penalty::parse_error",
            "penalty::phrases",
        ],
    ),
    (
        "4 case model, findings, steps",
        &["case", "finding", "law::step"],
    ),
    ("5 the analysis", &["analysis"]),
    (
        "6 the jurisdictions",
        &[
            "law::system",
            "law::common",
            "law::custody",
            "law::lighter",
            "law::skeleton",
            "law::cn",
            "law::de",
            "law::tw",
            "law::jp",
            "law::us_federal",
            "law::gb_eaw",
        ],
    ),
    (
        "7 the registry, the law timeline, reading case files",
        &[
            "law",
            "law::timeline",
            "case::load",
            "case::convert",
            "case::template",
        ],
    ),
    // `import` reads judgments and writes case-file text: above the case
    // model and the penalty grammar, below the command line.
    ("8 batches", &["batch", "import", "new_file"]),
    ("9 rendering and i18n", &["i18n", "render"]),
    ("10 the command line", &["cli", "main"]),
];

/// The jurisdictions: none may import another (shared code lives in
/// `law::common` / `law::skeleton`).
const JURISDICTIONS: &[&str] = &[
    "law::cn",
    "law::de",
    "law::tw",
    "law::jp",
    "law::us_federal",
    "law::gb_eaw",
];

/// Known, temporary exceptions: (importing module, imported module, why).
/// The test fails when an exception is no longer needed, so that it is
/// removed here.
const EXCEPTIONS: &[(&str, &str, &str)] = &[
    // None: the calendar moved to src/calendar/ (issue 11), which removed the
    // last ones. An exception names importer, imported module and why.
];

// ---------------------------------------------------------------------------
// Reading the sources.

/// One source file as the checker sees it.
#[derive(Debug, Clone)]
struct Source {
    /// Path shown in failures (`src/law/cn/mod.rs`).
    shown: String,
    /// Module path of the file (`law::cn`); `""` for lib.rs.
    module: String,
    /// The text with comments, strings and char literals blanked (same
    /// byte offsets, newlines kept).
    code: String,
}

/// An import edge with where it was written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Edge {
    from: String,
    to: String,
    file: String,
    line: usize,
    col: usize,
    text: String,
}

/// Blanks comments, string/char literals (keeping offsets and newlines).
fn blank(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let wipe = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in out.iter_mut().take(to).skip(from) {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            let end = src[i..].find('\n').map_or(b.len(), |e| i + e);
            wipe(&mut out, i, end);
            i = end;
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0;
            let mut j = i;
            while j < b.len() {
                if b[j] == b'/' && b.get(j + 1) == Some(&b'*') {
                    depth += 1;
                    j += 2;
                } else if b[j] == b'*' && b.get(j + 1) == Some(&b'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            wipe(&mut out, i, j);
            i = j;
        } else if (c == b'r' || c == b'b')
            && (i == 0 || !is_ident(b[i - 1]))
            && raw_string_at(b, i).is_some()
        {
            let (start_len, hashes) = raw_string_at(b, i).unwrap_or((0, 0));
            let closing: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let body = i + start_len;
            let end = b[body..]
                .windows(closing.len())
                .position(|w| w == closing.as_slice())
                .map_or(b.len(), |p| body + p + closing.len());
            wipe(&mut out, i, end);
            i = end;
        } else if c == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                if b[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            wipe(&mut out, i, (j + 1).min(b.len()));
            i = j + 1;
        } else if c == b'\'' {
            // A char literal ('x', '\n', '\u{..}', multi-byte) or a lifetime.
            let rest = &src[i + 1..];
            let len = if let Some(r) = rest.strip_prefix('\\') {
                r.find('\'').map(|p| p + 2)
            } else {
                rest.chars()
                    .next()
                    .filter(|_| {
                        rest[rest.chars().next().map_or(0, char::len_utf8)..].starts_with('\'')
                    })
                    .map(|ch| ch.len_utf8() + 1)
            };
            match len {
                Some(l) => {
                    wipe(&mut out, i, i + 1 + l);
                    i += 1 + l;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `r"`, `r#"`, `br"`… at `i`: (length of the opening, number of `#`).
fn raw_string_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if b.get(j) == Some(&b'b') {
        j += 1;
    }
    if b.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while b.get(j) == Some(&b'#') {
        hashes += 1;
        j += 1;
    }
    (b.get(j) == Some(&b'"')).then_some((j + 1 - i, hashes))
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Module path of a file under src/ (`law/cn/mod.rs` → `law::cn`).
fn module_of(rel: &str) -> String {
    let rel = rel.trim_end_matches(".rs");
    let parts: Vec<&str> = rel.split('/').collect();
    let parts: Vec<&str> = match parts.as_slice() {
        ["lib"] => vec![],
        [rest @ .., "mod"] => rest.to_vec(),
        all => all.to_vec(),
    };
    parts.join("::")
}

// ---------------------------------------------------------------------------
// The graph.

/// Items a file defines at any depth (`pub struct X`, `fn x`, `mod m`…).
fn defined_items(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    // Words with the character before them (a lifetime `'static` is no item).
    let mut words: Vec<(char, &str)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in code
        .char_indices()
        .chain(std::iter::once((code.len(), ' ')))
    {
        let part = c.is_alphanumeric() || c == '_' || c == '!';
        match (start, part) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let before = code[..s].chars().next_back().unwrap_or(' ');
                words.push((before, &code[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    for w in words.windows(2) {
        let ((before, kw), (_, name)) = (w[0], w[1]);
        if before != '\''
            && (matches!(
                kw,
                "struct" | "enum" | "fn" | "trait" | "type" | "const" | "static" | "mod" | "union"
            ) || kw == "macro_rules!")
        {
            out.insert(name.to_string());
        }
    }
    // Enum variants and the like are reached through their type, so the
    // type is enough.
    out
}

/// The leaves of a use tree: (path segments, alias, is_glob).
fn use_leaves(tree: &str) -> Vec<(Vec<String>, Option<String>, bool)> {
    fn go(prefix: &[String], t: &str, out: &mut Vec<(Vec<String>, Option<String>, bool)>) {
        let t = t.trim();
        if t.is_empty() {
            return;
        }
        if let Some(open) = t.find('{') {
            let head: Vec<String> = t[..open]
                .split("::")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let inner = &t[open + 1..t.rfind('}').unwrap_or(t.len())];
            let mut p = prefix.to_vec();
            p.extend(head);
            for part in split_top(inner) {
                go(&p, part, out);
            }
            return;
        }
        let (path, alias) = match t.split_once(" as ") {
            Some((p, a)) => (p.trim(), Some(a.trim().to_string())),
            None => (t, None),
        };
        let mut p = prefix.to_vec();
        let mut glob = false;
        for seg in path.split("::").map(str::trim) {
            match seg {
                "*" => glob = true,
                "self" if !p.is_empty() => {}
                s => p.push(s.to_string()),
            }
        }
        out.push((p, alias, glob));
    }
    let mut out = Vec::new();
    go(&[], tree, &mut out);
    out
}

/// Splits at commas outside braces.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// A reference found in a file: absolute segments from the crate root.
#[derive(Debug, Clone)]
struct Ref {
    segs: Vec<String>,
    offset: usize,
    /// A `pub use` of the file's own submodule (a facade, not an edge).
    facade: bool,
    text: String,
}

/// The inline-module path (`tests`, …) enclosing each byte offset.
fn inline_modules(code: &str) -> Vec<(usize, usize, String)> {
    // (start, end, name) of every `mod name {` block.
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut stack: Vec<(usize, Option<String>)> = Vec::new();
    let mut pending: Option<String> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'{' {
            stack.push((i, pending.take()));
        } else if c == b'}' {
            if let Some((start, Some(name))) = stack.pop() {
                out.push((start, i, name));
            }
        } else if c == b';' {
            pending = None;
        } else if b[i..].starts_with(b"mod ") && (i == 0 || !is_ident(b[i - 1])) {
            // Compared as bytes: `i` may sit inside a non-ASCII identifier
            // (`fn 甲()`), where slicing the text would panic; an ASCII `m`
            // is always a character boundary.
            let rest = &code[i + 4..];
            let name: String = rest
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let after = rest.trim_start()[name.len()..].trim_start();
            if after.starts_with('{') {
                pending = Some(name);
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    out
}

fn refs_of(src: &Source, children: &BTreeSet<String>) -> Vec<Ref> {
    let code = &src.code;
    let inline = inline_modules(code);
    // The module (file module + inline modules) at an offset.
    let module_at = |off: usize| -> Vec<String> {
        let mut m: Vec<String> = if src.module.is_empty() {
            vec![]
        } else {
            src.module.split("::").map(String::from).collect()
        };
        let mut spans: Vec<&(usize, usize, String)> = inline
            .iter()
            .filter(|(s, e, _)| *s < off && off < *e)
            .collect();
        spans.sort();
        m.extend(spans.iter().map(|(_, _, n)| n.clone()));
        m
    };
    let absolute = |segs: &[String], off: usize| -> Option<Vec<String>> {
        let here = module_at(off);
        let first = segs.first()?;
        match first.as_str() {
            "crate" | "sentencing" | "$crate" => Some(segs[1..].to_vec()),
            "self" => {
                let mut p = here;
                p.extend_from_slice(&segs[1..]);
                Some(p)
            }
            "super" => {
                let mut p = here;
                let mut rest = segs;
                while rest.first().map(String::as_str) == Some("super") {
                    p.pop();
                    rest = &rest[1..];
                }
                p.extend_from_slice(rest);
                Some(p)
            }
            // `use child::X` in a module with a submodule `child`.
            name if children.contains(name) => {
                let mut p: Vec<String> = src
                    .module
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                p.extend_from_slice(segs);
                Some(p)
            }
            _ => None,
        }
    };
    let mut out = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    // `use` statements.
    let mut search = 0;
    while let Some(p) = code[search..].find("use ") {
        let start = search + p;
        search = start + 4;
        if start > 0 && is_ident(code.as_bytes()[start - 1]) {
            continue;
        }
        let line_start = code[..start].rfind('\n').map_or(0, |n| n + 1);
        let before = code[line_start..start].trim();
        let public = before.starts_with("pub");
        if !(before.is_empty() || public) {
            continue;
        }
        let Some(end) = code[start..].find(';').map(|e| start + e) else {
            continue;
        };
        let tree = &code[start + 4..end];
        covered.push((start, end));
        for (segs, _alias, _glob) in use_leaves(tree) {
            if let Some(abs) = absolute(&segs, start) {
                let facade = public
                    && inline.iter().all(|(s, e, _)| !(*s < start && start < *e))
                    && !src.module.is_empty()
                    && abs.len() > src.module.split("::").count()
                    && abs.join("::").starts_with(&format!("{}::", src.module));
                let facade = facade || (public && src.module.is_empty());
                out.push(Ref {
                    segs: abs,
                    offset: start,
                    facade,
                    text: code[line_start..end + 1].trim().to_string(),
                });
            }
        }
    }
    // Inline paths.
    let b = code.as_bytes();
    // Inline paths from the crate root, relative ones, and bare paths into a
    // child module (`de::Germany` in law/mod.rs).
    let mut keys: Vec<String> = ["crate::", "super::", "self::", "sentencing::"]
        .iter()
        .map(|k| k.to_string())
        .collect();
    keys.extend(children.iter().map(|c| format!("{c}::")));
    for key in &keys {
        let key = key.as_str();
        let mut search = 0;
        while let Some(p) = code[search..].find(key) {
            let start = search + p;
            search = start + key.len();
            if start > 0 && (is_ident(b[start - 1]) || b[start - 1] == b':') {
                continue;
            }
            if covered.iter().any(|(s, e)| *s <= start && start <= *e) {
                continue;
            }
            // `pub(in crate::penalty)` names a visibility, not an import.
            if code[..start].trim_end().ends_with("(in") {
                continue;
            }
            let mut end = start;
            loop {
                let seg_end = end
                    + code[end..]
                        .bytes()
                        .take_while(|c| is_ident(*c) || *c == b'$')
                        .count();
                end = seg_end;
                if code[end..].starts_with("::")
                    && code[end + 2..].bytes().next().is_some_and(is_ident)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            let segs: Vec<String> = code[start..end].split("::").map(String::from).collect();
            if let Some(abs) = absolute(&segs, start) {
                out.push(Ref {
                    segs: abs,
                    offset: start,
                    facade: false,
                    text: code[start..end].to_string(),
                });
            }
        }
    }
    out
}

/// Everything the checker knows about the crate.
struct Crate {
    sources: Vec<Source>,
    modules: BTreeSet<String>,
    items: BTreeMap<String, BTreeSet<String>>,
    /// (module, name) → absolute path it re-exports.
    aliases: BTreeMap<(String, String), Vec<String>>,
    /// module → modules it glob-re-exports.
    globs: BTreeMap<String, Vec<String>>,
    refs: BTreeMap<String, Vec<Ref>>,
}

impl Crate {
    fn new(sources: Vec<Source>) -> Crate {
        let modules: BTreeSet<String> = sources.iter().map(|s| s.module.clone()).collect();
        let mut items = BTreeMap::new();
        let mut aliases = BTreeMap::new();
        let mut globs: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut refs = BTreeMap::new();
        for s in &sources {
            items.insert(s.module.clone(), defined_items(&s.code));
            let children: BTreeSet<String> = modules
                .iter()
                .filter_map(|m| {
                    let rest = if s.module.is_empty() {
                        Some(m.as_str())
                    } else {
                        m.strip_prefix(&format!("{}::", s.module))
                    }?;
                    (!rest.is_empty() && !rest.contains("::")).then(|| rest.to_string())
                })
                .collect();
            let rs = refs_of(s, &children);
            // Re-exports, for resolving names through them.
            for (segs, alias, glob) in pub_use_leaves(s, &children) {
                if glob {
                    globs
                        .entry(s.module.clone())
                        .or_default()
                        .push(segs.join("::"));
                } else if let Some(last) = segs.last() {
                    let name = alias.unwrap_or_else(|| last.clone());
                    aliases.insert((s.module.clone(), name), segs);
                }
            }
            refs.insert(s.shown.clone(), rs);
        }
        Crate {
            sources,
            modules,
            items,
            aliases,
            globs,
            refs,
        }
    }

    /// The file (module) that defines what `segs` names.
    fn resolve(&self, segs: &[String], depth: usize) -> Option<String> {
        if depth > 16 {
            return None;
        }
        let mut k = segs.len();
        while k > 0 && !self.modules.contains(&segs[..k].join("::")) {
            k -= 1;
        }
        let module = segs[..k].join("::");
        if !self.modules.contains(&module) {
            return None;
        }
        let Some(name) = segs.get(k) else {
            return Some(module);
        };
        if self.items.get(&module).is_some_and(|i| i.contains(name)) {
            return Some(module);
        }
        if let Some(target) = self.aliases.get(&(module.clone(), name.clone())) {
            let mut p = target.clone();
            p.extend_from_slice(&segs[k + 1..]);
            if let Some(r) = self.resolve(&p, depth + 1) {
                return Some(r);
            }
        }
        for g in self.globs.get(&module).into_iter().flatten() {
            let mut p: Vec<String> = g.split("::").map(String::from).collect();
            p.extend_from_slice(&segs[k..]);
            if let Some(r) = self.resolve(&p, depth + 1)
                && r != module
            {
                return Some(r);
            }
        }
        Some(module)
    }

    fn edges(&self) -> Vec<Edge> {
        let mut out = BTreeSet::new();
        for s in &self.sources {
            for r in &self.refs[&s.shown] {
                if r.facade {
                    continue;
                }
                let Some(to) = self.resolve(&r.segs, 0) else {
                    continue;
                };
                if to == s.module || to.is_empty() {
                    continue;
                }
                let line = s.code[..r.offset].matches('\n').count() + 1;
                let col = r.offset - s.code[..r.offset].rfind('\n').map_or(0, |n| n + 1) + 1;
                out.insert(Edge {
                    from: s.module.clone(),
                    to,
                    file: s.shown.clone(),
                    line,
                    col,
                    text: r.text.clone(),
                });
            }
        }
        out.into_iter().collect()
    }
}

fn pub_use_leaves(
    s: &Source,
    children: &BTreeSet<String>,
) -> Vec<(Vec<String>, Option<String>, bool)> {
    let mut out = Vec::new();
    for (i, line) in s.code.split(';').enumerate() {
        let _ = i;
        let t = line.trim();
        let Some(rest) = t
            .strip_prefix("pub use ")
            .or_else(|| t.strip_prefix("pub(crate) use "))
        else {
            continue;
        };
        for (segs, alias, glob) in use_leaves(rest) {
            let first = segs.first().map(String::as_str).unwrap_or("");
            let abs: Vec<String> = match first {
                "crate" | "sentencing" => segs[1..].to_vec(),
                "super" => {
                    let mut p: Vec<String> = s
                        .module
                        .split("::")
                        .filter(|x| !x.is_empty())
                        .map(String::from)
                        .collect();
                    let mut rest = segs.as_slice();
                    while rest.first().map(String::as_str) == Some("super") {
                        p.pop();
                        rest = &rest[1..];
                    }
                    p.extend_from_slice(rest);
                    p
                }
                "self" => {
                    let mut p: Vec<String> = s
                        .module
                        .split("::")
                        .filter(|x| !x.is_empty())
                        .map(String::from)
                        .collect();
                    p.extend_from_slice(&segs[1..]);
                    p
                }
                c if children.contains(c) => {
                    let mut p: Vec<String> = s
                        .module
                        .split("::")
                        .filter(|x| !x.is_empty())
                        .map(String::from)
                        .collect();
                    p.extend_from_slice(&segs);
                    p
                }
                _ => continue,
            };
            out.push((abs, alias, glob));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The rules.

fn layer_of(module: &str) -> Option<(usize, &'static str)> {
    let mut best: Option<(usize, usize, &'static str)> = None;
    for (i, (name, prefixes)) in LAYERS.iter().enumerate() {
        for p in *prefixes {
            let hit = module == *p || module.starts_with(&format!("{p}::"));
            if hit && best.is_none_or(|(len, _, _)| p.len() > len) {
                best = Some((p.len(), i, name));
            }
        }
    }
    best.map(|(_, i, n)| (i, n))
}

fn jurisdiction_of(module: &str) -> Option<&'static str> {
    JURISDICTIONS
        .iter()
        .copied()
        .find(|j| module == *j || module.starts_with(&format!("{j}::")))
}

/// Strongly connected components with more than one module (Tarjan).
fn cycles(edges: &[Edge]) -> Vec<Vec<String>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in edges {
        graph.entry(&e.from).or_default().insert(&e.to);
        graph.entry(&e.to).or_default();
    }
    let nodes: Vec<&str> = graph.keys().copied().collect();
    let index_of: BTreeMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let n = nodes.len();
    let (mut index, mut low, mut on) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let mut stack = Vec::new();
    let mut next = 0;
    let mut out = Vec::new();
    // Iterative Tarjan: (node, successor position).
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            if *pos == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on[v] = true;
            }
            let succ: Vec<usize> = graph[nodes[v]].iter().map(|s| index_of[s]).collect();
            if *pos < succ.len() {
                let w = succ[*pos];
                *pos += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(u, _)) = work.last() {
                    low[u] = low[u].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = stack.pop() {
                        on[w] = false;
                        comp.push(nodes[w].to_string());
                        if w == v {
                            break;
                        }
                    }
                    if comp.len() > 1 {
                        comp.sort();
                        out.push(comp);
                    }
                }
            }
        }
    }
    out
}

/// Every violation, one line each; empty when the house is one-way.
fn check(krate: &Crate, exceptions: &[(&str, &str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    let is_exception = |e: &Edge| {
        exceptions
            .iter()
            .position(|(f, t, _)| e.from == *f && e.to == *t)
    };
    let all_edges = krate.edges();
    let edges: Vec<Edge> = all_edges
        .iter()
        .filter(|e| match is_exception(e) {
            Some(i) => {
                used.insert(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect();
    for m in &krate.modules {
        if !m.is_empty() && layer_of(m).is_none() {
            problems.push(format!("module `{m}` is in no layer: add it to LAYERS (tests/architecture.rs) and docs/design.md"));
        }
    }
    for e in &edges {
        let at = format!("{}:{}:{}", e.file, e.line, e.col);
        if let (Some((lf, nf)), Some((lt, nt))) = (layer_of(&e.from), layer_of(&e.to))
            && lt > lf
        {
            // The usual case after the move of the message data.
            let hint = if e.to == "i18n" {
                " (Msg, MsgId, Arg, Sep and RuleRef are in crate::message)"
            } else {
                ""
            };
            problems.push(format!(
                "{at}: `{}` (layer {nf}) imports `{}` (layer {nt}), a higher layer: `{}`{hint}",
                e.from, e.to, e.text
            ));
        }
        if let (Some(a), Some(b)) = (jurisdiction_of(&e.from), jurisdiction_of(&e.to))
            && a != b
        {
            problems.push(format!(
                "{at}: jurisdiction `{a}` imports jurisdiction `{b}` (`{}` → `{}`): move shared code to a shared module of law/: `{}`",
                e.from, e.to, e.text
            ));
        }
    }
    for comp in cycles(&edges) {
        let inside: BTreeSet<&String> = comp.iter().collect();
        let mut lines = String::new();
        for e in edges
            .iter()
            .filter(|e| inside.contains(&e.from) && inside.contains(&e.to))
        {
            let _ = write!(
                lines,
                "\n    {}:{}:{}: {} → {}",
                e.file, e.line, e.col, e.from, e.to
            );
        }
        problems.push(format!("import cycle between {}:{lines}", comp.join(", ")));
    }
    for (i, (f, t, why)) in exceptions.iter().enumerate() {
        if !used.contains(&i) {
            problems.push(format!(
                "exception `{f}` → `{t}` ({why}) is no longer used: remove it from EXCEPTIONS"
            ));
        }
    }
    problems
}

fn read_tree(root: &Path) -> Vec<Source> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(root, &mut files);
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(p).unwrap())
        })
        .collect();
    sources_from(&texts)
}

/// Sources from (path under src/, text); files pulled in with `include!`
/// count as part of the including file.
fn sources_from(texts: &[(String, String)]) -> Vec<Source> {
    let mut included: BTreeMap<String, String> = BTreeMap::new();
    for (rel, text) in texts {
        for (p, _) in text.match_indices("include!(\"") {
            let rest = &text[p + 10..];
            if let Some(end) = rest.find('"') {
                let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
                let target = if dir.is_empty() {
                    rest[..end].to_string()
                } else {
                    format!("{dir}/{}", &rest[..end])
                };
                included.insert(target, rel.clone());
            }
        }
    }
    let mut out: Vec<Source> = Vec::new();
    for (rel, text) in texts {
        let owner = included.get(rel).unwrap_or(rel);
        let module = if owner == "main.rs" {
            "main".to_string()
        } else {
            module_of(owner)
        };
        out.push(Source {
            shown: format!("src/{rel}"),
            module,
            code: blank(text),
        });
    }
    out
}

#[test]
fn the_house_is_one_way() {
    // ARCHITECTURE_SRC=<dir> checks another tree (e.g. an older commit's src/).
    let root = std::env::var_os("ARCHITECTURE_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let krate = Crate::new(read_tree(&root));
    // A reader that sees nothing passes everything: make sure it sees the
    // crate (about 100 files and 700 imports between modules).
    let edges = krate.edges();
    eprintln!(
        "{} modules, {} import edges",
        krate.modules.len(),
        edges.len()
    );
    assert!(krate.modules.len() > 60, "{} modules", krate.modules.len());
    assert!(edges.len() > 400, "{} import edges", edges.len());
    assert!(
        edges
            .iter()
            .any(|e| e.from == "law::cn::combination" && e.to == "analysis"),
        "law::cn::combination → analysis not seen"
    );
    let mut problems = check(&krate, EXCEPTIONS);
    problems.extend(matches_on_jurisdiction(&krate.sources));
    assert!(
        problems.is_empty(),
        "{} architecture problem(s) (layers: tests/architecture.rs LAYERS, docs/design.md § Layers):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Files that may match on `JurisdictionId`: the registry, and the id's own
/// definition (its codes).
const MAY_MATCH_ON_JURISDICTION: &[&str] = &["src/law/mod.rs", "src/case/model.rs"];

/// A `match` arm on a jurisdiction outside the registry: what differs
/// between jurisdictions belongs in their `Jurisdiction`/`System` methods.
fn matches_on_jurisdiction(sources: &[Source]) -> Vec<String> {
    let mut out = Vec::new();
    for s in sources {
        if MAY_MATCH_ON_JURISDICTION.contains(&s.shown.as_str()) {
            continue;
        }
        for (i, line) in s.code.lines().enumerate() {
            let Some(p) = line.find("JurisdictionId::") else {
                continue;
            };
            let rest = &line[p + "JurisdictionId::".len()..];
            let after = rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
            let after = after.trim_start();
            let before = line[..p].trim_end();
            let arm =
                after.starts_with("=>") || (after.starts_with('|') && !after.starts_with("||"));
            let compared = before.ends_with("==")
                || before.ends_with("!=")
                || after.starts_with("==")
                || after.starts_with("!=")
                || line[..p].contains("matches!(");
            if arm || compared {
                out.push(format!(
                    "{}:{}: matches on JurisdictionId outside the registry (law/mod.rs): `{}`",
                    s.shown,
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The checker itself, on small synthetic crates.

fn synthetic(files: &[(&str, &str)]) -> Crate {
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    Crate::new(sources_from(&texts))
}

#[test]
fn checker_reads_non_ascii_identifiers() {
    let k = synthetic(&[
        ("lib.rs", "pub mod penalty; pub mod render;"),
        (
            "penalty/mod.rs",
            "pub fn 判处() {}\nfn 罚金模块() { crate::render::t(); }\nmod 内部 { pub fn x() {} }",
        ),
        ("render/mod.rs", "pub fn t() {}"),
    ]);
    let p = check(&k, &[]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("`render`"), "{p:?}");
}

#[test]
fn checker_reports_an_import_from_a_higher_layer() {
    let k = synthetic(&[
        ("lib.rs", "pub mod penalty; pub mod render;"),
        (
            "penalty/mod.rs",
            "use crate::render::Table;\npub struct P;\npub(in crate::render) fn v() {}",
        ),
        ("render/mod.rs", "pub struct Table;"),
    ]);
    let p = check(&k, &[]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("src/penalty/mod.rs:1:1: `penalty`"),
        "{p:?}"
    );
    assert!(p[0].contains("`render`"), "{p:?}");
}

#[test]
fn checker_sees_inline_paths_and_super_in_test_modules() {
    let k = synthetic(&[
        ("lib.rs", "pub mod case; pub mod i18n;"),
        (
            "case/mod.rs",
            "pub mod load;\npub struct Case;\nfn f() { let _ = crate::i18n::render(); }",
        ),
        (
            "case/load.rs",
            "pub fn load() {}\n#[cfg(test)]\nmod tests {\n    use super::super::Case;\n    use super::load;\n}",
        ),
        ("i18n/mod.rs", "pub fn render() {}"),
    ]);
    let p = check(&k, &[]);
    // case → i18n inline; the test module's super:: paths stay inside case.
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("src/case/mod.rs:3:18:"), "{p:?}");
}

#[test]
fn checker_finds_a_cycle_through_three_modules_and_ignores_strings() {
    let k = synthetic(&[
        ("lib.rs", "pub mod render;"),
        ("render/mod.rs", "pub mod a; pub mod b; pub mod c;"),
        (
            "render/a.rs",
            "use super::b::B;\npub struct A;\n// use super::c::C;",
        ),
        (
            "render/b.rs",
            "pub struct B;\nfn f() -> super::c::C { todo!() }\npub(in crate::render) fn g() {}",
        ),
        (
            "render/c.rs",
            "pub struct C;\nconst S: &str = \"crate::render::b\";\nfn g(_: crate::render::a::A) {}",
        ),
    ]);
    let p = check(&k, &[]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("import cycle between render::a, render::b, render::c"),
        "{p:?}"
    );
}

#[test]
fn checker_follows_reexports_and_ignores_a_modules_own_facade() {
    let k = synthetic(&[
        ("lib.rs", "pub mod penalty; pub mod message;"),
        (
            "penalty/mod.rs",
            "mod grammar;\npub use grammar::parse;\npub struct Principal;",
        ),
        (
            "penalty/grammar.rs",
            "use crate::message::Msg;\nuse super::Principal;\npub fn parse() {}",
        ),
        (
            "message/mod.rs",
            "use crate::penalty::Principal;\npub struct Msg;",
        ),
    ]);
    // message → penalty (Principal, defined in penalty/mod.rs) and
    // penalty::grammar → message: no cycle, no layer problem.
    assert_eq!(check(&k, &[]), Vec::<String>::new());
    // Reaching the grammar through the facade is an edge to the grammar.
    let k = synthetic(&[
        ("lib.rs", "pub mod penalty; pub mod message;"),
        (
            "penalty/mod.rs",
            "mod grammar;\npub use grammar::parse;\npub struct Principal;",
        ),
        (
            "penalty/grammar.rs",
            "use crate::message::Msg;\npub fn parse() {}",
        ),
        (
            "message/mod.rs",
            "use crate::penalty::parse;\npub struct Msg;",
        ),
    ]);
    let p = check(&k, &[]);
    assert!(
        p.iter()
            .any(|l| l.contains("`message` (layer 2 messages (data)) imports `penalty::grammar`")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|l| l.starts_with("import cycle between message, penalty::grammar")),
        "{p:?}"
    );
}

#[test]
fn checker_reports_jurisdictions_importing_each_other_and_stale_exceptions() {
    let k = synthetic(&[
        ("lib.rs", "pub mod law;"),
        ("law/mod.rs", "pub mod cn; pub mod de;"),
        ("law/cn/mod.rs", "pub fn f() {}"),
        ("law/de/mod.rs", "use crate::law::cn::f;"),
    ]);
    let p = check(&k, &[]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("jurisdiction `law::de` imports jurisdiction `law::cn`"),
        "{p:?}"
    );
    // The same edge as an exception: allowed; an unused exception fails.
    let ex = [
        ("law::de", "law::cn", "test"),
        ("law::cn", "law::de", "stale"),
    ];
    let p = check(&k, &ex);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("`law::cn` → `law::de` (stale) is no longer used"),
        "{p:?}"
    );
}

#[test]
fn checker_reports_a_match_on_jurisdiction_outside_the_registry() {
    let k = synthetic(&[
        (
            "law/mod.rs",
            "fn f(j: JurisdictionId) { match j { JurisdictionId::Cn => 1 } }",
        ),
        (
            "i18n/names.rs",
            "fn g(j: JurisdictionId) -> u8 {\n    match j {\n        JurisdictionId::De | JurisdictionId::Jp => 1,\n        _ => 2 }\n}\nfn h() { scope(JurisdictionId::De, || 1); }\nfn i(j: JurisdictionId) -> bool { j == JurisdictionId::Cn || matches!(j, JurisdictionId::Tw) }",
        ),
    ]);
    let p = matches_on_jurisdiction(&k.sources);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("src/i18n/names.rs:3:"), "{p:?}");
    assert!(p[1].starts_with("src/i18n/names.rs:7:"), "{p:?}");
}

#[test]
fn checker_sees_bare_paths_into_child_modules() {
    let k = synthetic(&[
        ("lib.rs", "pub mod law;"),
        (
            "law/mod.rs",
            "pub mod de;\npub trait J {}\npub fn registry() -> &'static dyn J { &de::Germany }",
        ),
        (
            "law/de/mod.rs",
            "pub struct Germany;\nimpl crate::law::J for Germany {}",
        ),
    ]);
    let p = check(&k, &[]);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p.iter()
            .any(|l| l.starts_with("import cycle between law, law::de")),
        "{p:?}"
    );
}

#[test]
fn checker_reports_a_module_in_no_layer() {
    let k = synthetic(&[("lib.rs", "pub mod attic;"), ("attic.rs", "")]);
    let p = check(&k, &[]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("module `attic` is in no layer"), "{p:?}");
}
