// Compile-time checks on the generated tag names (detail/taxonomy_data.hpp): unique,
// UPPER_SNAKE_CASE, and the name index find_tag searches. The names change only when
// scripts/gen_taxonomy.py runs, so these checks live here, compiled by the tests and tools
// (tests/test_taxonomy.cpp, tools/taxonomy_doc), instead of in taxonomy.hpp, where every
// including unit would pay for them.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include "../taxonomy.hpp"

namespace calllock::detail {

// Unique names, and the index find_tag searches by halves right: the ids in
// tag_ids_by_name are each id once, in strictly increasing order of their names.
constexpr bool names_unique_and_indexed() noexcept {
    if (tag_ids_by_name.size() != tag_rows.size()) return false;
    std::array<bool, tag_rows.size()> seen{};
    for (std::size_t k = 0; k < tag_ids_by_name.size(); ++k) {
        const std::size_t id = tag_ids_by_name[k];
        if (id >= tag_rows.size() || seen[id]) return false;
        seen[id] = true;
        if (k > 0 && !(tag_rows[tag_ids_by_name[k - 1]].name < tag_rows[id].name)) return false;
    }
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

static_assert(calllock::detail::names_unique_and_indexed(),
              "calllock: tag names must be unique, and tag_ids_by_name their ids in name order");
static_assert(calllock::detail::all_tag_names_ok(), "calllock: tag names are UPPER_SNAKE_CASE");
