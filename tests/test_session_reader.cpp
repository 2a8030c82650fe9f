// read_sessions (<calllock/session_reader.hpp>): one document or JSON Lines, told apart
// by the first non-blank line; JSON Lines handed over as they come; every bad input
// reported with its line, the others still read.
#define BOOST_TEST_MODULE session_reader
#include <sys/resource.h>
#include <boost/test/unit_test.hpp>

#include <calllock/session_reader.hpp>

#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

using namespace calllock;

namespace {

struct Read {
    std::vector<std::size_t> good;                           // line of each good session
    std::vector<std::string> phones;                         // its phone number
    std::vector<std::pair<std::size_t, std::string>> bad;    // line, error
    std::size_t returned = 0;
};

Read read(std::istream& in) {
    Read r;
    r.returned = read_sessions(
        in,
        [&](std::size_t line, CallSession&& s) {
            r.good.push_back(line);
            r.phones.push_back(s.phone_number);
        },
        [&](std::size_t line, const InputError& e) { r.bad.emplace_back(line, e.what()); });
    return r;
}

Read read(const std::string& text) {
    std::istringstream in(text);
    return read(in);
}

// A stream that hands over its text in chunks and records, at each chunk, how many
// sessions had been handed over already.
class chunked : public std::streambuf {
public:
    chunked(std::vector<std::string> chunks, const std::size_t& seen) : chunks_(std::move(chunks)), seen_(seen) {}
    std::vector<std::size_t> seen_at_chunk;

protected:
    int_type underflow() override {
        if (next_ == chunks_.size()) return traits_type::eof();
        seen_at_chunk.push_back(seen_);
        auto& c = chunks_[next_++];
        setg(c.data(), c.data(), c.data() + c.size());
        return traits_type::to_int_type(c[0]);
    }

private:
    std::vector<std::string> chunks_;
    std::size_t next_ = 0;
    const std::size_t& seen_;
};

}  // namespace

BOOST_AUTO_TEST_CASE(json_lines_with_blank_and_bad_lines) {
    const auto r = read("\n{\"phone_number\":\"+1\"}\n\n{\"phone_number\":\"+2\",\"state\":\"flying\"}\n"
                        "{\"phone_number\":\"+3\", broken\n  {\"phone_number\":\"+4\"}  \r\n");
    BOOST_TEST(r.returned == 2u);
    BOOST_TEST((r.good == std::vector<std::size_t>{2, 6}));
    BOOST_TEST((r.phones == std::vector<std::string>{"+1", "+4"}));
    BOOST_REQUIRE(r.bad.size() == 2u);
    BOOST_TEST(r.bad[0].first == 4u);
    BOOST_TEST(r.bad[0].second.find("field 'state': unknown state 'flying'") == 0u, r.bad[0].second);
    BOOST_TEST(r.bad[1].first == 5u);
    BOOST_TEST(r.bad[1].second.find("invalid JSON") == 0u, r.bad[1].second);
}

BOOST_AUTO_TEST_CASE(a_document_over_many_lines_is_one_session) {
    const auto r = read("\n{\n  \"phone_number\": \"+1\",\n  \"transcript_log\": [\n    {\"role\": \"user\", "
                        "\"content\": \"hi\"}\n  ]\n}\n");
    BOOST_TEST(r.returned == 0u);
    BOOST_TEST((r.good == std::vector<std::size_t>{1}));
    BOOST_TEST(r.bad.empty());
}

BOOST_AUTO_TEST_CASE(a_bad_document_is_one_error_and_nothing_else) {
    auto r = read("{\n  \"phone_number\": \"+1\",\n  \"state\": 7\n}\n");
    BOOST_TEST(r.returned == 1u);
    BOOST_TEST(r.good.empty());
    BOOST_REQUIRE(r.bad.size() == 1u);
    BOOST_TEST(r.bad[0].second == "field 'state': expected a string, got an integer");
    r = read("this is not json\nnor this\n");
    BOOST_REQUIRE(r.bad.size() == 1u);
    BOOST_TEST(r.bad[0].first == 1u);
    BOOST_TEST(r.bad[0].second.find("invalid JSON") == 0u, r.bad[0].second);
}

BOOST_AUTO_TEST_CASE(a_broken_first_line_before_json_lines_keeps_the_line_numbers) {
    const auto r = read("{\"phone_number\": broken\n{\"phone_number\":\"+2\"}\n{\"phone_number\":\"+3\"}\n");
    BOOST_TEST((r.good == std::vector<std::size_t>{2, 3}));
    BOOST_REQUIRE(r.bad.size() == 1u);
    BOOST_TEST(r.bad[0].first == 1u);
}

BOOST_AUTO_TEST_CASE(a_broken_object_on_the_first_line_is_json_lines_as_they_come) {
    std::size_t seen = 0, errors = 0;
    chunked buf({"{\"phone_number\":\"+1\", oops}\n", "{\"phone_number\":\"+2\"}\n", "{\"phone_number\":\"+3\"}\n"}, seen);
    std::istream in(&buf);
    const auto n = read_sessions(
        in, [&](std::size_t, CallSession&&) { ++seen; }, [&](std::size_t line, const InputError&) {
            BOOST_TEST(line == 1u);
            ++errors;
        });
    BOOST_TEST(n == 1u);
    BOOST_TEST(errors == 1u);
    BOOST_TEST(seen == 2u);
    BOOST_TEST((buf.seen_at_chunk == std::vector<std::size_t>{0, 0, 1}));
}

BOOST_AUTO_TEST_CASE(no_input_no_sessions) {
    for (const char* text : {"", "\n\n  \n", "\r\n"}) {
        const auto r = read(text);
        BOOST_TEST(r.returned == 0u);
        BOOST_TEST(r.good.empty());
        BOOST_TEST(r.bad.empty());
    }
}

