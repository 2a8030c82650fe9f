// Profile `hvac117`: the full 117-tag taxonomy, applied the way a careful
// dispatcher labels a call (shared/reference/labeling-policy.md).
//
// What counts: the caller's turns (role user) and the problem description; agent
// lines and tool results never tag a call. Text given to classify_text counts as
// caller text.
//
// Matching: whole words and phrases (match_mode::whole_word) over the keyword table
// of hvac117_tables.hpp. A keyword inside a longer matched keyword is dropped
// (longest match wins), so "no heat" is one keyword, not the cue "no" + "heat".
// Negation is scoped to the clause: a cue ("no", "not", "don't", ...) negates the
// keywords after it (and one that starts inside it) up to the next clause break
// (. ! ? ; : , "but" "though" "because" ..., a new turn). Each sentence is then
// decided as a whole: a system word ("furnace", "heat pump") with a fault word
// ("stopped working", "rattling") gives REPAIR_<system>, with a maintenance word
// TUNEUP_<system>; a fault with no system word in its sentence refers to the previous
// sentence's system (or, failing that, to the systems of the whole call). A loss
// ("isn't heating") names its own system; a thermostat sentence takes the faults of
// the next; a gas or CO sentence gives no repair. A new system ("new furnace") is a
// lead only in a sentence where the caller asks for it ("I want", "how much"); in
// other people's words ("they told me I need") only with a price asked for in that
// sentence or the next. A fault is the system named before it in its clause or
// sentence ("my AC stopped blowing, there's a puddle by the furnace" is the AC's).
// A sentence about a problem of the past, now over ("last year", "you fixed it", "it's
// been fine since"), tags none of its problem words unless it says the problem is back
// ("now", "again", "still"); one that says the system works gives no duration, and its
// faults are symptoms, no repair (so in one that says it still does its job: "it keeps
// cycling, it's still cooling"). A caller's question asks about occupants, times,
// weather, warranty or the bill without saying they are so. A gas leak or CO makes the
// heating and cooling repairs and the symptoms (DIAGNOSTIC_*) told around it the
// hazard's; a caller who is not a customer gets no hazard, duration or occupant, and is
// the kind of non-customer they said they are as the call began (a utility's "rebate
// application" is no job application); a caller who rents the place has no tenant to
// coordinate with and owns no house of theirs; a visit of ours is a callback risk only with
// a problem in the call.
//
// Session rules shared with the seed profile: urgency tier -> URGENCY tag,
// caller_known -> EXISTING_CUSTOMER / NEW_CUSTOMER, lead_type "high_ticket" ->
// HOT_LEAD, R-22, revenue tier from the problem description, priority from the
// tags. A safety exit with a present gas / CO / electrical-fire hazard is
// CRITICAL_EVACUATE; loss of heat or cooling + dangerous temperature (or a reading
// inside the home of 35-60 or 85-110 F) + a vulnerable occupant is CRITICAL_DISPATCH
// (and HEALTH_RISK needs loss + a dangerous temperature or a vulnerable occupant).
//
// Context: PEAK_SUMMER, PEAK_WINTER, AFTER_HOURS, WEEKEND, HOLIDAY_WEEK from
// start_time in the business time zone (default America/Chicago); a start_time of
// 0 (unset) gives none of them. DURATION_*: the first problem duration the caller
// states.
#pragma once
#include "../classify.hpp"

#include <array>
#include <cstdint>
#include <string_view>

#include "../civil_time.hpp"
#include "../dialogue.hpp"
#include "../match/token_engine.hpp"  // the default engine's choice for the rows (rules.hpp names it only)
#include "hvac117_row.hpp"
#if defined(CALLLOCK_BUILD_TABLES)
// The tables built by the compiler from their source (tools/gen_tables does this to
// write generated/hvac117.hpp; CALLLOCK_BUILD_TABLES must then be defined in every
// unit of the program).
#include "hvac117_tables.hpp"
namespace calllock::hvac117_tables {
inline constexpr const auto& rows = source_rows;
inline constexpr std::size_t edited_row_count = edited_rows.size();
}  // namespace calllock::hvac117_tables
#else
#include "../generated/hvac117.hpp"
#endif

