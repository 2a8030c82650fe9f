// Writes the libFuzzer dictionaries of the fuzz targets from the library's own
// tables, so they never go stale: the keywords of both profiles for the
// classification and engine targets, the session's keys and values for the JSON
// targets.  make_dict DIR  ->  DIR/<target>.dict
#include <calllock/calllock.hpp>
#include <calllock/json.hpp>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <string_view>

namespace {

using namespace calllock;

// A dictionary entry: "..." with \\, \" and non-printable bytes as \xNN.
std::string entry(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u >= 0x7f) {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\x%02X", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

bool write(const std::string& path, const std::set<std::string>& words) {
    std::ofstream out(path);
    for (const auto& w : words) out << entry(w) << "\n";
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_dict DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    std::set<std::string> seed, hvac, json;
    for (auto w : seed_tables::text_words) seed.emplace(w);
    for (auto w : rule_tables::problem_words) seed.emplace(w);
    for (const auto& r : hvac117_tables::rows) hvac.emplace(r.text());
    for (const char* w : {" . ", "\n", "Caller: ", "Agent: ", "[Tool: ", "-", "'"}) {
        seed.emplace(w);
        hvac.emplace(w);
    }
    CallSession s;
    for_each_session_field(s, [&](std::string_view key, auto&) { json.emplace("\"" + std::string(key) + "\":"); });
    for (auto st : state_names) json.emplace("\"" + std::string(st) + "\"");
    for (const char* w : {"\"role\":", "\"content\":", "\"name\":", "\"result\":", "\"timestamp\":",
                          "\"agent\"", "\"user\"", "\"tool\"", "\"high_ticket\"", "\"emergency\"",
                          "\"urgent\"", "\"routine\"", "\"2026-02-20T10:00:00\"", "\"job_id\":",
                          "\"lead_id\":", "true", "false", "null", "1e308", "-0.0", "\\u0000",
                          "\\ud83d\\ude00", "\\ud800"})
        json.emplace(w);
    std::set<std::string> all = seed;
    all.insert(hvac.begin(), hvac.end());
    const bool ok = write(dir + "/classify_seed.dict", seed) && write(dir + "/classify_hvac117.dict", hvac) &&
                    write(dir + "/engines.dict", all) && write(dir + "/session_json.dict", json) &&
                    write(dir + "/payload.dict", json);
    return ok ? 0 : 1;
}
