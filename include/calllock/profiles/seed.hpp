// Profile `seed`: the keyword tables and rules of the reference Python agent (the
// plan in shared/seeds), reproduced exactly: substring search on the lowercased text "<plain transcript> <problem>".
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "../classify.hpp"
#include "../match/engine.hpp"
#include "../result.hpp"
#include "../rules.hpp"
#include "../session.hpp"
#include "../tag_set.hpp"
#include "../transcript.hpp"

namespace calllock {

struct keyword_rule {
    std::string_view text;
    Tag tag;
};

namespace seed_tables {

// The plan's keyword dicts, in the plan's order (dict order decides tag order).
// R22_RETROFIT's three literals ("r-22", "r22", "freon") are rules of the plan's
// REVENUE section, kept here because they are searched in the same text.
inline constexpr std::array<keyword_rule, 104> text_keywords{{
    // HAZARD_KEYWORDS (only on a safety exit)
    {"gas", tag_of("GAS_LEAK")}, {"rotten egg", tag_of("GAS_LEAK")},
    {"sulfur", tag_of("GAS_LEAK")}, {"hissing", tag_of("GAS_LEAK")},
    {"co detector", tag_of("CO_EVENT")}, {"carbon monoxide", tag_of("CO_EVENT")},
    {"co alarm", tag_of("CO_EVENT")},
    {"burning", tag_of("ELECTRICAL_FIRE")}, {"smoke", tag_of("ELECTRICAL_FIRE")},
    {"sparks", tag_of("ELECTRICAL_FIRE")}, {"breaker", tag_of("ELECTRICAL_FIRE")},
    {"flooding", tag_of("ACTIVE_FLOODING")}, {"water pouring", tag_of("ACTIVE_FLOODING")},
    {"burst pipe", tag_of("ACTIVE_FLOODING")},
    {"chemical smell", tag_of("REFRIGERANT_LEAK")}, {"frozen coil", tag_of("REFRIGERANT_LEAK")},
    {"no heat", tag_of("HEALTH_RISK")}, {"no ac", tag_of("HEALTH_RISK")},
    {"freezing", tag_of("HEALTH_RISK")},
    // SERVICE_TYPE_KEYWORDS
    {"ac", tag_of("REPAIR_AC")}, {"air conditioning", tag_of("REPAIR_AC")},
    {"cooling", tag_of("REPAIR_AC")}, {"not cooling", tag_of("REPAIR_AC")},
    {"warm air", tag_of("REPAIR_AC")},
    {"heating", tag_of("REPAIR_HEATING")}, {"furnace", tag_of("REPAIR_HEATING")},
    {"heat", tag_of("REPAIR_HEATING")}, {"not heating", tag_of("REPAIR_HEATING")},
    {"no heat", tag_of("REPAIR_HEATING")},
    {"heat pump", tag_of("REPAIR_HEATPUMP")}, {"heatpump", tag_of("REPAIR_HEATPUMP")},
    {"thermostat", tag_of("REPAIR_THERMOSTAT")},
    {"duct", tag_of("REPAIR_DUCTWORK")}, {"ductwork", tag_of("REPAIR_DUCTWORK")},
    {"vent", tag_of("REPAIR_DUCTWORK")},
    {"tune-up", tag_of("TUNEUP_AC")}, {"tuneup", tag_of("TUNEUP_AC")},
    {"maintenance", tag_of("TUNEUP_AC")}, {"checkup", tag_of("TUNEUP_AC")},
    {"new system", tag_of("INSTALL_REPLACEMENT")}, {"replacement", tag_of("INSTALL_REPLACEMENT")},
    {"replace", tag_of("INSTALL_REPLACEMENT")}, {"install", tag_of("INSTALL_REPLACEMENT")},
    {"noise", tag_of("DIAGNOSTIC_NOISE")}, {"strange sound", tag_of("DIAGNOSTIC_NOISE")},
    {"rattling", tag_of("DIAGNOSTIC_NOISE")}, {"buzzing", tag_of("DIAGNOSTIC_NOISE")},
    {"smell", tag_of("DIAGNOSTIC_SMELL")}, {"odor", tag_of("DIAGNOSTIC_SMELL")},
    {"second opinion", tag_of("SECONDOPINION")},
    {"warranty", tag_of("WARRANTY_CLAIM")},
    // REVENUE: the R-22 rule
    {"r-22", tag_of("R22_RETROFIT")}, {"r22", tag_of("R22_RETROFIT")},
    {"freon", tag_of("R22_RETROFIT")},
    // RECOVERY_KEYWORDS
    {"waiting", tag_of("CALLBACK_RISK")}, {"no one called back", tag_of("CALLBACK_RISK")},
    {"still waiting", tag_of("CALLBACK_RISK")},
    {"too expensive", tag_of("COMPLAINT_PRICE")}, {"overcharged", tag_of("COMPLAINT_PRICE")},
    {"price", tag_of("COMPLAINT_PRICE")},
    {"poor service", tag_of("COMPLAINT_SERVICE")}, {"rude", tag_of("COMPLAINT_SERVICE")},
    {"still broken", tag_of("COMPLAINT_NOFIX")}, {"didn't fix", tag_of("COMPLAINT_NOFIX")},
    {"not fixed", tag_of("COMPLAINT_NOFIX")},
    {"manager", tag_of("ESCALATION_REQ")}, {"supervisor", tag_of("ESCALATION_REQ")},
    {"speak to", tag_of("ESCALATION_REQ")},
    {"cheaper quote", tag_of("COMPETITOR_MENTION")}, {"another company", tag_of("COMPETITOR_MENTION")},
    // LOGISTICS_KEYWORDS
    {"gate", tag_of("GATE_CODE")}, {"gated", tag_of("GATE_CODE")},
    {"dog", tag_of("PET_SECURE")}, {"cat", tag_of("PET_SECURE")}, {"pet", tag_of("PET_SECURE")},
    {"landlord", tag_of("LANDLORD_AUTH")}, {"owner permission", tag_of("LANDLORD_AUTH")},
    {"tenant", tag_of("TENANT_COORD")}, {"renter", tag_of("TENANT_COORD")},
    // NON_CUSTOMER_KEYWORDS
    {"hiring", tag_of("JOB_APPLICANT")}, {"job", tag_of("JOB_APPLICANT")},
    {"apply", tag_of("JOB_APPLICANT")}, {"position", tag_of("JOB_APPLICANT")},
    {"vendor", tag_of("VENDOR_SALES")}, {"supplier", tag_of("VENDOR_SALES")},
    {"selling", tag_of("VENDOR_SALES")}, {"partnership", tag_of("VENDOR_SALES")},
    {"wrong number", tag_of("WRONG_NUMBER")},
    {"telemarketing", tag_of("SPAM_TELEMARKETING")}, {"spam", tag_of("SPAM_TELEMARKETING")},
    {"parts supplier", tag_of("PARTS_SUPPLIER")}, {"supply house", tag_of("PARTS_SUPPLIER")},
    {"realtor", tag_of("REALTOR_INQUIRY")}, {"real estate", tag_of("REALTOR_INQUIRY")},
    // CONTEXT_KEYWORDS
    {"elderly", tag_of("ELDERLY_OCCUPANT")}, {"senior", tag_of("ELDERLY_OCCUPANT")},
    {"grandma", tag_of("ELDERLY_OCCUPANT")}, {"grandmother", tag_of("ELDERLY_OCCUPANT")},
    {"baby", tag_of("INFANT_NEWBORN")}, {"infant", tag_of("INFANT_NEWBORN")},
    {"newborn", tag_of("INFANT_NEWBORN")},
    {"medical", tag_of("MEDICAL_NEED")}, {"oxygen", tag_of("MEDICAL_NEED")},
    {"health condition", tag_of("MEDICAL_NEED")},
}};
inline constexpr auto text_words = match::texts_of(text_keywords);

// Emission order: the order of the plan's dicts (tags not listed: taxonomy order).
inline constexpr TagOrder order = [] {
    std::array<Tag, text_keywords.size() + 1> seq{};
    std::size_t n = 0;
    seq[n++] = tag_of("HOT_LEAD");  // appended before the R-22 rule in the plan
    for (const auto& k : text_keywords) seq[n++] = k.tag;
    return make_order(seq);
}();

}  // namespace seed_tables

// Profile `seed`: the plan's rules.
struct seed_profile {
    static constexpr std::string_view name = "seed";