namespace calllock {

namespace hvac117_tables {

// The systems a fault or maintenance word can refer to.
inline constexpr std::array<Tag, 5> systems{tags::REPAIR_AC, tags::REPAIR_HEATING,
                                             tags::REPAIR_HEATPUMP, tags::REPAIR_IAQ,
                                             tags::REPAIR_DUCTWORK};
constexpr unsigned system_bit(Tag t) noexcept {
    for (std::size_t i = 0; i < systems.size(); ++i)
        if (systems[i] == t) return 1u << i;
    return 0;
}
inline constexpr unsigned ac_bit = 1, heat_bit = 2, heatpump_bit = 4, iaq_bit = 8;
// Not a system of `systems`: a sentence about the thermostat (REPAIR_THERMOSTAT) makes the
// faults of the sentences after it the thermostat's ("I press the arrow and nothing
// happens"), not the furnace's.
inline constexpr unsigned thermostat_bit = 1u << systems.size();

// The US federal holidays: a fixed date (observed on the Friday before when it falls on a
// Saturday, the Monday after on a Sunday) or the nth (5 = last) weekday of a month. A loop
// over this table, not eleven date computations written out: 2% less compiler work in each
// unit that classifies.
struct holiday_rule {
    unsigned month, day, nth, weekday;  // day for a fixed date; nth and weekday (0 = Sunday) else
    std::int64_t since = 0;             // the first year it is kept
};
inline constexpr std::array<holiday_rule, 11> federal_holidays{{
    {1, 1, 0, 0},         // New Year's Day
    {1, 0, 3, 1},         // Martin Luther King Jr. Day
    {2, 0, 3, 1},         // Washington's Birthday
    {5, 0, 5, 1},         // Memorial Day (last Monday)
    {6, 19, 0, 0, 2021},  // Juneteenth
    {7, 4, 0, 0},         // Independence Day
    {9, 0, 1, 1},         // Labor Day
    {10, 0, 2, 1},        // Columbus Day
    {11, 11, 0, 0},       // Veterans Day
    {11, 0, 4, 4},        // Thanksgiving
    {12, 25, 0, 0},       // Christmas
}};

// The day (since 1970-01-01) holiday r is observed in year y.
constexpr std::int64_t observed(const holiday_rule& r, std::int64_t y) noexcept {
    if (r.nth != 0) return days_from_civil(y, r.month, nth_weekday(y, r.month, r.nth, r.weekday));
    const std::int64_t z = days_from_civil(y, r.month, r.day);
    const unsigned wd = weekday_from_days(z);
    return wd == 6 ? z - 1 : wd == 0 ? z + 1 : z;
}

// Whether the Monday-Sunday week of day z contains an observed federal holiday.
constexpr bool in_holiday_week(std::int64_t z) noexcept {
    const std::int64_t monday = z - static_cast<std::int64_t>((weekday_from_days(z) + 6) % 7);
    const std::int64_t y = civil_from_days(z).year;
    for (std::int64_t yy = y - 1; yy <= y + 1; ++yy)
        for (const holiday_rule& r : federal_holidays)
            if (yy >= r.since) {
                const std::int64_t h = observed(r, yy);
                if (h >= monday && h <= monday + 6) return true;
            }
    return false;
}

// The time tags of a call that started at unix time t in zone z (none for t <= 0).
constexpr TagSet time_tags(double t, const TimeZone& z) noexcept {
    TagSet s;
    if (!(t > 0.0) || t > 3.2e10) return s;  // unset, NaN or beyond year 3000
    const LocalTime l = z.local(static_cast<std::int64_t>(t));
    const unsigned m = l.date.month;
    if (m >= 6 && m <= 8) s.insert(tags::PEAK_SUMMER);
    if (m == 12 || m <= 2) s.insert(tags::PEAK_WINTER);
    if (l.hour < 8 || l.hour >= 17) s.insert(tags::AFTER_HOURS);
    if (l.weekday == 0 || l.weekday == 6) s.insert(tags::WEEKEND);
    if (in_holiday_week(days_from_civil(l.date.year, l.date.month, l.date.day)))
        s.insert(tags::HOLIDAY_WEEK);
    return s;
}

// The SERVICE_TYPE tags whose names start with `prefix` ("REPAIR_", "DIAGNOSTIC_").
constexpr TagSet service_tags(std::string_view prefix) noexcept {
    TagSet s;
    for (Tag t : TagSet::all().in(Category::SERVICE_TYPE))
        if (t.name().starts_with(prefix)) s.insert(t);
    return s;
}

// Whether a negation cue before a row in its clause denies it: not for a fact about the
// place (f_fact: "i don't want your people back in my house").
constexpr bool negatable(const row& r) noexcept { return !(r.flags & f_fact); }

// A row, as a sentence is walked, against the negation of its clause (`negated`, which it
// updates): a clause break ends it; a cue starts it, and gives its own tag unless a cue before
// it in its clause denies it ("another company said" does; "i don't want anyone trying to sell
// me a new unit" does not); a row after a cue is negated. The one reading of negation that the
// reader's walk and its evidence walk share.
enum class clause_role : unsigned char { clause_break, cue, negated, counts };
constexpr clause_role negation_step(const row& r, bool& negated) noexcept {
    if (r.flags & f_break) {
        negated = false;
        return clause_role::clause_break;
    }
    if (r.flags & f_neg) {
        const bool denied = negated && negatable(r);
        negated = true;
        return (r.flags & f_tag) && !denied ? clause_role::counts : clause_role::cue;
    }
    return negated && negatable(r) ? clause_role::negated : clause_role::counts;
}

// Whether a row gives (f_tag) one of the tags of `s`.
constexpr bool yields_any(const row& r, const TagSet& s) noexcept {
    return (r.flags & f_tag) && ((r.has_tag && s.contains(r.tag())) || (r.has_tag2 && s.contains(r.tag2())));
}

// What a caller's question asks about without saying it is so: the occupants, weather
// and times ("do you give a discount for seniors?", "can you come in the next two
// days?"), the warranty ("is any of that covered by warranty?"), the bill ("does a
// tune-up make a difference on the electric bill?"). A hazard asked about is still
// reported ("is it normal that I smell gas?"), and so is equipment put in recently
// ("the unit you installed in April, is it under warranty?").
inline constexpr TagSet question_topics =
    (TagSet::all().in(Category::CONTEXT) - TagSet{tags::RECENT_INSTALL}) |
    TagSet{tags::DIAGNOSTIC_ENERGY, tags::WARRANTY_CUSTOMER, tags::WARRANTY_CLAIM};
constexpr bool asked_about(const row& r) noexcept { return yields_any(r, question_topics); }

// Complaints of our price and our service (policy RECOVERY: COMPLAINT_* is our price, our service).
// Said of another company named before it in its clause ("the other company was rude", "the last
// company never showed", "the other company overcharged me"), one is that company's, not ours (the
// twenty-eighth round, stop 49). Not the callback and the fix that did not hold: the fields read a
// caller's frustration from them (sentiment_score), and one with another company is frustrated too.
inline constexpr TagSet our_service{tags::COMPLAINT_PRICE, tags::COMPLAINT_SERVICE};
constexpr bool names_competitor(const row& r) noexcept { return yields_any(r, TagSet{tags::COMPETITOR_MENTION}); }

// A problem's tags: hazards, repairs, symptoms.
inline constexpr TagSet problem_tags =
    TagSet::all().in(Category::HAZARD) | service_tags("REPAIR_") | service_tags("DIAGNOSTIC_");

// What a sentence about a problem of the past does not tag: hazards, repairs, symptoms,
// the weather and season that came with them, how long the problem lasted, and the attic
// it was in ("you fixed a duct in the attic last july" is no access fact of this visit).
inline constexpr TagSet past_problems =
    problem_tags |
    TagSet{tags::SEASONAL_RUSH, tags::EXTREME_WEATHER, tags::POST_STORM, tags::POWER_OUTAGE, tags::LADDER_ATTIC};
// Symptoms a caller times as they time a fault ("a musty smell since we moved in").
inline constexpr TagSet symptoms{tags::DIAGNOSTIC_INTERMITTENT, tags::DIAGNOSTIC_PERFORMANCE,
                                 tags::DIAGNOSTIC_NOISE,        tags::DIAGNOSTIC_CYCLE,
                                 tags::DIAGNOSTIC_AIRFLOW,      tags::DIAGNOSTIC_SMELL,
                                 tags::DIAGNOSTIC_ENERGY,       tags::ZONING_INTEREST};
constexpr bool past_problem(const row& r) noexcept {
    return (r.flags & (f_fault | f_loss | f_extreme | f_duration | f_temp)) || yields_any(r, past_problems);
}

// Callers who are not service customers (INSURANCE_CLAIM is a customer's).
// How much of what the caller says first counts as their introduction.
inline constexpr std::size_t introduction_bytes = 240;
inline constexpr TagSet not_customers =
    TagSet::all().in(Category::NON_CUSTOMER) - TagSet{tags::INSURANCE_CLAIM};

// What gave a tag, while the text is read: the keyword (its row) and where it was
// matched, as an offset into the stream of text the classifier was fed.
struct evidence_slot {
    bool set = false;
    std::uint16_t row = 0;       // the keyword's row in `rows`
    std::size_t begin = 0, end = 0;  // in the stream
};

// Reads the keyword matches of the caller's text, sentence by sentence. With
// Explain, it also keeps, for each tag, the first keyword that gave it.
template <bool Explain = false>
class reader {
public:
    constexpr void on_match(std::size_t k, std::size_t end) {
        const row r = rows[k];
        if (r.flags & f_confirm) {  // no event: it only tells the '?' after it
            confirm_end_ = end;
            return;
        }
        if (r.flags & f_stop) {
            const std::size_t start = end - r.text().size();
            // "it's still under warranty, right?": a tag question (the '?' right after its word,
            // a space between at most) is the statement before it, not a question.
            const bool confirms = confirm_end_ != 0 && confirm_end_ <= start && start - confirm_end_ <= 1;
            decide(start - std::min(sentence_begin_, start), r.text() == "?" && !confirms);
            sentence_begin_ = end;
            return;
        }
        if (n_ == events_.size()) decide(long_sentence);  // a very long sentence: decide what we have
        events_[n_++] = {end - r.text().size(), end, static_cast<std::uint16_t>(k), packed_tags(r), r.flags};
    }

