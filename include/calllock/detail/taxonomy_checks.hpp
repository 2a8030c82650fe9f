// Compile-time checks on the generated tag names (detail/taxonomy_data.hpp): unique,
// UPPER_SNAKE_CASE. The names change only when scripts/gen_taxonomy.py runs, so these
// checks live here, compiled by the tests and tools (tests/test_taxonomy.cpp,
// tools/taxonomy_doc), instead of in taxonomy.hpp, where every including unit would pay
// for the quadratic comparison.
#pragma once
#include <cstddef>
#include <string_view>

#include "../taxonomy.hpp"

namespace calllock::detail {

constexpr bool names_unique() noexcept {
    for (std::size_t i = 0; i < tag_rows.size(); ++i)
        for (std::size_t j = i + 1; j < tag_rows.size(); ++j)
            if (tag_rows[i].name == tag_rows[j].name) return false;
    return true;
}

constexpr bool tag_name_ok(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char ch : s)
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
    return true;
}

constexpr bool all_tag_names_ok() noexcept {
    for (const auto& row : tag_rows)
        if (!tag_name_ok(row.name)) return false;
    return true;
}

}  // namespace calllock::detail

static_assert(calllock::detail::names_unique(), "calllock: tag names must be unique");
static_assert(calllock::detail::all_tag_names_ok(), "calllock: tag names are UPPER_SNAKE_CASE");
