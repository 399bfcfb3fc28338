//! Numbers as Chinese numerals, the reverse of `penalty::numerals`: `十`,
//! `十五`, `二十`, `一百零五`, `一千零一`, `一万零五百`.

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// 0 – 9,999 as a group, without a leading 零; `lead` is true when nothing
/// comes before the group (so 10 – 19 read `十…` instead of `一十…`).
fn group(n: u64, lead: bool) -> String {
    let parts = [
        (n / 1000, "千"),
        (n / 100 % 10, "百"),
        (n / 10 % 10, "十"),
        (n % 10, ""),
    ];
    let mut out = String::new();
    let mut zero_pending = false;
    for (i, (d, unit)) in parts.iter().enumerate() {
        if *d == 0 {
            if !out.is_empty() {
                zero_pending = true;
            }
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        // 十五, not 一十五, at the very start of the number.
        if !(i == 2 && *d == 1 && out.is_empty() && lead) {
            out.push_str(
                DIGITS
                    .get(usize::try_from(*d).unwrap_or(usize::MAX))
                    .copied()
                    .unwrap_or_default(),
            );
        }
        out.push_str(unit);
    }
    out
}

/// A non-negative number as Chinese numerals, as judgments write terms
/// (`十五`, `一百零五`). Numbers of 10^16 or more are written with Arabic digits.
pub fn chinese_number(n: u64) -> String {
    if n == 0 {
        return "零".to_string();
    }
    if n >= 10_000_000_000_000_000 {
        return n.to_string();
    }
    let groups = [
        (n / 100_000_000 / 10_000, "万亿"),
        (n / 100_000_000 % 10_000, "亿"),
        (n / 10_000 % 10_000, "万"),
        (n % 10_000, ""),
    ];
    let mut out = String::new();
    let mut zero_pending = false;
    for (g, unit) in groups {
        if g == 0 {
            if !out.is_empty() {
                zero_pending = true;
            }
            continue;
        }
        // A gap before this group (a zero group, or fewer than four digits) reads 零.
        if !out.is_empty() && (zero_pending || g < 1000) {
            out.push('零');
        }
        zero_pending = false;
        out.push_str(&group(g, out.is_empty()));
        out.push_str(unit);
    }
    out
}

/// A signed number as Chinese numerals (`负五`).
pub fn chinese_number_signed(n: i64) -> String {
    if n < 0 {
        format!("负{}", chinese_number(n.unsigned_abs()))
    } else {
        chinese_number(n as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::chinese_number as c;

    #[test]
    fn small_numbers() {
        assert_eq!(c(0), "零");
        assert_eq!(c(1), "一");
        assert_eq!(c(2), "二");
        assert_eq!(c(10), "十");
        assert_eq!(c(15), "十五");
        assert_eq!(c(20), "二十");
        assert_eq!(c(35), "三十五");
        assert_eq!(c(99), "九十九");
    }

    #[test]
    fn hundreds_and_thousands() {
        assert_eq!(c(100), "一百");
        assert_eq!(c(105), "一百零五");
        assert_eq!(c(110), "一百一十");
        assert_eq!(c(115), "一百一十五");
        assert_eq!(c(1001), "一千零一");
        assert_eq!(c(1010), "一千零一十");
        assert_eq!(c(1100), "一千一百");
        assert_eq!(c(2026), "二千零二十六");
    }

    #[test]
    fn ten_thousands() {
        assert_eq!(c(10_000), "一万");
        assert_eq!(c(10_500), "一万零五百");
        assert_eq!(c(10_001), "一万零一");
        assert_eq!(c(12_345), "一万二千三百四十五");
        assert_eq!(c(99_999), "九万九千九百九十九");
        assert_eq!(c(100_000), "十万");
        assert_eq!(c(110_000), "十一万");
        assert_eq!(c(1_000_000), "一百万");
        assert_eq!(c(100_000_000), "一亿");
        assert_eq!(c(100_010_000), "一亿零一万");
        assert_eq!(c(350_000_000), "三亿五千万");
    }

    /// Every number up to 99,999 reads back to itself with the project's parser.
    #[test]
    fn round_trip_through_the_parser() {
        for n in 0..=99_999u64 {
            let text = c(n);
            assert_eq!(
                crate::penalty::numerals::parse_chinese_number(&text),
                Some(n),
                "{n} → {text}"
            );
        }
    }
}
