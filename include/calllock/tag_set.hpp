// TagSet: a constexpr set of taxonomy tags, 128 bits, no allocation, iterated in
// taxonomy order.
#pragma once
#include <array>
#include <cstddef>
#include <initializer_list>

#include "taxonomy.hpp"

namespace calllock {

namespace detail {
// Each category's tags as bits (TagSet::in is one AND).
inline constexpr auto category_masks = [] {
    std::array<bits<all_tag_count>, category_count> m{};
    for (std::size_t c = 0; c < category_count; ++c) {
        const auto cat = static_cast<Category>(c);
        for (std::size_t i = first_id(cat); i < end_id(cat); ++i) m[c].set(i);
    }
    return m;
}();
}  // namespace detail

class TagSet {
public:
    constexpr TagSet() = default;
    constexpr TagSet(std::initializer_list<Tag> tags) noexcept {
        for (Tag t : tags) insert(t);
    }

    constexpr void insert(Tag t) noexcept { bits_.set(t.id()); }
    constexpr void erase(Tag t) noexcept { bits_.reset(t.id()); }
    [[nodiscard]] constexpr bool contains(Tag t) const noexcept { return bits_.test(t.id()); }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_.none(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return bits_.count(); }

    // The tags of one category.
    [[nodiscard]] constexpr TagSet in(Category c) const noexcept {
        TagSet r;
        r.bits_ = bits_ & detail::category_masks[static_cast<std::size_t>(c)];
        return r;
    }
    [[nodiscard]] static constexpr TagSet all() noexcept {
        TagSet r;
        for (std::size_t i = 0; i < all_tag_count; ++i) r.bits_.set(i);
        return r;
    }
    // The 117 tags of the taxonomy (without the derived extras).
    [[nodiscard]] static constexpr TagSet core() noexcept {
        TagSet r;
        for (std::size_t i = 0; i < tag_count; ++i) r.bits_.set(i);
        return r;
    }

    constexpr TagSet& operator|=(const TagSet& o) noexcept { bits_ |= o.bits_; return *this; }
    constexpr TagSet& operator&=(const TagSet& o) noexcept { bits_ &= o.bits_; return *this; }
    friend constexpr TagSet operator|(TagSet a, const TagSet& b) noexcept { return a |= b; }
    friend constexpr TagSet operator&(TagSet a, const TagSet& b) noexcept { return a &= b; }
    [[nodiscard]] constexpr TagSet operator-(const TagSet& o) const noexcept {
        TagSet r = *this;
        r.bits_ &= ~o.bits_;
        return r;
    }
    friend constexpr bool operator==(const TagSet&, const TagSet&) = default;

    class iterator {
    public:
        // No iterator_category: <iterator> costs every including unit a fifth of a
        // second. C++20 ranges see a forward iterator (std::forward_iterator holds, a
        // test checks); the classic algorithms, an input iterator.
        using value_type = Tag;
        using difference_type = std::ptrdiff_t;
        constexpr iterator() = default;
        constexpr iterator(const TagSet* s, std::size_t i) noexcept : s_(s), i_(i) {}
        constexpr Tag operator*() const noexcept { return Tag{static_cast<std::uint8_t>(i_)}; }
        constexpr iterator& operator++() noexcept {
            i_ = s_->bits_.next(i_ + 1);
            return *this;
        }
        constexpr iterator operator++(int) noexcept { auto r = *this; ++*this; return r; }
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.i_ == b.i_;
        }

    private:
        const TagSet* s_ = nullptr;
        std::size_t i_ = 0;
    };
    [[nodiscard]] constexpr iterator begin() const noexcept { return {this, bits_.next(0)}; }
    [[nodiscard]] constexpr iterator end() const noexcept { return {this, all_tag_count}; }

private:
    detail::bits<all_tag_count> bits_{};
};

static_assert(sizeof(TagSet) == 16, "calllock: TagSet is two 64-bit words");

}  // namespace calllock