    // After the last match.
    constexpr void finish() {
        decide(long_sentence);
        if (pending_fault_) {
            if constexpr (Explain) {
                const row r = rows[pending_why_.row];
                const event e{pending_why_.begin, pending_why_.end, pending_why_.row, packed_tags(r), r.flags};
                repair(call_systems_, false, pending_why_.set ? &e : nullptr);
            } else {
                repair(call_systems_, false);
            }
        }
    }

    TagSet tags{};
    bool loss = false;      // loss of heating or cooling
    bool extreme = false;   // dangerous temperature
    // A reading inside dangerous for a vulnerable occupant (f_temp + f_indoors): cold with no
    // heat, hot (f_hot) with no cooling.
    bool indoor_cold = false, indoor_hot = false;
    Tag duration{};
    bool has_duration = false;
    bool duration_started = false;  // said with when it started (f_start)
    bool caller_rents = false;  // a row with f_renter, not negated
    bool fault_again = false;   // a fault back again (f_again), not negated
    bool visit = false;         // a visit or work of ours said (f_visit), not negated
    bool callback_said = false; // CALLBACK_RISK from a row that is no visit of ours ("never called back")
    bool problem_said = false;  // a fault or a loss said, not negated, not of the past
    // The kinds of non-customer the caller said they are in their introduction (a vendor,
    // an inspector... says so when the call begins: the first introduction_bytes).
    TagSet introduced{};
    // With Explain: the first keyword of each tag, and of the loss of heating or
    // cooling and of the dangerous temperature (for the derived tags).
    struct no_slots {};
    [[no_unique_address]] std::conditional_t<Explain, std::array<evidence_slot, all_tag_count>, no_slots> why{};
    [[no_unique_address]] std::conditional_t<Explain, evidence_slot, no_slots> why_loss{}, why_extreme{}, why_again{};

private:
    // A match, with what its row means (rows[row] but its keyword), read once as it is matched.
    struct event {
        std::size_t start = 0, end = 0;
        std::uint16_t row = 0;
        std::uint16_t tags = 0;  // packed_tags(rows[row])
        std::uint32_t flags = 0;
        [[nodiscard]] constexpr hvac117_tables::row meaning() const noexcept { return unpacked_row("", 0, flags, tags); }
    };

    constexpr void note([[maybe_unused]] Tag t, [[maybe_unused]] const event* e) {
        if constexpr (Explain) {
            auto& w = why[t.id()];
            if (!w.set && e) w = {true, e->row, e->start, e->end};
        }
    }
    // The call's duration (one at most), and its evidence: replaced by one said with when
    // the problem started.
    constexpr void set_duration(Tag t, bool started, [[maybe_unused]] const event* e) {
        duration = t;
        has_duration = true;
        duration_started = started;
        if constexpr (Explain) why[t.id()] = {true, e->row, e->start, e->end};
    }
    constexpr void note_at([[maybe_unused]] auto& slot, [[maybe_unused]] const event* e) {
        if constexpr (Explain)
            if (!slot.set && e) slot = {true, e->row, e->start, e->end};
    }

    constexpr void repair(unsigned sys, bool lost, const event* why_fault = nullptr) {
        for (std::size_t i = 0; i < systems.size(); ++i)
            if (sys & (1u << i)) {
                tags.insert(systems[i]);
                note(systems[i], why_fault);
            }
        if (lost && (sys & (ac_bit | heat_bit | heatpump_bit))) {
            loss = true;
            note_at(why_loss, why_fault);
        }
    }
    // (`suppressed`: the sentence's f_suppress rows drop a tune-up it names too: "you guys did
    // the tune up on my ac back in april".)
    constexpr void tuneup(unsigned sys, const event* why_maint, const TagSet& suppressed) {
        if (suppressed.contains(tags::TUNEUP_AC)) sys &= ~(ac_bit | heatpump_bit);
        if (suppressed.contains(tags::TUNEUP_HEATING)) sys &= ~heat_bit;
        if (sys & (ac_bit | heatpump_bit)) {
            tags.insert(tags::TUNEUP_AC);
            note(tags::TUNEUP_AC, why_maint);
        }
        if (sys & heat_bit) {
            tags.insert(tags::TUNEUP_HEATING);
            note(tags::TUNEUP_HEATING, why_maint);
        }
    }

    // A sentence longer than any (decide() before the end of a very long one); a shorter one of
    // bare_answer_bytes or fewer is a bare answer (dialogue.hpp).
    static constexpr std::size_t long_sentence = ~std::size_t{0};

