// Fuzz target: payload building. Any session the strict reader accepts must give,
// with a valid configuration (profile, time zone and end time chosen from the
// input's hash among ordinary and odd values):
//  - a job, a call and, exactly after a safety exit, an emergency alert;
//  - each accepted by the dashboard contract (contract::validate finds nothing);
//  - each serialized as valid UTF-8 JSON that a strict parser reads back equal;
//  - the same bytes when built again (a replayed payload is byte-identical), and
//    the same call_id in every payload of the call.
#include <calllock/dashboard/contract.hpp>
#include <calllock/dashboard/payload.hpp>

#include "fuzz_support.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <string_view>

namespace {

using namespace calllock;

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

template <class P>
std::string checked_json(const P& payload, Webhook route) {
    const boost::json::value v = boost::json::value_from(payload);
    const auto issues = contract::validate(route, v);
    for (const auto& i : issues)
        std::fprintf(stderr, "%s %s: %s\n", std::string(path_of(route)).c_str(), i.path.c_str(),
                     i.message.c_str());
    CALLLOCK_FUZZ_CHECK(issues.empty());
    const std::string text = boost::json::serialize(v);
    CALLLOCK_FUZZ_CHECK(detail::is_valid_utf8(text));
    boost::system::error_code ec;
    const boost::json::value back = boost::json::parse(text, ec);  // strict: no invalid UTF-8
    CALLLOCK_FUZZ_CHECK(!ec);
    CALLLOCK_FUZZ_CHECK(back == v);
    return text;
}

struct built {
    std::string job, call, alert;
};

built build(const CallSession& s, double end_time, const BusinessConfig& config, const JobsResponse& jobs) {
    const auto p = build_payloads(s, end_time, config, jobs);
    CALLLOCK_FUZZ_CHECK(p.has_value());  // the configuration is valid: nothing else may fail
    CALLLOCK_FUZZ_CHECK(p->alert.has_value() == needs_emergency_alert(s));
    CALLLOCK_FUZZ_CHECK(p->job.call_id == p->call.call_id);
    CALLLOCK_FUZZ_CHECK(p->job.call_id == stable_call_id(s));
    if (p->alert) CALLLOCK_FUZZ_CHECK(p->alert->call_id == p->call.call_id);
    CALLLOCK_FUZZ_CHECK(p->call.duration_seconds >= 0);
    const auto zone = find_time_zone(config.time_zone);
    CALLLOCK_FUZZ_CHECK(zone.has_value());
    const Classification c = classify_call(config.profile, s, *zone);
    CALLLOCK_FUZZ_CHECK(p->classification.tags == c.tags);
    CALLLOCK_FUZZ_CHECK(p->classification.priority == c.priority);
    CALLLOCK_FUZZ_CHECK(p->classification.revenue == c.revenue);
    built b;
    b.job = checked_json(p->job, Webhook::jobs);
    b.call = checked_json(p->call, Webhook::calls);
    if (p->alert) b.alert = checked_json(*p->alert, Webhook::emergency_alerts);
    return b;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parse_session(text);
    if (!parsed) return 0;  // fuzz_session_json checks the errors
    CallSession s = std::move(*parsed);

    std::uint64_t h = fnv1a(text);
    auto pick = [&](std::size_t n) {
        const std::size_t r = static_cast<std::size_t>(h % n);
        h /= n;
        return r;
    };
    constexpr std::array<std::string_view, 5> zones{"America/Chicago", "UTC", "America/Phoenix",
                                                    "EST5EDT,M3.2.0,M11.1.0", "<+0545>-5:45"};
    const std::array<double, 9> ends{s.start_time + 300.0,
                                     s.start_time,
                                     s.start_time - 30.0,
                                     1767225600.0,
                                     0.0,
                                     -1.0,
                                     2.6e11,
                                     std::numeric_limits<double>::infinity(),
                                     std::numeric_limits<double>::quiet_NaN()};
    BusinessConfig config{.user_email = "owner@example.com"};
    config.profile = pick(2) == 0 ? ProfileId::seed : ProfileId::hvac117;
    config.time_zone = std::string(zones[pick(zones.size())]);
    config.callback_promised_minutes = 1 + static_cast<int>(pick(120));
    const double end_time = ends[pick(ends.size())];
    JobsResponse jobs;
    switch (pick(3)) {
        case 0: break;
        case 1: jobs.job_id = "job_" + std::to_string(pick(1000)); break;
        default: jobs.lead_id = "lead_" + std::to_string(pick(1000)); break;
    }

    const built a = build(s, end_time, config, jobs);
    const built b = build(s, end_time, config, jobs);
    CALLLOCK_FUZZ_CHECK(a.job == b.job);
    CALLLOCK_FUZZ_CHECK(a.call == b.call);
    CALLLOCK_FUZZ_CHECK(a.alert == b.alert);
    return 0;
}
