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
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace calllock {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
[[nodiscard]] constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
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

[[nodiscard]] constexpr CivilDate civil_from_days(std::int64_t z) noexcept {
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
[[nodiscard]] constexpr unsigned nth_weekday(std::int64_t y, unsigned m, unsigned n, unsigned wd) noexcept {
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
        std::ifstream in(std::string(zoneinfo_dir) + "/" + std::string(name), std::ios::binary);
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // TZif v2+: the file ends with "\n<POSIX TZ string>\n".
        if (data.size() > 6 && data.compare(0, 4, "TZif") == 0 && data.back() == '\n') {
            const auto nl = data.rfind('\n', data.size() - 2);
            if (nl != std::string::npos)
                return TimeZone::parse(std::string_view(data).substr(nl + 1, data.size() - nl - 2));
        }
    }
    return TimeZone::parse(name);
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