    // question: the sentence ends with '?' (a caller's question; an agent's question the
    // caller answered yes to comes without it, as a statement).
    constexpr void decide(std::size_t sentence_bytes, bool question = false) {
        const std::size_t n = n_;
        n_ = 0;
        if (n == 0) {
            carried_wish_ = {};  // other people's words reach one sentence further, no more
            if constexpr (Explain) carried_why_ = {};
            return;
        }
        // Longest match wins; order by start. The events come by end offset (as the scanner
        // reports them), so the matches that can hold event i are the last ones, back to the
        // first that ends before it.
        std::array<bool, capacity> alive{};
        std::array<std::uint8_t, capacity> order{};
        std::size_t m = 0;
        for (std::size_t i = 0; i < n; ++i) {
            bool inside = false;
            for (std::size_t j = n; j-- > 0 && !inside && events_[j].end >= events_[i].end;)
                inside = j != i && events_[j].start <= events_[i].start &&
                         events_[j].end - events_[j].start > events_[i].end - events_[i].start;
            alive[i] = !inside;
            if (!inside) {
                std::size_t p = m++;
                while (p > 0 && events_[order[p - 1]].start > events_[i].start) {
                    order[p] = order[p - 1];
                    --p;
                }
                order[p] = static_cast<std::uint8_t>(i);
            }
        }
        // A problem of the past, now over (f_past, not negated: "they never fixed it" is no
        // such thing), in a sentence that does not say it is here now (f_present, not
        // negated: "it hasn't leaked again" says it is not): the sentence's problem words
        // tag nothing.
        bool past = false, present = false, works = false, serves = false, started = false;
        {
            bool neg = false;
            for (std::size_t q = 0; q < m; ++q) {
                const row r = events_[order[q]].meaning();
                if (r.flags & f_break) {
                    neg = false;
                    continue;
                }
                if (r.flags & f_neg) {
                    neg = true;
                    continue;
                }
                if (neg) continue;
                if (r.flags & f_past) past = true;
                if (r.flags & f_works) works = true;
                if (r.flags & f_serves) serves = true;
                if (r.flags & f_present) present = true;
                if (r.flags & f_start) started = true;
            }
        }
        past = past && !present;
        // A sentence that says the system works ("it ran fine all winter") and not that
        // a problem is here now: its time words are not a problem's duration.
        works = works && !present;
        // Walk the sentence: negation holds from a cue to the next clause break.
        // A new system: wished for in this sentence, or in other people's words.
        TagSet found, suppressed, wished, reported_wished;
        bool request = false, quote = false, reported = false;
        const event* why_wish = nullptr;
        const event* why_reported = nullptr;
        unsigned named = 0, loss_sys = 0;  // systems named by a system word / by a loss ("no heat")
        // The systems the faults refer to: for each fault, those named before it in its
        // clause, or else before it in the sentence; a fault with none before it
        // (orphan_fault) refers to all the sentence names.
        unsigned clause_named = 0, fault_named = 0;
        bool orphan_fault = false;
        bool fault = false, lost = false, maint = false, negated = false;
        bool generic_fault = false;  // a fault or loss word that names no system ("won't turn on")
        bool theirs = false;         // another company named before in the clause (our_service)
        const event* why_fault = nullptr;
        const event* why_maint = nullptr;
        const event* weak_duration = nullptr;  // a time word that needs a fault beside it
        const event* again = nullptr;          // the problem is back (f_again)
        const event* temp = nullptr;           // the last number of degrees (f_temp)
        const event* reads = nullptr;          // the last "the thermostat says" (f_reads)
        const event* read = nullptr;           // the number it says
        const event* strong_duration = nullptr;       // the sentence's first duration (not f_weak)
        const event* duration_after_start = nullptr;  // its first after a start word (f_start)
        bool start_seen = false;
        // A sentence that says when the problem started (f_start, not negated): its duration
        // replaces one said in passing before it.
        bool take_duration = !has_duration || (started && !duration_started);
        for (std::size_t q = 0; q < m; ++q) {
            const event& e = events_[order[q]];
            const row r = e.meaning();
            const clause_role role = negation_step(r, negated);
            if (role == clause_role::clause_break) {
                reported = false;
                clause_named = 0;
                theirs = false;
                continue;
            }
            if (r.flags & f_neg) reported = reported || (r.flags & f_reported);
            if (role == clause_role::cue) continue;
            if (role == clause_role::negated) {
                // After a cue, or starting inside it ("told me i need" + "need a new system").
                if (reported && (r.flags & f_tag) && ((r.flags & f_wish) || r.gives_lead())) {
                    if (r.has_tag) reported_wished.insert(r.tag());
                    if (r.has_tag2) reported_wished.insert(r.tag2());
                    if (!why_reported) why_reported = &e;
                }
                continue;
            }
            if (past && past_problem(r)) continue;
            if (works && (r.flags & f_duration)) continue;
            // A question's topic gives no tag; the row's other meanings stay ("is it safe
            // for mom at 105 degrees?" is still a dangerous temperature).
            const bool topic = question && asked_about(r);
            if (r.flags & f_renter) caller_rents = true;
            if ((r.flags & f_again) && !again) again = &e;
            if ((r.flags & f_tag) && r.has_tag && not_customers.contains(r.tag()) && e.start < introduction_bytes)
                introduced.insert(r.tag());
            if (r.flags & f_request) request = true, quote = quote || (r.flags & f_quote);
            if (!(r.flags & f_wish) && r.gives_lead()) request = quote = true;  // a quote asked for in so many words
            // Another company's price or service (theirs) is no complaint of ours.
            const bool of_theirs = theirs && yields_any(r, our_service);
            if ((r.flags & f_visit) && !of_theirs) visit = true;
            if ((r.flags & f_tag) && !topic) {
                TagSet& into = (r.flags & f_wish) ? wished : found;
                if (r.has_tag && !(of_theirs && our_service.contains(r.tag()))) into.insert(r.tag());
                if (r.has_tag2 && !(of_theirs && our_service.contains(r.tag2()))) into.insert(r.tag2());
                if ((r.flags & f_wish) && !why_wish) why_wish = &e;
                if (!(r.flags & f_visit) && !of_theirs && yields_any(r, TagSet{tags::CALLBACK_RISK}))
                    callback_said = true;
            }
            if ((r.flags & f_tag) && !topic && names_competitor(r)) theirs = true;
            if ((r.flags & f_system) && !(r.flags & f_loss)) {
                named |= system_bit(r.tag());
                clause_named |= system_bit(r.tag());
            }
            if (r.flags & f_iaq_device) named |= iaq_bit, clause_named |= iaq_bit;
            if ((r.flags & f_system) && (r.flags & f_loss)) loss_sys |= system_bit(r.tag());
            if (r.flags & f_fault) {
                const unsigned before = clause_named != 0 ? clause_named : named;
                fault_named |= before;
                orphan_fault = orphan_fault || before == 0;
            }
            if (r.flags & f_fault) fault = true, why_fault = why_fault ? why_fault : &e;
            if ((r.flags & (f_fault | f_loss)) && !(r.flags & f_system)) generic_fault = true;
            if (r.flags & f_loss) lost = true, why_fault = why_fault ? why_fault : &e;
            if (r.flags & (f_fault | f_loss)) problem_said = true;
            if ((r.flags & f_maint) && !(r.flags & f_tag)) maint = true, why_maint = why_maint ? why_maint : &e;
            if (r.flags & f_extreme) extreme = true, note_at(why_extreme, &e);
            // "fifty five" + "in the house": next to each other in the folded text.
            if ((r.flags & f_indoors) && temp && temp->end + 1 == e.start)
                ((temp->flags & f_hot) ? indoor_hot : indoor_cold) = true;
            // "the thermostat says" + "fifty three": a reading inside too, unless "outside" follows.
            if ((r.flags & f_outdoors) && read && read->end + 1 == e.start) read = nullptr;
            if ((r.flags & f_temp) && reads && reads->end + 1 == e.start) read = &e;
            if (r.flags & f_temp) temp = &e;
            if (r.flags & f_reads) reads = &e;
            if (r.flags & f_suppress) {
                suppressed.insert(r.tag());
                if (r.has_tag2) suppressed.insert(r.tag2());
            }
            if (r.flags & f_start) start_seen = true;
            if ((r.flags & f_duration) && topic) {
                // asked about ("can you come in the next two days?"), not said
            } else if ((r.flags & f_duration) && (r.flags & f_weak)) {
                if (!weak_duration) weak_duration = &e;
            } else if (r.flags & f_duration) {
                if (!strong_duration) strong_duration = &e;
                if (start_seen && !duration_after_start) duration_after_start = &e;
            }
        }
        // The sentence's first duration; in one that says when it started, the first after
        // the start word ("41 last night, and it started saturday" is saturday's).
        if (const event* d = duration_after_start ? duration_after_start : strong_duration; d && take_duration) {
            set_duration(d->meaning().tag(), started, d);
            take_duration = false;
        }
        if (read) ((read->flags & f_hot) ? indoor_hot : indoor_cold) = true;
        if (again && (fault || lost || (again->flags & f_tag))) fault_again = true, note_at(why_again, again);
        // A weak time word counts beside a fault, a loss, a start, a hazard or a symptom ("i've
        // smelled gas for about two hours", "a musty smell since we moved in", "the upstairs has
        // been hot all summer"), or as a bare answer.
        if (weak_duration && take_duration &&
            (fault || lost || started || !found.in(Category::HAZARD).empty() || !(found & symptoms).empty() ||
             sentence_bytes <= bare_answer_bytes))
            set_duration(weak_duration->meaning().tag(), started, weak_duration);
        // A new system is wanted when the caller asks for it in its sentence, or asks for
        // a price in the sentence of other people's words or in the one after ("They told
        // me I need a new system. I want a second opinion and a quote.").
        if (request) found |= wished;
        if (quote) found |= reported_wished | carried_wish_;
        tags |= found - suppressed;
        if constexpr (Explain) {
            if (request && why_wish) for (Tag t : wished) note(t, why_wish);
            if (quote && why_reported) for (Tag t : reported_wished) note(t, why_reported);
            if (quote && carried_why_.set)
                for (Tag t : carried_wish_)
                    if (!why[t.id()].set) why[t.id()] = carried_why_;
            carried_why_ = {};
            note_at(carried_why_, why_reported);
        }
        carried_wish_ = reported_wished;
        if constexpr (Explain) {
            // The evidence of a keyword's tag: its first occurrence that was not
            // negated and not suppressed in its sentence.
            negated = false;
            bool their_clause = false;
            for (std::size_t q = 0; q < m; ++q) {
                const event& e = events_[order[q]];
                const row r = e.meaning();
                const clause_role role = negation_step(r, negated);
                if (role == clause_role::clause_break) their_clause = false;
                if (role != clause_role::counts) continue;
                if (!(r.flags & f_tag) || (r.flags & f_wish)) continue;  // wishes: noted above
                if ((past && past_problem(r)) || (question && asked_about(r))) continue;
                const bool of_theirs = their_clause && yields_any(r, our_service);
                if (names_competitor(r)) their_clause = true;
                if (r.has_tag && !suppressed.contains(r.tag()) && !(of_theirs && our_service.contains(r.tag())))
                    note(r.tag(), &e);
                if (r.has_tag2 && !suppressed.contains(r.tag2()) && !(of_theirs && our_service.contains(r.tag2())))
                    note(r.tag2(), &e);
            }
        }
        const auto systems_of = [&](unsigned words) {
            unsigned sys = words | loss_sys;
            if (sys == 0 && found.contains(tags::REPAIR_THERMOSTAT)) sys = thermostat_bit;
            // An accessory named with its host ("the humidifier on our furnace isn't
            // working"): the fault is the accessory's.
            if (sys & iaq_bit) sys &= ~(ac_bit | heat_bit | heatpump_bit);
            return sys;
        };
        const unsigned sys = systems_of(named);
        // A fault is the system named before it ("my AC stopped blowing, there's a
        // puddle by the furnace"), or, with none before it, those named after it; "the
        // furnace is grinding, and the AC stopped working" is both.
        const unsigned faulty_named = orphan_fault || fault_named == 0 ? named : fault_named;
        const unsigned faulty = systems_of(faulty_named);
        unsigned target = faulty != 0 ? faulty : prev_systems_;
        // A loss names what failed ("the outside unit runs, it just isn't heating"):
        // heating or cooling, plus the heat pump when one is named; the systems named
        // in the sentence too when another fault word names none ("the furnace won't
        // turn on and the AC isn't cooling").
        if (loss_sys != 0 && !(sys & iaq_bit))
            target = loss_sys | (generic_fault ? faulty_named : 0u) | ((named | prev_systems_) & heatpump_bit);
        // A gas leak or CO is an evacuation, not a repair: the faults of its sentence
        // ("a hissing by the furnace", "when I went down") are the hazard's (a loss of
        // heating stays a loss, for HEALTH_RISK).
        const bool hazard = found.contains(tags::GAS_LEAK) || found.contains(tags::CO_EVENT);
        if (fault && hazard) {
            // No repair tag, but a loss of heating or cooling is still one (HEALTH_RISK).
            if (lost && (target & (ac_bit | heat_bit | heatpump_bit))) {
                loss = true;
                note_at(why_loss, why_fault);
            }
        } else if (fault && !((works || serves) && !lost)) {
            // (A sentence that says the system works or still does its job, "rattles at start-up,
            // heating fine", tells a symptom, not a malfunction: the fault words' own DIAGNOSTIC_*
            // tags, no repair.)
            if (target != 0) repair(target, lost, why_fault);
            else {
                pending_fault_ = true;
                if constexpr (Explain)
                    if (!pending_why_.set && why_fault) pending_why_ = {true, why_fault->row, why_fault->start, why_fault->end};
            }
        }
        if (maint && sys != 0) tuneup(sys, why_maint, suppressed);  // maintenance names its system
        if (sys != 0) {
            prev_systems_ = target;
            call_systems_ |= sys;
        }
    }

