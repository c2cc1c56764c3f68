//! Paragraphs (`PA` VOC records): each field after the first is a command
//! line; `<<In,prompt>>` in it stands for word `n` of the sentence that ran
//! the paragraph (word 1 is the paragraph's own name).

/// Replaces every `<<In,prompt>>` of `line` by word `n` of `words` (empty
/// when the sentence has fewer words: there is no terminal to prompt on).
pub fn substitute(line: &str, words: &[String]) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("<<") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find(">>") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let inner = &after[..j];
        let spec = inner.split(',').next().unwrap_or("").trim();
        let n = spec
            .strip_prefix('I')
            .or_else(|| spec.strip_prefix('i'))
            .and_then(|d| d.parse::<usize>().ok());
        match n {
            Some(n) => out.push_str(
                words
                    .get(n.wrapping_sub(1))
                    .map(|s| s.as_str())
                    .unwrap_or(""),
            ),
            None => {
                out.push_str("<<");
                out.push_str(inner);
                out.push_str(">>");
            }
        }
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_arguments_are_sentence_words() {
        let w: Vec<String> = ["SHOW.ARGS", "apple", "pear"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            substitute("DISPLAY first <<I2,Word>>", &w),
            "DISPLAY first apple"
        );
        assert_eq!(substitute("X <<I3,W>> <<I4,W>>!", &w), "X pear !");
        assert_eq!(substitute("keep <<@PATH>>", &w), "keep <<@PATH>>");
    }
}
