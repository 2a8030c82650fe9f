// Parsing JSON with every number read exactly: Boost.JSON 1.81's parser may put a
// double one or two ulps away from the nearest one to its text (a session written
// out and read back would then differ; docs/fuzzing.md F2). This parser builds the
// same boost::json::value as boost::json::parse, but reads each floating-point number
// with std::from_chars, which rounds correctly, so that serialize (shortest
// round-trip form) and parse_exact are exact inverses.
#pragma once
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>

#include <charconv>
#include <string>
#include <string_view>
#include <system_error>

namespace calllock::detail {

class exact_number_handler {
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    boost::json::value_stack st;

    using ec_t = boost::json::error_code;
    using sv = boost::json::string_view;
    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_object_begin(ec_t&) { return true; }
    bool on_object_end(std::size_t n, ec_t&) { return st.push_object(n), true; }
    bool on_array_begin(ec_t&) { return true; }
    bool on_array_end(std::size_t n, ec_t&) { return st.push_array(n), true; }
    bool on_key_part(sv s, std::size_t, ec_t&) { return st.push_chars(s), true; }
    bool on_key(sv s, std::size_t, ec_t&) { return st.push_key(s), true; }
    bool on_string_part(sv s, std::size_t, ec_t&) { return st.push_chars(s), true; }
    bool on_string(sv s, std::size_t, ec_t&) { return st.push_string(s), true; }
    bool on_number_part(sv s, ec_t&) { return number_.append(s.data(), s.size()), true; }
    bool on_int64(std::int64_t i, sv, ec_t&) { return number_.clear(), st.push_int64(i), true; }
    bool on_uint64(std::uint64_t u, sv, ec_t&) { return number_.clear(), st.push_uint64(u), true; }
    bool on_double(double d, sv s, ec_t&) {
        number_.append(s.data(), s.size());
        double exact = d;
        const auto r = std::from_chars(number_.data(), number_.data() + number_.size(), exact);
        // Out of range (1e400): keep what Boost.JSON made of it.
        st.push_double(r.ec == std::errc{} && r.ptr == number_.data() + number_.size() ? exact : d);
        number_.clear();
        return true;
    }
    bool on_bool(bool b, ec_t&) { return st.push_bool(b), true; }
    bool on_null(ec_t&) { return st.push_null(), true; }
    bool on_comment_part(sv, ec_t&) { return true; }
    bool on_comment(sv, ec_t&) { return true; }

private:
    std::string number_;  // the text of the number being read
};

// boost::json::parse(text, ec, sp, options), with exact doubles.
[[nodiscard]] inline boost::json::value parse_exact(std::string_view text, boost::system::error_code& ec,
                                                    const boost::json::parse_options& options = {},
                                                    boost::json::storage_ptr sp = {}) {
    boost::json::basic_parser<exact_number_handler> p(options);
    p.handler().st.reset(std::move(sp));
    const std::size_t used = p.write_some(false, text.data(), text.size(), ec);
    if (!ec && used < text.size()) ec = boost::json::error::extra_data;  // as boost::json::parse
    if (ec) return nullptr;
    return p.handler().st.release();
}

}  // namespace calllock::detail
