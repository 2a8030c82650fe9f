// A row of the `hvac117` keyword table: a keyword and what it means (see
// hvac117_tables.hpp for the table, hvac117.hpp for how it is used).
#pragma once
#include <cstdint>
#include <string_view>

#include "../detail/packed.hpp"
#include "../taxonomy.hpp"

namespace calllock::hvac117_tables {

// What a keyword means; a row may carry several flags.
enum flag : std::uint32_t {
    f_tag = 1 << 0,       // yields `tag` (and `tag2` when set)
    f_neg = 1 << 1,       // negation cue
    f_break = 1 << 2,     // clause break: negation ends
    f_stop = 1 << 3,      // sentence break: the sentence is decided
    f_system = 1 << 4,    // names a system: `tag` is its REPAIR_* tag
    f_fault = 1 << 5,     // reports a malfunction (of the sentence's system)
    f_loss = 1 << 6,      // loss of heating or cooling (with a fault)
    f_maint = 1 << 7,     // maintenance request for the sentence's system
    f_extreme = 1 << 8,   // dangerous temperature
    f_duration = 1 << 9,  // a problem duration: `tag` is DURATION_*
    f_suppress = 1 << 10, // a normal thing, not a hazard, or a fact now over: drops `tag` (and
                          // `tag2`) in this sentence
    f_weak = 1 << 11,     // with f_duration: a time word that is a duration only in a sentence
                          // that reports a fault, or in a bare answer ("Since yesterday.")
    f_request = 1 << 12,  // the caller asks for something ("i want", "a quote", "how much")
    f_wish = 1 << 13,     // with f_tag: the tags only in a sentence with a request, or after
                          // other people's words (f_reported) in a sentence with a quote
                          // asked for, or in the sentence before one
    f_reported = 1 << 14, // with f_neg: other people's words ("they told me i need"); what
                          // follows is theirs, not the caller's
    f_quote = 1 << 15,    // with f_request: a price asked for ("a quote", "how much")
    f_past = 1 << 16,     // a problem of the past, now over ("last year", "you fixed it", "it's
                          // been fine since"): the sentence's problem words tag nothing...
    f_present = 1 << 17,  // ...unless it says the problem is here now ("now", "again", "still",
                          // a duration under a day)
    f_works = 1 << 18,    // the system works ("it ran fine"): a time word in its sentence is not
                          // how long a problem has lasted ("it ran fine all winter")
    f_renter = 1 << 19,   // the caller rents the place ("i'm renting"): the tenant is the caller,
                          // there is no tenant to coordinate with (no TENANT_COORD in the call)
    f_again = 1 << 20,    // the problem is back ("again", "dead again"): with a fault in its sentence,
                          // or a tag of its own, in a call about a visit of ours (f_visit or a
                          // CALLBACK_RISK row), the visit did not fix it (COMPLAINT_NOFIX)
    f_start = 1 << 21,    // the caller says when the problem started ("started", "began", the
                          // durations "started saturday", "started today"): the
                          // duration of its sentence is the problem's, over one said in passing
                          // before it ("it got down to 41 last night ... it started saturday")
    f_visit = 1 << 22,    // a visit or work of ours ("y'all came out", "you replaced"): with a
                          // fault back again (f_again), a visit that did not fix it
    f_fact = 1 << 23,     // with f_tag: a fact about the place that a negation cue before it in
                          // its clause does not deny ("i don't want your people back in my house",
                          // "never had it looked at since we bought the place")
    f_temp = 1 << 24,     // a number of degrees F dangerous inside a home with a vulnerable occupant
    f_indoors = 1 << 25,  // right after an f_temp number, it is a reading inside ("in here", "degrees inside")
    f_hot = 1 << 26,      // with f_temp: a hot reading (85-110 F), dangerous with no cooling; else a cold one
    f_reads = 1 << 27,    // right before an f_temp number, it is a reading inside ("the thermostat says fifty three")...
    f_outdoors = 1 << 28, // ...unless right after it ("the thermostat says 95 outside")
    f_serves = 1 << 29,   // the system still does its job beside a problem it has ("keeps cycling, still
                          // cooling"): the sentence's faults are symptoms, not a malfunction (as
                          // with f_works, which also says there is no problem to time)
    f_iaq_device = 1u << 30, // names the IAQ system, as a system word does (REPAIR_IAQ's), whatever else
                             // the row means ("whole house dehumidifier": an add-on wished for, or the
                             // equipment that failed)
    f_confirm = 1u << 31,    // a tag question's word ("..., right?"): a '?' right after it asks the
                             // agent to confirm what the sentence says, so the sentence is a statement
};

inline constexpr Tag hot_lead_tag = tags::HOT_LEAD;

// Plain data (a pointer, integers): the generated table of ~4,000 rows initializes
// without a constructor call per field, which constant evaluation charges for.
struct row {
    const char* chars = "";  // the keyword, `size` bytes (static storage)
    std::uint16_t size = 0;
    std::uint32_t flags = 0;
    std::uint8_t tag_id = 0;  // Tag ids
    std::uint8_t tag2_id = 0;
    bool has_tag = false;
    bool has_tag2 = false;

