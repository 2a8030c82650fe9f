// The jobs webhook's answer: the job or lead the dashboard created, which the call
// record links to (payload.hpp builds the link, the outboxes write it into a pending
// call record).
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "../json.hpp"

namespace calllock {

// What the jobs webhook answered: {"success":true,"job_id":"..."} or {...,"lead_id":"..."}.
struct JobsResponse {
    std::optional<std::string> job_id{};
    std::optional<std::string> lead_id{};
};

// Reads job_id / lead_id from the jobs webhook's response body. Each is kept only
// when it is a non-empty string (or an integer, kept as its decimal text); any
// other body gives an empty response.
[[nodiscard]] inline JobsResponse parse_jobs_response(std::string_view body) {
    JobsResponse r;
    boost::system::error_code ec;
    const auto v = boost::json::parse(body, ec, {}, input_parse_options());
    if (ec || !v.is_object()) return r;
    auto read = [&](std::string_view key, std::optional<std::string>& out) {
        const auto* x = v.get_object().if_contains(key);
        if (!x) return;
        if (x->is_string() && !x->get_string().empty()) out = std::string(x->get_string());
        else if (x->is_int64()) out = std::to_string(x->get_int64());
        else if (x->is_uint64()) out = std::to_string(x->get_uint64());
    };
    read("job_id", r.job_id);
    read("lead_id", r.lead_id);
    return r;
}

}  // namespace calllock
