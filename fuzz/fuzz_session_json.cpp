// Fuzz target: the strict session reader (parse_session) on any bytes.
//  - it never crashes, and an error leaves the output session untouched;
//  - every error names a field (a CallSession field, or the unknown key itself) or
//    is about the document: "invalid JSON: ..." or "expected a JSON object ...";
//  - an accepted session written back (boost::json::value_from) is valid UTF-8 and reads
//    back, and writing that again gives the same JSON (one round trip repairs
//    what it must: invalid UTF-8, tool results that are not JSON), doubles aside:
//    see json_close().
// The same bytes also go to the reader of the jobs webhook's answer
// (parse_jobs_response): an id it keeps is never empty.
#include <calllock/json.hpp>
#include <calllock/dashboard/payload.hpp>

#include "fuzz_support.hpp"

#include <bit>
#include <string>
#include <string_view>

namespace {

using namespace calllock;

bool is_session_field(std::string_view name) {
    bool found = false;
    CallSession s;
    for_each_session_field(s, [&](std::string_view n, auto&) { found = found || n == name; });
    return found;
}

// Equal JSON, but for doubles within 2 units in the last place: Boost.JSON 1.81's
// parser reads back some doubles its serializer wrote 1-2 ulps off (about 1 in 8
// timestamps with a full fraction; finding F2 of docs/fuzzing.md).
bool json_close(const boost::json::value& a, const boost::json::value& b) {
    if (a.is_double() && b.is_double()) {
        const auto x = std::bit_cast<std::int64_t>(a.get_double());
        const auto y = std::bit_cast<std::int64_t>(b.get_double());
        return a.get_double() == b.get_double() || ((x < 0) == (y < 0) && (x > y ? x - y : y - x) <= 2);
    }
    if (a.kind() != b.kind()) return false;
    if (a.is_array()) {
        const auto &p = a.get_array(), &q = b.get_array();
        if (p.size() != q.size()) return false;
        for (std::size_t i = 0; i < p.size(); ++i)
            if (!json_close(p[i], q[i])) return false;
        return true;
    }
    if (a.is_object()) {
        const auto &p = a.get_object(), &q = b.get_object();
        if (p.size() != q.size()) return false;
        for (auto i = p.begin(), j = q.begin(); i != p.end(); ++i, ++j)
            if (i->key() != j->key() || !json_close(i->value(), j->value())) return false;
        return true;
    }
    return a == b;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

void check_error(const InputError& e) {
    CALLLOCK_FUZZ_CHECK(!e.message.empty());
    if (e.field.empty()) {
        // The empty key "" is named by an empty field, so what() shows no key at all
        // (finding F1 of docs/fuzzing.md, for the session reader's owner).
        if (e.message == "unknown key (not a CallSession field)") return;
        CALLLOCK_FUZZ_CHECK(starts_with(e.message, "invalid JSON: ") ||
                            starts_with(e.message, "expected a JSON object (a session)"));
        return;
    }
    if (starts_with(e.message, "unknown key (not a CallSession field)")) {
        CALLLOCK_FUZZ_CHECK(!is_session_field(e.field));
        return;
    }
    // A path into a known field: "transcript_log[2].content", "state", ...
    const std::string_view root = std::string_view(e.field).substr(0, e.field.find_first_of(".["));
    CALLLOCK_FUZZ_CHECK(is_session_field(root));
    CALLLOCK_FUZZ_CHECK(!e.what().empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const JobsResponse jobs = parse_jobs_response(text);
    CALLLOCK_FUZZ_CHECK(!jobs.job_id || !jobs.job_id->empty());
    CALLLOCK_FUZZ_CHECK(!jobs.lead_id || !jobs.lead_id->empty());

    const auto parsed = parse_session(text);
    if (!parsed) {
        check_error(parsed.error());
        return 0;
    }
    const CallSession& s = *parsed;
    const boost::json::object j0 = boost::json::value_from(s).as_object();
    const std::string out0 = boost::json::serialize(j0);
    CALLLOCK_FUZZ_CHECK(detail::is_valid_utf8(out0));

    const auto s1 = parse_session(out0);
    CALLLOCK_FUZZ_CHECK(s1.has_value());
    const boost::json::object j1 = boost::json::value_from(*s1).as_object();
    CALLLOCK_FUZZ_CHECK(json_close(j1, j0));

    // The other written forms of the transcript.
    CALLLOCK_FUZZ_CHECK(detail::is_valid_utf8(boost::json::serialize(to_json_array(s.transcript_log))));
    std::size_t n = 0;
    for_each_plain_text_piece(s.transcript_log, [&](std::string_view p) { n += p.size(); });
    CALLLOCK_FUZZ_CHECK(to_plain_text(s.transcript_log).size() == n);
    return 0;
}