    static constexpr std::size_t capacity = 64;
    std::array<event, capacity> events_{};
    std::size_t n_ = 0;
    std::size_t sentence_begin_ = 0;  // where the sentence being read began, in the stream
    std::size_t confirm_end_ = 0;     // where the last tag question's word ended (0: none yet)
    unsigned prev_systems_ = 0, call_systems_ = 0;
    bool pending_fault_ = false;
    TagSet carried_wish_{};  // the previous sentence's new system in other people's words
    [[no_unique_address]] std::conditional_t<Explain, evidence_slot, no_slots> carried_why_{};
    [[no_unique_address]] std::conditional_t<Explain, evidence_slot, no_slots> pending_why_{};
};

inline constexpr TagSet vulnerable_occupants{tags::ELDERLY_OCCUPANT, tags::INFANT_NEWBORN,
                                             tags::MEDICAL_NEED, tags::VULNERABLE_POP};
inline constexpr TagSet gas_or_co{tags::GAS_LEAK, tags::CO_EVENT};
// The logistics a caller who is no customer brings to the business: a utility's planned shutoff
// ("gas will be off from eight to four"), an inspector's permit.
inline constexpr TagSet non_customer_logistics{tags::UTILITY_SHUTOFF, tags::PERMIT_REQ};
// What a gas leak or CO makes of the faults and symptoms told around it: the hazard's.
inline constexpr TagSet hazard_faults =
    TagSet{tags::REPAIR_AC, tags::REPAIR_HEATING, tags::REPAIR_HEATPUMP} | service_tags("DIAGNOSTIC_");
// What makes a visit of ours a callback risk: a problem in the call.
inline constexpr TagSet visit_problems = problem_tags | TagSet{tags::COMPLAINT_NOFIX};
inline constexpr TagSet evacuation_hazards{tags::GAS_LEAK, tags::CO_EVENT,
                                           tags::ELECTRICAL_FIRE};
// A reading inside that is dangerous given what failed: cold with the heating's repair,
// hot with the cooling's (a heat pump's repair is either).
inline constexpr TagSet heating_repairs{tags::REPAIR_HEATING, tags::REPAIR_HEATPUMP};
inline constexpr TagSet cooling_repairs{tags::REPAIR_AC, tags::REPAIR_HEATPUMP};
template <bool Explain>
constexpr bool indoor_danger(const reader<Explain>& rd, const TagSet& tags) noexcept {
    return (rd.indoor_cold && !(tags & heating_repairs).empty()) ||
           (rd.indoor_hot && !(tags & cooling_repairs).empty());
}

// The business time zone by default: America/Chicago.
inline constexpr TimeZone default_zone = *TimeZone::parse(detail::builtin_zones[0].rule);
static_assert(detail::builtin_zones[0].name == default_business_time_zone);

}  // namespace hvac117_tables

struct hvac117_profile {
    static constexpr std::string_view name = "hvac117";