BOOST_AUTO_TEST_CASE(a_line_over_the_limit_is_reported_and_the_rest_read) {
    const std::string big = "{\"phone_number\":\"+1\",\"problem_description\":\"" +
                            std::string(limits::max_session_json_bytes, 'x') + "\"}";
    const auto r = read("{\"phone_number\":\"+0\"}\n" + big + "\n{\"phone_number\":\"+2\"}\n");
    BOOST_TEST((r.good == std::vector<std::size_t>{1, 3}));
    BOOST_REQUIRE(r.bad.size() == 1u);
    BOOST_TEST(r.bad[0].first == 2u);
    BOOST_TEST(r.bad[0].second.find("more than the limit") != std::string::npos, r.bad[0].second);
}

// A stream of a prefix, `count` copies of one byte (or endless), then a suffix, that counts
// the bytes it gave out.
class generated : public std::streambuf {
public:
    generated(std::string prefix, char fill, std::size_t count, std::string suffix, bool endless = false)
        : prefix_(std::move(prefix)), suffix_(std::move(suffix)), block_(65536, fill), left_(count), endless_(endless) {}
    std::size_t given = 0;

protected:
    int_type underflow() override {
        if (gptr() != nullptr) given += static_cast<std::size_t>(egptr() - eback());
        if (stage_ == 0) {
            stage_ = 1;
            if (!prefix_.empty()) return serve(prefix_.data(), prefix_.size());
        }
        if (stage_ == 1) {
            if (endless_) return serve(block_.data(), block_.size());
            if (left_ > 0) {
                const std::size_t n = std::min(left_, block_.size());
                left_ -= n;
                return serve(block_.data(), n);
            }
            stage_ = 2;
            if (!suffix_.empty()) return serve(suffix_.data(), suffix_.size());
        }
        setg(nullptr, nullptr, nullptr);
        return traits_type::eof();
    }

private:
    int_type serve(char* p, std::size_t n) {
        setg(p, p, p + n);
        return traits_type::to_int_type(*p);
    }
    std::string prefix_, suffix_, block_;
    std::size_t left_;
    bool endless_;
    int stage_ = 0;
};

std::size_t peak_rss_kib() {
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<std::size_t>(u.ru_maxrss);
}

// A line of 128 MiB among JSON Lines: reported with its length, the lines after it read, and
// never held whole (what is kept of it stops one byte past the limit).
BOOST_AUTO_TEST_CASE(a_huge_line_is_not_held_in_memory) {
    const std::size_t huge = std::size_t{128} << 20;
    generated buf("{\"phone_number\":\"+0\"}\n{\"problem_description\":\"", 'x', huge, "\"}\n{\"phone_number\":\"+2\"}\n");
    std::istream in(&buf);
    const std::size_t before = peak_rss_kib();
    const auto r = read(in);
    const std::size_t grew_mib = (peak_rss_kib() - before) / 1024;
    BOOST_TEST((r.good == std::vector<std::size_t>{1, 3}));
    BOOST_REQUIRE(r.bad.size() == 1u);
    BOOST_TEST(r.bad[0].first == 2u);
    BOOST_TEST(r.bad[0].second.find("a session of " + std::to_string(huge + 26) + " bytes, more than the limit") == 0u,
               r.bad[0].second);
    BOOST_TEST(grew_mib < 64u, grew_mib << " MiB");  // held whole, the line alone is 128 MiB
}

// One document that never ends (or ends far past the limit): an error once the limit is passed,
// and nothing read beyond it (an endless stream does not hang the reader nor fill memory).
BOOST_AUTO_TEST_CASE(a_document_past_the_limit_is_not_read_further) {
    for (const bool endless : {false, true}) {
        generated buf("[\n", ' ', std::size_t{64} << 20, "]\n", endless);
        std::istream in(&buf);
        const auto r = read(in);
        BOOST_TEST(r.good.empty());
        BOOST_REQUIRE(r.bad.size() == 1u);
        BOOST_TEST(r.bad[0].second.find("a session of more than 8388608 bytes") == 0u, r.bad[0].second);
        BOOST_TEST(buf.given <= limits::max_session_json_bytes + 2 * 65536, buf.given);
    }
    // Pretty-printed JSON Lines after a broken start, past the limit: every line is still read.
    std::string lines;
    std::size_t n = 0;
    while (lines.size() <= limits::max_session_json_bytes + 1000) {
        lines += "{\"phone_number\":\"+1\",\"problem_description\":\"" + std::string(1000, 'y') + "\"}\n";
        ++n;
    }
    const auto r = read("[broken\n" + lines);
    BOOST_TEST(r.good.size() == n);
    BOOST_REQUIRE(r.bad.size() == 1u);
    BOOST_TEST(r.bad[0].first == 1u);
    BOOST_TEST(r.good.back() == n + 1);
}

BOOST_AUTO_TEST_CASE(json_lines_are_handed_over_as_they_come) {
    std::size_t seen = 0;
    chunked buf({"{\"phone_number\":\"+1\"}\n", "{\"phone_number\":\"+2\"}\n", "{\"phone_number\":\"+3\"}\n"}, seen);
    std::istream in(&buf);
    const auto n = read_sessions(
        in, [&](std::size_t, CallSession&&) { ++seen; }, [](std::size_t, const InputError&) {});
    BOOST_TEST(n == 0u);
    BOOST_TEST(seen == 3u);
    // Before the second chunk was asked for, the first session had been handed over.
    BOOST_TEST((buf.seen_at_chunk == std::vector<std::size_t>{0, 1, 2}));
}
