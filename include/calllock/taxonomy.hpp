// The HVAC taxonomy: 9 categories, 117 tags (plus the 3 derived DURATION tags of
// CONTEXT), all constexpr and validated at compile time.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/bits.hpp"
#include "detail/taxonomy_data.hpp"

namespace calllock {

enum class Category : std::uint8_t {
    HAZARD,
    URGENCY,
    SERVICE_TYPE,
    REVENUE,
    RECOVERY,
    LOGISTICS,
    CUSTOMER,
    NON_CUSTOMER,
    CONTEXT,
};

inline constexpr std::size_t category_count = 9;
// The taxonomy proper: these are the tags the dashboard was designed for.
inline constexpr std::size_t tag_count = detail::core_tag_count;
// Plus the derived extras (DURATION_ACUTE / RECENT / ONGOING in CONTEXT).
inline constexpr std::size_t all_tag_count = detail::core_tag_count + detail::extra_tag_count;

inline constexpr std::array<Category, category_count> all_categories{
    Category::HAZARD,   Category::URGENCY,  Category::SERVICE_TYPE,
    Category::REVENUE,  Category::RECOVERY, Category::LOGISTICS,
    Category::CUSTOMER, Category::NON_CUSTOMER, Category::CONTEXT,
};

[[nodiscard]] constexpr std::string_view name(Category c) noexcept {
    return detail::category_names[static_cast<std::size_t>(c)];
}

// A tag of the taxonomy: a small strong id, in taxonomy order.
class Tag {
public:
    constexpr Tag() = default;
    constexpr explicit Tag(std::uint8_t id) noexcept : id_(id) {}
    [[nodiscard]] constexpr std::uint8_t id() const noexcept { return id_; }
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        return detail::tag_rows[id_].name;
    }
    [[nodiscard]] constexpr Category category() const noexcept {
        return static_cast<Category>(detail::tag_rows[id_].category);
    }
    // True for the 117 tags of the taxonomy, false for the derived extras.
    [[nodiscard]] constexpr bool is_core() const noexcept { return id_ < tag_count; }
    friend constexpr bool operator==(Tag, Tag) = default;
    friend constexpr auto operator<=>(Tag, Tag) = default;

private:
    std::uint8_t id_ = 0;
};

namespace detail {

constexpr std::size_t count_in(Category c, std::size_t limit) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < limit; ++i)
        if (tag_rows[i].category == static_cast<std::uint8_t>(c)) ++n;
    return n;
}

// Tags are stored category-major, so that id order is taxonomy order and each
// category is one contiguous range of ids.
constexpr bool category_major() noexcept {
    for (std::size_t i = 1; i < tag_rows.size(); ++i)
        if (tag_rows[i].category < tag_rows[i - 1].category) return false;
    return true;
}

constexpr bool each_tag_in_one_category() noexcept {
    std::size_t total = 0;
    for (auto c : all_categories) total += count_in(c, tag_rows.size());
    for (const auto& row : tag_rows)
        if (row.category >= category_count) return false;
    return total == tag_rows.size();
}

}  // namespace detail

static_assert(tag_count == 117, "calllock: the taxonomy must have exactly 117 tags");
static_assert(detail::count_in(Category::HAZARD, tag_count) == 7, "calllock: HAZARD must have 7 tags");
static_assert(detail::count_in(Category::URGENCY, tag_count) == 8, "calllock: URGENCY must have 8 tags");
static_assert(detail::count_in(Category::SERVICE_TYPE, tag_count) == 23,
              "calllock: SERVICE_TYPE must have 23 tags");
static_assert(detail::count_in(Category::REVENUE, tag_count) == 9, "calllock: REVENUE must have 9 tags");
static_assert(detail::count_in(Category::RECOVERY, tag_count) == 10, "calllock: RECOVERY must have 10 tags");
static_assert(detail::count_in(Category::LOGISTICS, tag_count) == 20,
              "calllock: LOGISTICS must have 20 tags");
static_assert(detail::count_in(Category::CUSTOMER, tag_count) == 15, "calllock: CUSTOMER must have 15 tags");
static_assert(detail::count_in(Category::NON_CUSTOMER, tag_count) == 12,
              "calllock: NON_CUSTOMER must have 12 tags");
static_assert(detail::count_in(Category::CONTEXT, tag_count) == 13, "calllock: CONTEXT must have 13 tags");
static_assert(detail::each_tag_in_one_category(), "calllock: every tag must be in exactly one category");
static_assert(detail::category_major(), "calllock: tags must be grouped by category in taxonomy order");
static_assert(all_tag_count <= 128, "calllock: tag ids must fit a 128-bit set");
// The checks on the tag names (unique, UPPER_SNAKE_CASE) are in detail/taxonomy_checks.hpp:
// quadratic in the number of tags, they are compiled by the tests and tools, not by every
// unit that includes this header.

namespace detail {
// The first tag id of each category, and all_tag_count after the last (ids are
// category-major): a table, so that a category's range costs two loads at run time.
inline constexpr std::array<std::uint8_t, category_count + 1> category_starts = [] {
    std::array<std::uint8_t, category_count + 1> s{};
    for (std::size_t c = 0; c <= category_count; ++c) {
        std::size_t i = 0;
        while (i < all_tag_count && tag_rows[i].category < c) ++i;
        s[c] = static_cast<std::uint8_t>(i);
    }
    return s;
}();
}  // namespace detail

// First tag id of a category and one past its last.
[[nodiscard]] constexpr std::size_t first_id(Category c) noexcept {
    return detail::category_starts[static_cast<std::size_t>(c)];
}
[[nodiscard]] constexpr std::size_t end_id(Category c) noexcept {
    return detail::category_starts[static_cast<std::size_t>(c) + 1];
}

// Run-time lookup: an empty optional for an unknown name. A search by halves of the ids in
// name order (detail::tag_ids_by_name): seven comparisons, at run time and in tag_of's
// constant evaluation.
[[nodiscard]] constexpr std::optional<Tag> find_tag(std::string_view name) noexcept {
    std::size_t lo = 0, hi = detail::tag_ids_by_name.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const std::uint8_t id = detail::tag_ids_by_name[mid];
        const int order = detail::tag_rows[id].name.compare(name);
        if (order == 0) return Tag{id};
        if (order < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::nullopt;
}

[[nodiscard]] constexpr std::optional<Category> find_category(std::string_view name) noexcept {
    for (auto c : all_categories)
        if (calllock::name(c) == name) return c;
    return std::nullopt;
}

// Checked literal: tag_of("GAS_LEAK") is a Tag; an unknown name is a compile error.
consteval Tag tag_of(std::string_view name) {
    auto t = find_tag(name);
    if (!t) detail::calllock_compile_time_check_failed("calllock: unknown tag name");
    return *t;
}

[[nodiscard]] constexpr std::string_view name(Tag t) noexcept { return t.name(); }

}  // namespace calllock

// calllock::tags::GAS_LEAK ...: a constant per tag, generated with the rows. The library's
// own headers name tags this way; tag_of("GAS_LEAK") gives the same Tag from a name.
#include "detail/tag_constants.ipp"
