// Civil time without a time-zone database: POSIX TZ rules ("CST6CDT,M3.2.0,M11.1.0"),
// evaluated constexpr and without allocation. Used for the business's local time
// (context tags, booked times without an offset, RFC 3339 datetimes).
//
// A rule describes a zone's current offsets and daylight-saving transitions; it is
// applied to every year (historic rule changes, such as US DST before 2007, are
// not modelled). Zones are found by IANA name through a built-in table of US zones,
// or, for any other name, from the POSIX footer of the system's TZif file
// (/usr/share/zoneinfo/NAME), or given directly as a POSIX TZ string.
#pragma once
#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "detail/config.hpp"

namespace calllock {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
[[nodiscard]] CALLLOCK_NOINLINE constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct CivilDate {
    std::int64_t year = 1970;
    unsigned month = 1;  // 1..12
    unsigned day = 1;    // 1..31
    friend constexpr bool operator==(const CivilDate&, const CivilDate&) = default;
};

[[nodiscard]] CALLLOCK_NOINLINE constexpr CivilDate civil_from_days(std::int64_t z) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

// 0 = Sunday .. 6 = Saturday.
[[nodiscard]] constexpr unsigned weekday_from_days(std::int64_t z) noexcept {
    return static_cast<unsigned>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

[[nodiscard]] constexpr unsigned days_in_month(std::int64_t y, unsigned m) noexcept {
    constexpr std::array<unsigned, 12> d{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

// Day (1..31) of the n-th (1..4, 5 = last) weekday wd (0 = Sunday) of a month.
[[nodiscard]] CALLLOCK_NOINLINE constexpr unsigned nth_weekday(std::int64_t y, unsigned m, unsigned n, unsigned wd) noexcept {
    const unsigned first_wd = weekday_from_days(days_from_civil(y, m, 1));
    unsigned day = 1 + (wd + 7 - first_wd) % 7 + 7 * (n - 1);
    while (day > days_in_month(y, m)) day -= 7;
    return day;
}

// A local civil time with the offset in force.
struct LocalTime {
    CivilDate date{};
    unsigned hour = 0, minute = 0, second = 0;
    unsigned weekday = 4;     // 0 = Sunday
    std::int32_t offset = 0;  // seconds east of UTC
    bool dst = false;
};

class TimeZone {
public:
    struct Transition {  // POSIX "Mm.w.d/time"
        unsigned month = 3, week = 2, weekday = 0;
        std::int32_t time = 7200;  // local wall-clock seconds
    };

    constexpr TimeZone() = default;

    // Parses a POSIX TZ string: "CST6CDT,M3.2.0,M11.1.0", "MST7", "<+0530>-5:30",
    // "EST5EDT4,M3.2.0/2,M11.1.0/2:00:00". Only the M form of rules is accepted.
    [[nodiscard]] static constexpr std::optional<TimeZone> parse(std::string_view s) noexcept {
        TimeZone z;
        std::size_t i = 0;
        if (!name(s, i) || !offset(s, i, z.std_offset_)) return std::nullopt;
        z.std_offset_ = -z.std_offset_;  // POSIX counts west of UTC
        if (i == s.size()) return z;
        if (!name(s, i)) return std::nullopt;
        z.has_dst_ = true;
        z.dst_offset_ = z.std_offset_ + 3600;
        if (i < s.size() && s[i] != ',') {
            std::int32_t o = 0;
            if (!offset(s, i, o)) return std::nullopt;
            z.dst_offset_ = -o;
        }
        if (i == s.size()) {  // no rules given: the US rules are POSIX's default
            z.start_ = {3, 2, 0, 7200};
            z.end_ = {11, 1, 0, 7200};
            return z;
        }
        if (!rule(s, i, z.start_) || !rule(s, i, z.end_) || i != s.size()) return std::nullopt;
        return z;
    }

    [[nodiscard]] constexpr bool has_dst() const noexcept { return has_dst_; }
    [[nodiscard]] constexpr std::int32_t standard_offset() const noexcept { return std_offset_; }

    // The offset in force at a UTC instant (seconds since the epoch).
    [[nodiscard]] constexpr std::int32_t offset_at(std::int64_t t) const noexcept {
        return is_dst(t) ? dst_offset_ : std_offset_;
    }

    [[nodiscard]] constexpr bool is_dst(std::int64_t t) const noexcept {
        if (!has_dst_) return false;
        const std::int64_t year = civil_from_days(floor_div(t + std_offset_, 86400)).year;
        const std::int64_t start = instant(year, start_) - std_offset_;
        const std::int64_t end = instant(year, end_) - dst_offset_;
        return start < end ? (t >= start && t < end) : !(t >= end && t < start);
    }

    [[nodiscard]] constexpr LocalTime local(std::int64_t t) const noexcept {
        LocalTime l;
        l.dst = is_dst(t);
        l.offset = l.dst ? dst_offset_ : std_offset_;
        const std::int64_t lt = t + l.offset;
        const std::int64_t days = floor_div(lt, 86400);
        const auto secs = static_cast<unsigned>(lt - days * 86400);
        l.date = civil_from_days(days);
        l.hour = secs / 3600;
        l.minute = secs / 60 % 60;
        l.second = secs % 60;
        l.weekday = weekday_from_days(days);
        return l;
    }

    // The UTC instant of a local wall-clock time. In the fall-back overlap the
    // earlier instant is taken; a time in the spring-forward gap is read with the
    // offset in force before the gap (so 02:30 becomes 03:30 daylight time).
    [[nodiscard]] constexpr std::int64_t from_local(std::int64_t local_seconds) const noexcept {
        const std::int64_t a = local_seconds - dst_offset_;
        const std::int64_t b = local_seconds - std_offset_;
        if (has_dst_ && offset_at(a) == dst_offset_) return a < b || offset_at(b) != std_offset_ ? a : b;
        if (offset_at(b) == std_offset_) return b;
        return b;  // in the gap: the standard offset, which is the one before it
    }

    [[nodiscard]] static constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
    }

private:
    static constexpr std::int64_t instant(std::int64_t year, const Transition& r) noexcept {
        return days_from_civil(year, r.month, nth_weekday(year, r.month, r.week, r.weekday)) * 86400 + r.time;
    }
    static constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
    static constexpr bool name(std::string_view s, std::size_t& i) noexcept {
        const std::size_t b = i;
        if (i < s.size() && s[i] == '<') {
            while (++i < s.size() && s[i] != '>') {}
            if (i == s.size()) return false;
            ++i;
            return i - b >= 5;
        }
        while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
        return i - b >= 3;
    }
    static constexpr bool number(std::string_view s, std::size_t& i, std::int32_t& out, int max) noexcept {
        if (i >= s.size() || !digit(s[i])) return false;
        out = 0;
        while (i < s.size() && digit(s[i])) {
            out = out * 10 + (s[i++] - '0');
            if (out > max) return false;
        }
        return true;
    }
    // [+-]hh[:mm[:ss]] as seconds.
    static constexpr bool offset(std::string_view s, std::size_t& i, std::int32_t& out) noexcept {
        int sign = 1;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
        std::int32_t h = 0, m = 0, sec = 0;
        if (!number(s, i, h, 167)) return false;
        if (i < s.size() && s[i] == ':') {
            ++i;
            if (!number(s, i, m, 59)) return false;
            if (i < s.size() && s[i] == ':') {
                ++i;
                if (!number(s, i, sec, 59)) return false;
            }
        }
        out = sign * (h * 3600 + m * 60 + sec);
        return true;
    }
    static constexpr bool rule(std::string_view s, std::size_t& i, Transition& r) noexcept {
        if (i + 1 >= s.size() || s[i] != ',' || s[i + 1] != 'M') return false;
        i += 2;
        std::int32_t m = 0, w = 0, d = 0;
        if (!number(s, i, m, 12) || m < 1 || i >= s.size() || s[i++] != '.') return false;
        if (!number(s, i, w, 5) || w < 1 || i >= s.size() || s[i++] != '.') return false;
        if (!number(s, i, d, 6)) return false;
        r = {static_cast<unsigned>(m), static_cast<unsigned>(w), static_cast<unsigned>(d), 7200};
        if (i < s.size() && s[i] == '/') {
            ++i;
            if (!offset(s, i, r.time)) return false;
        }
        return true;
    }

    std::int32_t std_offset_ = 0;
    std::int32_t dst_offset_ = 0;
    bool has_dst_ = false;
    Transition start_{};
    Transition end_{};
};

inline constexpr std::string_view default_business_time_zone = "America/Chicago";

namespace detail {
struct zone_row {
    std::string_view name;
    std::string_view rule;
};
// The US zones, built in so that the common case needs no file system.
inline constexpr std::array<zone_row, 12> builtin_zones{{
    {"America/Chicago", "CST6CDT,M3.2.0,M11.1.0"},
    {"America/New_York", "EST5EDT,M3.2.0,M11.1.0"},
    {"America/Denver", "MST7MDT,M3.2.0,M11.1.0"},
    {"America/Phoenix", "MST7"},
    {"America/Los_Angeles", "PST8PDT,M3.2.0,M11.1.0"},
    {"America/Anchorage", "AKST9AKDT,M3.2.0,M11.1.0"},
    {"Pacific/Honolulu", "HST10"},
    {"America/Detroit", "EST5EDT,M3.2.0,M11.1.0"},
    {"America/Indiana/Indianapolis", "EST5EDT,M3.2.0,M11.1.0"},
    {"America/Boise", "MST7MDT,M3.2.0,M11.1.0"},
    {"UTC", "UTC0"},
    {"Etc/UTC", "UTC0"},
}};
}  // namespace detail

// A zone by IANA name (built-in US zones, else the POSIX footer of the TZif file
// under zoneinfo_dir), or a POSIX TZ string. Empty when neither works.
[[nodiscard]] inline std::optional<TimeZone> find_time_zone(std::string_view name,
                                                            std::string_view zoneinfo_dir = "/usr/share/zoneinfo") {
    for (const auto& z : detail::builtin_zones)
        if (z.name == name) return TimeZone::parse(z.rule);
    const bool safe = !name.empty() && name.find("..") == std::string_view::npos && name.front() != '/';
    if (safe && name.find('/') != std::string_view::npos) {
        // TZif v2+: the file ends with "\n<POSIX TZ string>\n"; its last bytes are enough.
        const std::string path = std::string(zoneinfo_dir) + "/" + std::string(name);
        std::string tail;
        if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
            char magic[4];
            if (std::fread(magic, 1, 4, f) == 4 && std::string_view(magic, 4) == "TZif" &&
                std::fseek(f, 0, SEEK_END) == 0) {
                const long size = std::ftell(f);
                const long from = size > 512 ? size - 512 : 0;
                if (size > 6 && std::fseek(f, from, SEEK_SET) == 0) {
                    tail.resize(static_cast<std::size_t>(size - from));
                    tail.resize(std::fread(tail.data(), 1, tail.size(), f));
                }
            }
            std::fclose(f);
        }
        if (tail.size() > 2 && tail.back() == '\n') {
            const auto nl = tail.rfind('\n', tail.size() - 2);
            if (nl != std::string::npos)
                return TimeZone::parse(std::string_view(tail).substr(nl + 1, tail.size() - nl - 2));
        }
    }
    return TimeZone::parse(name);
}

// An ISO 8601 / RFC 3339 date-time as written, before any time zone is applied:
// "2026-02-20T10:00:00-06:00", "2026-02-20T16:00:00Z", "2026-02-20T10:00:00.250+05:30",
// "2026-02-20 10:00", "2026-02-20T10:00:00" (no offset).
struct ParsedDateTime {
    std::int64_t local_seconds = 0;      // the wall-clock fields as seconds since 1970-01-01T00:00
    std::optional<std::int32_t> offset;  // seconds east of UTC; empty when none was written
    bool zulu = false;                   // written as "Z"
    std::uint32_t nanoseconds = 0;       // the fraction of a second, truncated to nanoseconds

    // The UTC instant, reading a time without an offset as wall-clock time in `zone`.
    [[nodiscard]] constexpr std::int64_t instant(const TimeZone& zone) const noexcept {
        return offset ? local_seconds - *offset : zone.from_local(local_seconds);
    }
};

// Parses YYYY-MM-DD, then 'T', 't' or one space, then HH:MM[:SS[.fraction]], then
// optionally 'Z', 'z', +HH, +HHMM or +HH:MM (or '-'); surrounding blanks are allowed.
// Dates must exist (no 2026-02-30) and times be in range (no 24:00, no leap second
// 60, offsets below 24 h). Anything else, a date alone included, is nullopt.
[[nodiscard]] constexpr std::optional<ParsedDateTime> parse_iso8601(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    auto num = [&](std::size_t at, std::size_t n) -> int {
        if (at + n > s.size()) return -1;
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return std::nullopt;
    if (s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s[13] != ':')
        return std::nullopt;
    if (static_cast<unsigned>(d) > days_in_month(y, static_cast<unsigned>(mo))) return std::nullopt;
    std::size_t i = 16;
    int sec = 0;
    ParsedDateTime p;
    if (i < s.size() && s[i] == ':') {
        sec = num(i + 1, 2);
        if (sec < 0 || sec > 59) return std::nullopt;
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            const std::size_t b = ++i;
            std::uint32_t scale = 100000000;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                p.nanoseconds += static_cast<std::uint32_t>(s[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
            if (i == b) return std::nullopt;
        }
    }
    if (i < s.size()) {
        if (s[i] == 'Z' || s[i] == 'z') {
            if (i + 1 != s.size()) return std::nullopt;
            p.offset = 0;
            p.zulu = true;
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            const int oh = num(i + 1, 2);
            int om = 0;
            if (oh < 0 || oh > 23) return std::nullopt;
            const std::size_t rest = s.size() - i - 3;  // what follows the sign and hours
            if (rest == 3 && s[i + 3] == ':') om = num(i + 4, 2);
            else if (rest == 2) om = num(i + 3, 2);
            else if (rest != 0) return std::nullopt;
            if (om < 0 || om > 59) return std::nullopt;
            p.offset = sign * (oh * 3600 + om * 60);
        } else {
            return std::nullopt;
        }
    }
    p.local_seconds = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
                      h * 3600 + mi * 60 + sec;
    return p;
}

// "2026-02-20T10:00:00-06:00" (or "Z" for offset 0 when zulu is true).
[[nodiscard]] inline std::string format_rfc3339(std::int64_t t, std::int32_t offset, bool zulu = false) {
    const std::int64_t lt = t + offset;
    const std::int64_t days = TimeZone::floor_div(lt, 86400);
    const auto secs = static_cast<unsigned>(lt - days * 86400);
    const CivilDate d = civil_from_days(days);
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u", static_cast<long long>(d.year),
                          d.month, d.day, secs / 3600, secs / 60 % 60, secs % 60);
    if (zulu && offset == 0) {
        buf[n++] = 'Z';
    } else {
        const unsigned a = static_cast<unsigned>(offset < 0 ? -offset : offset);
        n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), "%c%02u:%02u",
                           offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    }
    return std::string(buf, static_cast<std::size_t>(n));
}

}  // namespace calllock