    // What the caller said: user turns, each its own sentence. A bare "yes" to the
    // agent's question ("Do you smell gas?" "Yeah.") makes the question the caller's
    // words; a bare "no" adds nothing (for_each_caller_piece, dialogue.hpp).
    template <class F>
    static constexpr void session_text(const CallSession& s, F&& f) {
        for_each_caller_piece(s, f);
    }

    template <class Engine, class Text>
    static constexpr Classification classify(const CallFacts& facts, Text&& text) {
        return classify<Engine>(facts, text, hvac117_tables::default_zone);
    }

    // With the business time zone given.
    template <class Engine, class Text>
    static constexpr Classification classify(const CallFacts& facts, Text&& text,
                                             const TimeZone& zone) {
        hvac117_tables::reader<false> rd;
        return classify_with<Engine>(facts, text, zone, rd);
    }

    // Why each tag of a call was given: `on` receives one TagEvidence per tag of the
    // returned classification (the first keyword that gave it, or the field, clock
    // or rule). Allocates nothing; the views point into the session.
    template <class Engine = default_engine, class OnEvidence>
    static Classification explain(const CallSession& s, const TimeZone& zone, OnEvidence&& on) {
        using namespace hvac117_tables;
        reader<true> rd;
        const CallFacts facts = facts_of(s);
        const Classification c =
            classify_with<Engine>(facts, [&](auto&& f) { session_text(s, f); }, zone, rd);
        // Where a stream range lies. The engines report offsets in the folded text
        // (detail/fold.hpp: curly quotes and NBSP to one byte, gap runs to one space),
        // so the pieces, which are fed in a fixed order (the caller's text, " . ", the
        // problem description), are folded again here and each folded byte is traced
        // back to the raw byte that produced it.
        auto locate = [&](const evidence_slot& w, TagEvidence& ev) {
            detail::text_fold<true> fold;
            std::size_t folded = 0;
            std::string_view first_piece, last_piece;
            std::size_t raw_begin = 0, raw_end = 0;
            bool have_begin = false, have_end = false;
            bool rebase = false;  // the keyword begins at the answer's first folded byte
            auto piece = [&](std::string_view p) {
                // A keyword begun in the lead-in of an answer ("it started " + "Sunday.") is the
                // answer's, from its first folded byte; one wholly in the lead-in is an empty
                // range at the answer's start (the lead-in is in no turn).
                if (have_begin && (first_piece.data() == answer_lead_in.data() ||
                                   first_piece.data() == age_lead_in.data())) {
                    if (have_end) first_piece = last_piece = p, raw_begin = raw_end = 0;
                    else first_piece = p, rebase = true;
                }
                for (std::size_t i = 0; i < p.size() && !have_end; ++i)
                    fold.feed(static_cast<unsigned char>(p[i]), [&](unsigned char) {
                        if (rebase) raw_begin = i, rebase = false;
                        if (!have_begin && folded == w.begin) first_piece = p, raw_begin = i, have_begin = true;
                        if (have_begin && !have_end && folded + 1 == w.end) last_piece = p, raw_end = i + 1, have_end = true;
                        ++folded;
                    });
            };
            session_text(s, piece);
            piece(std::string_view{" . "});
            piece(facts.problem_description);
            ev.rule = rows[w.row].text();
            if (!have_begin) return;
            // A keyword never spans two pieces (each piece is followed by a sentence break,
            // the answer's lead-in by its answer).
            const std::string_view hit = first_piece;
            const std::size_t stop = have_end && last_piece.data() == hit.data() ? raw_end : hit.size();
            ev.text = hit.substr(raw_begin, stop - raw_begin);
            ev.begin = raw_begin;
            ev.end = stop;
            if (hit.data() == s.problem_description.data()) {
                ev.field = "problem_description";
                return;
            }
            // std::less orders unrelated pointers; it comes with <string> in the standard
            // libraries we know (<functional> alone would cost every unit 0.13 s).
            const std::less<const char*> before;
            for (std::size_t i = 0; i < s.transcript_log.size(); ++i) {
                // The pieces are views of the turns (a question: of the agent's turn).
                const std::string_view content = s.transcript_log[i].content;
                if (content.empty() || before(hit.data(), content.data()) ||
                    !before(hit.data(), content.data() + content.size()))
                    continue;
                const auto shift = static_cast<std::size_t>(hit.data() - content.data());
                ev.begin += shift;
                ev.end += shift;
                ev.turn = static_cast<int>(i);
                if (s.transcript_log[i].role == Role::agent)  // a question the next caller turn answered yes
                    for (std::size_t j = i + 1; j < s.transcript_log.size() && ev.answered_by < 0; ++j)
                        if (s.transcript_log[j].role == Role::user) ev.answered_by = static_cast<int>(j);
                return;
            }
        };
        for (Tag t : c.tags.set()) {
            TagEvidence ev{};
            ev.tag = t;
            const auto& w = rd.why[t.id()];
            const auto* rule_only = "";
            if (t == tags::CRITICAL_EVACUATE) {
                ev.field = "state";
                rule_only = "a safety exit with a present gas, CO or electrical-fire hazard";
            } else if (t == tags::CRITICAL_DISPATCH || t == tags::HEALTH_RISK) {
                if (rd.why_loss.set) locate(rd.why_loss, ev);
                rule_only = t == tags::HEALTH_RISK
                                ? "loss of heating or cooling with a dangerous temperature or a vulnerable occupant"
                                : "complete loss of heating or cooling, a dangerous temperature (or reading inside) "
                                  "and a vulnerable occupant";
            } else if (t == tags::COMPLAINT_NOFIX && !w.set) {
                if (rd.why_again.set) locate(rd.why_again, ev);
                rule_only = "a fault back again after a visit of ours (CALLBACK_RISK)";
            } else if (t.category() == Category::URGENCY && !w.set) {
                ev.field = "urgency_tier";
                rule_only = "the agent's urgency tier";
            } else if (t == tags::EXISTING_CUSTOMER || t == tags::NEW_CUSTOMER) {
                ev.field = "caller_known";
                rule_only = "the caller's number matched a customer (or not)";
            } else if (time_tags(facts.start_time, zone).contains(t)) {
                ev.field = "start_time";
                rule_only = "the call's start in the business time zone";
            } else if (w.set) {
                locate(w, ev);
            } else if (t == tags::HOT_LEAD) {
                ev.field = "lead_type";
                rule_only = "lead_type high_ticket";
            } else if (t == tags::COMMERCIAL_ACCT) {
                rule_only = "implied by COMMERCIAL_NEW";
            } else if (t == tags::COMMERCIAL_LEAD) {
                rule_only = "implied by COMMERCIAL_ACCT";
            } else if (t == tags::COMPETITOR_MENTION) {
                if (const auto& so = rd.why[tags::SECONDOPINION.id()]; so.set) locate(so, ev);
                rule_only = "implied by SECONDOPINION (another company's diagnosis)";
            }
            if (*rule_only) ev.rule = rule_only;
            on(static_cast<const TagEvidence&>(ev));
        }
        return c;
    }

private:
    template <class Engine, class Text, bool Explain>
    static constexpr Classification classify_with(const CallFacts& facts, Text&& text, const TimeZone& zone,
                                                  hvac117_tables::reader<Explain>& rd) {
        using namespace hvac117_tables;
        typename Engine::template scanner<rows, match::match_mode::whole_word> scan;
        auto on = [&](std::size_t k, std::size_t end) { rd.on_match(k, end); };
        text([&](std::string_view piece) { scan.feed(piece, on); });
        scan.feed(" . ", on);
        scan.feed(facts.problem_description, on);
        scan.finish(on);
        rd.finish();

        TagSet tags = rd.tags;
        // A caller with a service matter of their own (a service type) whose visit was
        // booked, or whose number is a customer's (caller_known), is a service customer
        // whatever their words ("I'm a realtor, I live here too, my AC won't turn on"; "I'm
        // with the supply house, and my own AC won't turn on"): a vendor with a customer's
        // number talking of repairs is rarer, and costs less, than a customer's job lost.
        // So is one with either: words like "realtor" or "supply house" later in their story
        // do not make them a vendor, unless they said who they are as the call began (the
        // first bytes of what they said): they are taken at their word.
        const bool introduced_as_not_customer = !rd.introduced.empty();
        const bool known = facts.caller_known || facts.booking_confirmed;
        const bool service = !tags.in(Category::SERVICE_TYPE).empty();
        if ((known && service) || (!introduced_as_not_customer && (known || service)))
            tags = tags - not_customers;
        // A caller who said what kind of non-customer they are as the call began ("this is
        // Tanya with the electric co-op's rebate program") is that kind: another kind's words
        // later in the call ("the application number", a reporter's "are you hiring more
        // technicians?") do not make them one. A wrong number, and a seller's pitch turning out
        // to be telemarketing, can come out at any time. A caller who only dialed us by mistake
        // ("i must've grabbed the wrong number ... actually, since i've got you, are you guys
        // hiring?") said no kind of their own: the kind they go on to be is theirs.
        if (!(rd.introduced - TagSet{tags::WRONG_NUMBER}).empty())
            tags = tags - (not_customers - rd.introduced - TagSet{tags::WRONG_NUMBER, tags::SPAM_TELEMARKETING});
        // A job applicant is calling about a job: the companies they worked or work for ("i worked the
        // parts counter at johnstone supply", "i'm over at arctic air right now") are not who they
        // are. A seller (a vendor, a supply house, a maker's rep) asking what we pay or use is
        // selling, not a competitor fishing ("i'm not a customer, i'm a supplier"). (Of the dev
        // calls, none labeled JOB_APPLICANT or COMPETITOR_INTEL carries another kind but a wrong
        // number.)
        if (tags.contains(tags::JOB_APPLICANT))
            tags = tags - (not_customers - TagSet{tags::JOB_APPLICANT, tags::WRONG_NUMBER, tags::SPAM_TELEMARKETING});
        if (!(tags & TagSet{tags::VENDOR_SALES, tags::PARTS_SUPPLIER, tags::MANUFACTURER_REP}).empty())
            tags.erase(tags::COMPETITOR_INTEL);
        const bool not_customer = !(tags & not_customers).empty();
        if (not_customer) {
            // Not a service customer: no service, revenue, recovery, access (but the utility's
            // shutoff or the inspector's permit they call about: non_customer_logistics) or customer
            // traits, and no problem of theirs to fear or to time (no hazard, duration,
            // occupant or weather: "customers on medical equipment", "three years at a
            // plumbing company"), so no health risk or critical urgency either.
            tags = tags - tags.in(Category::SERVICE_TYPE) - tags.in(Category::REVENUE) -
                   tags.in(Category::RECOVERY) - (tags.in(Category::LOGISTICS) - non_customer_logistics) -
                   tags.in(Category::CUSTOMER) - tags.in(Category::HAZARD) - tags.in(Category::CONTEXT);
        }
        // A visit of ours is a callback risk when the call has a problem ("your tech was here
        // Monday and it's blowing warm", "... and now it won't turn on"), not when the caller
        // only tells of it ("your tech came out yesterday, he was great").
        if (!rd.callback_said && !rd.fault_again && !rd.problem_said && (tags & visit_problems).empty())
            tags.erase(tags::CALLBACK_RISK);
        // A gas leak or CO in the call is an evacuation, not a repair or a symptom to
        // diagnose: the faults of the hazard's own sentence already give none; the heating
        // and cooling repairs and the DIAGNOSTIC_* symptoms the caller tells around it
        // ("the hissing is pretty loud") are the hazard's too (hazard_faults).
        if (!(tags & gas_or_co).empty()) tags = tags - hazard_faults;
        // Water pouring or a ceiling sagging is the flood (ACTIVE_FLOODING); the drain or drip words
        // told with it ("I can hear it dripping up there") are that water's, not a clog's small leak
        // beside it (policy: CONDENSATE_CLOG for a drain pan, a small puddle, a clogged line).
        if (tags.contains(tags::ACTIVE_FLOODING)) tags.erase(tags::CONDENSATE_CLOG);
        // An upgrade is better efficiency on a working system (policy INSTALL_UPGRADE): in a call
        // about replacing a failing or old one, or about a house being built, "high efficiency" is
        // what the new system should be.
        if (tags.contains(tags::INSTALL_REPLACEMENT) || tags.contains(tags::INSTALL_NEWCONSTRUCTION))
            tags.erase(tags::INSTALL_UPGRADE);
        // A caller who rents the place is its occupant: no tenant to coordinate with, and
        // not its owner ("it's my house, well, I rent it"), nor its manager or an owner of several
        // properties: the property management they name is their landlord's ("i rent ... it's desert
        // vista property management", policy: a tenant's landlord is no MULTI_PROPERTY).
        if (rd.caller_rents)
            tags = tags - TagSet{tags::TENANT_COORD, tags::OWNER_OCCUPIED, tags::PROPERTY_MANAGER, tags::MULTI_PROPERTY};
        // An owner whose place is let to a tenant they coordinate with does not live there (policy:
        // OWNER_OCCUPIED is the owner's own home): "i own a house over on east cactus road that i rent out,
        // and my tenant texted me ... i own it but i don't live there".
        if (tags.contains(tags::TENANT_COORD)) tags.erase(tags::OWNER_OCCUPIED);
        // A problem still there or back again is a failed fix of ours only in a call that tells of
        // a visit or work of ours (policy: COMPLAINT_* is about our service; "i called monday,
        // nobody came out, it's still doing it" is a fault, not a fix that did not hold).
        // Equipment we put in recently is such work, but not in a call about a callback that never
        // came ("it's not even a year old ... i called on monday and nobody called me back, it's still
        // doing it": nobody came to fix it, CALLBACK_RISK says so).
        if (!rd.visit && (rd.callback_said || !tags.contains(tags::RECENT_INSTALL))) tags.erase(tags::COMPLAINT_NOFIX);
        // A fault back again in a call about a visit of ours: the visit did not fix it.
        if (rd.fault_again && rd.visit && tags.contains(tags::CALLBACK_RISK)) tags.insert(tags::COMPLAINT_NOFIX);
        if (tags.contains(tags::COMMERCIAL_NEW)) tags.insert(tags::COMMERCIAL_ACCT);
        if (tags.contains(tags::COMMERCIAL_ACCT)) tags.insert(tags::COMMERCIAL_LEAD);
        // A second opinion is on another company's diagnosis or quote: that company is a competitor
        // named (all 7 dev calls labeled SECONDOPINION also carry COMPETITOR_MENTION).
        if (tags.contains(tags::SECONDOPINION)) tags.insert(tags::COMPETITOR_MENTION);
        // A new caller's second opinion (on another company's diagnosis or quote, as above): the
        // visit, the fix that did not hold and the service or price complained of are that company's
        // ("another company came out yesterday and told me i need a whole new system"; "they didn't
        // fix anything ... the guy was super pushy"), not ours (policy: COMPLAINT_* and CALLBACK_RISK
        // are about our service; none of the 10 dev calls labeled SECONDOPINION carries one). A
        // caller whose number is a customer's keeps them: a visit of ours may be in their story.
        if (tags.contains(tags::SECONDOPINION) && !facts.caller_known)
            tags = tags - TagSet{tags::CALLBACK_RISK, tags::COMPLAINT_NOFIX, tags::COMPLAINT_SERVICE,
                                 tags::COMPLAINT_PRICE};
        // A recurring service with us is a customer's (policy: SEASONAL_CUSTOMER, recurring service with
        // us): a caller whose number is no customer's, who tells of no visit or work of ours and names
        // another company, had it from that company ("i've been using polar bear heating for years, they
        // did my tune-up every fall"); one who asks about a plan wants it to come ("something where you
        // just come every quarter", "some kind of yearly schedule"). None of the 15 dev calls labeled
        // SEASONAL_CUSTOMER and missed is a new caller's. A member of ours (VIP_ACCOUNT), or one who says
        // the recurring service is ours in the second person (f_visit: "you guys do our tune up every
        // spring", "you've done my annual tune up every year since", "she's on your annual maintenance
        // plan"), keeps it (after a review: 5 of its 12 sentences lost it so).
        if (!facts.caller_known && !rd.visit && !tags.contains(tags::VIP_ACCOUNT) &&
            (tags.contains(tags::COMPETITOR_MENTION) || tags.contains(tags::SERVICE_PLAN)))
            tags.erase(tags::SEASONAL_CUSTOMER);
        if (facts.lead_type == "high_ticket") tags.insert(tags::HOT_LEAD);

        // HAZARD: HEALTH_RISK; URGENCY: exactly one level.
        const bool vulnerable = !(tags & vulnerable_occupants).empty();
        if (rd.loss && (rd.extreme || vulnerable) && !not_customer) tags.insert(tags::HEALTH_RISK);
        Tag urgency = urgency_tag(facts.urgency_tier);
        if (facts.state == State::safety_exit && !(tags & evacuation_hazards).empty())
            urgency = tags::CRITICAL_EVACUATE;
        else if (rd.loss && (rd.extreme || indoor_danger(rd, tags)) && vulnerable && !not_customer)
            urgency = tags::CRITICAL_DISPATCH;
        tags.insert(urgency);

        // CUSTOMER: the session rule.
        tags.insert(facts.caller_known ? tags::EXISTING_CUSTOMER : tags::NEW_CUSTOMER);

        // CONTEXT
        if (rd.has_duration && !not_customer) tags.insert(rd.duration);
        tags |= time_tags(facts.start_time, zone);

        Classification c;
        c.tags = Tags{tags};
        c.priority = detect_priority(c.tags);
        c.revenue = detail::revenue_from_hits(detail::scan_problem<Engine>(facts.problem_description),
                                              tags.contains(tags::R22_RETROFIT),
                                              facts.problem_description);
        return c;
    }

public:
    // Every tag the profile can produce, derived from its table and rules.
    static constexpr TagSet coverage() noexcept {
        using namespace hvac117_tables;
        TagSet s;
        for (const auto& r : rows) {
            if ((r.flags & f_tag) && r.has_tag) s.insert(r.tag());
            if ((r.flags & f_tag) && r.has_tag2) s.insert(r.tag2());
            if (r.flags & (f_system | f_duration)) s.insert(r.tag());
            if (r.flags & f_maint) {  // tuneup()
                s.insert(tags::TUNEUP_AC);
                s.insert(tags::TUNEUP_HEATING);
            }
        }
        for (const auto& u : rule_tables::urgency_map) s.insert(u.tag);
        for (Tag t : {tags::STANDARD, tags::CRITICAL_EVACUATE, tags::CRITICAL_DISPATCH,
                      tags::HEALTH_RISK, tags::HOT_LEAD, tags::COMMERCIAL_ACCT,
                      tags::COMMERCIAL_LEAD, tags::EXISTING_CUSTOMER,
                      tags::NEW_CUSTOMER})
            s.insert(t);
        // time_tags()
        for (Tag t : {tags::PEAK_SUMMER, tags::PEAK_WINTER, tags::AFTER_HOURS,
                      tags::WEEKEND, tags::HOLIDAY_WEEK})
            s.insert(t);
        return s;
    }
};

// Its coverage (all 117 tags and the 3 DURATION tags) is checked at compile time by
// tests/test_profiles_hvac117.cpp: a loop over ~4,000 rows that every including unit would pay for.

}  // namespace calllock
