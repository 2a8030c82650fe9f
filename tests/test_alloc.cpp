// Classification, its evidence (explain), priority and revenue tier allocate nothing: counted by
// replacing the global operator new.
#define BOOST_TEST_MODULE zero_allocation
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/calllock.hpp>
#include <calllock/fields.hpp>

#include <atomic>
#include <cstdlib>
#include <new>
#include <algorithm>

namespace {
std::atomic<long> allocations{0};
}

// The replacements below pair malloc with free; GCC's check cannot see that once
// it inlines them into callers.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t n) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
// The aligned forms too (an over-aligned type would go through them).
void* operator new(std::size_t n, std::align_val_t a) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    const auto al = static_cast<std::size_t>(a);
    if (void* p = std::aligned_alloc(al, (std::max<std::size_t>(n, 1) + al - 1) / al * al)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t a) { return operator new(n, a); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

using namespace calllock;

BOOST_AUTO_TEST_CASE(the_counter_counts) {
    const long before = allocations.load();
    auto* p = new int(3);
    delete p;
    BOOST_TEST(allocations.load() - before == 1);
    struct alignas(64) wide {
        char c[64];
    };
    auto* w = new wide{};
    delete w;
    BOOST_TEST(allocations.load() - before == 2);  // the aligned form is counted too
}

BOOST_AUTO_TEST_CASE(classification_allocates_nothing) {
    CallSession s{.phone_number = "+15125551234"};
    s.state = State::safety_exit;
    s.urgency_tier = "emergency";
    s.problem_description = "gas smell, new system quote, compressor, thermostat, R-22";
    // Saturday 2026-07-04 22:30 in Chicago: a summer weekend night in a holiday week, so
    // that the time tags (business time zone and the holiday calendar) run too.
    s.start_time = 1783222200.0;
    for (int i = 0; i < 50; ++i) {
        s.transcript_log.push_back(TranscriptEntry::agent("Thanks for calling ACE Cooling.", i));
        s.transcript_log.push_back(
            TranscriptEntry::user("I smell gas since this morning and my dog is barking, freon", s.start_time + i));
        s.transcript_log.push_back(TranscriptEntry::tool("lookup_caller", "{}", i));
    }
    const std::string text = to_plain_text(s.transcript_log);

    const long before = allocations.load();
    const auto h = classify_call<hvac117_profile>(s);
    const auto ht = classify_text<hvac117_profile>(facts_of(s), text);
    const auto hz = classify_call(ProfileId::hvac117, s, hvac117_tables::default_zone);
    const auto c = classify_call<seed_profile>(s);
    const auto t = classify_tags<seed_profile>(s, text);
    const auto p = detect_priority(t, "confirmed");
    const auto r = estimate_revenue_tier(s.problem_description, t.set().in(Category::REVENUE));
    std::size_t reason_len = p.write_reason([](char) {});
    std::size_t explained = 0;
    const auto e = hvac117_profile::explain(s, hvac117_tables::default_zone, [&](const TagEvidence& ev) {
        explained += !ev.rule.empty();
    });
    const long after = allocations.load();

    BOOST_TEST(after - before == 0);
    BOOST_TEST(h.tags.contains(tag_of("GAS_LEAK")));
    BOOST_TEST(h.tags.contains(tag_of("PET_SECURE")));
    BOOST_TEST(ht.tags.contains(tag_of("R22_RETROFIT")));
    BOOST_TEST((hz.tags == h.tags));
    BOOST_TEST(c.tags.contains(tag_of("GAS_LEAK")));
    BOOST_TEST(reason_len > 0u);
    BOOST_TEST(r.tier_name() == "replacement");
    BOOST_TEST((e.tags == h.tags));
    BOOST_TEST(explained == h.tags.set().size());  // evidence for every tag, without allocating
    for (const char* time_tag : {"PEAK_SUMMER", "WEEKEND", "AFTER_HOURS", "HOLIDAY_WEEK"})
        BOOST_TEST(h.tags.contains(*find_tag(time_tag)), time_tag);
}

BOOST_AUTO_TEST_CASE(derived_fields_and_summary_allocate_nothing) {
    CallSession s{.phone_number = "+15125551234"};
    s.state = State::done;
    s.booking_confirmed = true;
    s.booked_time = "2026-07-06T09:00:00";
    s.customer_name = "Dana Ruiz";
    s.problem_description = "ac blowing warm air since yesterday, 19 year old unit";
    s.start_time = 1783222200.0;
    for (int i = 0; i < 20; ++i) {
        s.transcript_log.push_back(TranscriptEntry::agent("How old is the system?", i));
        s.transcript_log.push_back(TranscriptEntry::user(
            "about nineteen years, it's blowing warm air and I changed the filter, thank you", s.start_time + i));
    }
    const auto c = classify_call<hvac117_profile>(s);
    const long before = allocations.load();
    const CallFields f = derive_fields(s, c, hvac117_tables::default_zone);
    std::array<char, max_summary_bytes> summary{};
    std::size_t n = 0;
    write_summary(s, c, f, hvac117_tables::default_zone, [&](char ch) { summary[n++] = ch; });
    const long after = allocations.load();
    BOOST_TEST(after - before == 0);
    BOOST_TEST(*f.equipment_age == 19);
    BOOST_TEST(f.attempted(AttemptedFix::filter));
    BOOST_TEST(std::string_view(summary.data(), n).starts_with("Caller reports ac blowing warm air"));
}