    // The text a session's keywords are searched in: the plain-text transcript.
    template <class F>
    static constexpr void session_text(const CallSession& s, F&& f) {
        for_each_plain_text_piece(s.transcript_log, f);
    }

    // text(f) feeds the pieces of the transcript text to f.
    template <class Engine, class Text>
    static constexpr Classification classify(const CallFacts& facts, Text&& text) {
        using namespace seed_tables;
        typename Engine::template scanner<text_words> scan;
        text([&](std::string_view piece) { scan.feed(piece); });
        scan.feed(" ");
        scan.feed(facts.problem_description);
        const auto hits = scan.finish();
        const auto problem_hits = detail::scan_problem<Engine>(facts.problem_description);

        TagSet found;
        for (std::size_t k = 0; k < text_keywords.size(); ++k)
            if (hits.test(k)) found.insert(text_keywords[k].tag);

        const bool safety_exit = facts.state == State::safety_exit;
        TagSet tags = found - found.in(Category::HAZARD) - found.in(Category::REVENUE);
        // HAZARD: only on a safety exit; HEALTH_RISK when nothing specific matched.
        if (safety_exit) {
            tags |= found.in(Category::HAZARD);
            if (found.in(Category::HAZARD).empty()) tags.insert(tag_of("HEALTH_RISK"));
        }
        // URGENCY: the tier's tag, CRITICAL_EVACUATE on a safety exit.
        tags.insert(safety_exit ? tag_of("CRITICAL_EVACUATE") : urgency_tag(facts.urgency_tier));
        // REVENUE
        if (detail::any_in_group(problem_hits, rule_tables::group::high_ticket)) tags.insert(tag_of("HOT_LEAD"));
        const bool r22 = found.contains(tag_of("R22_RETROFIT"));
        if (r22) tags.insert(tag_of("R22_RETROFIT"));
        // CUSTOMER
        tags.insert(facts.caller_known ? tag_of("EXISTING_CUSTOMER") : tag_of("NEW_CUSTOMER"));

        Classification c;
        c.tags = Tags{tags, seed_tables::order};
        c.priority = detect_priority(c.tags);
        c.revenue = detail::revenue_from_hits(problem_hits, r22, facts.problem_description);
        return c;
    }

    // Every tag the profile can produce, derived from its tables and rules.
    static constexpr TagSet coverage() noexcept {
        TagSet s;
        for (const auto& k : seed_tables::text_keywords) s.insert(k.tag);
        for (const auto& u : rule_tables::urgency_map) s.insert(u.tag);
        s.insert(tag_of("STANDARD"));
        s.insert(tag_of("HEALTH_RISK"));
        s.insert(tag_of("CRITICAL_EVACUATE"));
        s.insert(tag_of("HOT_LEAD"));
        s.insert(tag_of("EXISTING_CUSTOMER"));
        s.insert(tag_of("NEW_CUSTOMER"));
        return s;
    }
};
}  // namespace calllock

#if !defined(CALLLOCK_BUILD_TABLES)
// The DFA tables of the keyword sets above, as constant data (tools/gen_tables).
#include "../generated/seed.ipp"
#endif
