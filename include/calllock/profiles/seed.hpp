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
    {"gas", tags::GAS_LEAK}, {"rotten egg", tags::GAS_LEAK},
    {"sulfur", tags::GAS_LEAK}, {"hissing", tags::GAS_LEAK},
    {"co detector", tags::CO_EVENT}, {"carbon monoxide", tags::CO_EVENT},
    {"co alarm", tags::CO_EVENT},
    {"burning", tags::ELECTRICAL_FIRE}, {"smoke", tags::ELECTRICAL_FIRE},
    {"sparks", tags::ELECTRICAL_FIRE}, {"breaker", tags::ELECTRICAL_FIRE},
    {"flooding", tags::ACTIVE_FLOODING}, {"water pouring", tags::ACTIVE_FLOODING},
    {"burst pipe", tags::ACTIVE_FLOODING},
    {"chemical smell", tags::REFRIGERANT_LEAK}, {"frozen coil", tags::REFRIGERANT_LEAK},
    {"no heat", tags::HEALTH_RISK}, {"no ac", tags::HEALTH_RISK},
    {"freezing", tags::HEALTH_RISK},
    // SERVICE_TYPE_KEYWORDS
    {"ac", tags::REPAIR_AC}, {"air conditioning", tags::REPAIR_AC},
    {"cooling", tags::REPAIR_AC}, {"not cooling", tags::REPAIR_AC},
    {"warm air", tags::REPAIR_AC},
    {"heating", tags::REPAIR_HEATING}, {"furnace", tags::REPAIR_HEATING},
    {"heat", tags::REPAIR_HEATING}, {"not heating", tags::REPAIR_HEATING},
    {"no heat", tags::REPAIR_HEATING},
    {"heat pump", tags::REPAIR_HEATPUMP}, {"heatpump", tags::REPAIR_HEATPUMP},
    {"thermostat", tags::REPAIR_THERMOSTAT},
    {"duct", tags::REPAIR_DUCTWORK}, {"ductwork", tags::REPAIR_DUCTWORK},
    {"vent", tags::REPAIR_DUCTWORK},
    {"tune-up", tags::TUNEUP_AC}, {"tuneup", tags::TUNEUP_AC},
    {"maintenance", tags::TUNEUP_AC}, {"checkup", tags::TUNEUP_AC},
    {"new system", tags::INSTALL_REPLACEMENT}, {"replacement", tags::INSTALL_REPLACEMENT},
    {"replace", tags::INSTALL_REPLACEMENT}, {"install", tags::INSTALL_REPLACEMENT},
    {"noise", tags::DIAGNOSTIC_NOISE}, {"strange sound", tags::DIAGNOSTIC_NOISE},
    {"rattling", tags::DIAGNOSTIC_NOISE}, {"buzzing", tags::DIAGNOSTIC_NOISE},
    {"smell", tags::DIAGNOSTIC_SMELL}, {"odor", tags::DIAGNOSTIC_SMELL},
    {"second opinion", tags::SECONDOPINION},
    {"warranty", tags::WARRANTY_CLAIM},
    // REVENUE: the R-22 rule
    {"r-22", tags::R22_RETROFIT}, {"r22", tags::R22_RETROFIT},
    {"freon", tags::R22_RETROFIT},
    // RECOVERY_KEYWORDS
    {"waiting", tags::CALLBACK_RISK}, {"no one called back", tags::CALLBACK_RISK},
    {"still waiting", tags::CALLBACK_RISK},
    {"too expensive", tags::COMPLAINT_PRICE}, {"overcharged", tags::COMPLAINT_PRICE},
    {"price", tags::COMPLAINT_PRICE},
    {"poor service", tags::COMPLAINT_SERVICE}, {"rude", tags::COMPLAINT_SERVICE},
    {"still broken", tags::COMPLAINT_NOFIX}, {"didn't fix", tags::COMPLAINT_NOFIX},
    {"not fixed", tags::COMPLAINT_NOFIX},
    {"manager", tags::ESCALATION_REQ}, {"supervisor", tags::ESCALATION_REQ},
    {"speak to", tags::ESCALATION_REQ},
    {"cheaper quote", tags::COMPETITOR_MENTION}, {"another company", tags::COMPETITOR_MENTION},
    // LOGISTICS_KEYWORDS
    {"gate", tags::GATE_CODE}, {"gated", tags::GATE_CODE},
    {"dog", tags::PET_SECURE}, {"cat", tags::PET_SECURE}, {"pet", tags::PET_SECURE},
    {"landlord", tags::LANDLORD_AUTH}, {"owner permission", tags::LANDLORD_AUTH},
    {"tenant", tags::TENANT_COORD}, {"renter", tags::TENANT_COORD},
    // NON_CUSTOMER_KEYWORDS
    {"hiring", tags::JOB_APPLICANT}, {"job", tags::JOB_APPLICANT},
    {"apply", tags::JOB_APPLICANT}, {"position", tags::JOB_APPLICANT},
    {"vendor", tags::VENDOR_SALES}, {"supplier", tags::VENDOR_SALES},
    {"selling", tags::VENDOR_SALES}, {"partnership", tags::VENDOR_SALES},
    {"wrong number", tags::WRONG_NUMBER},
    {"telemarketing", tags::SPAM_TELEMARKETING}, {"spam", tags::SPAM_TELEMARKETING},
    {"parts supplier", tags::PARTS_SUPPLIER}, {"supply house", tags::PARTS_SUPPLIER},
    {"realtor", tags::REALTOR_INQUIRY}, {"real estate", tags::REALTOR_INQUIRY},
    // CONTEXT_KEYWORDS
    {"elderly", tags::ELDERLY_OCCUPANT}, {"senior", tags::ELDERLY_OCCUPANT},
    {"grandma", tags::ELDERLY_OCCUPANT}, {"grandmother", tags::ELDERLY_OCCUPANT},
    {"baby", tags::INFANT_NEWBORN}, {"infant", tags::INFANT_NEWBORN},
    {"newborn", tags::INFANT_NEWBORN},
    {"medical", tags::MEDICAL_NEED}, {"oxygen", tags::MEDICAL_NEED},
    {"health condition", tags::MEDICAL_NEED},
}};
inline constexpr auto text_words = match::texts_of(text_keywords);