    [[nodiscard]] constexpr std::string_view text() const noexcept { return {chars, size}; }
    [[nodiscard]] constexpr Tag tag() const noexcept { return Tag{tag_id}; }
    [[nodiscard]] constexpr Tag tag2() const noexcept { return Tag{tag2_id}; }

    // Whether the row gives HOT_LEAD (an install or a quote asked for in so many words).
    [[nodiscard]] constexpr bool gives_lead() const noexcept {
        return (flags & f_tag) && ((has_tag && tag() == hot_lead_tag) || (has_tag2 && tag2() == hot_lead_tag));
    }
};

// A row's tags in 16 bits, as packed_rows holds them: tag_id | has_tag << 7 | tag2_id << 8 |
// has_tag2 << 15; unpacked_row is the row again, given its keyword and flags.
static_assert(all_tag_count <= 128, "calllock: a packed row holds a tag id in 7 bits");
[[nodiscard]] constexpr std::uint16_t packed_tags(const row& r) noexcept {
    return static_cast<std::uint16_t>(r.tag_id | r.has_tag << 7 | r.tag2_id << 8 | r.has_tag2 << 15);
}
[[nodiscard]] constexpr row unpacked_row(const char* chars, std::uint16_t size, std::uint32_t flags,
                                         unsigned tags) noexcept {
    return {chars,
            size,
            flags,
            static_cast<std::uint8_t>(tags & 0x7F),
            static_cast<std::uint8_t>((tags >> 8) & 0x7F),
            (tags & 0x80) != 0,
            (tags & 0x8000) != 0};
}

// The bytes above a row's keyword offset in its record (packed_rows), which reads only the low
// 32 bits: ' ', not 0 (see record below).
inline constexpr std::uint64_t record_filler = 0x2020202000000000ull;

// The N rows of the generated table (generated/hvac117.hpp) as tools/gen_tables writes them:
// the keywords one after another in one string literal, the numbers in a packed array of the
// token engine's arena. As ~7,000 braced rows, each with a string literal of its own, they
// were ~10% of a classifying unit's compile (read, checked, and written out as 7,000 labelled
// strings; packed: 9.43 -> 8.61 G compiler instructions). rows[k] is row k, by value; a
// range-for reads them all.
template <std::size_t N>
struct packed_rows {
    const char* text = "";  // every keyword, one after another
    // Row k: record[2k] = flags | packed_tags << 32 | size << 48, record[2k + 1] = where its
    // keyword starts in `text` | record_filler (16 bytes, in one cache line of the 64-byte-aligned
    // arena). The filler's ' ' bytes stand where zeros would: a compiler writes each zero byte
    // of the arena's string literal to its assembler output as a line of its own.
    detail::packed_table<std::uint64_t, 2 * N> record;

    [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
    [[nodiscard]] constexpr row operator[](std::size_t k) const noexcept {
        const std::uint64_t w = record[2 * k];
        const auto at = static_cast<std::uint32_t>(record[2 * k + 1]);
        return unpacked_row(text + at, static_cast<std::uint16_t>(w >> 48), static_cast<std::uint32_t>(w),
                            static_cast<unsigned>((w >> 32) & 0xFFFF));
    }

    class iterator {
    public:
        constexpr iterator(const packed_rows* r, std::size_t k) noexcept : rows_(r), k_(k) {}
        [[nodiscard]] constexpr row operator*() const noexcept { return (*rows_)[k_]; }
        constexpr iterator& operator++() noexcept {
            ++k_;
            return *this;
        }
        [[nodiscard]] constexpr bool operator==(const iterator& o) const noexcept { return k_ == o.k_; }

    private:
        const packed_rows* rows_;
        std::size_t k_;
    };
    [[nodiscard]] constexpr iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] constexpr iterator end() const noexcept { return {this, N}; }
};

}  // namespace calllock::hvac117_tables