// Emission order: the order of the plan's dicts (tags not listed: taxonomy order).
inline constexpr TagOrder order = [] {
    std::array<Tag, text_keywords.size() + 1> seq{};
    std::size_t n = 0;
    seq[n++] = tags::HOT_LEAD;  // appended before the R-22 rule in the plan
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
            if (found.in(Category::HAZARD).empty()) tags.insert(tags::HEALTH_RISK);
        }
        // URGENCY: the tier's tag, CRITICAL_EVACUATE on a safety exit.
        tags.insert(safety_exit ? tags::CRITICAL_EVACUATE : urgency_tag(facts.urgency_tier));
        // REVENUE
        if (detail::any_in_group(problem_hits, rule_tables::group::high_ticket)) tags.insert(tags::HOT_LEAD);
        const bool r22 = found.contains(tags::R22_RETROFIT);
        if (r22) tags.insert(tags::R22_RETROFIT);
        // CUSTOMER
        tags.insert(facts.caller_known ? tags::EXISTING_CUSTOMER : tags::NEW_CUSTOMER);

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
        s.insert(tags::STANDARD);
        s.insert(tags::HEALTH_RISK);
        s.insert(tags::CRITICAL_EVACUATE);
        s.insert(tags::HOT_LEAD);
        s.insert(tags::EXISTING_CUSTOMER);
        s.insert(tags::NEW_CUSTOMER);
        return s;
    }
};
}  // namespace calllock

#if !defined(CALLLOCK_BUILD_TABLES)
// The DFA tables of the keyword sets above, as constant data (tools/gen_tables).
#include "../generated/seed.ipp"
#endif
