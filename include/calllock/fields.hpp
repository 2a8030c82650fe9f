// The dashboard's derived fields: who called, what for, the equipment and its state,
// the caller's mood. Each is a small rule over the classification's tags, the
// session fields and a phrase scan of what the caller said (dialogue.hpp: caller
// turns and the agent's questions they answered yes to). A field the call does not
// support stays empty: never guessed. Zero allocation, usable in constant expressions.
// The rules, field by field: docs/dashboard-contract.md ("Derived fields").
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "civil_time.hpp"
#include "dialogue.hpp"
#include "result.hpp"
#include "session.hpp"
#include "tag_set.hpp"

namespace calllock {

enum class CallerType : std::uint8_t { residential, commercial, vendor, recruiting, unknown };
enum class PrimaryIntent : std::uint8_t { new_lead, active_job_issue, booking_request, admin_billing, solicitation };
enum class WorkType : std::uint8_t { service, maintenance, install, admin };
enum class PropertyType : std::uint8_t { house, condo, apartment, commercial };
enum class SystemStatus : std::uint8_t { completely_down, partially_working, running_but_ineffective };
enum class EquipmentType : std::uint8_t {
    furnace, air_conditioner, heat_pump, boiler, mini_split, water_heater,
    thermostat, ductwork, air_quality, rooftop_unit, package_unit
};
enum class AgeBracket : std::uint8_t { under_10, ten_to_15, over_15, unknown };
enum class ProblemDuration : std::uint8_t { acute, recent, ongoing };
enum class ProblemOnset : std::uint8_t { sudden, gradual };
enum class ProblemPattern : std::uint8_t { intermittent, constant, time_of_day };
enum class AttemptedFix : std::uint8_t { filter, breaker, thermostat, restart, drain, other };
enum class IssueType : std::uint8_t {
    heating, cooling, safety, water_leak, air_quality, thermostat, maintenance, installation, other
};

// The dashboard's spelling of each value (contract.hpp's enums; payload.hpp ties them
// with static_asserts).
[[nodiscard]] constexpr std::string_view name(CallerType v) noexcept {
    constexpr std::array<std::string_view, 5> n{"residential", "commercial", "vendor", "recruiting", "unknown"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(PrimaryIntent v) noexcept {
    constexpr std::array<std::string_view, 5> n{"new_lead", "active_job_issue", "booking_request", "admin_billing",
                                                "solicitation"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(WorkType v) noexcept {
    constexpr std::array<std::string_view, 4> n{"service", "maintenance", "install", "admin"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(PropertyType v) noexcept {
    constexpr std::array<std::string_view, 4> n{"house", "condo", "apartment", "commercial"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(SystemStatus v) noexcept {
    constexpr std::array<std::string_view, 3> n{"completely_down", "partially_working", "running_but_ineffective"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(EquipmentType v) noexcept {
    constexpr std::array<std::string_view, 11> n{"furnace",    "air_conditioner", "heat_pump",   "boiler",
                                                 "mini_split", "water_heater",    "thermostat",  "ductwork",
                                                 "air_quality", "rooftop_unit",   "package_unit"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(AgeBracket v) noexcept {
    constexpr std::array<std::string_view, 4> n{"under_10", "10_to_15", "over_15", "unknown"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(ProblemDuration v) noexcept {
    constexpr std::array<std::string_view, 3> n{"acute", "recent", "ongoing"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(ProblemOnset v) noexcept {
    constexpr std::array<std::string_view, 2> n{"sudden", "gradual"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(ProblemPattern v) noexcept {
    constexpr std::array<std::string_view, 3> n{"intermittent", "constant", "time_of_day"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(AttemptedFix v) noexcept {
    constexpr std::array<std::string_view, 6> n{"filter", "breaker", "thermostat", "restart", "drain", "other"};
    return n[static_cast<std::size_t>(v)];
}
[[nodiscard]] constexpr std::string_view name(IssueType v) noexcept {
    constexpr std::array<std::string_view, 9> n{"heating",     "cooling",     "safety",       "water_leak", "air_quality",
                                                "thermostat",  "maintenance", "installation", "other"};
    return n[static_cast<std::size_t>(v)];
}

// What a call tells about itself beyond its tags.
struct CallFields {
    std::optional<CallerType> caller_type;
    std::optional<PrimaryIntent> primary_intent;
    std::optional<WorkType> work_type;
    bool is_callback_complaint = false;
    bool potential_replacement = false;
    std::optional<bool> is_decision_maker;
    std::optional<PropertyType> property_type;
    std::optional<SystemStatus> system_status;
    std::optional<EquipmentType> equipment_type;
    std::optional<int> equipment_age;  // years
    AgeBracket equipment_age_bracket = AgeBracket::unknown;
    std::optional<ProblemDuration> problem_duration;
    std::optional<ProblemOnset> problem_onset;
    std::optional<ProblemPattern> problem_pattern;
    std::uint8_t attempted_fixes = 0;  // bit i: AttemptedFix(i)
    int sentiment_score = 3;           // 1 hostile .. 5 delighted
    std::optional<IssueType> hvac_issue_type;

    [[nodiscard]] constexpr bool attempted(AttemptedFix f) const noexcept {
        return (attempted_fixes >> static_cast<unsigned>(f)) & 1u;
    }
    friend constexpr bool operator==(const CallFields&, const CallFields&) = default;
};

// The bracket of an equipment age: under 10, 10 to 15 inclusive, over 15.
[[nodiscard]] constexpr AgeBracket age_bracket(std::optional<int> years) noexcept {
    if (!years) return AgeBracket::unknown;
    if (*years < 10) return AgeBracket::under_10;
    return *years <= 15 ? AgeBracket::ten_to_15 : AgeBracket::over_15;
}

namespace detail::fields {

// What a phrase is evidence of.
enum class kind : std::uint8_t {
    property, status, equipment, onset, pattern, fix_object, fix_action, mood, intent, owner, commercial, person,
    hearsay, install_word, old_word, ago, recent, runs, us, since, works, area, fine, roof, plan, no_output, hazard,
    found, praise, quoted, count_
};
inline constexpr std::size_t kind_count = static_cast<std::size_t>(kind::count_);

// Values of the `mood`, `intent` and `owner` kinds.
enum mood : std::uint8_t { hostile, upset, positive, delighted };
// `cancel` is an active job's ("cancel my appointment") unless its sentence names a plan
// ("cancel my maintenance agreement"): then it is an `account` change, which is admin.
// `maintain_plan`: a plan of upkeep held ("our maintenance plan"): maintenance, no visit's work.
// `price_asked`: a price or what a service covers asked ("what do you charge", "what's included").
enum intent : std::uint8_t { admin, active_job, quote, maintain, cancel, account, maintain_plan, price_asked };
// `defers`: the caller says outright that someone else decides ("i'm not the one who decides",
// "he'll have the final say"), which wins over owning the place.
// `manages`: the caller manages the place ("i manage rosa's cantina", "i'm the property manager
// for the plaza"): a decision maker only with a word of approving (brief: a property manager
// authorised to approve).
enum owner : std::uint8_t { owns, does_not_decide, defers, manages };
// `since` values: a start stated at a part of yesterday, and the hour it stands for
// (problem_duration counts the hours from it to the call).
enum daypart : std::uint8_t { yesterday_morning, yesterday_afternoon, yesterday_evening };
inline constexpr std::array<unsigned, 3> daypart_hour{9, 14, 18};
// An `onset`, `status` or `pattern` phrase that hides the words inside it: a fear ("gonna
// quit"), or a fix tried ("flipped the breaker off and on"): no onset, status or pattern;
// an `equipment` one: a place named by the equipment ("out of the vents"): no equipment;
// a `mood` one: a lawyer by trade ("i'm an attorney"): no mood;
// a `property` one: a house not the caller's ("the supply house"): no property.
inline constexpr std::uint8_t hidden = 15;
// A `status` value beside the three states: a start that stops ("it hums and then shuts off"),
// partly working unless the call says nothing comes of it (kind no_output: "no heat", "it never
// lights"): then completely down.
inline constexpr std::uint8_t starts_and_stops = 3;
// A `status` value: the set temperature not reached ("it never gets to the seventy we set",
// "wont get below seventy nine"): running but ineffective (brief: not reaching the set
// temperature), over a cycling or a zone said beside it ("it turns on and shuts off every couple
// minutes ... never gets there", "upstairs wont get below seventy nine ... downstairs is fine").
inline constexpr std::uint8_t short_of_set = 4;
// A `works` phrase of cooling ("it's cooling fine", "still cooling"): with no equipment named,
// the air conditioner's.
inline constexpr std::uint8_t cools = 1;
// A `commercial` phrase that hides the words inside it ("my business elsewhere").
inline constexpr std::uint8_t business_idiom = 1;
// A `commercial` phrase that is an office ("my office", "our office"): no business premises in
// a call that names a house, condo or apartment as the place ("it's just my house ... that's my
// office downtown", "it's just my home office", "send the invoice to our office").
inline constexpr std::uint8_t office_word = 2;
// A `plan` phrase that names a visit ("cancel the appointment"): no account change.
inline constexpr std::uint8_t plan_visit = 1;
// fix_action values: a plain action, or one that is itself a restart, or something
// else tried; or a state the caller looked at ("the breaker's on", "they all look
// fine"), which is a check of the breakers.
enum action : std::uint8_t { act, act_restart, act_other, act_state };

struct cue {
    std::string_view phrase;  // lowercase words separated by one space
    kind k;
    std::uint8_t value = 0;
};

template <class E>
constexpr std::uint8_t v(E e) noexcept { return static_cast<std::uint8_t>(e); }

// The phrases, as listed (the table, `cues` below, adds the switches by the caller). At each
// word the longest phrase that starts there is taken, and a phrase that starts inside a taken
// one is skipped ("water heater" is not "heater"). Apostrophes are ignored on both sides
// ("wont" is "won't").
inline constexpr cue listed_cues[] = {
    // property_type
    {"house", kind::property, v(PropertyType::house)}, {"townhouse", kind::property, v(PropertyType::house)},
    {"town house", kind::property, v(PropertyType::house)}, {"townhome", kind::property, v(PropertyType::house)},
    {"duplex", kind::property, v(PropertyType::house)}, {"mobile home", kind::property, v(PropertyType::house)},
    {"cabin", kind::property, v(PropertyType::house)}, {"condo", kind::property, v(PropertyType::condo)},
    {"condominium", kind::property, v(PropertyType::condo)}, {"apartment", kind::property, v(PropertyType::apartment)},
    {"apartments", kind::property, v(PropertyType::apartment)},
    // several of them ("i got three rental houses", "my duplexes", "six townhomes")
    {"houses", kind::property, v(PropertyType::house)}, {"duplexes", kind::property, v(PropertyType::house)},
    {"townhomes", kind::property, v(PropertyType::house)}, {"townhouses", kind::property, v(PropertyType::house)},
    {"condos", kind::property, v(PropertyType::condo)},
    // a house that is not the property ("the supply house", a realtor "showing houses")
    {"supply house", kind::property, hidden}, {"showing houses", kind::property, hidden},
    // a house in another sense ("front of house" in a restaurant, work brought "in house")
    {"front of house", kind::property, hidden}, {"back of house", kind::property, hidden},
    {"in house", kind::property, hidden},
    // a business's premises, as its people name them: caller_type and property_type commercial
    {"our office", kind::commercial, office_word}, {"my office", kind::commercial, office_word}, {"our restaurant", kind::commercial},
    {"my restaurant", kind::commercial}, {"our store", kind::commercial}, {"my store", kind::commercial},
    {"our warehouse", kind::commercial}, {"our church", kind::commercial}, {"our clinic", kind::commercial},
    {"my business", kind::commercial}, {"our business", kind::commercial}, {"our shop", kind::commercial},
    // "i'm taking my business elsewhere": a customer leaving, no business premises
    {"my business elsewhere", kind::commercial, business_idiom},
    {"my business to", kind::commercial, business_idiom}, {"our business to", kind::commercial, business_idiom},
    {"our business elsewhere", kind::commercial, business_idiom},
    {"my business somewhere else", kind::commercial, business_idiom},
    {"our business somewhere else", kind::commercial, business_idiom},
    {"my shop", kind::commercial}, {"our salon", kind::commercial}, {"my salon", kind::commercial},
    {"our daycare", kind::commercial}, {"our facility", kind::commercial}, {"server room", kind::commercial},
    {"our dental office", kind::commercial}, {"our school", kind::commercial}, {"our plant", kind::commercial},
    {"office manager", kind::commercial}, {"facilities manager", kind::commercial},
    {"facility manager", kind::commercial}, {"our customers", kind::commercial}, {"our employees", kind::commercial},
    {"our staff", kind::commercial}, {"our patients", kind::commercial}, {"the restaurant", kind::commercial},
    // a business named by its trade ("this is Karen at Hillcrest Pharmacy", "Beth at Lakeside
    // Family Dental")
    {"pharmacy", kind::commercial}, {"family dental", kind::commercial}, {"dental office", kind::commercial},
    {"dental practice", kind::commercial},
    // system_status
    {"wont turn on", kind::status, v(SystemStatus::completely_down)},
    {"wont come on", kind::status, v(SystemStatus::completely_down)},
    {"wont kick on", kind::status, v(SystemStatus::completely_down)},
    {"wont start", kind::status, v(SystemStatus::completely_down)},
    {"wont run", kind::status, v(SystemStatus::completely_down)},
    {"wont do anything", kind::status, v(SystemStatus::completely_down)},
    {"not turning on", kind::status, v(SystemStatus::completely_down)},
    {"not coming on", kind::status, v(SystemStatus::completely_down)},
    {"not kicking on", kind::status, v(SystemStatus::completely_down)},
    {"isnt turning on", kind::status, v(SystemStatus::completely_down)},
    {"isnt coming on", kind::status, v(SystemStatus::completely_down)},
    {"doesnt turn on", kind::status, v(SystemStatus::completely_down)},
    {"doesnt come on", kind::status, v(SystemStatus::completely_down)},
    {"doesnt do anything", kind::status, v(SystemStatus::completely_down)},
    {"stopped working", kind::status, v(SystemStatus::completely_down)},
    {"stopped", kind::status, v(SystemStatus::completely_down)},
    {"just stopped", kind::status, v(SystemStatus::completely_down)},
    {"shut off", kind::status, v(SystemStatus::completely_down)},
    {"shut the ac off", kind::status, v(SystemStatus::completely_down)},
    {"its off", kind::status, v(SystemStatus::completely_down)},
    {"quit", kind::status, v(SystemStatus::completely_down)},
    {"quits", kind::status, v(SystemStatus::completely_down)},
    {"quit working", kind::status, v(SystemStatus::completely_down)},
    {"stopped running", kind::status, v(SystemStatus::completely_down)},
    {"not running", kind::status, v(SystemStatus::completely_down)},
    {"isnt running", kind::status, v(SystemStatus::completely_down)},
    {"not working at all", kind::status, v(SystemStatus::completely_down)},
    {"not working", kind::status, v(SystemStatus::completely_down)},
    {"isnt working", kind::status, v(SystemStatus::completely_down)},
    {"completely dead", kind::status, v(SystemStatus::completely_down)},
    {"dead", kind::status, v(SystemStatus::completely_down)},
    {"died", kind::status, v(SystemStatus::completely_down)},
    {"completely out", kind::status, v(SystemStatus::completely_down)},
    {"went out", kind::status, v(SystemStatus::completely_down)},
    // the equipment said to be out ("pharmacy ac out", "our heat is out"); not out of something
    // or out where it stands ("the ac is out back", "the furnace is out in the garage") (the
    // thirty-fifth field round, stop 49)
    {"ac out", kind::status, v(SystemStatus::completely_down)},
    {"ac is out", kind::status, v(SystemStatus::completely_down)},
    {"acs out", kind::status, v(SystemStatus::completely_down)},
    {"heat is out", kind::status, v(SystemStatus::completely_down)},
    {"heats out", kind::status, v(SystemStatus::completely_down)},
    {"furnace out", kind::status, v(SystemStatus::completely_down)},
    {"furnace is out", kind::status, v(SystemStatus::completely_down)},
    {"ac out of", kind::status, hidden}, {"ac out back", kind::status, hidden}, {"ac out front", kind::status, hidden},
    {"ac out there", kind::status, hidden}, {"ac out here", kind::status, hidden}, {"ac out by", kind::status, hidden},
    {"ac out in", kind::status, hidden}, {"ac out on", kind::status, hidden}, {"ac out at", kind::status, hidden},
    {"ac is out of", kind::status, hidden}, {"ac is out back", kind::status, hidden},
    {"ac is out front", kind::status, hidden}, {"ac is out there", kind::status, hidden},
    {"ac is out here", kind::status, hidden}, {"ac is out by", kind::status, hidden},
    {"ac is out in", kind::status, hidden}, {"ac is out on", kind::status, hidden},
    {"ac is out at", kind::status, hidden}, {"acs out of", kind::status, hidden},
    {"acs out back", kind::status, hidden}, {"acs out front", kind::status, hidden},
    {"acs out there", kind::status, hidden}, {"acs out here", kind::status, hidden},
    {"acs out by", kind::status, hidden}, {"acs out in", kind::status, hidden}, {"acs out on", kind::status, hidden},
    {"acs out at", kind::status, hidden}, {"heat is out of", kind::status, hidden},
    {"heat is out there", kind::status, hidden}, {"heat is out here", kind::status, hidden},
    {"heats out of", kind::status, hidden}, {"heats out there", kind::status, hidden},
    {"heats out here", kind::status, hidden}, {"furnace out of", kind::status, hidden},
    {"furnace out back", kind::status, hidden}, {"furnace out front", kind::status, hidden},
    {"furnace out there", kind::status, hidden}, {"furnace out here", kind::status, hidden},
    {"furnace out by", kind::status, hidden}, {"furnace out in", kind::status, hidden},
    {"furnace out on", kind::status, hidden}, {"furnace out at", kind::status, hidden},
    {"furnace is out of", kind::status, hidden}, {"furnace is out back", kind::status, hidden},
    {"furnace is out front", kind::status, hidden}, {"furnace is out there", kind::status, hidden},
    {"furnace is out here", kind::status, hidden}, {"furnace is out by", kind::status, hidden},
    {"furnace is out in", kind::status, hidden}, {"furnace is out on", kind::status, hidden},
    {"furnace is out at", kind::status, hidden},
    {"no heat", kind::status, v(SystemStatus::completely_down)},
    {"no heat at all", kind::status, v(SystemStatus::completely_down)},
    {"no air", kind::status, v(SystemStatus::completely_down)},
    {"no air at all", kind::status, v(SystemStatus::completely_down)},
    {"no ac", kind::status, v(SystemStatus::completely_down)},
    {"no cooling", kind::status, v(SystemStatus::completely_down)},
    {"no hot air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"no cold air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"no warm air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely cold", kind::status, v(SystemStatus::running_but_ineffective)},
    {"running warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"doesnt keep up", kind::status, short_of_set},
    {"doesnt cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"nothing coming out", kind::status, v(SystemStatus::completely_down)},
    {"nothing is coming out", kind::status, v(SystemStatus::completely_down)},
    {"nothings coming out", kind::status, v(SystemStatus::completely_down)},
    {"not blowing anything", kind::status, v(SystemStatus::completely_down)},
    {"shut down", kind::status, v(SystemStatus::completely_down)},
    {"broke down", kind::status, v(SystemStatus::completely_down)},
    {"not heating at all", kind::status, v(SystemStatus::completely_down)},
    // a burner that does not light, a thermostat gone blank, a unit down ("the furnace won't
    // light, it just clicks", "the thermostat screen went blank", "our rooftop unit down for
    // three weeks")
    {"wont light", kind::status, v(SystemStatus::completely_down)},
    {"not lighting", kind::status, v(SystemStatus::completely_down)},
    {"isnt lighting", kind::status, v(SystemStatus::completely_down)},
    {"doesnt light", kind::status, v(SystemStatus::completely_down)},
    {"wont ignite", kind::status, v(SystemStatus::completely_down)},
    {"not igniting", kind::status, v(SystemStatus::completely_down)},
    {"not firing", kind::status, v(SystemStatus::completely_down)},
    {"wont fire", kind::status, v(SystemStatus::completely_down)},
    {"blank", kind::status, v(SystemStatus::completely_down)},
    {"unit down", kind::status, v(SystemStatus::completely_down)},
    {"been down", kind::status, v(SystemStatus::completely_down)},
    {"not cooling at all", kind::status, v(SystemStatus::completely_down)},
    {"on and off", kind::status, v(SystemStatus::partially_working)},
    {"off and on", kind::status, v(SystemStatus::partially_working)},
    {"in and out", kind::status, v(SystemStatus::partially_working)},
    {"comes and goes", kind::status, v(SystemStatus::partially_working)},
    {"some rooms", kind::status, v(SystemStatus::partially_working)},
    {"one room", kind::status, v(SystemStatus::partially_working)},
    {"one zone", kind::status, v(SystemStatus::partially_working)},
    {"half the house", kind::status, v(SystemStatus::partially_working)},
    {"works sometimes", kind::status, v(SystemStatus::partially_working)},
    {"sometimes it works", kind::status, v(SystemStatus::partially_working)},
    {"short cycling", kind::status, v(SystemStatus::partially_working)},
    {"cuts out", kind::status, v(SystemStatus::partially_working)},
    {"cutting out", kind::status, v(SystemStatus::partially_working)},
    {"keeps shutting off", kind::status, v(SystemStatus::partially_working)},
    {"shuts off", kind::status, starts_and_stops},
    {"one of the units", kind::status, v(SystemStatus::partially_working)},
    {"downstairs is fine", kind::status, v(SystemStatus::partially_working)},
    {"upstairs is fine", kind::status, v(SystemStatus::partially_working)},
    {"rest of the house", kind::status, v(SystemStatus::partially_working)},
    {"other rooms", kind::status, v(SystemStatus::partially_working)},
    {"the other unit", kind::status, v(SystemStatus::partially_working)},
    {"only upstairs", kind::status, v(SystemStatus::partially_working)},
    {"just upstairs", kind::status, v(SystemStatus::partially_working)},
    {"upstairs only", kind::status, v(SystemStatus::partially_working)},
    {"hit or miss", kind::status, v(SystemStatus::partially_working)},
    {"some mornings", kind::status, v(SystemStatus::partially_working)},
    {"some afternoons", kind::status, v(SystemStatus::partially_working)},
    {"some days", kind::status, v(SystemStatus::partially_working)},
    {"some nights", kind::status, v(SystemStatus::partially_working)},
    {"half the time", kind::status, v(SystemStatus::partially_working)},
    {"everywhere else is fine", kind::status, v(SystemStatus::partially_working)},
    {"unit is fine", kind::status, v(SystemStatus::partially_working)},
    {"evenly", kind::status, v(SystemStatus::partially_working)},
    {"unevenly", kind::status, v(SystemStatus::partially_working)},
    {"doesnt cool evenly", kind::status, v(SystemStatus::partially_working)},
    {"doesnt heat evenly", kind::status, v(SystemStatus::partially_working)},
    {"not evenly", kind::status, v(SystemStatus::partially_working)},
    // a thermostat that holds one setting ("thermostat won't change temp, stuck at 66"): the
    // system runs, at that setting only
    {"wont change temp", kind::status, v(SystemStatus::partially_working)},
    {"wont change the temp", kind::status, v(SystemStatus::partially_working)},
    {"wont change temperature", kind::status, v(SystemStatus::partially_working)},
    {"wont change the temperature", kind::status, v(SystemStatus::partially_working)},
    // nothing comes of the equipment: with a start that stops, completely down
    {"no heat", kind::no_output}, {"no air", kind::no_output}, {"no cooling", kind::no_output},
    {"never lights", kind::no_output}, {"never lit", kind::no_output}, {"not lighting", kind::no_output},
    {"isnt lighting", kind::no_output}, {"wont light", kind::no_output}, {"doesnt light", kind::no_output},
    {"wont ignite", kind::no_output}, {"not igniting", kind::no_output},
    // the outdoor fan still while the unit hums ("the outside unit is humming but the fan's not
    // spinning"): running, not doing its job
    {"fan not spinning", kind::status, v(SystemStatus::running_but_ineffective)},
    {"fans not spinning", kind::status, v(SystemStatus::running_but_ineffective)},
    {"fan isnt spinning", kind::status, v(SystemStatus::running_but_ineffective)},
    {"fan is not spinning", kind::status, v(SystemStatus::running_but_ineffective)},
    // "the fan blows, it's just warm air", "nothing cold comes out"
    {"just warm air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"just cold air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"but its cold air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"but its warm air", kind::status, v(SystemStatus::running_but_ineffective)},  // round 41
    {"nothing cold comes out", kind::status, v(SystemStatus::running_but_ineffective)},
    {"nothing cold coming out", kind::status, v(SystemStatus::running_but_ineffective)},
    {"nothing warm comes out", kind::status, v(SystemStatus::running_but_ineffective)},
    {"nothing hot comes out", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blowing warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blowing hot", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blowing cold", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blowing cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blows warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blows cold", kind::status, v(SystemStatus::running_but_ineffective)},
    {"lukewarm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"room temperature air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"cant keep up", kind::status, short_of_set},
    {"not keeping up", kind::status, short_of_set},
    {"cant keep it", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not cooling", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt cooling", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not cooling down", kind::status, v(SystemStatus::running_but_ineffective)},
    {"wont cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not heating", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt heating", kind::status, v(SystemStatus::running_but_ineffective)},
    // the set temperature never reached ("it never gets to the seventy we set", "it just never
    // gets there", "wont get below seventy nine"): running short of its setting, whatever else
    // is said of cycling or of a zone
    {"wont get below", kind::status, short_of_set}, {"wont get above", kind::status, short_of_set},
    {"not reaching", kind::status, short_of_set}, {"never gets to", kind::status, short_of_set},
    {"never gets there", kind::status, short_of_set}, {"never really gets to", kind::status, short_of_set},
    {"never reaches", kind::status, short_of_set}, {"never really gets there", kind::status, short_of_set},
    {"weak airflow", kind::status, v(SystemStatus::running_but_ineffective)},
    {"weak air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely blowing", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely any air", kind::status, v(SystemStatus::running_but_ineffective)},
    // the heat or the cooling said to be weak ("four units with weak heat this morning"; "the heat
    // is weak" is the "is weak" below): it runs without doing its job (brief: can't keep up)
    {"weak heat", kind::status, v(SystemStatus::running_but_ineffective)},
    {"weak cooling", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely any heat", kind::status, v(SystemStatus::running_but_ineffective)},
    // a room that barely gets warm or cool ("the two back classrooms barely get warm") (the
    // thirty-ninth field round, stop 53)
    {"barely get warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely gets warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely get cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely gets cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely get any air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely gets any air", kind::status, v(SystemStatus::running_but_ineffective)},
    {"running constantly", kind::status, v(SystemStatus::running_but_ineffective)},
    {"runs constantly", kind::status, v(SystemStatus::running_but_ineffective)},
    {"runs all the time", kind::status, v(SystemStatus::running_but_ineffective)},
    {"running all the time", kind::status, v(SystemStatus::running_but_ineffective)},
    {"runs nonstop", kind::status, v(SystemStatus::running_but_ineffective)},
    {"running nonstop", kind::status, v(SystemStatus::running_but_ineffective)},
    {"never shuts off", kind::status, v(SystemStatus::running_but_ineffective)},
    {"wont stop running", kind::status, v(SystemStatus::running_but_ineffective)},
    {"runs all day", kind::status, v(SystemStatus::running_but_ineffective)},
    {"running all day", kind::status, v(SystemStatus::running_but_ineffective)},
    {"runs and runs", kind::status, v(SystemStatus::running_but_ineffective)},
    {"going and going", kind::status, v(SystemStatus::running_but_ineffective)},
    {"wont shut off", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not working right", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not working properly", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt working right", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not as cold", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not as warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"struggling", kind::status, v(SystemStatus::running_but_ineffective)},
    // "the AC barely keeps up anymore", "it works, it just struggles", "it runs but it's weak"
    {"barely keeps up", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely keeping up", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely keep up", kind::status, v(SystemStatus::running_but_ineffective)},
    {"struggles", kind::status, v(SystemStatus::running_but_ineffective)},
    {"running weak", kind::status, v(SystemStatus::running_but_ineffective)},
    {"blowing weak", kind::status, v(SystemStatus::running_but_ineffective)},
    {"its weak", kind::status, v(SystemStatus::running_but_ineffective)},
    {"is weak", kind::status, v(SystemStatus::running_but_ineffective)},
    // it cools or heats, only barely or hardly ("the ac is cooling but like barely", "the other's
    // older and it doesn't really cool"): running but not doing its job
    {"but barely", kind::status, v(SystemStatus::running_but_ineffective)},
    {"but like barely", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely cooling", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely heating", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely cools", kind::status, v(SystemStatus::running_but_ineffective)},
    {"barely heats", kind::status, v(SystemStatus::running_but_ineffective)},
    {"doesnt really cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"doesnt really heat", kind::status, v(SystemStatus::running_but_ineffective)},
    {"dont really cool", kind::status, v(SystemStatus::running_but_ineffective)},
    {"dont really heat", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt really cooling", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt really heating", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not really cooling", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not really heating", kind::status, v(SystemStatus::running_but_ineffective)},
    // it cools or heats some, not enough ("it's cooling some but not good", "cool but weak", "it runs
    // but the air isn't very cold", "it can't keep the house below 80") (the thirty-eighth field
    // round, stop 52)
    {"cooling some", kind::status, v(SystemStatus::running_but_ineffective)},
    {"heating some", kind::status, v(SystemStatus::running_but_ineffective)},
    {"but weak", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt very cold", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not very cold", kind::status, v(SystemStatus::running_but_ineffective)},
    {"isnt very warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"not very warm", kind::status, v(SystemStatus::running_but_ineffective)},
    {"cant keep the house", kind::status, v(SystemStatus::running_but_ineffective)},
    // equipment_type
    {"furnace", kind::equipment, v(EquipmentType::furnace)}, {"furnaces", kind::equipment, v(EquipmentType::furnace)},
    {"heater", kind::equipment, v(EquipmentType::furnace)},
    {"ac", kind::equipment, v(EquipmentType::air_conditioner)},
    {"a/c", kind::equipment, v(EquipmentType::air_conditioner)},
    {"air conditioner", kind::equipment, v(EquipmentType::air_conditioner)},
    {"air conditioning", kind::equipment, v(EquipmentType::air_conditioner)},
    {"central air", kind::equipment, v(EquipmentType::air_conditioner)},
    {"condenser", kind::equipment, v(EquipmentType::air_conditioner)},
    {"condensing unit", kind::equipment, v(EquipmentType::air_conditioner)},
    {"outside unit", kind::equipment, v(EquipmentType::air_conditioner)},
    {"outdoor unit", kind::equipment, v(EquipmentType::air_conditioner)},
    // the outside unit of a split system said of more than one, or as "the outside unit's" ("two
    // outside units", "the outside unit's quiet"); its coil ("get the outdoor coil cleaned"); and
    // the caller's air conditioner said without its ending, with a failure word after it ("my air
    // condition ain't come on"; not the air's state: "the air condition in the basement is damp",
    // "our air condition at the office is stale", "test my air condition for mold")
    {"outside units", kind::equipment, v(EquipmentType::air_conditioner)},
    {"outdoor units", kind::equipment, v(EquipmentType::air_conditioner)},
    {"outdoor coil", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition ain't", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition aint", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition isn't", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition isnt", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition won't", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition wont", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition stopped", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition quit", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition went out", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition broke", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition died", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition not working", kind::equipment, v(EquipmentType::air_conditioner)},
    {"my air condition keeps", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition ain't", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition aint", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition isn't", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition isnt", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition won't", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition wont", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition stopped", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition quit", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition went out", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition broke", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition died", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition not working", kind::equipment, v(EquipmentType::air_conditioner)},
    {"our air condition keeps", kind::equipment, v(EquipmentType::air_conditioner)},
    // ... but not an air conditioner said not to be the trouble ("my air condition ain't the problem, the
    // furnace won't light")
    {"my air condition ain't the", kind::equipment, hidden}, {"my air condition ain't a", kind::equipment, hidden},
    {"my air condition ain't what", kind::equipment, hidden}, {"my air condition aint the", kind::equipment, hidden},
    {"my air condition aint a", kind::equipment, hidden}, {"my air condition aint what", kind::equipment, hidden},
    {"my air condition isn't the", kind::equipment, hidden}, {"my air condition isn't a", kind::equipment, hidden},
    {"my air condition isn't what", kind::equipment, hidden}, {"my air condition isnt the", kind::equipment, hidden},
    {"my air condition isnt a", kind::equipment, hidden}, {"my air condition isnt what", kind::equipment, hidden},
    {"our air condition ain't the", kind::equipment, hidden}, {"our air condition ain't a", kind::equipment, hidden},
    {"our air condition ain't what", kind::equipment, hidden},
    {"our air condition aint the", kind::equipment, hidden}, {"our air condition aint a", kind::equipment, hidden},
    {"our air condition aint what", kind::equipment, hidden},
    {"our air condition isn't the", kind::equipment, hidden}, {"our air condition isn't a", kind::equipment, hidden},
    {"our air condition isn't what", kind::equipment, hidden},
    {"our air condition isnt the", kind::equipment, hidden}, {"our air condition isnt a", kind::equipment, hidden},
    {"our air condition isnt what", kind::equipment, hidden},
    {"compressor", kind::equipment, v(EquipmentType::air_conditioner)},
    {"seer", kind::equipment, v(EquipmentType::air_conditioner)},
    {"heat pump", kind::equipment, v(EquipmentType::heat_pump)},
    {"heatpump", kind::equipment, v(EquipmentType::heat_pump)},
    {"boiler", kind::equipment, v(EquipmentType::boiler)}, {"radiator", kind::equipment, v(EquipmentType::boiler)},
    {"radiators", kind::equipment, v(EquipmentType::boiler)},
    {"radiant", kind::equipment, v(EquipmentType::boiler)},
    {"mini split", kind::equipment, v(EquipmentType::mini_split)},
    {"minisplit", kind::equipment, v(EquipmentType::mini_split)},
    {"mini splits", kind::equipment, v(EquipmentType::mini_split)},
    {"ductless", kind::equipment, v(EquipmentType::mini_split)},
    {"water heater", kind::equipment, v(EquipmentType::water_heater)},
    {"tankless", kind::equipment, v(EquipmentType::water_heater)},
    {"thermostat", kind::equipment, v(EquipmentType::thermostat)},
    {"t stat", kind::equipment, v(EquipmentType::thermostat)},
    {"tstat", kind::equipment, v(EquipmentType::thermostat)},
    {"ductwork", kind::equipment, v(EquipmentType::ductwork)}, {"duct", kind::equipment, v(EquipmentType::ductwork)},
    {"ducts", kind::equipment, v(EquipmentType::ductwork)}, {"vents", kind::equipment, v(EquipmentType::ductwork)},
    {"humidifier", kind::equipment, v(EquipmentType::air_quality)},
    {"dehumidifier", kind::equipment, v(EquipmentType::air_quality)},
    {"air purifier", kind::equipment, v(EquipmentType::air_quality)},
    {"uv light", kind::equipment, v(EquipmentType::air_quality)},
    {"air scrubber", kind::equipment, v(EquipmentType::air_quality)},
    // where the air comes out ("a musty smell coming out of the vents when the ac runs"): not
    // the equipment the call is about
    {"out of the vents", kind::equipment, hidden}, {"out of my vents", kind::equipment, hidden},
    {"out of our vents", kind::equipment, hidden}, {"out of vents", kind::equipment, hidden},
    {"from the vents", kind::equipment, hidden}, {"from my vents", kind::equipment, hidden},
    {"from our vents", kind::equipment, hidden}, {"from vents", kind::equipment, hidden},
    {"erv", kind::equipment, v(EquipmentType::air_quality)},
    // the thermostat as a reading or a setting ("the thermostat says 91", "with the thermostat at
    // 73", "the thermostat's calling for heat"): the gauge the caller reads, not the equipment
    {"thermostat says", kind::equipment, hidden}, {"thermostats says", kind::equipment, hidden},
    {"thermostat reads", kind::equipment, hidden}, {"thermostat is reading", kind::equipment, hidden},
    {"thermostat is calling", kind::equipment, hidden}, {"thermostats calling", kind::equipment, hidden},
    {"thermostat calling", kind::equipment, hidden}, {"thermostat is set", kind::equipment, hidden},
    {"thermostats set", kind::equipment, hidden}, {"thermostat set", kind::equipment, hidden},
    {"thermostat is at", kind::equipment, hidden}, {"thermostats at", kind::equipment, hidden},
    {"with the thermostat at", kind::equipment, hidden}, {"keeping the thermostat at", kind::equipment, hidden},
    // the thermostat's phone app, read like the gauge ("the thermostat app says it was fine till ten")
    {"thermostat app", kind::equipment, hidden}, {"thermostats app", kind::equipment, hidden},
    {"thermostat apps", kind::equipment, hidden},
    // the thermostat as the switch the caller turned the system off at ("i turned the thermostat
    // off", "let me turn it off at the thermostat"): the control used, not the equipment
    // Only the switching said in the past ("turned", "switched", "shut"), not "knocked the thermostat
    // off the wall", "can't turn the thermostat off", "the thermostat's off by six degrees"; and a call
    // naming no other equipment keeps the thermostat, and so does one where the caller says the
    // thermostat is the bad part or the other equipment works (the reader, below); "it off at the
    // thermostat", not "the power keeps cutting off at the thermostat".
    {"turned the thermostat off", kind::equipment, hidden}, {"switched the thermostat off", kind::equipment, hidden},
    {"shut the thermostat off", kind::equipment, hidden}, {"it off at the thermostat", kind::equipment, hidden},
    {"rooftop unit", kind::equipment, v(EquipmentType::rooftop_unit)},
    {"rooftop units", kind::equipment, v(EquipmentType::rooftop_unit)},
    {"rtu", kind::equipment, v(EquipmentType::rooftop_unit)},
    // on the roof: an air conditioner there is the rooftop unit (a house's too: not a
    // business by itself, unlike "rooftop unit")
    {"unit on the roof", kind::roof}, {"units on the roof", kind::roof}, {"unit is on the roof", kind::roof},
    {"units are on the roof", kind::roof}, {"two on the roof", kind::roof},
    {"package unit", kind::equipment, v(EquipmentType::package_unit)},
    {"packaged unit", kind::equipment, v(EquipmentType::package_unit)},
    // a hazard the classification has no tag for: a cracked heat exchanger leaks carbon monoxide
    // (brief: safety), also as another company found it ("they said the heat exchanger's cracked")
    {"cracked heat exchanger", kind::hazard}, {"heat exchanger is cracked", kind::hazard},
    {"heat exchangers cracked", kind::hazard}, {"heat exchanger cracked", kind::hazard},
    {"crack in the heat exchanger", kind::hazard}, {"crack in my heat exchanger", kind::hazard},
    {"crack in our heat exchanger", kind::hazard},
    // problem_onset
    {"just stopped", kind::onset, v(ProblemOnset::sudden)}, {"just quit", kind::onset, v(ProblemOnset::sudden)},
    {"just died", kind::onset, v(ProblemOnset::sudden)}, {"just went out", kind::onset, v(ProblemOnset::sudden)},
    {"all of a sudden", kind::onset, v(ProblemOnset::sudden)}, {"suddenly", kind::onset, v(ProblemOnset::sudden)},
    {"out of nowhere", kind::onset, v(ProblemOnset::sudden)}, {"out of the blue", kind::onset, v(ProblemOnset::sudden)},
    {"just shut off", kind::onset, v(ProblemOnset::sudden)}, {"woke up and", kind::onset, v(ProblemOnset::sudden)},
    {"came home and", kind::onset, v(ProblemOnset::sudden)}, {"went out", kind::onset, v(ProblemOnset::sudden)},
    {"died on us", kind::onset, v(ProblemOnset::sudden)}, {"conked out", kind::onset, v(ProblemOnset::sudden)},
    {"quit on us", kind::onset, v(ProblemOnset::sudden)},
    // one moment's event (brief: "made a bang and died"; "i touched the thermostat and it sparked")
    {"sparked", kind::onset, v(ProblemOnset::sudden)}, {"loud bang", kind::onset, v(ProblemOnset::sudden)},
    {"loud pop", kind::onset, v(ProblemOnset::sudden)}, {"made a bang", kind::onset, v(ProblemOnset::sudden)},
    // (not "quits": "it just quits around two every day" is a habit, not an onset)
    {"quit", kind::onset, v(ProblemOnset::sudden)},
    {"stopped", kind::onset, v(ProblemOnset::sudden)}, {"woke up", kind::onset, v(ProblemOnset::sudden)},
    // fine, then not: "it was fine last night, this morning it's just dead"
    {"fine last night", kind::onset, v(ProblemOnset::sudden)},
    {"fine this morning", kind::onset, v(ProblemOnset::sudden)},
    {"fine at bedtime", kind::onset, v(ProblemOnset::sudden)},
    {"fine when we went to bed", kind::onset, v(ProblemOnset::sudden)},
    {"fine yesterday", kind::onset, v(ProblemOnset::sudden)}, {"fine at supper", kind::onset, v(ProblemOnset::sudden)},
    {"fine till", kind::onset, v(ProblemOnset::sudden)}, {"fine until", kind::onset, v(ProblemOnset::sudden)},
    {"walked in and", kind::onset, v(ProblemOnset::sudden)}, {"came home at", kind::onset, v(ProblemOnset::sudden)},
    {"just happened", kind::onset, v(ProblemOnset::sudden)},
    // a shut-off at a point just past ("the ac shut off overnight", "it shut down last night",
    // the float switch that "shut the ac off"): all at once
    {"shut off overnight", kind::onset, v(ProblemOnset::sudden)},
    {"shut off last night", kind::onset, v(ProblemOnset::sudden)},
    {"shut off this morning", kind::onset, v(ProblemOnset::sudden)},
    {"shut down overnight", kind::onset, v(ProblemOnset::sudden)},
    {"shut down last night", kind::onset, v(ProblemOnset::sudden)},
    {"shut down this morning", kind::onset, v(ProblemOnset::sudden)},
    {"shut itself off", kind::onset, v(ProblemOnset::sudden)},
    {"shut itself down", kind::onset, v(ProblemOnset::sudden)},
    {"switch shut", kind::onset, v(ProblemOnset::sudden)},
    // all at once: "the thermostat screen went blank", "i got up and the house is freezing",
    // "it was fine when i went to bed"
    {"went blank", kind::onset, v(ProblemOnset::sudden)},
    {"went completely blank", kind::onset, v(ProblemOnset::sudden)},
    {"got up and", kind::onset, v(ProblemOnset::sudden)},
    {"fine when i went to bed", kind::onset, v(ProblemOnset::sudden)},
    // a quit in other words, or fine at another meal: "it was running, then it just went
    // silent", "the screen went dead", "two of the units went down", "it was fine at dinner"
    // (not "i went down to the basement": a person)
    {"went silent", kind::onset, v(ProblemOnset::sudden)}, {"went dead", kind::onset, v(ProblemOnset::sudden)},
    {"unit went down", kind::onset, v(ProblemOnset::sudden)},
    {"units went down", kind::onset, v(ProblemOnset::sudden)},
    {"system went down", kind::onset, v(ProblemOnset::sudden)},
    {"fine at dinner", kind::onset, v(ProblemOnset::sudden)}, {"fine at lunch", kind::onset, v(ProblemOnset::sudden)},
    // damage in one event, a storm's or a surge's: all at once ("lightning hit right behind our
    // house and now the ac's completely dead", "we had that big hailstorm tuesday and since then
    // it's been blowing warm", "a big limb came off our oak tree and landed right on the ac unit",
    // "the city plow came through last night and buried my heat pump")
    {"lightning hit", kind::onset, v(ProblemOnset::sudden)}, {"lightning struck", kind::onset, v(ProblemOnset::sudden)},
    {"lightning strike", kind::onset, v(ProblemOnset::sudden)},
    {"hit by lightning", kind::onset, v(ProblemOnset::sudden)},
    {"struck by lightning", kind::onset, v(ProblemOnset::sudden)},
    {"crack of lightning", kind::onset, v(ProblemOnset::sudden)},
    {"hailstorm", kind::onset, v(ProblemOnset::sudden)}, {"hail storm", kind::onset, v(ProblemOnset::sudden)},
    {"power surge", kind::onset, v(ProblemOnset::sudden)},
    {"limb came", kind::onset, v(ProblemOnset::sudden)}, {"limb fell", kind::onset, v(ProblemOnset::sudden)},
    {"branch fell", kind::onset, v(ProblemOnset::sudden)}, {"tree fell", kind::onset, v(ProblemOnset::sudden)},
    {"plow came", kind::onset, v(ProblemOnset::sudden)},
    // hail of a time just past, the storm's damage ("we had that hail last night and it beat up our
    // AC pretty bad") (the forty-first field round, stop 55)
    {"hail last night", kind::onset, v(ProblemOnset::sudden)},
    {"hail this morning", kind::onset, v(ProblemOnset::sudden)},
    {"hail this afternoon", kind::onset, v(ProblemOnset::sudden)},
    {"hail yesterday", kind::onset, v(ProblemOnset::sudden)},
    // a part come apart at once ("the duct just came apart")
    {"just came apart", kind::onset, v(ProblemOnset::sudden)},
    // a fear, not an onset ("i'm scared it's gonna quit on me")
    {"gonna quit", kind::onset, hidden}, {"going to quit", kind::onset, hidden},
    {"about to quit", kind::onset, hidden}, {"gonna die", kind::onset, hidden},
    {"going to die", kind::onset, hidden}, {"about to die", kind::onset, hidden},
    {"gonna go out", kind::onset, hidden}, {"going to go out", kind::onset, hidden},
    // people going in and out, a visit over quickly ("the guy was in and out in twenty
    // minutes"), air even everywhere ("the house cools evenly"): no status or pattern
    {"in and out in", kind::status, hidden}, {"going in and out", kind::status, hidden},
    {"coming in and out", kind::status, hidden}, {"come in and out", kind::status, hidden},
    {"in and out in", kind::pattern, hidden}, {"going in and out", kind::pattern, hidden},
    {"coming in and out", kind::pattern, hidden}, {"come in and out", kind::pattern, hidden},
    {"cools evenly", kind::status, hidden}, {"heats evenly", kind::status, hidden},
    // a person who went out, the power that went out, a road the place is off of ("i went out
    // and looked", "the power went out for a second", "it's off of fitzhugh road"): not the
    // equipment's state; nor, but for the power's, its onset (an outage that left it dead is
    // a sudden onset)
    {"i went out", kind::status, hidden}, {"we went out", kind::status, hidden},
    {"he went out", kind::status, hidden}, {"she went out", kind::status, hidden},
    {"they went out", kind::status, hidden}, {"son went out", kind::status, hidden},
    {"husband went out", kind::status, hidden}, {"wife went out", kind::status, hidden},
    {"power went out", kind::status, hidden}, {"power goes out", kind::status, hidden},
    {"i went out", kind::onset, hidden}, {"we went out", kind::onset, hidden},
    {"he went out", kind::onset, hidden}, {"she went out", kind::onset, hidden},
    {"they went out", kind::onset, hidden}, {"son went out", kind::onset, hidden},
    {"husband went out", kind::onset, hidden}, {"wife went out", kind::onset, hidden},
    {"its off of", kind::status, hidden},
    {"gonna quit", kind::status, hidden}, {"going to quit", kind::status, hidden},
    {"about to quit", kind::status, hidden}, {"gonna die", kind::status, hidden},
    {"going to die", kind::status, hidden}, {"about to die", kind::status, hidden},
    {"gonna go out", kind::status, hidden}, {"going to go out", kind::status, hidden},

    {"getting worse", kind::onset, v(ProblemOnset::gradual)}, {"getting weaker", kind::onset, v(ProblemOnset::gradual)},
    {"gotten worse", kind::onset, v(ProblemOnset::gradual)}, {"gotten weaker", kind::onset, v(ProblemOnset::gradual)},
    {"worse and worse", kind::onset, v(ProblemOnset::gradual)}, {"slowly", kind::onset, v(ProblemOnset::gradual)},
    {"gradually", kind::onset, v(ProblemOnset::gradual)}, {"over time", kind::onset, v(ProblemOnset::gradual)},
    {"little by little", kind::onset, v(ProblemOnset::gradual)}, {"less and less", kind::onset, v(ProblemOnset::gradual)},
    {"more and more", kind::onset, v(ProblemOnset::gradual)}, {"getting louder", kind::onset, v(ProblemOnset::gradual)},
    // problem_pattern
    {"on and off", kind::pattern, v(ProblemPattern::intermittent)},
    {"off and on", kind::pattern, v(ProblemPattern::intermittent)},
    {"comes and goes", kind::pattern, v(ProblemPattern::intermittent)},
    {"come and go", kind::pattern, v(ProblemPattern::intermittent)},
    {"sometimes", kind::pattern, v(ProblemPattern::intermittent)},
    {"now and then", kind::pattern, v(ProblemPattern::intermittent)},
    {"here and there", kind::pattern, v(ProblemPattern::intermittent)},
    {"once in a while", kind::pattern, v(ProblemPattern::intermittent)},
    {"intermittent", kind::pattern, v(ProblemPattern::intermittent)},
    {"intermittently", kind::pattern, v(ProblemPattern::intermittent)},
    {"randomly", kind::pattern, v(ProblemPattern::intermittent)},
    {"hit or miss", kind::pattern, v(ProblemPattern::intermittent)},
    {"half the time", kind::pattern, v(ProblemPattern::intermittent)},
    {"short cycling", kind::pattern, v(ProblemPattern::intermittent)},
    {"in and out", kind::pattern, v(ProblemPattern::intermittent)},
    {"all the time", kind::pattern, v(ProblemPattern::constant)}, {"constantly", kind::pattern, v(ProblemPattern::constant)},
    {"its constant", kind::pattern, v(ProblemPattern::constant)},
    {"nonstop", kind::pattern, v(ProblemPattern::constant)},
    {"non stop", kind::pattern, v(ProblemPattern::constant)}, {"the whole time", kind::pattern, v(ProblemPattern::constant)},
    {"never stops", kind::pattern, v(ProblemPattern::constant)},
    {"never shuts off", kind::pattern, v(ProblemPattern::constant)},
    // every time it runs (not "every time it needs freon")
    {"every time it kicks", kind::pattern, v(ProblemPattern::constant)},
    {"every time it comes on", kind::pattern, v(ProblemPattern::constant)},
    {"every time it runs", kind::pattern, v(ProblemPattern::constant)},
    {"every time it starts", kind::pattern, v(ProblemPattern::constant)},
    {"every time it turns on", kind::pattern, v(ProblemPattern::constant)},
    {"every time the blower", kind::pattern, v(ProblemPattern::constant)},
    {"every time the fan", kind::pattern, v(ProblemPattern::constant)},
    {"every time the heat", kind::pattern, v(ProblemPattern::constant)},
    {"every time the ac", kind::pattern, v(ProblemPattern::constant)},
    {"every time the air", kind::pattern, v(ProblemPattern::constant)},
    {"every time the furnace", kind::pattern, v(ProblemPattern::constant)},
    {"every time the unit", kind::pattern, v(ProblemPattern::constant)},
    {"every time the system", kind::pattern, v(ProblemPattern::constant)},
    {"whenever it kicks", kind::pattern, v(ProblemPattern::constant)},
    {"whenever it comes on", kind::pattern, v(ProblemPattern::constant)},
    {"whenever it runs", kind::pattern, v(ProblemPattern::constant)},
    {"whenever it starts", kind::pattern, v(ProblemPattern::constant)},
    {"whenever it turns on", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the blower", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the fan", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the heat", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the ac", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the air", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the furnace", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the unit", kind::pattern, v(ProblemPattern::constant)},
    {"whenever the system", kind::pattern, v(ProblemPattern::constant)},
    {"continuously", kind::pattern, v(ProblemPattern::constant)},
    {"wont stop running", kind::pattern, v(ProblemPattern::constant)},
    {"runs all day", kind::pattern, v(ProblemPattern::constant)},
    {"running all day", kind::pattern, v(ProblemPattern::constant)},
    {"all day and all night", kind::pattern, v(ProblemPattern::constant)},
    {"runs and runs", kind::pattern, v(ProblemPattern::constant)},
    {"going and going", kind::pattern, v(ProblemPattern::constant)},
    {"every single day", kind::pattern, v(ProblemPattern::constant)},
    {"at night", kind::pattern, v(ProblemPattern::time_of_day)},
    {"every night", kind::pattern, v(ProblemPattern::time_of_day)},
    {"some mornings", kind::pattern, v(ProblemPattern::time_of_day)},
    {"some afternoons", kind::pattern, v(ProblemPattern::time_of_day)},
    {"all afternoon", kind::pattern, v(ProblemPattern::time_of_day)},
    {"in the mornings", kind::pattern, v(ProblemPattern::time_of_day)},
    {"every morning", kind::pattern, v(ProblemPattern::time_of_day)},
    {"in the afternoons", kind::pattern, v(ProblemPattern::time_of_day)},
    {"in the afternoon heat", kind::pattern, v(ProblemPattern::time_of_day)},
    {"in the evenings", kind::pattern, v(ProblemPattern::time_of_day)},
    {"during the day", kind::pattern, v(ProblemPattern::time_of_day)},
    // customer_attempted_fixes: an action and its object in one sentence
    {"filter", kind::fix_object, v(AttemptedFix::filter)}, {"filters", kind::fix_object, v(AttemptedFix::filter)},
    {"breaker", kind::fix_object, v(AttemptedFix::breaker)}, {"breakers", kind::fix_object, v(AttemptedFix::breaker)},
    {"fuse", kind::fix_object, v(AttemptedFix::breaker)}, {"breaker box", kind::fix_object, v(AttemptedFix::breaker)},
    // the unit's power switch ("i flipped the switch on the side of the furnace off and back on")
    {"the switch on", kind::fix_object, v(AttemptedFix::breaker)},
    {"furnace switch", kind::fix_object, v(AttemptedFix::breaker)},
    {"power switch", kind::fix_object, v(AttemptedFix::breaker)},
    {"service switch", kind::fix_object, v(AttemptedFix::breaker)},
    {"shutoff switch", kind::fix_object, v(AttemptedFix::breaker)},
    {"thermostat", kind::fix_object, v(AttemptedFix::thermostat)},
    // its mode switched ("i tried switching it to emergency heat") (the fortieth field round, stop 54)
    {"switching it to", kind::fix_object, v(AttemptedFix::thermostat)},
    {"switched it to", kind::fix_object, v(AttemptedFix::thermostat)},
    {"switching it back to", kind::fix_object, v(AttemptedFix::thermostat)},
    {"switched it back to", kind::fix_object, v(AttemptedFix::thermostat)},
    {"switch it to", kind::fix_object, v(AttemptedFix::thermostat)},
    {"switch it back to", kind::fix_object, v(AttemptedFix::thermostat)},
    {"batteries", kind::fix_object, v(AttemptedFix::thermostat)},
    {"battery", kind::fix_object, v(AttemptedFix::thermostat)},
    {"pilot", kind::fix_object, v(AttemptedFix::restart)}, {"pilot light", kind::fix_object, v(AttemptedFix::restart)},
    {"reset button", kind::fix_object, v(AttemptedFix::restart)},
    {"drain", kind::fix_object, v(AttemptedFix::drain)}, {"drain line", kind::fix_object, v(AttemptedFix::drain)},
    {"drain pan", kind::fix_object, v(AttemptedFix::drain)}, {"pan", kind::fix_object, v(AttemptedFix::drain)},
    {"condensate line", kind::fix_object, v(AttemptedFix::drain)},
    {"coil", kind::fix_object, v(AttemptedFix::other)}, {"coils", kind::fix_object, v(AttemptedFix::other)},
    // a button other than the reset button pushed ("i pushed the button and it started right back
    // up", of an alarm's): something else tried
    {"button", kind::fix_object, v(AttemptedFix::other)},
    // a detector's test button pushed is a test, no fix ("i pushed the test button and it beeped")
    {"test button", kind::fix_object, hidden},
    {"changed", kind::fix_action, act}, {"replaced", kind::fix_action, act}, {"swapped", kind::fix_action, act},
    {"checked", kind::fix_action, act}, {"cleaned", kind::fix_action, act}, {"flipped", kind::fix_action, act},
    {"put in a new", kind::fix_action, act}, {"put a new", kind::fix_action, act}, {"put new", kind::fix_action, act},
    {"tried", kind::fix_action, act},
    // "i put brand new batteries in", "new batteries didn't help", "i gotta flip the breaker"
    {"put brand new", kind::fix_action, act}, {"new batteries", kind::fix_action, act},
    {"flip", kind::fix_action, act},
    {"cleared", kind::fix_action, act}, {"emptied", kind::fix_action, act}, {"unclogged", kind::fix_action, act},
    {"hosed", kind::fix_action, act_other}, {"vacuumed", kind::fix_action, act}, {"switched", kind::fix_action, act},
    {"pressed", kind::fix_action, act}, {"pushed", kind::fix_action, act}, {"hit", kind::fix_action, act},
    {"reset", kind::fix_action, act_restart}, {"restarted", kind::fix_action, act_restart},
    {"turned it off and on", kind::fix_action, act_restart},
    {"turned it off and back on", kind::fix_action, act_restart},
    {"turned it off and then back on", kind::fix_action, act_restart},
    {"power cycled", kind::fix_action, act_restart}, {"relit", kind::fix_action, act_restart},
    {"rebooted", kind::fix_action, act_restart}, {"fresh", kind::fix_action, act},
    {"shut it off", kind::fix_action, act}, {"turned it off", kind::fix_action, act},
    {"turned off", kind::fix_action, act}, {"turned it up", kind::fix_action, act},
    // the object between the verb and its particle ("i turned the hall breaker off", "i cut
    // that breaker off to be safe", "turned the thermostat down"): an action on it
    {"turned the", kind::fix_action, act}, {"turned that", kind::fix_action, act},
    {"cut the", kind::fix_action, act}, {"cut that", kind::fix_action, act},
    {"turned it down", kind::fix_action, act}, {"bumped", kind::fix_action, act},
    {"adjusted", kind::fix_action, act}, {"messed with", kind::fix_action, act_other},
    {"kicked", kind::fix_action, act_other}, {"banged on", kind::fix_action, act_other},
    {"jiggled", kind::fix_action, act_other},
    {"looked", kind::fix_action, act}, {"already looked", kind::fix_action, act},
    {"breaker is on", kind::fix_action, act_state}, {"breakers are on", kind::fix_action, act_state},
    {"all on", kind::fix_action, act_state}, {"are all on", kind::fix_action, act_state},
    {"theyre on", kind::fix_action, act_state}, {"theyre all on", kind::fix_action, act_state},
    {"breakers on", kind::fix_action, act_state}, {"breakers fine", kind::fix_action, act_state},
    {"breakers okay", kind::fix_action, act_state}, {"breakers ok", kind::fix_action, act_state},
    {"look fine", kind::fix_action, act_state}, {"looks fine", kind::fix_action, act_state},
    {"look good", kind::fix_action, act_state}, {"looks good", kind::fix_action, act_state},
    {"look okay", kind::fix_action, act_state}, {"looks okay", kind::fix_action, act_state},
    {"look ok", kind::fix_action, act_state}, {"looks ok", kind::fix_action, act_state},
    {"look tripped", kind::fix_action, act_state}, {"looks tripped", kind::fix_action, act_state},
    {"are fine", kind::fix_action, act_state},
    // sentiment
    {"ridiculous", kind::mood, hostile}, {"unacceptable", kind::mood, hostile}, {"furious", kind::mood, hostile},
    {"pissed", kind::mood, hostile}, {"lawyer", kind::mood, hostile}, {"attorney", kind::mood, hostile},
    {"sue you", kind::mood, hostile}, {"sue your", kind::mood, hostile}, {"suing", kind::mood, hostile},
    {"small claims", kind::mood, hostile},
    // a lawyer by trade or handling paperwork, a review site where the caller found us ("i'm an
    // attorney and i work from home", "my son's a lawyer", "i found you on yelp"): no mood
    {"im an attorney", kind::mood, hidden}, {"im a lawyer", kind::mood, hidden},
    {"i am an attorney", kind::mood, hidden}, {"i am a lawyer", kind::mood, hidden},
    {"sons a lawyer", kind::mood, hidden}, {"daughters a lawyer", kind::mood, hidden},
    {"husbands a lawyer", kind::mood, hidden}, {"wifes a lawyer", kind::mood, hidden},
    {"estate attorney", kind::mood, hidden}, {"lawyers handling", kind::mood, hidden},
    {"attorneys offices", kind::mood, hidden}, {"attorney offices", kind::mood, hidden},
    {"found you on yelp", kind::mood, hidden},
    {"bad review", kind::mood, hostile}, {"yelp", kind::mood, hostile},
    {"better business bureau", kind::mood, hostile}, {"bbb", kind::mood, hostile}, {"your manager", kind::mood, hostile},
    {"a manager", kind::mood, hostile}, {"supervisor", kind::mood, hostile}, {"scam", kind::mood, hostile},
    {"ripped off", kind::mood, hostile}, {"rip off", kind::mood, hostile}, {"ripoff", kind::mood, hostile},
    {"incompetent", kind::mood, hostile}, {"worst", kind::mood, hostile}, {"absurd", kind::mood, hostile},
    {"frustrated", kind::mood, upset}, {"frustrating", kind::mood, upset}, {"upset", kind::mood, upset},
    {"annoyed", kind::mood, upset}, {"scared", kind::mood, upset}, {"worried", kind::mood, upset},
    {"freaking out", kind::mood, upset}, {"panicking", kind::mood, upset}, {"stressed", kind::mood, upset},
    {"miserable", kind::mood, upset}, {"nervous", kind::mood, upset}, {"terrified", kind::mood, upset},
    {"afraid", kind::mood, upset}, {"fed up", kind::mood, upset}, {"sick of", kind::mood, upset},
    // (not a bare "again": it says a thing recurs, not how the caller feels: "then it starts
    // again a few minutes later", "i don't want to go through that again")
    {"tired of", kind::mood, upset}, {"disappointed", kind::mood, upset},
    {"third time", kind::mood, upset}, {"second time", kind::mood, upset}, {"unbearable", kind::mood, upset},
    {"oh my", kind::mood, upset}, {"oh geez", kind::mood, upset}, {"geez", kind::mood, upset},
    {"ugh", kind::mood, upset}, {"oh no", kind::mood, upset}, {"cant do another", kind::mood, upset},
    {"of course", kind::mood, upset}, {"kind of freaking", kind::mood, upset}, {"panic", kind::mood, upset},
    {"thank you", kind::mood, positive}, {"thanks", kind::mood, positive}, {"appreciate", kind::mood, positive},
    {"appreciate it", kind::mood, positive}, {"great", kind::mood, positive}, {"perfect", kind::mood, positive},
    {"awesome", kind::mood, positive}, {"wonderful", kind::mood, positive}, {"lovely", kind::mood, positive},
    {"thank you so much", kind::mood, delighted}, {"thanks so much", kind::mood, delighted},
    {"you guys are great", kind::mood, delighted}, {"youre the best", kind::mood, delighted},
    {"amazing", kind::mood, delighted}, {"fantastic", kind::mood, delighted}, {"lifesaver", kind::mood, delighted},
    // primary_intent
    {"invoice", kind::intent, admin}, {"bill", kind::intent, admin}, {"billing", kind::intent, admin},
    {"billed", kind::intent, admin}, {"charged", kind::intent, admin}, {"payment", kind::intent, admin},
    {"receipt", kind::intent, admin}, {"refund", kind::intent, admin}, {"statement", kind::intent, admin},
    {"credit card", kind::intent, admin}, {"autopay", kind::intent, admin}, {"paperwork", kind::intent, admin},
    {"reschedule", kind::intent, active_job}, {"cancel", kind::intent, cancel},
    // the utility's bill ("my electric bill doubled"): an energy complaint, not billing
    {"electric bill", kind::intent, hidden}, {"electric bills", kind::intent, hidden},
    {"power bill", kind::intent, hidden}, {"energy bill", kind::intent, hidden},
    {"utility bill", kind::intent, hidden}, {"gas bill", kind::intent, hidden},
    // how to pay for the work asked ("just do it and bill me", the agent's "bill owner"): no
    // billing question
    {"bill me", kind::intent, hidden}, {"bill us", kind::intent, hidden}, {"invoice me", kind::intent, hidden},
    {"invoice us", kind::intent, hidden}, {"send me the bill", kind::intent, hidden},
    {"send us the bill", kind::intent, hidden}, {"send the bill", kind::intent, hidden},
    {"send me the invoice", kind::intent, hidden}, {"send us the invoice", kind::intent, hidden},
    {"send the invoice", kind::intent, hidden}, {"bill owner", kind::intent, hidden},
    {"bill the owner", kind::intent, hidden}, {"bill landlord", kind::intent, hidden},
    {"bill the landlord", kind::intent, hidden},

    {"auto renew", kind::intent, account}, {"auto renewal", kind::intent, account},
    {"autorenew", kind::intent, account}, {"renewing on my card", kind::intent, account},
    // what a cancelled account is (kind plan): with "cancel" in its sentence, an account
    // change; unless a visit is named too ("cancel tomorrow's tune-up, i'm on the plan"; the
    // reader drops apostrophes: "tomorrows")
    {"agreement", kind::plan}, {"membership", kind::plan}, {"plan", kind::plan}, {"contract", kind::plan},
    {"subscription", kind::plan}, {"club", kind::plan}, {"appointment", kind::plan, plan_visit},
    {"visit", kind::plan, plan_visit}, {"tune up", kind::plan, plan_visit}, {"tuneup", kind::plan, plan_visit},
    {"service call", kind::plan, plan_visit}, {"booking", kind::plan, plan_visit},
    {"tomorrows", kind::plan, plan_visit}, {"todays", kind::plan, plan_visit},
    {"tune up plan", kind::plan}, {"tuneup plan", kind::plan},
    {"my appointment", kind::intent, active_job}, {"never showed", kind::intent, active_job},
    {"never showed up", kind::intent, active_job}, {"hasnt shown up", kind::intent, active_job},
    {"running late", kind::intent, active_job}, {"supposed to come", kind::intent, active_job},
    {"supposed to be here", kind::intent, active_job}, {"following up", kind::intent, active_job},
    {"follow up on", kind::intent, active_job}, {"on order", kind::intent, active_job},
    {"quote", kind::intent, quote}, {"estimate", kind::intent, quote}, {"how much", kind::intent, quote},
    // a price or what is covered asked ("what you charge for a tune-up", "i just want to know what
    // it covers"): a question about a service (the fortieth field round, stop 54)
    {"what you charge", kind::intent, price_asked}, {"what do you charge", kind::intent, price_asked},
    {"what you guys charge", kind::intent, price_asked}, {"what do you guys charge", kind::intent, price_asked},
    {"what yall charge", kind::intent, price_asked}, {"what do yall charge", kind::intent, price_asked},
    {"what it covers", kind::intent, price_asked}, {"what does it cover", kind::intent, price_asked},
    {"whats included", kind::intent, price_asked}, {"what is included", kind::intent, price_asked},
    {"pricing", kind::intent, quote}, {"new system", kind::intent, quote}, {"replace", kind::intent, quote},
    {"replacing", kind::intent, quote}, {"replacement", kind::intent, quote}, {"financing", kind::intent, quote},
    {"tune up", kind::intent, maintain}, {"tuneup", kind::intent, maintain}, {"maintenance", kind::intent, maintain},
    {"checkup", kind::intent, maintain}, {"check up", kind::intent, maintain}, {"cleaning", kind::intent, maintain},
    // a plan of upkeep held ("keeping maintenance plan", "the maintenance agreements with you"):
    // maintenance, but no visit's work
    {"maintenance plan", kind::intent, maintain_plan}, {"maintenance agreement", kind::intent, maintain_plan},
    {"maintenance agreements", kind::intent, maintain_plan}, {"maintenance contract", kind::intent, maintain_plan},
    // upkeep overdue or asked ("i haven't had it serviced in two years", "it hasn't been serviced
    // since we moved in", "i want to get it serviced")
    {"had it serviced", kind::intent, maintain}, {"been serviced", kind::intent, maintain},
    {"get it serviced", kind::intent, maintain}, {"have it serviced", kind::intent, maintain},
    {"service plan", kind::intent, maintain_plan}, {"membership", kind::intent, maintain_plan},
    {"new filter", kind::intent, maintain}, {"inspection", kind::intent, maintain},
    {"winterize", kind::intent, maintain}, {"winterized", kind::intent, maintain},
    {"winterizing", kind::intent, maintain}, {"every year", kind::intent, maintain},
    {"before the cold", kind::intent, maintain}, {"before winter", kind::intent, maintain},
    {"before summer", kind::intent, maintain}, {"look it over", kind::intent, maintain},
    {"check it over", kind::intent, maintain}, {"clean and check", kind::intent, maintain},
    // is_decision_maker
    {"i own", kind::owner, owns}, {"we own", kind::owner, owns}, {"im the owner", kind::owner, owns},
    {"i am the owner", kind::owner, owns}, {"homeowner", kind::owner, owns}, {"im the landlord", kind::owner, owns},
    {"i own the", kind::owner, owns}, {"my decision", kind::owner, owns}, {"i can approve", kind::owner, owns},
    {"i can decide", kind::owner, owns}, {"im the property manager", kind::owner, manages},
    {"i manage", kind::owner, manages}, {"our rental", kind::owner, owns}, {"my rental", kind::owner, owns},
    {"rent it out", kind::owner, owns}, {"rent out", kind::owner, owns}, {"we manage", kind::owner, manages},
    {"im authorized", kind::owner, owns}, {"my tenant", kind::owner, owns}, {"my tenants", kind::owner, owns},
    {"our tenant", kind::owner, owns}, {"our tenants", kind::owner, owns}, {"our last tenant", kind::owner, owns},
    {"my last tenant", kind::owner, owns}, {"im signing off", kind::owner, owns},
    {"im the one signing off", kind::owner, owns},
    // a quote the caller accepts or signed is their decision ("we've talked it over and we want
    // to go ahead", "i want to go ahead with the compressor", "i signed that first quote")
    {"i want to go ahead", kind::owner, owns}, {"we want to go ahead", kind::owner, owns},
    {"id like to go ahead", kind::owner, owns}, {"wed like to go ahead", kind::owner, owns},
    {"i signed the", kind::owner, owns}, {"i signed that", kind::owner, owns},
    {"we signed the", kind::owner, owns}, {"we signed that", kind::owner, owns},
    // ...but a lease signed is a tenant's ("i signed the lease in june")
    {"i signed the lease", kind::owner, does_not_decide}, {"we signed the lease", kind::owner, does_not_decide},
    {"we bought the house", kind::owner, owns}, {"we bought the place", kind::owner, owns},
    {"we bought the home", kind::owner, owns}, {"bought this house", kind::owner, owns},
    {"bought this place", kind::owner, owns}, {"selling my house", kind::owner, owns},
    {"selling our house", kind::owner, owns}, {"were building a house", kind::owner, owns},
    {"im building a house", kind::owner, owns}, {"building our house", kind::owner, owns},
    {"our builder told", kind::owner, owns}, {"my builder told", kind::owner, owns},
    {"our builder said", kind::owner, owns}, {"my builder said", kind::owner, owns},
    // an owner's words: the place bought ("the guy who sold us the house", "we closed last
    // week"), being built, theirs ("no landlord to ask, it's ours"), let out ("i've got a
    // rental house", "my duplexes")
    {"sold us the house", kind::owner, owns}, {"sold us the place", kind::owner, owns},
    {"sold us this house", kind::owner, owns}, {"we closed on", kind::owner, owns},
    {"we closed last", kind::owner, owns}, {"when we closed", kind::owner, owns},
    {"we closed end of", kind::owner, owns}, {"just bought a house", kind::owner, owns},
    {"just bought a condo", kind::owner, owns}, {"just bought a home", kind::owner, owns},
    {"just bought the house", kind::owner, owns}, {"building a new house", kind::owner, owns},
    {"building a new home", kind::owner, owns}, {"its ours", kind::owner, owns}, {"its all ours", kind::owner, owns},
    {"a rental house", kind::owner, owns}, {"rental houses", kind::owner, owns},
    // the place said to be theirs outright, or owned, bought or built by them ("it's our house,
    // we bought it in 2015", "we've owned it ten years", "when we built the house"; not "we
    // bought it from you guys", the equipment from a seller): the
    // classification's owner-occupied tag alone also fires on a passing "our house" (brief: null)
    {"its my house", kind::owner, owns}, {"its our house", kind::owner, owns}, {"its my home", kind::owner, owns},
    {"its our home", kind::owner, owns}, {"its mine", kind::owner, owns}, {"weve owned", kind::owner, owns},
    {"ive owned", kind::owner, owns}, {"we bought it", kind::owner, owns}, {"i bought it", kind::owner, owns},
    {"we bought it from", kind::owner, hidden}, {"i bought it from", kind::owner, hidden},
    {"we built the house", kind::owner, owns}, {"we built the home", kind::owner, owns},
    // a home the caller built or sells ("we built this house two years ago", "we sold the house,
    // closing is april seventeenth", "we're trying to sell this house") (the thirty-ninth field round,
    // stop 53)
    {"we built this house", kind::owner, owns}, {"we built this home", kind::owner, owns},
    {"i built this house", kind::owner, owns}, {"we sold the house", kind::owner, owns},
    {"we sold our house", kind::owner, owns}, {"i sold the house", kind::owner, owns},
    {"i sold my house", kind::owner, owns},
    // the seller right before the selling ("we're trying to sell this house"), not someone else
    // ("my landlord is selling the house")
    {"were trying to sell this house", kind::owner, owns}, {"were trying to sell our house", kind::owner, owns},
    {"im trying to sell this house", kind::owner, owns}, {"im trying to sell my house", kind::owner, owns},
    {"were selling this house", kind::owner, owns}, {"were selling the house", kind::owner, owns},
    {"were selling our house", kind::owner, owns}, {"im selling this house", kind::owner, owns},
    {"im selling the house", kind::owner, owns}, {"im selling my house", kind::owner, owns},
    {"we sell this house", kind::owner, owns}, {"i sell this house", kind::owner, owns},
    {"my duplexes", kind::owner, owns}, {"our duplexes", kind::owner, owns},
    {"im a tenant", kind::owner, does_not_decide}, {"im the tenant", kind::owner, does_not_decide},
    {"im renting", kind::owner, does_not_decide}, {"i rent", kind::owner, does_not_decide},
    {"my landlord", kind::owner, does_not_decide}, {"our landlord", kind::owner, does_not_decide},
    {"check with my", kind::owner, does_not_decide}, {"ask my", kind::owner, does_not_decide},
    {"talk to my", kind::owner, does_not_decide},
    {"run it by", kind::owner, does_not_decide}, {"for my mom", kind::owner, does_not_decide},
    {"for my mother", kind::owner, does_not_decide}, {"for my dad", kind::owner, does_not_decide},
    {"for my father", kind::owner, does_not_decide},
    // calling for someone else ("i'm at my dad's house and his ac is blowing hot", "i'm
    // calling for him"), or unable to approve ("i can't say yes to that myself")
    {"my moms house", kind::owner, does_not_decide}, {"my moms place", kind::owner, does_not_decide},
    {"my moms furnace", kind::owner, does_not_decide}, {"my moms ac", kind::owner, does_not_decide},
    {"my dads house", kind::owner, does_not_decide}, {"my dads place", kind::owner, does_not_decide},
    {"my dads furnace", kind::owner, does_not_decide}, {"my dads ac", kind::owner, does_not_decide},
    {"my mothers house", kind::owner, does_not_decide}, {"my mothers place", kind::owner, does_not_decide},
    {"my fathers house", kind::owner, does_not_decide}, {"my fathers place", kind::owner, does_not_decide},
    {"my parents house", kind::owner, does_not_decide}, {"my parents place", kind::owner, does_not_decide},
    {"its my dad", kind::owner, does_not_decide}, {"its my mom", kind::owner, does_not_decide},
    {"calling for him", kind::owner, does_not_decide}, {"calling for her", kind::owner, does_not_decide},
    {"on behalf of", kind::owner, does_not_decide}, {"say yes to that myself", kind::owner, does_not_decide},
    {"run the quote by", kind::owner, does_not_decide},
    {"not the one who decides", kind::owner, defers}, {"not the one who makes", kind::owner, defers},
    {"the final say", kind::owner, defers}, {"not my decision", kind::owner, defers},
    {"isnt my decision", kind::owner, defers}, {"not up to me", kind::owner, defers},
    // Who the words are about, and how they are said
    {"mom", kind::person}, {"mother", kind::person}, {"dad", kind::person}, {"father", kind::person},
    {"grandma", kind::person}, {"grandpa", kind::person}, {"grandmother", kind::person}, {"grandfather", kind::person},
    {"son", kind::person}, {"daughter", kind::person}, {"baby", kind::person}, {"kid", kind::person},
    {"kids", kind::person}, {"husband", kind::person}, {"wife", kind::person}, {"im", kind::person},
    {"shes", kind::person}, {"hes", kind::person}, {"dog", kind::person}, {"cat", kind::person},
    {"house", kind::person}, {"home", kind::person}, {"building", kind::person}, {"roof", kind::person},
    {"neighbor", kind::hearsay}, {"neighbors", kind::hearsay}, {"friend", kind::hearsay},
    {"previous house", kind::hearsay}, {"old house", kind::hearsay}, {"last house", kind::hearsay},
    {"what if", kind::hearsay}, {"if", kind::hearsay},
    // "if" as "whether" ("i don't even know if i'm allowed", "wondering if you do duct work"):
    // a question, no hypothetical
    {"know if", kind::hearsay, hidden}, {"wondering if", kind::hearsay, hidden},
    {"wonder if", kind::hearsay, hidden}, {"not sure if", kind::hearsay, hidden},
    {"installed", kind::install_word}, {"put in", kind::install_word}, {"put it in", kind::install_word},
    {"had it", kind::install_word}, {"original", kind::install_word}, {"bought", kind::install_word},
    {"got it", kind::install_word}, {"put that in", kind::install_word}, {"went in", kind::install_word},
    {"new in", kind::install_word}, {"came with", kind::install_word}, {"sticker", kind::install_word},
    {"built in", kind::install_word}, {"we got", kind::install_word}, {"we put", kind::install_word},
    {"i put", kind::install_word}, {"they put", kind::install_word}, {"you put", kind::install_word},
    {"yall put", kind::install_word}, {"replaced it", kind::install_word},
    // the equipment said between "put" and "in" ("you all just put this whole system in
    // like five weeks ago")
    {"just put", kind::install_word}, {"put this", kind::install_word}, {"put the whole", kind::install_word},
    {"old", kind::old_word}, {"ago", kind::ago},
    // the caller speaks of this company's people or work (a complaint is about us)
    {"you guys", kind::us}, {"your tech", kind::us}, {"your technician", kind::us}, {"your guy", kind::us},
    {"yall", kind::us}, {"your company", kind::us}, {"you all", kind::us}, {"your office", kind::us},
    {"you came out", kind::us}, {"you were out", kind::us}, {"you put", kind::us}, {"you installed", kind::us},
    {"your service", kind::us}, {"your people", kind::us}, {"your man", kind::us}, {"your guys", kind::us},
    {"you replaced", kind::us}, {"you fixed", kind::us}, {"you charged", kind::us}, {"your crew", kind::us},
    {"you sent", kind::us}, {"you people", kind::us}, {"your salesman", kind::us},
    // this company's installers and its warranty on their work ("when your installer was here",
    // "it should be covered under your warranty")
    {"your installer", kind::us}, {"your installers", kind::us}, {"your techs", kind::us},
    {"your technicians", kind::us}, {"your warranty", kind::us},
    // a callback this company promised and did not make ("they said someone would call me
    // back by five. Nobody called.")
    {"nobody called", kind::us}, {"nobody ever called", kind::us}, {"nobodys called", kind::us},
    {"no one called", kind::us}, {"no one ever called", kind::us},
    // the equipment still runs ("the blower runs but no warm air"): not completely down
    {"it runs", kind::runs}, {"blower runs", kind::runs}, {"fan runs", kind::runs}, {"fan is blowing", kind::runs},
    {"its blowing", kind::runs}, {"it is blowing", kind::runs}, {"part is blowing", kind::runs},
    {"fan blows", kind::runs}, {"fans running", kind::runs}, {"fan running", kind::runs},
    // "the fan inside blows, but it's warm air", "the wall unit just blows room-temperature air"
    // (the forty-first field round, stop 55)
    {"fan inside blows", kind::runs}, {"inside unit blows", kind::runs}, {"just blows room", kind::runs},
    {"just blows warm", kind::runs}, {"just blows cold", kind::runs}, {"just blows hot", kind::runs},
    {"just blows cool", kind::runs}, {"just blows lukewarm", kind::runs}, {"just blows air", kind::runs},
    {"air comes out", kind::runs}, {"air is coming out", kind::runs}, {"air coming out", kind::runs},
    {"fans are blowing", kind::runs}, {"fans blowing", kind::runs}, {"fan is running", kind::runs},
    {"its running", kind::runs}, {"it is running", kind::runs}, {"blower is running", kind::runs},
    {"fan inside is blowing", kind::runs}, {"fan is going", kind::runs}, {"fans going", kind::runs},
    {"brand new", kind::recent}, {"is new", kind::recent}, {"last month", kind::recent}, {"this year", kind::recent},
    // put in weeks ago ("y'all put in our new ac like three weeks ago"): under a year
    {"weeks ago", kind::recent},
    {"january", kind::recent}, {"february", kind::recent}, {"march", kind::recent}, {"april", kind::recent},
    {"june", kind::recent}, {"july", kind::recent}, {"august", kind::recent},
    {"september", kind::recent}, {"october", kind::recent}, {"november", kind::recent}, {"december", kind::recent},
    // the system works now ("it's running fine", "heats fine"): no status said in another
    // sentence stands ("we don't want to be stuck with a dead furnace")
    {"works fine", kind::works}, {"working fine", kind::works}, {"runs fine", kind::works},
    {"running fine", kind::works}, {"it works", kind::works}, {"its working", kind::works},
    {"it is working", kind::works}, {"cooling fine", kind::works, cools}, {"cools fine", kind::works, cools},
    {"heating fine", kind::works}, {"heats fine", kind::works},
    {"seems fine", kind::works},
    {"running now", kind::works}, {"working now", kind::works}, {"working again", kind::works},
    {"heats good", kind::works}, {"cooling for now", kind::works, cools},
    // it still does its job ("ac still cooling", "still heats, it's just loud"; not "still
    // blowing warm")
    {"still cooling", kind::works, cools}, {"still heating", kind::works}, {"still cools", kind::works, cools},
    {"still heats", kind::works}, {"still working", kind::works}, {"still works", kind::works},
    {"cools ok", kind::works, cools}, {"heats ok", kind::works},
    {"running normally", kind::works}, {"working normally", kind::works}, {"cooling normally", kind::works, cools},
    {"heating normally", kind::works}, {"works great", kind::works}, {"working great", kind::works},
    // a part of the place or of the equipment said to be fine ("downstairs is fine",
    // "the other two are fine"): partially working
    {"downstairs", kind::area}, {"upstairs", kind::area}, {"rest of the", kind::area}, {"other floors", kind::area},
    {"other rooms", kind::area}, {"the other two", kind::area}, {"the other one", kind::area},
    {"the other unit", kind::area}, {"the other units", kind::area}, {"other zones", kind::area},
    {"east side", kind::area}, {"west side", kind::area}, {"north side", kind::area}, {"south side", kind::area},
    {"main floor", kind::area}, {"first floor", kind::area}, {"second floor", kind::area},
    {"fine", kind::fine}, {"okay", kind::fine}, {"ok", kind::fine}, {"normal", kind::fine},
    {"comfortable", kind::fine}, {"perfect", kind::fine},
    // a start at a part of yesterday ("since yesterday afternoon")
    {"yesterday morning", kind::since, yesterday_morning}, {"yesterday afternoon", kind::since, yesterday_afternoon},
    {"yesterday evening", kind::since, yesterday_evening}, {"last evening", kind::since, yesterday_evening},
    // the problem found on waking or on coming in ("woke up and it's 58 in here", "we walked in
    // and the office is 55", "i got home from work and it's 85"): it began within the day
    {"woke up", kind::found}, {"woke to", kind::found}, {"got up and", kind::found},
    {"got up this morning", kind::found}, {"got home", kind::found}, {"came home", kind::found},
    {"walked in", kind::found}, {"came in this morning", kind::found},
    // this company's earlier work said to be good ("your crew did a great job putting it in, no
    // complaints", "i got no complaints about that"): no complaint about it
    {"no complaints", kind::praise}, {"no complaint", kind::praise}, {"great job", kind::praise},
    {"good job", kind::praise}, {"nice job", kind::praise}, {"excellent job", kind::praise},
    // a price given already, in a sentence about this company's people ("your tech gave us a quote
    // last week", "i got a quote from y'all"): a follow-up on our quote
    {"gave us a quote", kind::quoted}, {"gave me a quote", kind::quoted}, {"gave us a price", kind::quoted},
    {"gave me a price", kind::quoted}, {"gave us an estimate", kind::quoted}, {"gave me an estimate", kind::quoted},
    {"gave us a bid", kind::quoted}, {"gave me a bid", kind::quoted}, {"got the quote", kind::quoted},
    {"got your quote", kind::quoted}, {"got a quote from", kind::quoted}, {"got the estimate", kind::quoted},
    {"got an estimate from", kind::quoted}, {"got a price from", kind::quoted}, {"got the bid", kind::quoted},
};

// A breaker, or the unit, switched "off and on" by the caller ("i flipped the breaker off and
// on", "we turned it off and on"; not "the thermostat turned it off and on"): a fix tried, which
// hides the "off and on" inside it from the status and the pattern.
inline constexpr std::string_view switched_by_caller[] = {
    "breaker off and on", "breakers off and on", "breaker on and off", "breakers on and off",
    "i flipped it off and on", "i flipped it on and off", "i flipped them off and on",
    "i flipped them on and off", "i turned it off and on", "i turned it on and off",
    "i turned them off and on", "i turned them on and off", "i switched it off and on",
    "i switched it on and off", "i switched them off and on", "i switched them on and off",
    "i turned the unit off and on", "i turned the system off and on", "we flipped it off and on",
    "we flipped it on and off", "we flipped them off and on", "we flipped them on and off",
    "we turned it off and on", "we turned it on and off", "we turned them off and on",
    "we turned them on and off", "we switched it off and on", "we switched it on and off",
    "we switched them off and on", "we switched them on and off", "we turned the unit off and on",
    "we turned the system off and on",
    // flipped by anyone in the home, all of them at once ("my husband flipped them all off and on
    // twice, nothing"): only a person flips a switch, so no subject is needed
    "flipped it off and on", "flipped it on and off", "flipped them off and on", "flipped them on and off",
    "flipped them all off and on", "flipped them all on and off", "flipped all of them off and on",
    "flipped all of them on and off", "flipped everything off and on", "flipped everything on and off",
};

// The phrase table: the listed cues, then each switch by the caller as a hidden status and a
// hidden pattern.
inline constexpr auto cues = [] {
    std::array<cue, std::size(listed_cues) + 2 * std::size(switched_by_caller)> all{};
    std::size_t n = 0;
    for (const cue& c : listed_cues) all[n++] = c;
    for (std::string_view p : switched_by_caller) {
        all[n++] = {p, kind::status, hidden};
        all[n++] = {p, kind::pattern, hidden};
    }
    return all;
}();

// The cues by the first two letters of their first word (in table order within a pair),
// so that a word is tried against the few cues that can start there. A letter is its bucket
// (0-25), any other byte 26; the second is 27 where the first word has one letter ("a
// couple"). Apostrophes are skipped as same_word skips them ("dont" is tried for "don't").
constexpr std::size_t letter_bucket(char c) noexcept {
    const char l = lower(c);
    return (l >= 'a' && l <= 'z') ? static_cast<std::size_t>(l - 'a') : 26;
}
inline constexpr std::size_t pair_buckets = 27 * 28;
// A cue's pair: its phrase's first byte, then the next byte of its first word that is not '\''.
constexpr std::size_t cue_pair(std::string_view phrase) noexcept {
    std::size_t i = 1;
    while (i < phrase.size() && phrase[i] == '\'') ++i;
    const std::size_t second = i < phrase.size() && phrase[i] != ' ' ? letter_bucket(phrase[i]) : 27;
    return letter_bucket(phrase[0]) * 28 + second;
}
struct cue_index {
    std::array<std::uint16_t, pair_buckets + 1> begin{};
    std::array<std::uint16_t, std::size(cues)> order{};
};
// A counting sort: stable, so each pair keeps the table's order (the first of two cues of
// one kind and one length wins at a word).
inline constexpr cue_index cues_by_pair = [] {
    cue_index x;
    std::array<std::uint16_t, pair_buckets + 1> at{};
    for (const cue& c : cues) ++at[cue_pair(c.phrase) + 1];
    for (std::size_t b = 0; b < pair_buckets; ++b) at[b + 1] = static_cast<std::uint16_t>(at[b + 1] + at[b]);
    x.begin = at;
    for (std::size_t ci = 0; ci < std::size(cues); ++ci)
        x.order[at[cue_pair(cues[ci].phrase)]++] = static_cast<std::uint16_t>(ci);
    return x;
}();
static_assert([] {
    for (const cue& c : cues)
        if (c.phrase.empty() || c.phrase[0] == '\'' || c.phrase[0] == ' ') return false;
    return true;
}(), "calllock: a cue's phrase begins with its first word's first letter");

// The negators, for negated_within.
inline constexpr std::string_view negators[] = {"not",   "no",    "never", "dont", "didnt", "doesnt",
                                                "isnt",  "wasnt", "havent", "hasnt", "arent", "wont",
                                                "nothing", "nothings", "none"};

// A word of a sentence: a view of the raw text and where it stands.
struct word {
    std::string_view text;
    std::uint16_t clause = 0;  // clause index in the sentence (commas and "but" break clauses)
};

constexpr bool is_word_char(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '\'' || u == '/' ||
           u >= 0x80;
}

// Where the apostrophes (' and U+2019) that begin text[i..] end.
constexpr std::size_t past_apostrophes(std::string_view text, std::size_t i) noexcept {
    while (i < text.size()) {
        if (text[i] == '\'') {
            ++i;
        } else if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
                   static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x99) {
            i += 3;
        } else {
            break;
        }
    }
    return i;
}
// Compares a word of the text with a lowercase pattern word, ignoring apostrophes
// (' and U+2019) on both sides.
constexpr bool same_word(std::string_view text, std::string_view pat) noexcept {
    std::size_t i = 0, j = 0;
    while (true) {
        i = past_apostrophes(text, i);
        while (j < pat.size() && pat[j] == '\'') ++j;
        if (i == text.size() || j == pat.size()) return i == text.size() && j == pat.size();
        if (lower(text[i]) != pat[j]) return false;
        ++i, ++j;
    }
}

// The weekday a word of the text names ("saturday", "Saturday"), 0 = Sunday; none for another word.
constexpr std::optional<std::uint8_t> weekday_named(std::string_view word) noexcept {
    constexpr std::array<std::string_view, 7> days{"sunday",   "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};
    for (std::uint8_t d = 0; d < days.size(); ++d)
        if (same_word(word, days[d])) return d;
    return std::nullopt;
}

// A word's pair of the cue index (cue_pair): its first two letters, apostrophes skipped as
// same_word skips them.
constexpr std::size_t word_pair(std::string_view text) noexcept {
    std::size_t found = 0, pair = 0;
    for (std::size_t i = past_apostrophes(text, 0); i < text.size() && found < 2; i = past_apostrophes(text, i + 1)) {
        pair = pair * 28 + letter_bucket(text[i]);
        ++found;
    }
    return found == 2 ? pair : found == 1 ? pair * 28 + 27 : 26 * 28 + 27;
}

// The number of words of phrase p that match at words[i..], or 0.
constexpr std::size_t match_at(const word* words, std::size_t n, std::size_t i, std::string_view p) noexcept {
    std::size_t k = 0;
    while (!p.empty()) {
        const std::size_t sp = p.find(' ');
        const std::string_view w = p.substr(0, sp);
        if (i + k >= n || !same_word(words[i + k].text, w)) return 0;
        ++k;
        p = sp == std::string_view::npos ? std::string_view{} : p.substr(sp + 1);
    }
    return k;
}

// A number written in digits ("19", "2012", "20ish") or words ("nineteen", "twenty
// two"): its value and how many words it takes, or {-1, 0}.
struct number {
    int value = -1;
    std::size_t words = 0;
};
constexpr number number_at(const word* words, std::size_t n, std::size_t i) noexcept {
    if (i >= n) return {};
    const std::string_view t = words[i].text;
    if (!t.empty() && t[0] >= '0' && t[0] <= '9') {
        int x = 0;
        std::size_t k = 0;
        for (; k < t.size() && t[k] >= '0' && t[k] <= '9' && k < 5; ++k) x = x * 10 + (t[k] - '0');
        return {x, 1};
    }
    // Every number word below begins with a, e, f, n, o, s, t or z: most words end here.
    constexpr std::uint32_t number_starts = 1u << 0 | 1u << 4 | 1u << 5 | 1u << 13 | 1u << 14 | 1u << 18 |
                                            1u << 19 | 1u << 25;
    if (const std::size_t first = word_pair(t) / 28; first > 25 || !(number_starts >> first & 1u)) return {};
    constexpr std::array<std::string_view, 20> ones{"zero",    "one",     "two",       "three",    "four",
                                                    "five",    "six",     "seven",     "eight",    "nine",
                                                    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    constexpr std::array<std::string_view, 8> tens{"twenty", "thirty", "forty", "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};
    // Years as they are said: "twenty eleven", "nineteen ninety eight", "two thousand twelve".
    if ((same_word(t, "twenty") || same_word(t, "nineteen")) && i + 1 < n) {
        const number rest = number_at(words, n, i + 1);
        const int century = same_word(t, "twenty") ? 2000 : 1900;
        if (rest.value >= 10 && rest.value <= 99) return {century + rest.value, 1 + rest.words};
    }
    if (same_word(t, "two") && i + 1 < n && same_word(words[i + 1].text, "thousand")) {
        const number rest = number_at(words, n, i + 2);
        return {2000 + (rest.value > 0 && rest.value < 100 ? rest.value : 0), 2 + rest.words};
    }
    for (std::size_t k = 0; k < ones.size(); ++k)
        if (same_word(t, ones[k])) return {static_cast<int>(k), 1};
    for (std::size_t k = 0; k < tens.size(); ++k)
        if (same_word(t, tens[k])) {
            const int base = static_cast<int>(20 + 10 * k);
            if (i + 1 < n)
                for (std::size_t u = 1; u < 10; ++u)
                    if (same_word(words[i + 1].text, ones[u])) return {base + static_cast<int>(u), 2};
            return {base, 1};
        }
    if (same_word(t, "a") && i + 1 < n && (same_word(words[i + 1].text, "couple")))
        return {2, 2};
    return {};
}

// Tallies of what the caller said, per kind and value: how many times, and where first.
struct tally {
    std::array<std::uint8_t, 16> count{};
    std::array<std::uint16_t, 16> first{};

    constexpr void add(std::uint8_t value, std::uint16_t at) noexcept {
        if (count[value] == 0) first[value] = at;
        if (count[value] < 255) ++count[value];
    }
    // Adds another tally's counts (a sentence's, said after everything here).
    constexpr void merge(const tally& o) noexcept {
        for (std::size_t x = 0; x < count.size(); ++x) {
            if (!o.count[x]) continue;
            if (count[x] == 0) first[x] = o.first[x];
            count[x] = static_cast<std::uint8_t>(count[x] + o.count[x] > 255 ? 255 : count[x] + o.count[x]);
        }
    }
    [[nodiscard]] constexpr bool any() const noexcept {
        for (auto c : count)
            if (c) return true;
        return false;
    }
    [[nodiscard]] constexpr bool has(std::uint8_t value) const noexcept { return count[value] != 0; }
    // The value said most often; on a tie, the one said first.
    [[nodiscard]] constexpr std::optional<std::uint8_t> best() const noexcept {
        std::optional<std::uint8_t> b;
        for (std::uint8_t x = 0; x < count.size(); ++x)
            if (count[x] && (!b || count[x] > count[*b] || (count[x] == count[*b] && first[x] < first[*b]))) b = x;
        return b;
    }
};

// Reads what the caller said, sentence by sentence.
struct reader {
    static constexpr std::size_t max_words = 96;
    std::array<tally, kind_count> t{};
    std::int64_t call_year = 0;
    std::optional<int> age;
    std::optional<std::uint8_t> age_of;  // the one equipment named in the age's sentence, if any
    bool new_equipment = false;  // installed this year, with no age said
    std::uint8_t fixes = 0;
    std::uint16_t position = 0;

    std::array<word, max_words> words{};
    std::size_t n = 0;
    std::uint16_t clause = 0;
    bool question = false;  // the sentence ends in '?'
    bool affirmed = false;  // an agent's question the caller answered yes to
    bool asked_age = false; // the caller answers the agent's "how old is it?"
    bool asked_breaker = false;  // the caller answers an agent's turn about the breakers
    bool asked_filter = false;   // the caller answers an agent's question about the filter
    // The caller asks to schedule ("i want to get one scheduled", "can you put me down") or says yes
    // to an offer to book ("want me to put you down?" "yes please"): a visit wanted (the fortieth
    // field round's review).
    bool book_asked = false;
    bool asked_start = false;  // the caller answers the agent's "when did it start?"
    bool new_word = false;  // this sentence says "brand new" or names a month
    bool works_now = false;  // the caller says the system works now ("it's running fine")
    bool cooling_now = false;  // ... that it cools ("it's cooling fine", "still cooling")
    // The day the caller says they called about it before ("I called on Monday about my AC
    // blowing warm air and nobody called me back"): a weekday (0 = Sunday), or 7 for yesterday.
    std::optional<std::uint8_t> called_on;
    // A callback promised to set up the visit ("someone would call me back by five to
    // schedule", "they'd call me back to book it"): nothing was booked yet.
    bool callback_to_book = false;
    // When the caller says the problem began: a weekday ("since saturday", "it started struggling
    // on sunday", "since like friday", "the storm tuesday and since then"), 0 = Sunday; or
    // started_last_week ("since last week"), started_yesterday (a state said with "yesterday").
    static constexpr std::uint8_t started_last_week = 8, started_yesterday = 9;
    std::optional<std::uint8_t> started_on;
    // The caller puts what they came upon within the day: "just" and a past event ("i just came
    // in from the garage", "i just touched the thermostat and it sparked", "the furnace just
    // kicked on"; not "i just wanted to ask").
    bool within_day = false;
    bool state_today = false;  // a state said with a time of this day ("it quit this afternoon")
    // How many of the states said are a part named and a fine word after it ("the main floor is
    // fine", "upstairs it's fine") and nothing else (the thirty-fourth field round, stop 49).
    std::uint8_t fine_parts = 0;
    // A state said with some rooms as its subject ("the back bedroom gets almost no air at all",
    // "the upstairs bedrooms aren't getting much heat") (the thirty-ninth field round, stop 53).
    bool some_rooms = false;
    bool down_after_rooms = false;  // the whole system said down in a later sentence
    bool felt = false;  // the caller says how warm or cold it is ("upstairs is hot", "freezing")
    // A span up to now said by the caller ("the last couple weeks", "the past few days"): how long
    // it has lasted (the thirty-ninth field round, stop 53).
    std::optional<ProblemDuration> span;
    // A reading of the room beside another set on the thermostat ("it's 79 in here with it set at
    // 74"): the set temperature not reached (the fortieth field round, stop 54).
    bool off_set = false;

    [[nodiscard]] constexpr tally& of(kind k) noexcept { return t[static_cast<std::size_t>(k)]; }

    // A piece of caller text (affirmed: an agent's question answered yes).
    constexpr void feed(std::string_view text, bool yes_to_question) {
        affirmed = yes_to_question;
        std::size_t i = 0;
        while (i < text.size()) {
            const char c = text[i];
            if (is_word_char(c)) {
                std::size_t j = i;
                while (j < text.size() && is_word_char(text[j])) ++j;
                const std::string_view w = text.substr(i, j - i);
                if (same_word(w, "but") || same_word(w, "though") || same_word(w, "because")) ++clause;
                if (n == max_words) sentence();
                words[n++] = {w, clause};
                // "No, I checked the breaker": a first "no" or "yes" answers the agent
                // and negates nothing after it.
                if (n == 1 && (same_word(w, "no") || same_word(w, "nope") || same_word(w, "yes") ||
                               same_word(w, "yeah")))
                    ++clause;
                i = j;
                continue;
            }
            if (c == ',') ++clause;
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                question = c == '?';
                sentence();
            }
            ++i;
        }
        sentence();
    }

    constexpr void sentence() {
        if (n > 0) read_sentence();
        n = 0;
        clause = 0;
        question = false;
    }

    // Whether word i is a thermostat mode ("heat", "cool", "emergency", "em", "aux", "auto", "fan",
    // "off") (the fortieth field round's review).
    [[nodiscard]] constexpr bool mode_at(std::size_t i) const noexcept {
        if (i >= n) return false;
        for (std::string_view x : {"heat", "cool", "emergency", "em", "aux", "auto", "fan", "off"})
            if (same_word(words[i].text, x)) return true;
        return false;
    }
    // Whether the sentence has one of the words `xs`.
    [[nodiscard]] constexpr bool says_any(std::initializer_list<std::string_view> xs) const noexcept {
        for (std::size_t i = 0; i < n; ++i)
            for (std::string_view x : xs)
                if (same_word(words[i].text, x)) return true;
        return false;
    }

    [[nodiscard]] constexpr bool negated(std::size_t i) const noexcept {
        for (std::size_t b = i, k = 0; b > 0 && k < 2; --b, ++k) {
            const word& w = words[b - 1];
            if (w.clause != words[i].clause) return false;
            for (std::string_view x : negators)
                if (same_word(w.text, x)) return true;
        }
        return false;
    }

    // Whether the equipment at word i is the caller's guess at a cause: "is it the furnace?",
    // "could it be the water heater", "was it my heat pump", and an alternative offered with
    // it ("is it the furnace or the water heater").
    [[nodiscard]] constexpr bool guessed(std::size_t i) const noexcept {
        const auto det = [&](std::size_t k) {
            return same_word(words[k].text, "the") || same_word(words[k].text, "my") ||
                   same_word(words[k].text, "our");
        };
        if (i < 3 || !det(i - 1)) return false;
        const std::string_view a = words[i - 3].text, b = words[i - 2].text;
        if (((same_word(a, "is") || same_word(a, "was")) && same_word(b, "it")) ||
            (same_word(a, "it") && same_word(b, "be")))
            return true;
        // "... or the water heater": the alternative of a guess in its clause
        if (!same_word(b, "or")) return false;
        for (std::size_t k = i - 2; k > 0 && i - k < 6 && words[k - 1].clause == words[i].clause; --k)
            if (guessed(k - 1)) return true;
        return false;
    }

    // Whether "on" comes just before word i ("on the furnace", "on our furnace", "on furnace").
    [[nodiscard]] constexpr bool on_before(std::size_t i) const noexcept {
        if (i > 0 && same_word(words[i - 1].text, "on")) return true;
        if (i < 2 || !same_word(words[i - 2].text, "on")) return false;
        for (std::string_view w : {"the", "my", "our", "your", "his", "her", "their"})
            if (same_word(words[i - 1].text, w)) return true;
        return false;
    }

    // Whether an intent at word i is said not to be wanted: a wish before it ("want",
    // "need", with "to", "a", "the" between) that is negated ("i don't want to cancel",
    // "we do not need a quote"). A thing not had is still asked for ("i never got my
    // refund", "i was never billed").
    [[nodiscard]] constexpr bool unwanted(std::size_t i) const noexcept {
        std::size_t b = i;
        bool wish = false;
        while (b > 0 && i - b < 4 && words[b - 1].clause == words[i].clause) {
            const std::string_view w = words[b - 1].text;
            const bool verb = same_word(w, "want") || same_word(w, "need") || same_word(w, "wanna") ||
                              same_word(w, "going") || same_word(w, "gonna");
            if (!verb && !same_word(w, "to") && !same_word(w, "a") && !same_word(w, "an") && !same_word(w, "the"))
                break;
            wish = wish || verb;
            --b;
        }
        return wish && negated(b);
    }

    // Whether the words around word i put it in the past: "was"/"were"/"used to" before
    // it, "until"/"till"/"last"/"yesterday"/"before" after it in its clause ("it was working
    // fine until yesterday", "was it cooling normally before the storm?" "Yeah.").
    [[nodiscard]] constexpr bool said_of_the_past(std::size_t i) const noexcept {
        if (i > 0 && (same_word(words[i - 1].text, "was") || same_word(words[i - 1].text, "were") ||
                      (i > 1 && same_word(words[i - 2].text, "used") && same_word(words[i - 1].text, "to"))))
            return true;
        for (std::size_t j = i + 1; j < n && words[j].clause == words[i].clause; ++j)
            for (std::string_view w : {"until", "till", "last", "yesterday", "before"})
                if (same_word(words[j].text, w)) return true;
        return false;
    }

    // Whether the sentence's first state (down, not doing its job, short of the set temperature) has
    // some rooms as its subject: a room a few words before it in its clause and after any "and", with no
    // equipment named between and not all of them ("every room", "the whole upstairs"): "the back
    // bedroom gets almost no air at all", "two of the exam rooms in the back barely get any air".
    template <class Hit>
    [[nodiscard]] constexpr bool state_of_rooms(const tally& status, const Hit* hits, std::size_t nh) const noexcept {
        std::size_t at = n;
        for (std::uint8_t x : {v(SystemStatus::completely_down), v(SystemStatus::running_but_ineffective), short_of_set})
            if (status.count[x] && status.first[x] >= position &&
                static_cast<std::size_t>(status.first[x] - position) < at)
                at = static_cast<std::size_t>(status.first[x] - position);
        if (at >= n) return false;
        for (std::size_t b = at, k = 0; b > 0 && k < 8 && words[b - 1].clause == words[at].clause; --b, ++k) {
            const std::string_view w = words[b - 1].text;
            if (same_word(w, "and")) return false;  // "it's 85 in the living room and it's not cooling"
            bool room = false;
            for (std::string_view x : {"room", "rooms", "bedroom", "bedrooms", "classroom", "classrooms", "upstairs",
                                       "downstairs"})
                room = room || same_word(w, x);
            if (!room) continue;
            if (b > 1 && (same_word(words[b - 2].text, "every") || same_word(words[b - 2].text, "all") ||
                          same_word(words[b - 2].text, "whole") || same_word(words[b - 2].text, "each")))
                return false;
            // Not the room's air ("room air") nor its unit ("the upstairs unit stopped working"): the
            // unit is what is down; not a thing of the room's ("the upstairs bathroom's fan quit");
            // not with equipment named before the state in its clause, which either has the room for
            // its place ("the rooftop unit over the dining room isn't cooling") or names what is
            // down ("my upstairs thermostat went blank").
            if (same_word(words[b].text, "air") || same_word(words[b].text, "unit") ||
                same_word(words[b].text, "units") || same_word(words[b].text, "system") ||
                same_word(words[b].text, "one"))
                return false;
            if (const std::string_view after = words[b].text;
                b < at && after.size() > 2 && lower(after.back()) == 's' &&
                (after[after.size() - 2] == '\'' || static_cast<unsigned char>(after[after.size() - 2]) == 0x99))
                return false;
            for (std::size_t h = 0; h < nh; ++h)
                if (cues[hits[h].c].k == kind::equipment && hits[h].at < at &&
                    words[hits[h].at].clause == words[at].clause)
                    return false;
            return true;
        }
        return false;
    }

    // Whether equipment is named just before word i ("the furnace stopped", "the AC just stopped").
    template <class Hit>
    [[nodiscard]] constexpr bool equipment_just_before(const Hit* hits, std::size_t nh, std::size_t i) const noexcept {
        std::size_t b = i;
        while (b > 0 && (same_word(words[b - 1].text, "just") || same_word(words[b - 1].text, "suddenly") ||
                         same_word(words[b - 1].text, "completely") || same_word(words[b - 1].text, "then")))
            --b;
        for (std::size_t h = 0; h < nh; ++h)
            if (cues[hits[h].c].k == kind::equipment && hits[h].at < b &&
                hits[h].at + match_at(words.data(), n, hits[h].at, cues[hits[h].c].phrase) == b)
                return true;
        return false;
    }

    // Whether air said blowing the wrong warmth at word i, by a phrase of the forty-first round ("just
    // blows cold air", "the inside unit blows warm air", "but it's warm air"), is the call's unit's, now
    // (the forty-first field round's review): "just blows" only with the unit, its fan or "it" for its
    // subject (not "the wind just blows cold air through these old windows", "my car's ac just blows
    // hot air", "a space heater but it just blows warm air"); none of them said of another time ("it's
    // not like last time where it just blows cold air", "last week the inside unit blows warm air but
    // now the mini split won't turn on", "before it died the inside unit blows cold air"); "but it's
    // warm air" only of cooling, not of the heat nor said with "now" ("the furnace was acting up
    // yesterday, but it's warm air now").
    template <class Hit>
    [[nodiscard]] constexpr bool blows_now(const Hit* hits, std::size_t nh, std::size_t i, std::string_view phrase) const noexcept {
        const bool warm = phrase == "but its warm air";
        if (!warm && !phrase.starts_with("just blows") && phrase != "fan inside blows" && phrase != "inside unit blows")
            return true;
        if (phrase.starts_with("just")) {
            bool unit = i > 0 && equipment_just_before(hits, nh, i);
            for (std::string_view x : {"it", "unit", "fan", "blower", "system", "split", "vents", "vent"})
                unit = unit || (i > 0 && same_word(words[i - 1].text, x));
            if (!unit || says_any({"wind", "car", "cars", "space", "dryer"})) return false;
        }
        if (says_any({"before"})) return false;
        for (std::size_t k = 0; k + 1 < n; ++k) {
            if (same_word(words[k].text, "last"))
                for (std::string_view x : {"time", "week", "month", "year"})
                    if (same_word(words[k + 1].text, x)) return false;
            if (same_word(words[k].text, "now") && k > i)
                for (std::size_t j = k + 1; j < n && j < k + 6; ++j)
                    for (std::string_view x : negators)
                        if (same_word(words[j].text, x)) return false;
        }
        if (warm) {
            if (says_any({"now", "heat", "heating", "furnace", "boiler"})) return false;
            for (std::size_t h = 0; h < nh; ++h)
                if (cues[hits[h].c].k == kind::equipment && (cues[hits[h].c].value == v(EquipmentType::furnace) ||
                                                             cues[hits[h].c].value == v(EquipmentType::boiler)))
                    return false;
        }
        return true;
    }

    // Whether a sudden onset said by a phrase of the forty-first round (hail just past, "just came
    // apart") at word i is the equipment's (the forty-first field round's review): hail only beside a
    // state or damage in its sentence, and not hail foretold or that missed ("they're saying we might
    // get hail this afternoon", "the hail last night missed us"); "just came apart" only with the
    // equipment, a duct or a part of it for the subject of its clause (not "the thermostat cover", "the
    // old one" of a filter, "the deal"), and not in a clause of what the caller was doing ("i went to
    // change the filter and the old one just came apart in my hands").
    template <class Hit>
    [[nodiscard]] constexpr bool struck_now(const Hit* hits, std::size_t nh, std::size_t i, std::string_view phrase) const noexcept {
        if (phrase == "hail last night" || phrase == "hail this morning" || phrase == "hail this afternoon" ||
            phrase == "hail yesterday") {
            if (says_any({"might", "saying", "missed", "calling", "forecast", "supposed", "maybe"})) return false;
            for (std::size_t h = 0; h < nh; ++h)
                if (cues[hits[h].c].k == kind::status && cues[hits[h].c].value != hidden) return true;
            return says_any({"damage", "damaged", "beat", "bent", "dented", "dents", "smashed", "busted", "broke",
                             "broken", "cracked", "destroyed", "wrecked", "hit", "hurt", "messed"});
        }
        if (phrase != "just came apart") return true;
        // the nearest thing named before it in its clause is its subject
        for (std::size_t k = i; k > 0 && i - k < 8 && words[k - 1].clause == words[i].clause; --k) {
            const std::string_view w = words[k - 1].text;
            if (same_word(w, "i") || same_word(w, "we") || same_word(w, "when") || same_word(w, "while")) return false;
            for (std::string_view x : {"duct", "ducts", "ductwork", "flex", "plenum", "boot", "blade", "fan", "coil",
                                       "pipe", "line", "lines", "unit", "furnace", "ac", "condenser", "compressor",
                                       "motor", "wheel", "belt", "panel", "trunk", "vent", "vents"})
                if (same_word(w, x)) return true;
            for (std::string_view x : {"filter", "cover", "deal", "tape", "wrap", "insulation", "one", "thing"})
                if (same_word(w, x)) return false;
        }
        return false;
    }

    // Whether the word before word i names a trouble rather than the equipment: a noise, a leak, a
    // spark, an alarm as its subject ("the sparking stopped", "the chirping stopped", "the water
    // stopped", "co detector chirping, stopped"); not a trouble that is the object of something
    // done or sensed before it ("the furnace made a loud sound, stopped").
    [[nodiscard]] constexpr bool trouble_before(std::size_t i) const noexcept {
        if (i == 0) return false;
        for (std::size_t b = i - 1, k = 0; b > 0 && k < 3 && words[b - 1].clause == words[i - 1].clause; --b, ++k)
            for (std::string_view w : {"a", "an", "made", "makes", "make", "making", "heard", "hear", "gave"})
                if (same_word(words[b - 1].text, w)) return false;
        for (std::string_view w : {"sparking", "sparks", "chirping", "chirp", "chirps", "beeping", "beep", "beeps",
                                   "alarm", "noise", "noises", "sound", "buzzing", "banging", "rattling", "rattle",
                                   "squealing", "squeaking", "clicking", "humming", "water", "leak", "leaking",
                                   "dripping", "drip", "smoke", "smoking", "smell"})
            if (same_word(words[i - 1].text, w)) return true;
        return false;
    }

    // Whether the word before word i says that a problem started at it ("since", "quit").
    [[nodiscard]] constexpr bool starts_at(std::size_t i) const noexcept {
        if (i == 0) return false;
        for (std::string_view w : {"since", "started", "from", "began", "quit", "stopped", "died", "out", "off"})
            if (same_word(words[i - 1].text, w)) return true;
        return false;
    }

    constexpr void read_sentence() {
        // Per kind, the longest phrase at each word; a phrase inside a taken one of its
        // kind is skipped ("heater" in "water heater"), one of another kind is not
        // ("on and off" is a status and a pattern; "stopped working" inside "just stopped").
        // Indices into cues, not pointers: GCC's constant evaluator under -fsanitize
        // cannot compare a pointer into a static array with null.
        struct hit {
            std::size_t c;
            std::size_t at;
        };
        std::array<hit, 2 * max_words> hits{};
        std::size_t nh = 0;
        std::array<tally, kind_count> s{};  // this sentence's
        std::array<std::size_t, kind_count> covered{};
        for (std::size_t i = 0; i < n; ++i) {
            constexpr std::size_t none = ~std::size_t{0};
            std::array<std::size_t, kind_count> best{};
            for (auto& b : best) b = none;
            std::array<std::size_t, kind_count> len{};
            const std::size_t bucket = word_pair(words[i].text);
            for (std::size_t o = cues_by_pair.begin[bucket]; o < cues_by_pair.begin[bucket + 1]; ++o) {
                const std::size_t ci = cues_by_pair.order[o];
                const auto k = static_cast<std::size_t>(cues[ci].k);
                const std::size_t m = match_at(words.data(), n, i, cues[ci].phrase);
                if (m > len[k]) best[k] = ci, len[k] = m;
            }
            for (std::size_t k = 0; k < kind_count; ++k) {
                if (best[k] == none || i < covered[k] || nh == hits.size()) continue;
                hits[nh++] = {best[k], i};
                covered[k] = i + len[k];
            }
        }
        new_word = false;
        bool hearsay = false, person = false, install = false, old = false, ago = false;
        std::size_t hearsay_at = n;  // the first word of hearsay in the sentence
        bool works = false, area = false, fine = false, plan = false, visit = false, ours = false;
        bool air_device = false;  // an air cleaner, humidifier... named in the sentence
        std::size_t air_device_at = 0;
        std::size_t tried_at = n;  // the first thing done in the sentence ("i put a new battery in it")
        std::size_t tried_last = 0;  // the last thing done in the sentence
        std::size_t area_at = 0;
        std::uint16_t fine_at = 0;
        std::uint8_t action = 0;  // 1: an action, 2: a restart, 3: something else tried
        bool state = false;       // a state looked at (act_state)
        for (std::size_t h = 0; h < nh; ++h) {
            const cue& c = cues[hits[h].c];
            switch (c.k) {
                case kind::hearsay:
                    if (c.value != hidden && !hearsay) hearsay = true, hearsay_at = hits[h].at;
                    break;
                case kind::person: person = true; break;
                case kind::install_word: install = true; break;
                case kind::old_word: old = true; break;
                case kind::ago: ago = true; break;
                case kind::recent: new_word = true; break;
                case kind::plan: (c.value == plan_visit ? visit : plan) = true; break;
                case kind::us: ours = true; break;
                case kind::equipment:
                    if (c.value == v(EquipmentType::air_quality) && !air_device)
                        air_device = true, air_device_at = hits[h].at;
                    break;
                case kind::fix_action:
                    if (c.value != act_state && hits[h].at < tried_at) tried_at = hits[h].at;
                    if (c.value != act_state && hits[h].at > tried_last) tried_last = hits[h].at;
                    break;
                default: break;
            }
        }
        std::size_t status_end = 0;  // the word after the latest status phrase
        for (std::size_t h = 0; h < nh; ++h) {
            const cue& c = cues[hits[h].c];
            // A negator inside the status phrase just before is that phrase's ("it won't fire some
            // mornings": "some mornings" is not negated).
            const bool neg = negated(hits[h].at) && !(c.k == kind::status && status_end == hits[h].at);
            if (c.k == kind::status) status_end = hits[h].at + match_at(words.data(), n, hits[h].at, c.phrase);
            const auto at = static_cast<std::uint16_t>(position + hits[h].at);
            switch (c.k) {
                case kind::property:
                case kind::commercial:
                case kind::equipment:
                    if (c.k == kind::commercial && c.value == business_idiom) break;
                    if ((c.k == kind::equipment || c.k == kind::property) && c.value == hidden) break;
                    // The furnace an air device sits on is its place, not the equipment ("that
                    // electronic air cleaner on our furnace is zapping", "a humidifier put on the
                    // furnace"; brief: air_quality).
                    if (c.k == kind::equipment && c.value == v(EquipmentType::furnace) && air_device &&
                        air_device_at < hits[h].at && on_before(hits[h].at))
                        break;
                    // A guess at the cause names no equipment ("we're grabbing coats. is it the
                    // furnace?" while the CO alarm sounds; brief: the equipment the call is about).
                    if (c.k == kind::equipment && guessed(hits[h].at)) break;
                    if (!hearsay) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                case kind::status:
                case kind::onset:
                case kind::pattern:
                case kind::runs:
                case kind::since:
                case kind::no_output:
                case kind::hazard:
                case kind::found:
                    if (c.value == hidden) break;
                    if ((c.k == kind::runs || c.k == kind::status) && !blows_now(hits.data(), nh, hits[h].at, c.phrase))
                        break;
                    if (c.k == kind::onset && !struck_now(hits.data(), nh, hits[h].at, c.phrase)) break;
                    // A bare "stopped" after something done in its sentence, or said of a trouble, is
                    // the trouble's end, not the system's (brief: completely_down is equipment that does
                    // not run): "i put a new battery in it this morning and it stopped" of a chirp, "i
                    // turned the air conditioner off at the thermostat and it stopped" of the water,
                    // "the sparking stopped when he turned the breaker off" (the thirty-ninth field
                    // round, stop 53). Not equipment named just before it ("i changed the filter yesterday
                    // and the furnace stopped").
                    if ((c.k == kind::status || c.k == kind::onset) && c.phrase == "stopped" &&
                        (tried_at < hits[h].at || trouble_before(hits[h].at)) &&
                        !equipment_just_before(hits.data(), nh, hits[h].at))
                        break;
                    // found on a day past ("woke up yesterday and it was cold"): not today
                    if (c.k == kind::found && said_of_the_past(hits[h].at)) break;
                    // A start at a part of yesterday: said as the start ("since", "started", "quit
                    // yesterday evening"), or in answer to the agent's "when did it start?"; not "my
                    // wife noticed it yesterday afternoon".
                    if (c.k == kind::since && !asked_start && !starts_at(hits[h].at)) break;
                    if (!hearsay && !neg && !(question && !affirmed)) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                case kind::mood:
                    if (c.value == hidden) break;
                    if (!affirmed && !(neg && c.value != upset)) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                case kind::praise: {
                    // not "they didn't do a good job", "was it a good job?"
                    bool denied = false;
                    for (std::size_t b = hits[h].at, k = 0; b > 0 && k < 4; --b, ++k)
                        if (words[b - 1].clause == words[hits[h].at].clause)
                            for (std::string_view x : negators) denied = denied || same_word(words[b - 1].text, x);
                    if (!denied && !(question && !affirmed)) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                }
                case kind::quoted:
                    if (ours && !neg && !question) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                case kind::us:
                case kind::roof:
                    s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                case kind::works:
                    if (!neg && !hearsay && !(question && !affirmed) && !said_of_the_past(hits[h].at))
                        works = true, cooling_now = cooling_now || c.value == cools;
                    break;
                case kind::area:  // the latest before the fine word
                    area = true, area_at = hits[h].at;
                    break;
                case kind::fine:  // after the part, in its clause ("the other two are fine")
                    if (area && !neg && !fine && hits[h].at > area_at &&
                        words[hits[h].at].clause == words[area_at].clause)
                        fine = true, fine_at = at;
                    break;
                case kind::intent:  // "i don't want to cancel", "we do not need a quote": none
                    if (c.value == hidden) break;
                    if (!affirmed && !unwanted(hits[h].at)) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                case kind::owner: {  // "we don't own it" says nothing of who decides
                    // a home sold beside a home rented now is not theirs ("i sold my house last year
                    // and now i rent an apartment")
                    bool rents = false;
                    if (c.value == owns && c.phrase.find("sold") != std::string_view::npos)
                        for (std::size_t g = 0; g < nh; ++g)
                            rents = rents || (cues[hits[g].c].k == kind::owner && cues[hits[g].c].value == does_not_decide);
                    if (!(neg && c.value == owns) && !rents) s[static_cast<std::size_t>(c.k)].add(c.value, at);
                    break;
                }
                case kind::fix_action:
                    if (c.value == act_state) {
                        // Seen, whatever the words before it ("none of them look tripped").
                        if (!hearsay && (affirmed || !question)) state = true;
                    } else if (!neg && !hearsay && (affirmed || !question)) {
                        const std::uint8_t a = c.value == act_other ? 3 : c.value == act_restart ? 2 : 1;
                        if (a > action) action = a;
                    }
                    break;
                default: break;
            }
        }
        // Attempted fixes: an action and its objects in one sentence ("I changed the
        // filter and flipped the breaker"); a reset with no object is a restart.
        // A state looked at is a check of the breakers: those named in the sentence
        // ("The breakers all look fine."), or those the agent asked about ("Could you
        // check the breakers?" "They're all on.").
        // A sentence about this company's people or work tells what they did, not the
        // caller (brief: what the caller or someone in the home tried): "your guy cleaned out
        // the drain line in the spring", "y'all cleared the line, then replaced the pan".
        constexpr auto breaker = static_cast<unsigned>(AttemptedFix::breaker);
        // A wish for the thing done by someone ("i want it set low while we're gone, the humidifier
        // turned off", "i need somebody to come change my furnace filter") is not done yet (brief:
        // only things actually done) (the thirty-ninth field round, stop 53).
        // The wish is right before the fixes, with no doing of the caller's between ("we need someone
        // out here today, i already flipped the breaker", "i need the furnace looked at, i already
        // flipped the breaker" are a breaker flipped).
        bool wished = false;
        for (std::size_t i = 0; action && i + 1 < n && i < tried_at && !wished; ++i)
            if (same_word(words[i].text, "want") || same_word(words[i].text, "need")) {
                for (std::string_view x : {"it", "them", "the", "somebody", "someone"})
                    wished = wished || same_word(words[i + 1].text, x);
                for (std::size_t j = i + 2; wished && j < tried_last; ++j)
                    for (std::string_view x : {"i", "we", "ive", "weve", "already", "so", "then"})
                        if (same_word(words[j].text, x)) wished = false;
            }
        if (wished) action = 0;
        // A battery put in a detector ("just a chirp. and i put a new battery in it this morning")
        // is the detector's, not the thermostat's (the thirty-ninth field round, stop 53).
        const std::uint8_t fixes_before = fixes;
        bool detector = false;
        for (std::size_t i = 0; (action || state) && !ours && i < n && !detector; ++i)
            for (std::string_view x : {"detector", "detectors", "chirp", "chirps", "chirping", "alarm", "alarms"})
                detector = detector || same_word(words[i].text, x);
        // not when the battery is the thermostat's ("i replaced the batteries in the thermostat
        // because the low battery alarm kept going off")
        for (std::size_t i = 0; detector && i < n; ++i)
            if (same_word(words[i].text, "battery") || same_word(words[i].text, "batteries"))
                for (std::size_t j = i + 1; j < n && j < i + 5 && words[j].clause == words[i].clause; ++j)
                    if (same_word(words[j].text, "thermostat") || same_word(words[j].text, "thermostats"))
                        detector = false;
        if ((action || state) && !ours) {
            bool object = false;  // an object named (whether it counts or not)
            for (std::size_t h = 0; h < nh; ++h)
                if (cues[hits[h].c].k == kind::fix_object && !negated(hits[h].at)) {
                    object = true;
                    if (cues[hits[h].c].value == hidden) continue;
                    // a mode switched by the caller ("i tried switching it to emergency heat"), not by
                    // someone else ("he switched it to the emergency heat")
                    if (cues[hits[h].c].phrase.starts_with("switch")) {
                        // a mode after "to" ("switched it to emergency heat"; not "to propane", "to
                        // thursday", "to autopay": the review)
                        std::size_t to = hits[h].at;
                        while (to < n && !same_word(words[to].text, "to")) ++to;
                        if (to + 1 < n && same_word(words[to + 1].text, "the")) ++to;
                        if (!mode_at(to + 1)) continue;
                        bool caller = false;
                        for (std::size_t b = hits[h].at, k = 0; b > 0 && k < 3; --b, ++k)
                            for (std::string_view x : {"i", "we", "ive", "weve", "id", "wed"})
                                caller = caller || same_word(words[b - 1].text, x);
                        if (!caller) continue;
                    }
                    if (action || cues[hits[h].c].value == breaker)
                        fixes |= static_cast<std::uint8_t>(1u << cues[hits[h].c].value);
                }
            if (!object && asked_breaker && action <= 1) fixes |= static_cast<std::uint8_t>(1u << breaker);
            // A thing done to "it" in answer to the agent's question about the filter is the filter
            // ("have you checked the filter?" "i changed it last week it's clean") (the fortieth field
            // round, stop 54).
            // Only changed, replaced, cleaned or swapped, by the caller or the household, and not
            // "to" a mode ("i changed it to cool"; the review: "i turned it off for now", "the
            // landlord changed it").
            bool filter_done = false;
            for (std::size_t i = 0; !object && asked_filter && action == 1 && i < n && !filter_done; ++i) {
                bool done = false;
                for (std::string_view x : {"changed", "replaced", "cleaned", "swapped"})
                    done = done || same_word(words[i].text, x);
                if (!done) continue;
                bool ours_said = false;
                for (std::size_t b = i, k = 0; b > 0 && k < 3; --b, ++k)
                    for (std::string_view x : {"i", "we", "ive", "weve", "id", "wed", "husband", "wife", "son",
                                               "daughter"})
                        ours_said = ours_said || same_word(words[b - 1].text, x);
                std::size_t to = i + 1;
                if (to < n && same_word(words[to].text, "it")) ++to;
                const bool to_mode = to + 1 < n && same_word(words[to].text, "to") && mode_at(to + 1);
                filter_done = ours_said && !to_mode;
            }
            if (filter_done)
                fixes |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(AttemptedFix::filter));
            if (!object && action == 2) fixes |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(AttemptedFix::restart));
            if (!object && action == 3) fixes |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(AttemptedFix::other));
        }
        if (detector)
            fixes = static_cast<std::uint8_t>(
                fixes & ~(~fixes_before & (1u << static_cast<unsigned>(AttemptedFix::thermostat))));
        // Equipment age: "nineteen years old", "about 12 years", "put it in in 2012",
        // "installed ten years ago"; not a person's, the house's or a duration's.
        // An age said before the hearsay of a long sentence is the caller's own ("about twelve years
        // you guys did a tune up on it last fall ... my neighbor says i should get a second opinion";
        // the fortieth field round, stop 54): the age is read in the words before it.
        // Only before reported speech ("my neighbor says ..."), not before an "if" nor a last or
        // previous house ("we had one that was twenty five years old at our last house"; the review).
        bool reported = false;
        for (std::size_t k = hearsay_at; hearsay && k < n && k < hearsay_at + 4; ++k)
            for (std::string_view x : {"said", "says", "say", "told", "tells", "thinks", "neighbor", "neighbors",
                                       "friend", "friends"})
                reported = reported || same_word(words[k].text, x);
        if (reported && says_any({"if"})) reported = false;
        for (std::size_t k = 1; reported && k < n; ++k)
            if (same_word(words[k].text, "house") || same_word(words[k].text, "home"))
                for (std::string_view x : {"last", "previous", "old", "other"})
                    reported = reported && !same_word(words[k - 1].text, x);
        if (!age && (!hearsay || (hearsay_at > 0 && reported))) {
            read_age(person, install, old, ago, hearsay ? hearsay_at : n + 1);
            // the equipment the age was said of, when its sentence names one kind only ("the AC is
            // a Rheem, maybe eight years old" in a call about the thermostat; not "the furnace ...
            // twenty two years old and the ac is the same age")
            const tally& named = s[static_cast<std::size_t>(kind::equipment)];
            unsigned kinds = 0;
            for (auto c : named.count) kinds += c != 0;
            if (age && kinds == 1) age_of = named.best();
        }
        // The caller asks to schedule ("i want to get one scheduled for next week", "can you put me
        // down for friday"), not negated in its clause ("i'm not ready to schedule anything").
        for (std::size_t i = 0; !book_asked && !hearsay && i < n; ++i) {
            bool ask = same_word(words[i].text, "schedule") || same_word(words[i].text, "scheduled") ||
                       same_word(words[i].text, "book");
            ask = ask || (i + 2 < n && same_word(words[i].text, "put") && same_word(words[i + 1].text, "me") &&
                          same_word(words[i + 2].text, "down"));
            for (std::size_t b = i, k = 0; ask && b > 0 && k < 5 && words[b - 1].clause == words[i].clause; --b, ++k)
                for (std::string_view x : negators)
                    ask = ask && !same_word(words[b - 1].text, x);
            book_asked = ask;
        }
        if (!called_on && !hearsay && !question) read_called_on();
        if (!callback_to_book && !question) read_callback_to_book();
        if (!started_on && !hearsay && !question) read_started_on();
        if (!within_day && !hearsay && !question) read_within_day();
        if (!hearsay && !question) read_worse_now(s[static_cast<std::size_t>(kind::onset)]);
        if (!span && !hearsay && !question) read_span(s[static_cast<std::size_t>(kind::onset)]);
        if (!span && !hearsay && !question) read_years_long();
        // A job done short said with "anymore" in its sentence got worse over time (brief: gradual):
        // "the AC barely keeps up anymore"; not a quit ("it doesn't turn on anymore") (the
        // thirty-seventh field round, stop 51).
        if (!hearsay && !question && (s[static_cast<std::size_t>(kind::status)].has(v(SystemStatus::running_but_ineffective)) ||
                                      s[static_cast<std::size_t>(kind::status)].has(short_of_set)))
            for (std::size_t i = 0; i < n; ++i)
                if (same_word(words[i].text, "anymore") ||
                    (i + 1 < n && same_word(words[i].text, "any") && same_word(words[i + 1].text, "more"))) {
                    s[static_cast<std::size_t>(kind::onset)].add(v(ProblemOnset::gradual),
                                                                 static_cast<std::uint16_t>(position + i));
                    break;
                }
        // A state said with "yesterday" in its sentence, no part of the day: it began then
        // ("our thermostat screen went completely blank yesterday").
        if (!started_on && !hearsay && !question && s[static_cast<std::size_t>(kind::status)].any())
            for (std::size_t i = 0; i < n; ++i)
                if (same_word(words[i].text, "yesterday") && !(i + 1 < n && (same_word(words[i + 1].text, "morning") ||
                      same_word(words[i + 1].text, "afternoon") || same_word(words[i + 1].text, "evening") ||
                      same_word(words[i + 1].text, "night"))))
                    started_on = started_yesterday;
        // A state said with a time of this day or of last night in its sentence ("the power went out
        // this afternoon and the ac just never came back, it's totally dead"): it began then. Not a
        // time asked for the visit ("can somebody come out this afternoon").
        // A change begun at that time ("started blowing warm", "started doing this thing tonight") is
        // a change all at once (brief: sudden); not one begun "again" (a problem come back), nor a
        // bare "it started last night" (when, not how) (the thirty-eighth field round, stop 52).
        if (!hearsay && !question && s[static_cast<std::size_t>(kind::status)].any()) {
            const std::size_t begun = change_begun();
            if ((!state_today || begun < n) && time_of_this_day() < n) {
                state_today = true;
                if (begun < n)
                    s[static_cast<std::size_t>(kind::onset)].add(v(ProblemOnset::sudden),
                                                                 static_cast<std::uint16_t>(position + begun));
            }
        }
        // A change "just" begun ("our carbon monoxide detector just started going off", "it just
        // started leaking") happened all at once (brief: sudden); not a habit begun ("we just started
        // using the ac") (the thirty-ninth field round, stop 53).
        if (!hearsay && !question)
            for (std::size_t i = 0; i + 2 < n; ++i) {
                if (lower(words[i].text[0]) != 'j' || !same_word(words[i].text, "just")) continue;
                const std::string_view x = words[i + 2].text;
                if (!(same_word(words[i + 1].text, "started") || same_word(words[i + 1].text, "began")) ||
                    x.size() <= 4 || !(x.ends_with("ing") || x.ends_with("ING")))
                    continue;
                bool habit = false;
                for (std::string_view h : {"using", "noticing", "seeing", "looking", "thinking", "working", "running",
                                          "struggling", "having", "getting"})
                    habit = habit || same_word(x, h);
                bool again = false;  // a problem come back ("it just started blowing warm again")
                for (std::size_t k = i + 3; k < n && k <= i + 5; ++k) again = again || same_word(words[k].text, "again");
                if (!habit && !again && !negated(i))
                    s[static_cast<std::size_t>(kind::onset)].add(v(ProblemOnset::sudden),
                                                                 static_cast<std::uint16_t>(position + i + 1));
                break;
            }
        // How warm or cold it is, said by the caller (the thirty-fourth field round, stop 49).
        if (!hearsay && !question)
            for (std::size_t i = 0; i < n && !felt; ++i)
                for (std::string_view x : {"hot", "cold", "warm", "warmer", "colder", "hotter", "freezing", "chilly",
                                           "stuffy", "muggy", "sweltering", "degrees"})
                    felt = felt || same_word(words[i].text, x);
        // A part said to be fine is a system partially working ("Downstairs is fine."); the
        // system said to work, with no status in the sentence, is how it is now: what was
        // said of its status before is over ("It's running now.").
        auto& status = s[static_cast<std::size_t>(kind::status)];
        // A reading of the room beside another set on the thermostat ("it's 79 in here with it set at
        // 74", "it's set to 72 and it's 80 in the house"; not the temperature outside): off_set.
        // Not a reading held ("it stays 69 or 70") nor a past one ("last summer it was 85 in here
        // with it set at 72"; the review).
        if (!hearsay && !question &&
            !says_any({"stays", "stay", "staying", "holding", "holds", "keeps", "was", "were", "used"}))
            for (std::size_t i = 0; i + 2 < n; ++i) {
                if (lower(words[i].text[0]) != 's' || !same_word(words[i].text, "set")) continue;
                std::size_t j = i + 1;
                if (same_word(words[j].text, "it")) ++j;
                if (j + 1 >= n || !(same_word(words[j].text, "at") || same_word(words[j].text, "to") ||
                                    same_word(words[j].text, "on") || same_word(words[j].text, "for")))
                    continue;
                const number set = number_at(words.data(), n, j + 1);
                if (set.value < 55 || set.value > 85) continue;
                for (std::size_t k = 0; k < n; ++k) {
                    if (k >= j + 1 && k < j + 1 + set.words) continue;
                    const number reading = number_at(words.data(), n, k);
                    if (reading.value < 40 || reading.value > 110 || reading.value == set.value) continue;
                    // another setting, not a reading ("set at 72 in the summer and 68 in the winter")
                    if (k > 0 && (same_word(words[k - 1].text, "and") || same_word(words[k - 1].text, "or") ||
                                  same_word(words[k - 1].text, "to") || same_word(words[k - 1].text, "from") ||
                                  same_word(words[k - 1].text, "between")))
                        continue;
                    const std::size_t after = k + reading.words;
                    bool outside = false;
                    for (std::size_t a = after; a < n && a < after + 2; ++a)
                        for (std::string_view x : {"out", "outside", "years", "year", "minutes", "percent", "dollars",
                                                   "bucks"})
                            outside = outside || same_word(words[a].text, x);
                    if (outside) continue;
                    // the reading on the wrong side of the setting by 3 degrees or more: warmer in
                    // cooling, colder in heating, 3 apart with the mode unknown ("set at 68 and its 67
                    // in here", "set it to 70 and its already 72" are not; the review)
                    const bool cooling = says_any({"cool", "cooling", "ac", "air", "conditioner", "hot"});
                    const bool heating = says_any({"heat", "heating", "furnace", "heater", "cold"});
                    const int diff = reading.value - set.value;
                    if (cooling && !heating ? diff < 3 : heating && !cooling ? diff > -3 : (diff < 3 && diff > -3))
                        continue;
                    off_set = true;
                    break;
                }
                break;
            }
        const bool fine_part = fine && !hearsay && !(question && !affirmed);
        if (fine_part) status.add(v(SystemStatus::partially_working), fine_at);
        // Some of several units said to be down or out ("two of our six rooftop units went down this
        // afternoon", "one of our three units is out"): partially working (brief: one of two units).
        if (!hearsay && !question)
            for (std::size_t i = 1; i + 1 < n; ++i) {
                if (!same_word(words[i].text, "of") || number_at(words.data(), n, i - 1).value <= 0 || negated(i - 1))
                    continue;
                std::size_t j = i + 1;
                while (j < n && j <= i + 4 && !same_word(words[j].text, "units")) ++j;
                if (j >= n || j > i + 4) continue;
                bool down = false;
                for (std::size_t k = j + 1; k < n && k <= j + 4; ++k)
                    down = down || same_word(words[k].text, "down") || same_word(words[k].text, "out");
                if (down) status.add(v(SystemStatus::partially_working), static_cast<std::uint16_t>(position + i - 1));
            }
        // A quit said to happen sometimes ("sometimes it lights sometimes it doesn't", "it just won't
        // light sometimes") works some of the time (brief: partially_working) (the thirty-eighth field
        // round, stop 52).
        // Working said to happen sometimes ("sometimes it starts up fine and sometimes it just sits
        // there humming") works some of the time (brief: partially_working) (the fortieth field round,
        // stop 54): "sometimes" and, with "it" between, a start or a working, with no other state
        // said in the sentence ("sometimes it kicks on and blows cold air" is the cold air).
        if (!hearsay && !question)
            for (std::size_t i = 0; i + 2 < n; ++i) {
                if (lower(words[i].text[0]) != 's' || !same_word(words[i].text, "sometimes")) continue;
                std::size_t j = i + 1;
                if (same_word(words[j].text, "it")) ++j;
                bool runs = false;
                for (std::string_view x : {"starts", "works", "lights", "fires", "kicks", "comes", "turns"})
                    runs = runs || same_word(words[j].text, x);
                if ((same_word(words[j].text, "kicks") || same_word(words[j].text, "comes") ||
                     same_word(words[j].text, "turns")) &&
                    !(j + 1 < n && same_word(words[j + 1].text, "on")))
                    runs = false;
                // not a start of something else ("sometimes it starts making a noise", "starts to
                // smell") nor one by itself ("sometimes it comes on by itself")
                if (same_word(words[j].text, "starts") && j + 1 < n &&
                    (same_word(words[j + 1].text, "to") || words[j + 1].text.ends_with("ing")))
                    runs = false;
                for (std::size_t k = j + 1; runs && k < n && k <= j + 4; ++k)
                    runs = !same_word(words[k].text, "itself") && !same_word(words[k].text, "own");
                // not how it starts ("sometimes it starts up with a bang"), a past working ("back in the
                // spring", "when it was working"), nor over a call's completely_down (the review)
                for (std::size_t k = j + 1; runs && k < n && k <= j + 3; ++k)
                    for (std::string_view x : {"with", "loud", "loudly", "fast", "too"})
                        runs = runs && !same_word(words[k].text, x);
                if (runs && (says_any({"was", "were", "used"}) || says_any({"back"}))) runs = false;
                if (runs && of(kind::status).has(v(SystemStatus::completely_down))) runs = false;
                if (runs && !status.any() && !negated(i))
                    status.add(v(SystemStatus::partially_working), static_cast<std::uint16_t>(position + i));
                break;
            }
        if (!hearsay && !question && status.has(v(SystemStatus::completely_down)))
            for (std::size_t i = 0; i < n; ++i)
                if (same_word(words[i].text, "sometimes")) {
                    status.add(v(SystemStatus::partially_working), static_cast<std::uint16_t>(position + i));
                    break;
                }
        if (works && !status.any()) t[static_cast<std::size_t>(kind::status)] = tally{}, fine_parts = 0;
        if (fine_part && fine_parts < 255) ++fine_parts;
        if (!hearsay && !(question && !affirmed)) {
            const bool rooms_here = state_of_rooms(status, hits.data(), nh);
            // the whole system down after ("now the whole furnace is dead, nothing comes on at all")
            if (some_rooms && !rooms_here && status.has(v(SystemStatus::completely_down))) down_after_rooms = true;
            if (rooms_here) some_rooms = true, down_after_rooms = false;
        }
        works_now = works_now || works;
        // "cancel" is an account change with a plan in its sentence, else an active job's.
        auto& wants = s[static_cast<std::size_t>(kind::intent)];
        if (wants.has(cancel)) {
            wants.add(plan && !visit ? account : active_job, wants.first[cancel]);
            wants.count[cancel] = 0;
        }
        for (std::size_t k = 0; k < kind_count; ++k) t[k].merge(s[k]);
        position = static_cast<std::uint16_t>(position + n);
    }

    // "called yesterday", "called on Tuesday", "called you guys monday": the day of an earlier
    // call about the problem (not "nobody called me monday", "they called me yesterday").
    constexpr void read_called_on() {
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (!same_word(words[i].text, "called") || negated(i)) continue;
            for (std::size_t j = i + 1; j < n && j <= i + 4; ++j) {
                const std::string_view w = words[j].text;
                if (same_word(w, "yesterday")) {
                    called_on = 7;
                    return;
                }
                if (const auto d = weekday_named(w)) {
                    called_on = d;
                    return;
                }
                if (!same_word(w, "you") && !same_word(w, "here") && !same_word(w, "guys") && !same_word(w, "yall") &&
                    !same_word(w, "all") && !same_word(w, "on"))
                    break;
            }
        }
    }

    // "call me back by five to schedule", "call us back to book": a callback to set up a visit
    // (not "call me back to schedule the install" of a sale, which is read by its tags).
    constexpr void read_callback_to_book() {
        for (std::size_t i = 0; i + 3 < n; ++i) {
            if (!same_word(words[i].text, "call")) continue;
            std::size_t j = i + 1;
            while (j < n && j <= i + 3 && !same_word(words[j].text, "back")) ++j;
            if (j >= n || j > i + 3) continue;
            for (std::size_t k = j + 1; k + 1 < n && k <= j + 8; ++k)
                if (same_word(words[k].text, "to") &&
                    (same_word(words[k + 1].text, "schedule") || same_word(words[k + 1].text, "book"))) {
                    callback_to_book = true;
                    return;
                }
        }
    }

    // A hedge on a time said ("it started um i'd say friday", "since i think monday"), skipped like "um"
    // (the thirty-eighth field round, stop 52).
    [[nodiscard]] static constexpr bool hedge(std::string_view w) noexcept {
        for (std::string_view x : {"i", "id", "say", "think", "guess", "maybe", "probably"})
            if (same_word(w, x)) return true;
        return false;
    }

    // "since saturday", "since like friday", "it started struggling on sunday", "started
    // monday": the weekday the problem began (not "nobody since monday" negated); up to five words
    // on, when those between are fillers or hedges ("it started um i'd say friday").
    constexpr void read_started_on() {
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const bool since = same_word(words[i].text, "since");
            if ((!since && !same_word(words[i].text, "started")) || negated(i)) continue;
            // "we had that hailstorm tuesday and since then it's blowing warm": the weekday said
            // before "since then" in the sentence
            if (since && same_word(words[i + 1].text, "then"))
                for (std::size_t j = i; j-- > 0 && j + 8 >= i;)
                    if (const auto d = weekday_named(words[j].text)) {
                        started_on = d;
                        return;
                    }
            for (std::size_t j = i + 1; j < n && j <= i + 5; ++j) {
                const std::string_view w = words[j].text;
                if (const auto d = weekday_named(w)) {
                    started_on = d;
                    return;
                }
                // "since last week", "started last week": a week ago
                if (same_word(w, "week") && same_word(words[j - 1].text, "last")) {
                    started_on = started_last_week;
                    return;
                }
                if (!same_word(w, "like") && !same_word(w, "um") && !same_word(w, "uh") && !same_word(w, "on") &&
                    !same_word(w, "last") && !same_word(w, "about") && !same_word(w, "around") && !hedge(w) &&
                    !(!since && j == i + 1 && w.size() > 3 && w.substr(w.size() - 3) == "ing"))
                    break;
            }
        }
    }

    // "just" and a past event (within_day): a word in -ed other than a want or a need, or a past
    // of its own ("came", "went", "saw", "smelt", "felt", "heard", "woke", "blew").
    constexpr void read_within_day() {
        for (std::size_t i = 0; i < n; ++i) {
            const std::string_view w = words[i].text;
            if (!same_word(w, "just") || i + 1 == n) continue;
            const std::string_view x = words[i + 1].text;
            const bool past = (x.size() > 4 && (x.ends_with("ed") || x.ends_with("ED")) && !same_word(x, "wanted") &&
                               !same_word(x, "needed")) ||
                              same_word(x, "came") || same_word(x, "went") || same_word(x, "saw") ||
                              same_word(x, "smelt") || same_word(x, "felt") || same_word(x, "heard") ||
                              same_word(x, "woke") || same_word(x, "blew");
            if (past) {
                within_day = true;
                return;
            }
        }
    }

    // "started" or "began" and a doing ("it just started blowing warm"), not with "again" in the
    // next words ("it started blowing warm again"): the word's index, or n.
    [[nodiscard]] constexpr std::size_t change_begun() const noexcept {
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const std::string_view x = words[i + 1].text;
            if (!(same_word(words[i].text, "started") || same_word(words[i].text, "began")) || x.size() <= 4 ||
                !(x.ends_with("ing") || x.ends_with("ING")))
                continue;
            bool again = false;
            for (std::size_t k = i + 2; k < n && k <= i + 4; ++k) again = again || same_word(words[k].text, "again");
            if (!again) return i;
        }
        return n;
    }

    // A time of this day or of last night ("this afternoon", "tonight"), not a time asked for the
    // visit (come, by, send... up to three words before it): the word's index, or n.
    [[nodiscard]] constexpr std::size_t time_of_this_day() const noexcept {
        for (std::size_t i = 0; i < n; ++i) {
            const std::string_view w = words[i].text;
            const bool day = (same_word(w, "this") || same_word(w, "last")) && i + 1 < n &&
                             (same_word(words[i + 1].text, same_word(w, "this") ? "morning" : "night") ||
                              (same_word(w, "this") && (same_word(words[i + 1].text, "afternoon") ||
                                                        same_word(words[i + 1].text, "evening"))));
            if (!day && !same_word(w, "tonight")) continue;
            bool visit = false;
            for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k)
                for (std::string_view x : {"come", "by", "send", "before", "until", "till", "available", "here",
                                           "someone", "somebody", "anyone", "anybody", "get", "open", "opening"})
                    visit = visit || same_word(words[k].text, x);
            if (!visit) return i;
        }
        return n;
    }

    // "Worse" or "worst" said of a time now against before ("it's been like this since monday and
    // today's the worst", "since we moved in ... but this summer its worse", "now it's worse"): the
    // problem grew over time, a gradual onset (brief: got worse over time). Not a place ("it's
    // worse over there"), a worst of something else ("this is the worst timing", "the worst
    // service") or a fear ("i don't want it to get worse").
    constexpr void read_worse_now(tally& onset) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::string_view w = words[i].text;
            std::size_t j = i + 1;
            if (same_word(w, "this") && j < n &&
                (same_word(words[j].text, "summer") || same_word(words[j].text, "winter") ||
                 same_word(words[j].text, "year") || same_word(words[j].text, "week") ||
                 same_word(words[j].text, "season") || same_word(words[j].text, "month") ||
                 same_word(words[j].text, "morning")))
                ++j;
            else if (!same_word(w, "now") && !same_word(w, "today") && !same_word(w, "todays") &&
                     !same_word(w, "tonight") && !same_word(w, "lately"))
                continue;
            for (std::size_t k = j; k < n && k <= j + 2; ++k) {
                if (same_word(words[k].text, "worse") || same_word(words[k].text, "worst")) {
                    if (!negated(k)) onset.add(v(ProblemOnset::gradual), static_cast<std::uint16_t>(position + i));
                    return;
                }
                if (!same_word(words[k].text, "its") && !same_word(words[k].text, "is") &&
                    !same_word(words[k].text, "the") && !same_word(words[k].text, "even") &&
                    !same_word(words[k].text, "much"))
                    break;
            }
        }
    }

    // "the last couple weeks", "the past two months", "over the last few days": a span up to now,
    // counted in days (recent up to seven) or in weeks or months (ongoing); "worse" a few words before
    // it got worse over that span ("its way worse the last couple weeks": gradual).
    constexpr void read_span(tally& onset) {
        for (std::size_t i = 1; i + 1 < n; ++i) {
            if (const char c = lower(words[i].text[0]); c != 'l' && c != 'p') continue;
            if ((!same_word(words[i].text, "last") && !same_word(words[i].text, "past")) ||
                !same_word(words[i - 1].text, "the"))
                continue;
            std::size_t j = i + 1;
            int count = 2;  // "couple", "few", "several"
            // "the past month": one month, over seven days (the fortieth field round, stop 54); not a
            // count of visits or repairs over it ("we've had it fixed twice in the past month"), nor
            // a month named by what it is of ("the last month of school").
            bool one = same_word(words[j].text, "month") && !(j + 1 < n && same_word(words[j + 1].text, "of"));
            for (std::size_t k = 0; one && k < i; ++k)
                for (std::string_view x : {"times", "twice", "fixed", "repaired", "serviced", "visits"})
                    one = one && !same_word(words[k].text, x);
            // only with the fault or "been" in its clause, or after "for"/"over"; not a move, a trip,
            // a visit, a bill, a payment or work done over it (the review: "we were out of town the
            // past month", "i had a tune up done in the last month")
            if (one) {
                bool fault = i >= 2 && (same_word(words[i - 2].text, "for") || same_word(words[i - 2].text, "over"));
                for (std::size_t k = 0; !fault && k < n; ++k)
                    if (words[k].clause == words[i].clause)
                        for (std::string_view x : {"been", "not", "isnt", "wont", "doesnt", "hasnt", "keeps",
                                                   "struggling", "acting", "leaking"})
                            fault = fault || same_word(words[k].text, x);
                one = fault && !says_any({"moved", "move", "moving", "town", "trip", "vacation", "away", "tech",
                                          "came", "visit", "bill", "bills", "paying", "paid", "done", "installed"});
            }
            if (one) count = 1;
            else if (const number num = number_at(words.data(), n, j); num.value > 0) count = num.value, j += num.words;
            else if (same_word(words[j].text, "couple") || same_word(words[j].text, "few") ||
                     same_word(words[j].text, "several"))
                ++j;
            else
                continue;
            if (j < n && same_word(words[j].text, "of")) ++j;
            if (j >= n) continue;
            const std::string_view unit = words[j].text;
            if (same_word(unit, "days")) span = count <= 7 ? ProblemDuration::recent : ProblemDuration::ongoing;
            else if (same_word(unit, "weeks") || same_word(unit, "months") || one) span = ProblemDuration::ongoing;
            else continue;
            for (std::size_t k = i - 1; k > 0 && k + 5 > i; --k)
                if (same_word(words[k - 1].text, "worse") && !negated(k - 1)) {
                    onset.add(v(ProblemOnset::gradual), static_cast<std::uint16_t>(position + k - 1));
                    break;
                }
            return;
        }
    }

    // "it's been like that for years", "this has been going on for years", "it's been doing that
    // for a few years now": the trouble said to have lasted years (brief: ongoing, "for years");
    // not people ("we've been doing business with you for years"), nor negated ("it hasn't been
    // like that for years") (the forty-first field round, stop 55).
    constexpr void read_years_long() {
        for (std::size_t i = 1; i + 3 < n; ++i) {
            if (lower(words[i].text[0]) != 'b' || !same_word(words[i].text, "been") || negated(i)) continue;
            // The trouble itself before "been": "it", "it's", "this", "that", "that's" (or "it has",
            // "this has"), or the equipment ("the furnace has been doing that"); not a person ("my
            // husband has been doing that", "she's been doing that", "you guys have been doing this").
            std::size_t subj = i - 1;
            if (subj > 0 && same_word(words[subj].text, "has")) --subj;
            bool trouble = false;
            for (std::string_view x : {"it", "its", "this", "that", "thats", "furnace", "ac", "unit", "system",
                                       "heater", "pump", "split", "boiler", "thermostat"})
                trouble = trouble || same_word(words[subj].text, x);
            if (!trouble) continue;
            // Not the house, the neighbourhood or the power for the sentence's subject ("we just
            // bought the place, it's been vacant, it's been like that for years", "the power flickers
            // in our neighborhood, that's been going on for years").
            if (says_any({"place", "vacant", "empty", "neighborhood", "neighbourhood", "power", "lights"})) continue;
            const std::string_view a = words[i + 1].text, b = words[i + 2].text;
            std::size_t j = i + 3;
            const bool like_that = (same_word(a, "like") && (same_word(b, "that") || same_word(b, "this"))) ||
                                   ((same_word(a, "that") || same_word(a, "this")) && same_word(b, "way")) ||
                                   (same_word(a, "doing") && (same_word(b, "that") || same_word(b, "this") ||
                                                              same_word(b, "it"))) ||
                                   (same_word(a, "going") && same_word(b, "on"));
            if (!like_that) continue;
            if (j < n && same_word(words[j].text, "for")) ++j;
            else continue;
            // "for years", "for a few years", "for two years", "for like three years"
            for (std::size_t k = j; k < n && k < j + 4 && words[k].clause == words[i].clause; ++k)
                if (same_word(words[k].text, "years")) {
                    span = ProblemDuration::ongoing;
                    return;
                }
        }
    }

    // person: someone, a pet or the building is named in the sentence; install: an
    // install word; old: "old"; ago: "ago".
    // Only numbers whose words end before word `until` (the sentence's hearsay) are read.
    constexpr void read_age(bool person, bool install, bool old, bool ago, std::size_t until) {
        for (std::size_t i = 0; i < n; ++i) {
            const number num = number_at(words.data(), n, i);
            if (num.value < 0) continue;
            const std::size_t after = i + num.words;
            if (after >= until) break;
            // A year: "in 2012", "from like twenty eleven", with an install word in the
            // sentence or in answer to the agent's "how old".
            // So is a year said just before the equipment's maker: the model year ("it's a 2007
            // goodman, still uses r-22", "a 2004 lennox").
            if (num.value >= 1950 && num.value <= call_year && call_year > 0 &&
                (install || asked_age || (year_context(i) && !person_before(i)) || maker_at(after))) {
                age = static_cast<int>(call_year - num.value);
                return;
            }
            const bool is_years = after < n && (same_word(words[after].text, "years") ||
                                                same_word(words[after].text, "year") ||
                                                same_word(words[after].text, "yrs"));
            if (!is_years || num.value > 60) continue;
            // A range of years is read at its first number, the one said first ("maybe fifteen
            // sixteen years", "twelve or thirteen years"): the caller's estimate begins there.
            const int years = range_start(i, num.value);
            const std::string_view next = after + 1 < n ? words[after + 1].text : std::string_view{};
            // "ten year parts warranty", "a five year plan": terms, not ages
            if (same_word(next, "warranty") || same_word(next, "parts") || same_word(next, "labor") ||
                same_word(next, "plan") || same_word(next, "contract") || same_word(next, "guarantee"))
                continue;
            const bool years_old = same_word(next, "old");
            const bool years_ago = same_word(next, "ago");
            // "its twenty five years old", not "my mom is 85 years old" or "the house is
            // 30 years old": who or what is old is named just before the number
            if (years_old && !person_before(i)) {
                age = years;
                return;
            }
            if (years_ago && install) {
                age = years;
                return;
            }
            // "we've had it about twelve years"; "how old is it?" "like eleven years"
            // "it's old, about twelve years"
            if (!years_old && !years_ago && (install || asked_age || old) && !ago && !been_before(i)) {
                age = years;
                return;
            }
            if (years_old && asked_age) {
                age = years;
                return;
            }
        }
        // "brand new", "you put it in in june": under a year, unless an age is said
        // elsewhere ("we bought the house in june ... the ac is 22 years old")
        if (install && new_word && !person && !part_put_in()) new_equipment = true;
    }

    // The first number of a range ending at word i ("fifteen sixteen", "twelve or thirteen", "ten
    // to twelve"), else the number at i.
    [[nodiscard]] constexpr int range_start(std::size_t i, int value) const noexcept {
        std::size_t b = i;
        if (b > 1 && (same_word(words[b - 1].text, "or") || same_word(words[b - 1].text, "to"))) --b;
        if (b == 0) return value;
        number first{};
        if (b > 1) {  // of two words ("twenty two twenty three years")
            const number two = number_at(words.data(), n, b - 2);
            if (two.words == 2) first = two;
        }
        if (first.words == 0) {
            const number one = number_at(words.data(), n, b - 1);
            if (one.words == 1) first = one;
        }
        return first.value > 0 && first.value < value ? first.value : value;
    }

    // Whether the sentence names a part and no whole system: what was put in new is the part
    // ("i put brand new batteries in saturday night", "the blower motor had to be ordered ...
    // your guy put it in"), not the equipment; its age is not the equipment's.
    [[nodiscard]] constexpr bool part_put_in() const noexcept {
        bool part = false;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::string_view w : {"furnace", "ac", "system", "unit", "conditioner", "pump", "boiler", "split"})
                if (same_word(words[i].text, w)) return false;
            for (std::string_view w : {"batteries", "battery", "motor", "capacitor", "igniter", "ignitor", "sensor",
                                       "board", "filter", "contactor", "coil", "pad"})
                part = part || same_word(words[i].text, w);
        }
        return part;
    }

    // Whether a person, a pet or the building is named in the few words before word i
    // ("my mom is 85", "the house is thirty years old").
    [[nodiscard]] constexpr bool person_before(std::size_t i) const noexcept {
        for (std::size_t b = i, k = 0; b > 0 && k < 5; --b, ++k)
            for (const auto& c : cues)
                if (c.k == kind::person && same_word(words[b - 1].text, c.phrase)) return true;
        return false;
    }
    // Whether word i names a maker of heating and cooling equipment ("goodman", "lennox").
    [[nodiscard]] constexpr bool maker_at(std::size_t i) const noexcept {
        constexpr std::array<std::string_view, 24> makers{
            "goodman", "lennox",  "carrier",  "trane",     "rheem",     "ruud",     "bryant",  "york",
            "amana",   "heil",    "payne",    "daikin",    "coleman",   "tempstar", "armstrong", "ducane",
            "luxaire", "janitrol", "arcoaire", "comfortmaker", "frigidaire", "nordyne", "weil", "burnham"};
        if (i >= n) return false;
        for (const std::string_view m : makers)
            if (same_word(words[i].text, m)) return true;
        return false;
    }
    // A year said as a date: "from 2004", "since 1998", "the plate says 2004".
    [[nodiscard]] constexpr bool year_context(std::size_t i) const noexcept {
        for (std::size_t b = i, k = 0; b > 0 && k < 3; --b, ++k)
            if (same_word(words[b - 1].text, "from") || same_word(words[b - 1].text, "since") ||
                same_word(words[b - 1].text, "says") || same_word(words[b - 1].text, "dated"))
                return true;
        return false;
    }

    // Whether "been" comes before word i in its sentence ("it's been doing this for two
    // years" is a duration, not an age).
    [[nodiscard]] constexpr bool been_before(std::size_t i) const noexcept {
        for (std::size_t k = 0; k < i; ++k)
            if (same_word(words[k].text, "been")) return !has_had(k);
        return false;
    }
    [[nodiscard]] constexpr bool has_had(std::size_t k) const noexcept {
        return k > 0 && (same_word(words[k - 1].text, "had") || same_word(words[k - 1].text, "its"));
    }
};

// Where the value of the top-level member `key` of a tool's result (JSON text: an object) starts,
// whatever the whitespace around its colon (a session read from JSON holds the result written
// compactly; an agent's hook passes its own text); npos when the object has no such member.
// Members of nested objects and strings that merely contain the key do not count.
[[nodiscard]] constexpr std::size_t member_value(std::string_view json, std::string_view key) noexcept {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t depth = 0;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth > 0) --depth;
        } else if (c == '"') {
            const std::size_t begin = ++i;  // a string: a key when a ':' follows it
            while (i < json.size() && json[i] != '"') i += json[i] == '\\' ? 2 : 1;
            if (i >= json.size()) return std::string_view::npos;
            const std::string_view name = json.substr(begin, i - begin);
            std::size_t v = i + 1;
            while (v < json.size() && blank(json[v])) ++v;
            if (depth != 1 || v == json.size() || json[v] != ':' || name != key) continue;
            for (++v; v < json.size() && blank(json[v]);) ++v;
            return v;
        }
    }
    return std::string_view::npos;
}

// Whether a tool's result has the member "found": false.
[[nodiscard]] constexpr bool says_not_found(std::string_view json) noexcept {
    const std::size_t v = member_value(json, "found");
    return v != std::string_view::npos && json.substr(v, 5) == "false";
}

// Whether the company's records were looked up and do not know the caller: not caller_known,
// and a lookup_caller result of {"found": false} in the transcript (a session never looked up
// says nothing either way).
[[nodiscard]] constexpr bool caller_not_on_record(const CallSession& s) noexcept {
    if (s.caller_known) return false;
    for (const auto& e : s.transcript_log)
        if (e.role == Role::tool && e.name == "lookup_caller" && says_not_found(e.result_json)) return true;
    return false;
}

}  // namespace detail::fields

// The derived fields of a call from its session and classification. `zone` gives
// the call's local year (equipment installed "in 2012").
[[nodiscard]] constexpr CallFields derive_fields(const CallSession& s, const Classification& c,
                                                 const TimeZone& zone = TimeZone{}) {
    using namespace detail::fields;
    const auto has = [&](Tag tag) { return c.tags.contains(tag); };
    const auto any_in = [&](Category cat) { return !c.tags.empty(cat); };

    reader rd;
    std::optional<LocalTime> local;  // when the call started, in the business's zone
    if (s.start_time > 0.0 && s.start_time <= 3.2e10) {  // unset, NaN or beyond year 3000: no year
        local = zone.local(static_cast<std::int64_t>(s.start_time));
        rd.call_year = local->date.year;
    }
    {
        for_each_caller_turn(s, [&](std::string_view turn, std::string_view agent) {
            const std::string_view question = last_question(agent);
            // A bare yes only: a yes that goes on (answers_yes, as the tags read it) measured lower here.
            if (!question.empty() && is_bare_yes(turn)) rd.feed(question, true);
            rd.asked_age = mentions(agent, "how old");
            rd.asked_breaker = mentions(agent, "breaker");
            rd.asked_start = asks_when_started(agent);
            rd.asked_filter = mentions(question, "filter");
            if (answers_yes(turn) && (mentions(question, "put you down") || mentions(question, "schedule") ||
                                      mentions(question, "book") || mentions(question, "get you on")))
                rd.book_asked = true;
            rd.feed(turn, false);
            rd.asked_age = rd.asked_breaker = rd.asked_start = rd.asked_filter = false;
        });
    }
    // The property as the caller names it (brief: property_type): an agent's problem description
    // that gives the temperature in the house ("furnace not lighting again, house 58") names no
    // property.
    // ("house" as a word, in any case: not the end of "townhouse 12".)
    const tally caller_property = rd.t[static_cast<std::size_t>(kind::property)];
    const std::string_view desc = s.problem_description;
    bool house_temperature = false;
    for (std::size_t at = find_words(desc, "house "); at != std::string_view::npos && !house_temperature;
         at = find_words(desc, "house ", at + 1))
        house_temperature = at + 6 < desc.size() && desc[at + 6] >= '0' && desc[at + 6] <= '9';
    rd.feed(desc, false);
    const auto& said = rd.t;
    auto tally_of = [&](kind k) -> const tally& { return said[static_cast<std::size_t>(k)]; };

    CallFields f;
    // caller_type
    if (has(tags::JOB_APPLICANT)) f.caller_type = CallerType::recruiting;
    else if (has(tags::VENDOR_SALES) || has(tags::SPAM_TELEMARKETING) || has(tags::PARTS_SUPPLIER) || has(tags::MANUFACTURER_REP))
        f.caller_type = CallerType::vendor;
    // A realtor who asks for a visit to one home's equipment (its address taken, and a visit
    // booked or an inspection or an evaluation in the agent's problem description) calls about a
    // home, as a relative calling for the occupant does (brief: residential; unknown is a realtor
    // asking for records): "the buyer's inspection came back with the furnace flagged ... i need
    // somebody to go look at it", "do you do a pre-listing hvac inspection" (the thirty-fifth
    // round, stop 49); a realtor's question about inspections in general, with no home's
    // address, stays unknown.
    else if (any_in(Category::NON_CUSTOMER) && !has(tags::INSURANCE_CLAIM) &&
             !(has(tags::REALTOR_INQUIRY) && !s.service_address.empty() &&
               (s.booking_confirmed || mentions(desc, "inspection") || mentions(desc, "evaluation"))))
        f.caller_type = CallerType::unknown;
    // A business's tags alone, with a home named and no business premises, are a home's
    // (brief: landlords and property managers of homes are residential): "i got three rental
    // houses", "i'm calling about my house" from a body shop's owner.
    else if (((has(tags::COMMERCIAL_ACCT) || has(tags::COMMERCIAL_NEW) || has(tags::COMMERCIAL_LEAD)) &&
              !tally_of(kind::property).any()) ||
             tally_of(kind::commercial).has(0) ||
             (tally_of(kind::commercial).has(office_word) && !tally_of(kind::property).any()) ||
             tally_of(kind::equipment).has(v(EquipmentType::rooftop_unit)))  // rooftop units serve businesses
        f.caller_type = CallerType::commercial;
    else f.caller_type = CallerType::residential;
    const bool customer = *f.caller_type == CallerType::residential || *f.caller_type == CallerType::commercial;

    const bool repair = has(tags::REPAIR_AC) || has(tags::REPAIR_HEATING) || has(tags::REPAIR_HEATPUMP) ||
                        has(tags::REPAIR_THERMOSTAT) || has(tags::REPAIR_IAQ) || has(tags::REPAIR_DUCTWORK) ||
                        has(tags::DIAGNOSTIC_INTERMITTENT) || has(tags::DIAGNOSTIC_PERFORMANCE) || has(tags::DIAGNOSTIC_NOISE) ||
                        has(tags::DIAGNOSTIC_CYCLE) || has(tags::DIAGNOSTIC_AIRFLOW) || has(tags::DIAGNOSTIC_SMELL) ||
                        has(tags::DIAGNOSTIC_ENERGY) || has(tags::SECONDOPINION) || has(tags::WARRANTY_CLAIM) ||
                        any_in(Category::HAZARD);
    // The upkeep a visit does (a tune-up, a cleaning, a filter); with the plan held, maintenance.
    const bool upkeep_tagged = has(tags::TUNEUP_AC) || has(tags::TUNEUP_HEATING) || has(tags::DUCT_CLEANING) ||
                               has(tags::FILTER_SERVICE);
    const bool maintenance_tagged = upkeep_tagged || has(tags::SERVICE_PLAN);
    const bool maintenance =
        maintenance_tagged || tally_of(kind::intent).has(maintain) || tally_of(kind::intent).has(maintain_plan);
    const bool install = has(tags::INSTALL_REPLACEMENT) || has(tags::INSTALL_NEWCONSTRUCTION) || has(tags::INSTALL_UPGRADE) ||
                         has(tags::INSTALL_ADDON) || s.lead_type == "high_ticket";

    // is_callback_complaint, potential_replacement
    // About this company's work: the tags, with the caller speaking of us ("your tech",
    // "y'all"); another company's failed repair is not our callback.
    // A manager demanded or a lawyer named over our work is a complaint about our service
    // too ("your crew put in our system ... I've already talked to my attorney").
    // Our earlier work said to be good ("your crew did a great job putting it in, no complaints")
    // is no complaint about it, whatever the new trouble.
    const bool praised = tally_of(kind::praise).any();
    // A caller the company's records were looked up for and do not know has no earlier work of
    // ours to complain of: the complaint is another company's ("we've never used y'all before,
    // we had west texas cooling ... they never called me back"; "another company out yesterday
    // says replace it, i want a second opinion").
    f.is_callback_complaint = customer && !caller_not_on_record(s) && tally_of(kind::us).any() && !praised &&
                              (has(tags::CALLBACK_RISK) || has(tags::COMPLAINT_NOFIX) ||
                               has(tags::COMPLAINT_SERVICE) || has(tags::ESCALATION_REQ) ||
                               has(tags::LEGAL_MENTION));

    // primary_intent, work_type. A repair is the main request over a replacement quote
    // ("fix it, and quote me a new one") unless the agent recorded a high-ticket lead; a
    // tune-up over the small faults it turns up.
    const tally& intent_said = tally_of(kind::intent);
    const bool lead = s.lead_type == "high_ticket";
    // A tune-up booked, with a price on new equipment asked on the side, is a maintenance visit.
    // Not so when the agent recorded a high-ticket lead and the caller asked the price of new
    // equipment before any upkeep: the tune-up is what is done on the side ("i want a quote on
    // putting in a mini split ... actually, yes, our main AC is due for its tune-up") (the
    // thirty-sixth field round, stop 50).
    const bool quote_first = lead && intent_said.has(quote) &&
                             (!intent_said.has(maintain) || intent_said.first[quote] < intent_said.first[maintain]);
    const bool tuneup_booked =
        s.booking_confirmed && (has(tags::TUNEUP_AC) || has(tags::TUNEUP_HEATING)) && !quote_first;
    // A repair visit booked at more than routine urgency, with a replacement quote asked on
    // the side, is the repair ("it's dead, and quote me a new one while you're out here").
    const bool urgent_repair_booked =
        repair && s.booking_confirmed && s.urgency_tier != "routine" && s.urgency_tier != "low";
    // So is a maintenance visit booked (a duct cleaning, a check) with an add-on quoted on the
    // side and no high-ticket lead recorded ("duct cleaning booked; quote a whole-home air purifier").
    const bool maintenance_booked = s.booking_confirmed && !lead && maintenance;
    const bool wants_new =
        (install || lead) && (!repair || (lead && !urgent_repair_booked)) && !tuneup_booked && !maintenance_booked;
    // Equipment installed in the last months, or a part on order, that a customer calls
    // about while speaking of our work is work this company already did (brief:
    // active_job_issue): "the humidifier you put on in october quit working".
    // An install said to be two years old or more is no recent work, whoever put it in ("you
    // guys installed it back in 2020, so going on six years ... time for my spring checkup").
    const bool our_recent_work =
        tally_of(kind::us).any() && !praised &&
        ((has(tags::RECENT_INSTALL) && !(rd.age && *rd.age >= 2)) || has(tags::PARTS_DELAY));
    // The system said to work now with no fault said ("it's been cooling fine for three hours"):
    // a repair the tags name is over, no work the call asks for.
    const bool settled = rd.works_now && !tally_of(kind::status).any();
    // Work a visit is for, beside a plan held (SERVICE_PLAN alone is the plan, not a visit; so are
    // its words, maintain_plan: "we're keeping our maintenance plan").
    const bool visit_work = upkeep_tagged || intent_said.has(maintain);
    // A price or the cover of upkeep asked, with no repair and nothing booked, is a question about
    // the service before any work is agreed (brief: new_lead): "i'm just calling around to see what
    // you charge for a tune-up. i'm not ready to schedule anything" (the fortieth field round, stop 54).
    // Not when the caller asks to schedule or says yes to an offer to book ("whats included in your
    // tune up? i want to get one scheduled for next week"; the review of round 40).
    const bool price_unbooked = intent_said.has(price_asked) && !repair && !s.booking_confirmed && !rd.book_asked;
    if (!customer) {
        if (*f.caller_type != CallerType::unknown) f.primary_intent = PrimaryIntent::solicitation;
    } else if (intent_said.has(account) && (!repair || settled) && !install) {
        // A plan cancelled or its renewal stopped is an account change, whatever led to it
        // ("your tech left the door off ... i want to cancel my service agreement").
        f.primary_intent = PrimaryIntent::admin_billing;
    } else if (f.is_callback_complaint && (has(tags::COMPLAINT_PRICE) || has(tags::REFUND_REQ)) &&
               intent_said.has(admin) && (!repair || settled) && !install) {
        // A complaint about our work that is about its bill, with no repair asked (or the system
        // said to work now), is the invoice (brief: admin_billing): "the boiler repair ... the quote was
        // fourteen hundred and the invoice says twenty-six hundred ... the boiler's fine, it's just
        // the bill".
        f.primary_intent = PrimaryIntent::admin_billing;
    } else if ((f.is_callback_complaint && !(rd.callback_to_book && repair && !our_recent_work)) || our_recent_work ||
               tally_of(kind::quoted).any() || (intent_said.has(active_job) && (!repair || settled) && !install)) {
        f.primary_intent = PrimaryIntent::active_job_issue;
    } else if (intent_said.has(admin) && !install &&
               ((!repair && !maintenance) || settled)) {
        // A bill for a repair, with the system said to work now and no fault said: the bill is
        // the call ("$485 for a capacitor? oh it's running fine, that's not the problem").
        f.primary_intent = PrimaryIntent::admin_billing;
    } else if (wants_new || (intent_said.has(quote) && !repair && !maintenance) || price_unbooked) {
        f.primary_intent = PrimaryIntent::new_lead;
    } else if (repair || maintenance || s.booking_confirmed) {
        f.primary_intent = PrimaryIntent::booking_request;
    } else {
        f.primary_intent = PrimaryIntent::new_lead;
    }
    if (customer) {
        // A drip or a full drain pan alone (CONDENSATE_CLOG, no other hazard, nothing said to fail)
        // beside a tune-up or a cleaning asked for is no repair: the visit is the maintenance ("i
        // noticed water dripping out of a little white pipe, is that normal? ... it's cooling fine
        // ... put me down for a tune-up"; "the ac drain line was clogged back then ... just wanna get
        // on the schedule for the ac tune up").
        const bool drip_beside_tuneup = !tally_of(kind::status).any() && has(tags::CONDENSATE_CLOG) &&
                                        !has(tags::ACTIVE_FLOODING) && !has(tags::GAS_LEAK) &&
                                        !has(tags::CO_EVENT) && !has(tags::ELECTRICAL_FIRE) && upkeep_tagged;
        const bool broken = tally_of(kind::status).any() || (any_in(Category::HAZARD) && !drip_beside_tuneup);
        // A complaint about how our visit to the equipment went, with no bill and no cancelling
        // said, is about that service, not an account matter ("he left the front panel off the
        // furnace ... its heating fine ... its just very unprofessional").
        const bool visit_complained = f.primary_intent == PrimaryIntent::active_job_issue && f.is_callback_complaint &&
                                      has(tags::COMPLAINT_SERVICE) && tally_of(kind::equipment).any() &&
                                      !intent_said.has(admin) && !intent_said.has(cancel);
        if (visit_complained && !repair && !maintenance) f.work_type = WorkType::service;
        // A booked visit cancelled or moved, with the system said to work now and no visit work
        // named, is no work ("a tripped breaker, it's cooling fine now: cancel tomorrow's repair").
        else if (f.primary_intent == PrimaryIntent::admin_billing ||
                 (f.primary_intent == PrimaryIntent::active_job_issue && !install &&
                  ((!repair && !maintenance) || (settled && intent_said.has(active_job) && !visit_work))))
            f.work_type = WorkType::admin;
        else if (wants_new) f.work_type = WorkType::install;
        // A maintenance word beside a repair, with no tune-up or cleaning asked for, is the
        // repair's ("it squeals when the blower comes on ... I might call about winterizing").
        else if (maintenance && !broken && (maintenance_tagged || !repair)) f.work_type = WorkType::maintenance;
        else if (repair) f.work_type = WorkType::service;
        else if (maintenance) f.work_type = WorkType::maintenance;
        else if (f.primary_intent == PrimaryIntent::new_lead && intent_said.has(quote)) f.work_type = WorkType::install;
        else if (broken) f.work_type = WorkType::service;
    }

    // The equipment, its state and its age
    bool iaq_device_down = false;  // an air-quality device said to have quit (below)
    if (customer) {
        if (const auto e = tally_of(kind::equipment).best()) f.equipment_type = static_cast<EquipmentType>(*e);
        {
            // The outdoor units of a call that names its mini splits ("we have mini splits. the
            // outdoor units are both loud", "ductless ... both outdoor units") are the mini splits'
            // condensers: said over and over they do not outvote them; and a thermostat the caller
            // switched the system off at is the equipment when nothing else is named ("i turned
            // the thermostat off and it keeps running anyway").
            const tally& units = tally_of(kind::equipment);
            std::size_t outdoor_units = 0;
            bool switched_off = false, switched = false, thermostat_bad = false, said_fine = false;
            // an equipment word, right after it words that say it works ("the furnace runs fine", "AC is ok")
            const auto says_works = [](std::string_view turn) {
                constexpr std::string_view named =
                    "furnace|ac|a/c|air conditioner|heat pump|outside unit|outdoor unit|condenser|boiler";
                constexpr std::string_view works =
                    "is fine|was fine|runs fine|works fine|is working fine|is running fine|seems fine|is ok|is okay";
                for (std::size_t b = 0, i = 0; i <= named.size(); ++i) {
                    if (i < named.size() && named[i] != '|') continue;
                    const std::string_view w = named.substr(b, i - b);
                    b = i + 1;
                    for (std::size_t at = find_words(turn, w); at != std::string_view::npos;
                         at = find_words(turn, w, at + 1)) {
                        const std::string_view rest = turn.substr(at + w.size());
                        for (std::size_t tb = 0, j = 0; j <= works.size(); ++j) {
                            if (j < works.size() && works[j] != '|') continue;
                            const std::string_view tail = works.substr(tb, j - tb);
                            tb = j + 1;
                            if (rest.size() > tail.size() && rest[0] == ' ' &&
                                find_words(rest.substr(0, tail.size() + 1), tail) == 1)
                                return true;
                        }
                    }
                }
                return false;
            };
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                for (std::string_view w : {std::string_view{"outdoor units"}, std::string_view{"outside units"}})
                    for (std::size_t at = find_words(turn, w); at != std::string_view::npos;
                         at = find_words(turn, w, at + 1))
                        ++outdoor_units;
                switched_off = switched_off ||
                               mentions_any(turn, "i turned the thermostat off|we turned the thermostat off|i switched the "
                                                  "thermostat off|we switched the thermostat off|i shut the thermostat "
                                                  "off|we shut the thermostat off|it off at the thermostat");
                switched = switched || mentions_any(turn, "turned the thermostat off|switched the thermostat off|shut "
                                                          "the thermostat off|it off at the thermostat");
                // the thermostat said to be the bad part ("the screen is still stuck on heat", "the display
                // is dead", "the thermostat wiring is bad", "now it wont turn back on"), or the other
                // equipment said to work ("the furnace runs fine")
                thermostat_bad =
                    thermostat_bad ||
                    mentions_any(turn, "screen|display|blank|wiring|thermostat is bad|thermostat must be bad|"
                                       "thermostat's bad|thermostat might be bad|thermostat went bad|bad thermostat|"
                                       "thermostat is broken|thermostat's broken|broken thermostat|thermostat is dead|"
                                       "thermostat's dead|won't turn back on|wont turn back on|goes dark|went dark");
                said_fine = said_fine || says_works(turn);
            });
            if (f.equipment_type == EquipmentType::air_conditioner && units.has(v(EquipmentType::mini_split)) &&
                units.count[v(EquipmentType::air_conditioner)] <= outdoor_units) {
                tally others = units;
                others.count[v(EquipmentType::air_conditioner)] = 0;
                if (const auto e = others.best()) f.equipment_type = static_cast<EquipmentType>(*e);
            }
            if (!f.equipment_type && switched_off) f.equipment_type = EquipmentType::thermostat;
            // the thermostat switched off at is the trouble when the caller says so, or says the one
            // other equipment named works ("i switched the thermostat off but the furnace keeps
            // blowing, the thermostat must be bad"; "... the furnace is fine")
            if (switched && f.equipment_type && f.equipment_type != EquipmentType::thermostat) {
                std::size_t kinds = 0;
                for (std::uint8_t x = 0; x < hidden; ++x)
                    if (units.count[x] && x != v(EquipmentType::thermostat)) ++kinds;
                if (thermostat_bad || (said_fine && kinds == 1)) f.equipment_type = EquipmentType::thermostat;
            }
        }
        // A heat pump repair is the heat pump's, but not in a call where the caller names a furnace and
        // either names no heat pump of their own (a neighbor's: "my furnace won't come on ... my neighbor's
        // heat pump froze up last week") or says there is none ("just the gas furnace. no heat pump").
        if (has(tags::REPAIR_HEATPUMP)) {
            const tally& units = tally_of(kind::equipment);
            bool denied = false, own = units.has(v(EquipmentType::heat_pump));
            if (units.has(v(EquipmentType::furnace)))
                for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                    // "the heat pump's iced up" (heat pump is) names it too
                    own = own || mentions_any(turn, "heat pump's|heat pumps|heatpump's");
                    // not a question about it ("isn't a heat pump supposed to defrost?")
                    denied = denied || (mentions_any(turn, "no heat pump|not a heat pump|not heat pump|don't have a heat "
                                                           "pump|dont have a heat pump|isn't a heat pump|isnt a heat pump|"
                                                           "never had a heat pump") &&
                                        !mentions_any(turn, "heat pump supposed|heat pump meant|heat pump going|"
                                                            "heat pump gonna|heat pump able|heat pump normal"));
                });
            if (!units.has(v(EquipmentType::furnace)) || (own && !denied))
                f.equipment_type = EquipmentType::heat_pump;
        }
        // The air conditioner named beside the furnace, in a call whose trouble is the cooling
        // side's (an AC repair, a clogged condensate drain, a refrigerant leak) and not the heat's,
        // is the air conditioner: the furnace is where it stands ("a puddle next to the furnace,
        // coming from the drain pipe off the AC part").
        // The ducts named after the unit a tune-up is for (a TUNEUP_AC or TUNEUP_HEATING call) are
        // an add-on to the visit: the call is about the unit the caller asked about first (brief:
        // the main equipment; "a furnace tune-up before it gets cold ... could you add a duct
        // inspection to the visit?"); ducts asked about first stay the call's ("drywall dust all
        // through the vents, i need the ducts cleaned ... can you do a fall checkup on the
        // furnace?") (the forty-first field round, stop 55).
        if (f.equipment_type == EquipmentType::ductwork && (has(tags::TUNEUP_AC) || has(tags::TUNEUP_HEATING)) &&
            !has(tags::REPAIR_DUCTWORK)) {
            // The tune-up asked for in a sentence of a caller's turn: a wish, a booking or its being due
            // said in the sentence that names it ("i need to get my furnace tuned up", "it's due for its
            // annual tune up", "can i get an ac checkup scheduled?", "i'm calling for a furnace tune-up",
            // "so a tune-up and a new filter please"); not one already had, which is said with none
            // ("your tech was out for the AC tune up last week and he said the ducts are dirty"), nor one
            // put off in any turn ("i'll hold off on the tune-up ... just book the duct cleaning") (the
            // forty-first field round's review).
            bool tune_asked = false, tune_put_off = false;
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                tune_put_off = tune_put_off ||
                               mentions_any(turn, "hold off|skip the tune|skip the check|no tune|not the tune|without the tune");
                for (std::size_t b = 0; b < turn.size();) {
                    std::size_t e = b;
                    while (e < turn.size() && turn[e] != '.' && turn[e] != '?' && turn[e] != '!') ++e;
                    const std::string_view sentence = turn.substr(b, e - b);
                    tune_asked = tune_asked ||
                                 (mentions_any(sentence, "tune|checkup|check up|check-up|maintenance") &&
                                  mentions_any(sentence, "need|want|wanna|like to|like a|schedul|book|due|can you|could you|"
                                                         "can i|could i|can we|could we|looking to|set up|please|"
                                                         "calling for|calling about|calling to") &&
                                  !mentions_any(sentence, "already|was done|were done"));
                    b = e + 1;
                }
            });
            tally units = tally_of(kind::equipment);
            const auto ducts_at = units.first[v(EquipmentType::ductwork)];
            units.count[v(EquipmentType::ductwork)] = 0;
            if (const auto e = units.best(); tune_asked && !tune_put_off && e && units.first[*e] < ducts_at)
                f.equipment_type = static_cast<EquipmentType>(*e);
        }
        if (f.equipment_type == EquipmentType::furnace &&
            tally_of(kind::equipment).has(v(EquipmentType::air_conditioner)) &&
            (has(tags::REPAIR_AC) || has(tags::CONDENSATE_CLOG) || has(tags::REFRIGERANT_LEAK)) &&
            !has(tags::REPAIR_HEATING))
            f.equipment_type = EquipmentType::air_conditioner;
        // The air conditioner named beside a heat pump, with no furnace named, is the heat pump: it
        // is what cools ("my spring AC tune-up ... it's a Goodman heat pump"; brief: heat_pump) (the
        // thirty-eighth field round, stop 52).
        if (f.equipment_type == EquipmentType::air_conditioner &&
            tally_of(kind::equipment).has(v(EquipmentType::heat_pump)) &&
            !tally_of(kind::equipment).has(v(EquipmentType::furnace)))
            f.equipment_type = EquipmentType::heat_pump;
        // Cooling that fails with no equipment named is the air conditioner's; so is a system
        // said to cool ("oh yes it's cooling fine, I just need the filter changed").
        if (!f.equipment_type && (has(tags::REPAIR_AC) || has(tags::TUNEUP_AC) || rd.cooling_now))
            f.equipment_type = EquipmentType::air_conditioner;
        // An air cleaner the caller names, in a call whose repair is of an air-quality device
        // (REPAIR_IAQ) and not of the heat, is that device (brief: air_quality, an air purifier),
        // not the furnace it sits on ("that electronic air cleaner on our furnace has started
        // making a loud zapping, buzzing sound") (the thirty-sixth field round, stop 50).
        if ((!f.equipment_type || f.equipment_type == EquipmentType::furnace) && has(tags::REPAIR_IAQ) &&
            !has(tags::REPAIR_HEATING)) {
            bool air_cleaner = false;
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                air_cleaner = air_cleaner || mentions(turn, "air cleaner");
            });
            if (air_cleaner) f.equipment_type = EquipmentType::air_quality;
        }
        // An air conditioner on the roof is the rooftop unit.
        if (f.equipment_type == EquipmentType::air_conditioner &&
            (tally_of(kind::equipment).has(v(EquipmentType::rooftop_unit)) || tally_of(kind::roof).any()))
            f.equipment_type = EquipmentType::rooftop_unit;
        // A bid on a new build's whole system (INSTALL_NEWCONSTRUCTION) whose air conditioner is
        // named only by its condenser's place ("the HOA has to approve the condenser location", "the
        // condenser on a pad out back") names no main equipment (brief: null), or the other one
        // named ("the condenser goes behind the fence, and we want a boiler for heat"); not one where
        // the caller names the air conditioner ("a gas furnace and AC", "we want central air") or
        // the condenser they have ("can our condenser handle the addition?").
        if (f.equipment_type == EquipmentType::air_conditioner && has(tags::INSTALL_NEWCONSTRUCTION)) {
            bool ac_named = false, condenser = false;
            constexpr std::string_view ac_words = "ac|a/c|air conditioner|air conditioning|air-conditioning|"
                                                  "air-conditioner|my air condition|our air condition|central air|"
                                                  "cooling unit|cooling system|cooling";
            // a trouble word in the condenser's own sentence ("... the condenser location. the city
            // won't let us pull it" is not the condenser's)
            const auto condenser_trouble = [](std::string_view turn) {
                for (std::size_t at = find_words(turn, "condenser"); at != std::string_view::npos;
                     at = find_words(turn, "condenser", at + 1)) {
                    std::size_t b = at, e = at;
                    while (b > 0 && turn[b - 1] != '.' && turn[b - 1] != '?' && turn[b - 1] != '!') --b;
                    while (e < turn.size() && turn[e] != '.' && turn[e] != '?' && turn[e] != '!') ++e;
                    if (mentions_any(turn.substr(b, e - b), "stole|stolen|too small|undersized|broke|broken|not working|"
                                                             "isn't working|won't|wont|dead|leaking|damaged|can't keep|"
                                                             "cant keep|not cooling"))
                        return true;
                }
                return false;
            };
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view agent) {
                // the caller's yes to the agent's question about it ("will you want air conditioning too?"
                // "yes"); a condenser the caller has, or one that is itself the trouble ("somebody stole
                // the condenser off the pad", "the condenser the builder put in is too small")
                const std::string_view question = last_question(agent);
                ac_named = ac_named || mentions_any(turn, ac_words) ||
                           (!question.empty() && answers_yes(turn) && mentions_any(question, ac_words)) ||
                           mentions_any(turn, "my condenser|our condenser|existing condenser|current condenser|"
                                              "old condenser|condenser the builder|condenser they put|condenser we have|"
                                              "addition|remodel|remodeling|renovation|renovating|extension") ||
                           condenser_trouble(turn);
                condenser = condenser || mentions_any(turn, "condenser|condensers");
            });
            if (condenser && !ac_named) {
                tally others = tally_of(kind::equipment);
                others.count[v(EquipmentType::air_conditioner)] = 0;
                if (const auto e = others.best()) f.equipment_type = static_cast<EquipmentType>(*e);
                else f.equipment_type.reset();
            }
        }
        // A plan cancelled or its renewal stopped (an account change) is about the plan, not the
        // equipment it kept up ("cancelling the maintenance agreements on all the rentals ... the
        // furnaces were just checked"; "cancel our maintenance plan, we're moving").
        // A complaint about our visit to the equipment, which led to it, is about that equipment
        // ("your tech left the furnace door off ... i want to cancel my service agreement").
        if (f.primary_intent == PrimaryIntent::admin_billing && intent_said.has(account) && !f.is_callback_complaint)
            f.equipment_type.reset();
        // Working in some places or at some times is the most specific thing said.
        // A part said to be fine, with no fault said in the call and no warmth or cold felt, is no
        // malfunction (brief: partially working is a system that works in some places, null when the
        // caller does not say it fails): "a musty smell in the bedroom, upstairs it's fine"; not "the
        // bedroom upstairs is hot, the main floor is fine" (the thirty-fourth field round, stop 49).
        unsigned states_said = 0;
        for (auto x : tally_of(kind::status).count) states_said += x;
        const tally no_state{};
        const tally& status = states_said > rd.fine_parts || rd.felt ? tally_of(kind::status) : no_state;
        // A state said with some rooms as its subject works in some places (brief: partially_working,
        // some rooms only): "the back bedroom gets almost no air at all", "the two back classrooms
        // barely get warm" (the thirty-ninth field round, stop 53).
        // A later sentence's system down is the latest state ("the back bedroom barely gets any air.
        // now the whole furnace is dead").
        if (rd.some_rooms && rd.down_after_rooms && status.has(v(SystemStatus::completely_down)))
            f.system_status = SystemStatus::completely_down;
        else if (rd.some_rooms && status.any()) f.system_status = SystemStatus::partially_working;
        else if (status.has(short_of_set)) f.system_status = SystemStatus::running_but_ineffective;
        else if (status.has(v(SystemStatus::partially_working))) f.system_status = SystemStatus::partially_working;
        // A start that stops is partly working, unless nothing comes of it ("the inducer runs,
        // then it shuts off ... no heat"): a furnace that never lights is down.
        // So is a start that stops beside the equipment said to have quit at a moment ("our furnace
        // quit this morning ... the inducer comes on and then it just shuts off and starts over"):
        // nothing comes of the start (the thirty-seventh field round, stop 51).
        // A start that stops and then blows the wrong air ("it kicks on and then it just shuts off
        // and blows cold air") runs without doing its job.
        else if (status.has(starts_and_stops))
            f.system_status = tally_of(kind::no_output).any() || (status.has(v(SystemStatus::completely_down)) &&
                                                                      tally_of(kind::onset).has(v(ProblemOnset::sudden)))
                                  ? SystemStatus::completely_down
                              : status.has(v(SystemStatus::running_but_ineffective))
                                  ? SystemStatus::running_but_ineffective
                                  : SystemStatus::partially_working;
        else if (const auto st = status.best()) {
            f.system_status = static_cast<SystemStatus>(*st);
            // "it quit, the blower runs but no warm air": running, not doing its job
            if (*f.system_status == SystemStatus::completely_down && tally_of(kind::runs).any() &&
                status.has(v(SystemStatus::running_but_ineffective)))
                f.system_status = SystemStatus::running_but_ineffective;
        }
        // A heat pump said to run on its backup heat, with no state of it said otherwise, works on
        // one setting only (brief: partially_working works on some settings): "the thermostat
        // says aux heat ... it's holding like sixty six but it's on the aux heat strips" (the
        // thirty-fifth field round, stop 49).
        if (!f.system_status) {
            bool backup_heat = false;
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                for (std::string_view w : {"on aux", "on the aux", "says aux", "on emergency heat",
                                           "on the emergency heat", "says emergency heat"})
                    backup_heat = backup_heat || mentions(turn, w);
            });
            if (backup_heat) f.system_status = SystemStatus::partially_working;
        }
        // A reading of the room beside another set on the thermostat, with no state said otherwise,
        // is the set temperature not reached (brief: running_but_ineffective, not reaching the set
        // temperature): "is it cooling at all?" "some. it's 79 in here with it set at 74" (the
        // fortieth field round, stop 54).
        if (!f.system_status && rd.off_set && !rd.works_now) f.system_status = SystemStatus::running_but_ineffective;
        // The caller's short answer to the agent's "is it cooling at all?" that only grants some of
        // it ("some. not great.", "a little.", "barely.", "yeah a little"), with no state said
        // otherwise, is equipment that runs without doing its job (brief: running_but_ineffective)
        // (the forty-second field round, narrowed after its review). The question is only whether
        // it is cooling / heating now: "is / are" + the system + a cooling or heating word + "at
        // all" (+ "now", "right now", "today"), no comma, no second question; not "has anyone
        // looked at the heating at all?", "how old is the cooling system at all?", "are you familiar
        // with our cooling plans at all?", "was it cooling at all yesterday?", "is the fan outside
        // spinning at all when it's supposed to be cooling?". The answer is at most four words,
        // each a grant of some ("some", "a little", "a bit", "barely", "kind of", "somewhat", "not
        // great / much / very / well") or a filler, with no '?': not "kind of hard to say, I'm not
        // home", "a little, but only on the high fan setting", "not much, no. it won't even turn
        // on", "not much? I'm not sure", "a little better... well it's fine now". Not an answer to
        // another question ("any water at all?" "a little"), nor a bare "no", nor in a call for new
        // equipment.
        if (!f.system_status && !rd.works_now && f.work_type == WorkType::service) {
            // the words of a short text, lowercased, at most 16 (fewer than that are read)
            struct words16 {
                std::array<detail::turn_word, 16> w{};
                std::size_t n = 0;
                bool over = false;
            };
            const auto words_of = [](std::string_view text) {
                words16 ws;
                for (std::size_t wi = 0; wi < text.size();) {
                    if (!detail::is_letter(text[wi])) {
                        ++wi;
                        continue;
                    }
                    if (ws.n == ws.w.size()) {
                        ws.over = true;
                        break;
                    }
                    wi = detail::read_word(text, wi, ws.w[ws.n++]);
                }
                return ws;
            };
            const auto asks_cooling_at_all = [&](std::string_view q) {
                if (q.empty() || q.find(',') != std::string_view::npos || mentions_any(q, "and|also")) return false;
                const words16 ws = words_of(q);
                if (ws.over) return false;
                std::size_t wi = 0;
                while (wi < ws.n && detail::in_word_list(ws.w[wi].view(), "okay|ok|so|alright|now")) ++wi;
                if (wi >= ws.n || !detail::in_word_list(ws.w[wi].view(), "is|are")) return false;
                ++wi;
                bool state_said = false;
                for (; wi + 1 < ws.n; ++wi) {
                    if (ws.w[wi].view() == "at" && ws.w[wi + 1].view() == "all") break;
                    const std::string_view word_v = ws.w[wi].view();
                    if (detail::in_word_list(word_v, "cooling|heating|cool|cold|warm|hot|heat|working"))
                        state_said = true;
                    else if (!detail::in_word_list(word_v, "it|the|your|there|any|ac|a|c|unit|system|furnace|heater|pump|"
                                                      "boiler|radiators|radiator|mini|split|air|conditioner|"
                                                      "conditioning|blowing|putting|out|getting|coming"))
                        return false;
                }
                if (!state_said || wi + 1 >= ws.n) return false;
                for (wi += 2; wi < ws.n; ++wi)
                    if (!detail::in_word_list(ws.w[wi].view(), "right|now|today")) return false;
                return true;
            };
            const auto grants_some_only = [&](std::string_view answer) {
                if (answer.find('?') != std::string_view::npos) return false;
                const words16 ws = words_of(answer);
                if (ws.over || ws.n == 0 || ws.n > 4) return false;
                bool grant_said = false, negation_said = false, praise_said = false;
                for (std::size_t wi = 0; wi < ws.n; ++wi) {
                    const std::string_view word_v = ws.w[wi].view();
                    if (detail::in_word_list(word_v, "some|little|bit|barely|kind|kinda|sort|sorta|somewhat"))
                        grant_said = true;
                    else if (word_v == "not")
                        negation_said = true;
                    else if (detail::in_word_list(word_v, "great|much|very|well"))
                        praise_said = true;
                    else if (!detail::in_word_list(word_v, "a|of|yeah|yes|eh|uh|um|honestly"))
                        return false;
                }
                // "not great", "not much": a grant; "very well", "great" alone: it cools
                if (praise_said && !negation_said) return false;
                if (negation_said && !praise_said) return false;  // "not", "not a bit"
                return grant_said || (negation_said && praise_said);
            };
            bool some = false;
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view agent) {
                if (!some && asks_cooling_at_all(last_question(agent)) && grants_some_only(turn)) some = true;
            });
            if (some) f.system_status = SystemStatus::running_but_ineffective;
        }
        // A part on order (PARTS_DELAY), with the household making do with a stopgap (window
        // units, a space heater) and nothing said to work, is equipment that does not run (brief:
        // completely_down): "your tech ... said my blower motor's shot and he had to order one ...
        // we've got a window unit in the bedroom"; "it's on back order ... i'm running window
        // units" (the thirty-eighth field round, stop 52).
        if (!f.system_status && has(tags::PARTS_DELAY) && !rd.works_now) {
            bool stopgap = false;
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                stopgap = stopgap || mentions_any(turn, "window unit|space heater");
            });
            if (stopgap) f.system_status = SystemStatus::completely_down;
        }
        // An air-quality device the call is about (REPAIR_IAQ, the equipment air_quality) that its
        // own sentence says has quit outright is down (brief: the state of the equipment the call is
        // about; completely_down, does not run at all), whatever is said of the furnace it sits on:
        // "the humidifier on our furnace stopped working ... the furnace heats fine, it's just the
        // humidifier" (the forty-second field round, narrowed after its review). The device is named
        // in the sentence that says it quit (not carried to the next one), and the sentence says no
        // more than that it quit: not how well or when it works ("isn't working as well as it
        // should", "not working right, it runs all the time", "not working like it should", "won't
        // come on when it's below zero, otherwise it runs", "works on low but not on high", "won't come
        // on at night"), not a
        // question or a guess ("is the humidifier not working or is the valve shut", "maybe the
        // humidifier is not working, I'm not sure"), not someone else's, another home's, a past or a
        // replaced device ("my neighbour's humidifier stopped working", "the guy next door said his
        // ...", "my old house had a humidifier that ...", "stopped working a while back, we replaced
        // it", "my portable humidifier ... but that's not why I'm calling"), not a quote for a new
        // one; and nowhere in the call said to run again ("he flipped the switch and it's running
        // again", "stopped for a day but then came back on by itself").
        if (!f.system_status && f.equipment_type == EquipmentType::air_quality && has(tags::REPAIR_IAQ)) {
            bool& device_down = iaq_device_down;
            bool runs_again = false;
            for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
                runs_again = runs_again ||
                             mentions_any(turn, "running again|it's working again|works again|started working again|"
                                                "came back on|back on by itself|kicked back on|replaced it|we replaced");
                for (std::size_t b = 0; b < turn.size() && !device_down;) {
                    std::size_t e = b;
                    while (e < turn.size() && turn[e] != '.' && turn[e] != '?' && turn[e] != '!') ++e;
                    const std::string_view sentence = turn.substr(b, e - b);
                    const bool asked = (e < turn.size() && turn[e] == '?') ||
                                       [&] {  // a question without its '?': "is the humidifier not working or ..."
                                           std::size_t wi = 0;
                                           while (wi < sentence.size() && !detail::is_letter(sentence[wi])) ++wi;
                                           return find_words(sentence.substr(wi), "is ") == 0 ||
                                                  find_words(sentence.substr(wi), "are ") == 0 ||
                                                  find_words(sentence.substr(wi), "does ") == 0;
                                       }() ||
                                       mentions_any(sentence, "is the|are the|does the|did the|or is|or just|or the");
                    if (!asked && mentions_any(sentence, "humidifier|dehumidifier|air cleaner|air purifier|purifier") &&
                        mentions_any(sentence, "stopped working|quit working|isn't working|is not working|not working|"
                                               "isnt working|not putting|isn't putting|stopped putting|won't turn on|"
                                               "doesn't turn on|won't come on|doesn't come on") &&
                        !mentions_any(sentence, "if|whether|neighbor|neighbour|next door|friend|sister|brother|mom|"
                                                "mother|dad|father|his|her|their|said|last year|last winter|"
                                                "last season|used to|was|were|had|before|fixed|a while back|for a day|"
                                                "replaced|as well|right|like it|properly|the way|when|whenever|"
                                                "otherwise|unless|only|low|high|sometimes|all the time|at night|in the morning|"
                                                "in the afternoon|in the evening|during|some days|at times|except|"
                                                "until|till|maybe|think|"
                                                "not sure|don't know|dont know|guess|probably|portable|not why|"
                                                "old|previous|quote|estimate|new|pad"))
                        device_down = true;
                    b = e + 1;
                }
            });
            if (runs_again) device_down = false;
            if (device_down) f.system_status = SystemStatus::completely_down;
        }
        // A tune-up or a cleaning with no repair asked has no state (brief: null for no
        // malfunction, a tune-up): what it says was wrong is past or someone else's ("last tenant
        // said it wasn't keeping up last summer, so I want a tune-up"), or a fear ("make sure
        // it'll run all winter").
        if (f.work_type == WorkType::maintenance && !repair) f.system_status.reset();
        // An age said of other equipment than the call's is not its age (brief: the age of that
        // equipment): "the thermostat screen went blank ... the AC is a Rheem, maybe eight years old".
        const bool age_of_other = rd.age_of && f.equipment_type && *rd.age_of != v(*f.equipment_type);
        if (!age_of_other && rd.age && *rd.age >= 0) f.equipment_age = rd.age;
        else if (!age_of_other && rd.new_equipment) f.equipment_age = 0;
    }
    f.equipment_age_bracket = age_bracket(f.equipment_age);
    f.potential_replacement =
        customer && (has(tags::INSTALL_REPLACEMENT) || has(tags::R22_RETROFIT) ||
                     (f.equipment_age && *f.equipment_age >= 15 && f.system_status));

    // Who decides, and the property
    if (customer) {
        const tally& o = tally_of(kind::owner);
        // An owner's word wins over their mention of a tenant or a spouse, not over their saying
        // that someone else decides.
        if (o.has(defers)) f.is_decision_maker = false;
        // A manager of the place (PROPERTY_MANAGER, "i manage the building") with no word of
        // approving says nothing of who decides.
        else if (has(tags::DECISION_MAKER) || o.has(owns))
            f.is_decision_maker = true;
        else if (has(tags::NEEDS_APPROVAL) || has(tags::AGENT_PROXY) || o.has(does_not_decide))
            f.is_decision_maker = false;
        if (*f.caller_type == CallerType::commercial) f.property_type = PropertyType::commercial;
        else if (const auto p = (house_temperature ? caller_property : tally_of(kind::property)).best())
            f.property_type = static_cast<PropertyType>(*p);
    }

    // The problem over time
    if (customer) {
        if (has(tags::DURATION_ACUTE)) f.problem_duration = ProblemDuration::acute;
        else if (has(tags::DURATION_RECENT)) {
            f.problem_duration = ProblemDuration::recent;
            // A start at a part of yesterday is acute when it is under 24 hours before the
            // call ("since yesterday afternoon" on a morning call).
            const auto since = tally_of(kind::since).best();
            if (since && local && (24 - daypart_hour[*since] + local->hour) * 60 + local->minute < 24 * 60)
                f.problem_duration = ProblemDuration::acute;
        }
        else if (has(tags::DURATION_ONGOING)) f.problem_duration = ProblemDuration::ongoing;
        // A span up to now said by the caller ("its way worse the last couple weeks", "it's doubled
        // the last two months"): how long it has lasted (the thirty-ninth field round, stop 53).
        else if (rd.span) f.problem_duration = rd.span;
        // An earlier call about it, on a day of the past week, dates the problem: it has lasted
        // since then at least ("I called on Monday about my AC blowing warm air and nobody
        // called me back. It's still doing it." on a Thursday: recent).
        else if (rd.called_on && local) {
            const unsigned days_ago = *rd.called_on == 7 ? 1u : (local->weekday + 7u - *rd.called_on) % 7u;
            if (days_ago >= 1) f.problem_duration = ProblemDuration::recent;
        }
        // A start said on a weekday of the past week ("since saturday", "it started struggling on
        // sunday" on a Tuesday): one to six days, recent.
        if (!f.problem_duration && rd.started_on && local &&
            (*rd.started_on >= rd.started_last_week || (local->weekday + 7u - *rd.started_on) % 7u >= 1))
            f.problem_duration = ProblemDuration::recent;
        // The problem found on waking or on coming in, with no time said: it began within the
        // day ("woke up and it's 58 in here", "we walked in and the office is 55 degrees").
        if (!f.problem_duration && tally_of(kind::found).any()) f.problem_duration = ProblemDuration::acute;
        // A hazard happening now (gas, carbon monoxide, sparks or smoke) that the caller "just"
        // came upon, with no duration said: it began under 24 hours ago ("i just came in from the
        // garage and there's a rotten egg smell by the furnace", "i just touched the thermostat and
        // it sparked"). Said of a problem that is not a hazard, the same words were no duration
        // ("we just moved in", "we just finished the kitchen").
        if (!f.problem_duration && rd.within_day &&
            (has(tags::GAS_LEAK) || has(tags::CO_EVENT) || has(tags::ELECTRICAL_FIRE)))
            f.problem_duration = ProblemDuration::acute;
        // A state said with a time of this day or of last night, with no duration said: under 24
        // hours ("the power went out this afternoon ... the ac just never came back, totally dead").
        if (!f.problem_duration && rd.state_today) f.problem_duration = ProblemDuration::acute;
        // A duration is the current problem's: a quote, a tune-up or an account change with no
        // repair asked and nothing said to be failing has none ("close up the cabin for winter",
        // "it's cooling now, cancel tomorrow's visit").
        if ((!repair || f.work_type == WorkType::admin) && !tally_of(kind::status).any() && f.work_type &&
            *f.work_type != WorkType::service)
            f.problem_duration.reset();
        if (const auto o = tally_of(kind::onset).best()) f.problem_onset = static_cast<ProblemOnset>(*o);
        // Waking or coming in to the problem, with no state of the system said, is when it was
        // noticed, not a quit (brief: sudden when it quit or changed all at once): "it smells like
        // rotten eggs, i noticed it when i woke up", "the kids woke up with headaches".
        if (f.problem_onset == ProblemOnset::sudden && !tally_of(kind::status).any() &&
            tally_of(kind::onset).count[v(ProblemOnset::sudden)] <= tally_of(kind::found).count[0])
            f.problem_onset.reset();
        // The system said to work now, with no state of it said in the call: a quit or a stop said
        // before it is over, or said of something else beside it ("it stopped the same day" of a
        // leak, "a new battery and it stopped" of a chirp): no sudden onset of a current problem.
        // (A gradual onset so said stays: on dev it was the problem's.)
        if (settled && f.problem_onset == ProblemOnset::sudden) f.problem_onset.reset();
        if (const auto p = tally_of(kind::pattern).best()) f.problem_pattern = static_cast<ProblemPattern>(*p);
        // (short cycling is intermittent: brief)
        if ((has(tags::DIAGNOSTIC_INTERMITTENT) || has(tags::DIAGNOSTIC_CYCLE)) && !f.problem_pattern)
            f.problem_pattern = ProblemPattern::intermittent;
        f.attempted_fixes = rd.fixes;
    }

    // sentiment_score
    const tally& mood_said = tally_of(kind::mood);
    if (has(tags::REVIEW_THREAT) || has(tags::ESCALATION_REQ) || mood_said.has(hostile))
        f.sentiment_score = 1;
    else if (has(tags::COMPLAINT_PRICE) || has(tags::COMPLAINT_SERVICE) || has(tags::COMPLAINT_NOFIX) || has(tags::REFUND_REQ) ||
             has(tags::CALLBACK_RISK) || mood_said.has(upset) || s.state == State::safety_exit ||
             has(tags::GAS_LEAK) || has(tags::CO_EVENT) || has(tags::ELECTRICAL_FIRE) ||
             // an emergency with a baby or someone with a medical need at home is a stressed or
             // scared caller, whatever their thanks ("our furnace isn't turning on at all, i've got
             // two little kids ... oh thank god yes ... thank you so much"; brief: 2)
             (customer && s.urgency_tier == "emergency" &&
              (has(tags::INFANT_NEWBORN) || has(tags::MEDICAL_NEED))))
        f.sentiment_score = 2;
    else if (has(tags::SPAM_TELEMARKETING)) f.sentiment_score = 3;
    else if (mood_said.has(delighted) || mood_said.has(positive)) f.sentiment_score = 4;

    // hvac_issue_type (the calls webhook): hazards first, then the kind of work, then
    // the equipment that is not working right.
    if (customer && f.work_type && *f.work_type != WorkType::admin) {
        const bool heat_season = has(tags::PEAK_WINTER) || !has(tags::PEAK_SUMMER);
        // A unit that both heats and cools (a rooftop or package unit, a heat pump) with its
        // heating repair in the peak of winter is a heating issue ("rear rooftop unit blowing
        // cold, back offices 58" in January; "heat pump not heating, outdoor fan not spinning").
        const bool winter_heating_repair = has(tags::REPAIR_HEATING) && has(tags::PEAK_WINTER);
        if (has(tags::GAS_LEAK) || has(tags::CO_EVENT) || has(tags::ELECTRICAL_FIRE) ||
            tally_of(kind::hazard).any())
            f.hvac_issue_type = IssueType::safety;
        // New equipment asked for is the installation's, over a leak (brief: installation for new
        // equipment and quotes; "we're building a house, price a zoned system"; a leak tag on
        // such a call is read from the words around it, a place's name or the new unit's drain).
        else if (*f.work_type == WorkType::install) f.hvac_issue_type = IssueType::installation;
        // (a drip beside a tune-up, with the visit read as the maintenance and no state said, is
        // the tune-up's: below)
        else if (has(tags::ACTIVE_FLOODING) ||
                 (has(tags::CONDENSATE_CLOG) && !(*f.work_type == WorkType::maintenance && !f.system_status)))
            f.hvac_issue_type = IssueType::water_leak;
        // A duct cleaning booked with equipment for the air quoted on the side (an air purifier, a
        // UV light: INSTALL_ADDON with IAQ_UPSELL) is about the air in the house, not upkeep ("get
        // the ducts cleaned, my daughter has asthma ... can you put an air purifier on the
        // furnace"; brief: air_quality for air quality, dust). (A tune-up with such a quote stays
        // the tune-up's: so it measured.) (the forty-third field round, stop 57)
        else if (*f.work_type == WorkType::maintenance && has(tags::DUCT_CLEANING) && has(tags::INSTALL_ADDON) &&
                 has(tags::IAQ_UPSELL))
            f.hvac_issue_type = IssueType::air_quality;
        else if (*f.work_type == WorkType::maintenance) f.hvac_issue_type = IssueType::maintenance;
        else if (!f.system_status && (f.equipment_type == EquipmentType::air_quality || has(tags::REPAIR_IAQ) ||
                                      has(tags::DIAGNOSTIC_SMELL)))
            f.hvac_issue_type = IssueType::air_quality;  // a smell or an air cleaner while the system works
        // an air-quality device said to have quit, whatever repair tag the furnace it sits on got
        // ("the humidifier on the furnace stopped working ... the heat's fine") (the forty-second
        // field round)
        else if (iaq_device_down) f.hvac_issue_type = IssueType::air_quality;
        // (not beside a refrigerant leak, a problem of its own: "a limb crushed the condenser, it's
        // grinding and hissing at the lines")
        else if (!f.system_status && (has(tags::DIAGNOSTIC_NOISE) || has(tags::REPAIR_DUCTWORK)) &&
                 !has(tags::REFRIGERANT_LEAK))
            f.hvac_issue_type = IssueType::other;  // a noise or a duct while the system works
        else if (has(tags::REPAIR_THERMOSTAT) &&
                 ((!has(tags::REPAIR_AC) && !has(tags::REPAIR_HEATING) && !has(tags::REPAIR_HEATPUMP)) ||
                  f.equipment_type == EquipmentType::thermostat))
            f.hvac_issue_type = IssueType::thermostat;
        // The furnace named with a cooling repair only, in the peak of summer, is the indoor unit
        // of the air conditioning ("sweet smell from the indoor unit, it's barely cooling"): cooling,
        // below.
        else if ((f.equipment_type == EquipmentType::furnace || f.equipment_type == EquipmentType::boiler) &&
                 !(has(tags::REPAIR_AC) && !has(tags::REPAIR_HEATING) && has(tags::PEAK_SUMMER)))
            f.hvac_issue_type = IssueType::heating;
        else if (f.equipment_type == EquipmentType::air_conditioner ||
                 ((f.equipment_type == EquipmentType::rooftop_unit || f.equipment_type == EquipmentType::package_unit) &&
                  !winter_heating_repair))
            f.hvac_issue_type = IssueType::cooling;
        else if (f.equipment_type == EquipmentType::heat_pump || f.equipment_type == EquipmentType::mini_split ||
                 has(tags::REPAIR_HEATPUMP))
            f.hvac_issue_type = has(tags::REPAIR_AC) && !winter_heating_repair      ? IssueType::cooling
                                : has(tags::REPAIR_HEATING) || heat_season ? IssueType::heating
                                                                               : IssueType::cooling;
        else if (has(tags::REPAIR_HEATING)) f.hvac_issue_type = IssueType::heating;
        else if (has(tags::REPAIR_AC) || has(tags::REFRIGERANT_LEAK)) f.hvac_issue_type = IssueType::cooling;
        // A system not working right with no equipment named, in the peak of a season, is
        // that season's ("upstairs won't get below 79 afternoons" in summer: cooling).
        else if (!f.equipment_type && f.system_status && (has(tags::PEAK_SUMMER) || has(tags::PEAK_WINTER)))
            f.hvac_issue_type = has(tags::PEAK_SUMMER) ? IssueType::cooling : IssueType::heating;
        else if (f.equipment_type == EquipmentType::thermostat || has(tags::REPAIR_THERMOSTAT))
            f.hvac_issue_type = IssueType::thermostat;
        else if (f.equipment_type == EquipmentType::air_quality || has(tags::REPAIR_IAQ) ||
                 has(tags::DIAGNOSTIC_SMELL) || has(tags::IAQ_UPSELL))
            f.hvac_issue_type = IssueType::air_quality;
        else f.hvac_issue_type = IssueType::other;
        // A complaint about our visit (COMPLAINT_SERVICE) with the system said to work now and no
        // state of it said is no heating or cooling issue (brief: heating / cooling for equipment
        // that is not working right): the visit is, another kind of issue ("he left the front
        // panel off the furnace ... yes it's heating fine, the furnace works") (the thirty-fifth
        // field round, stop 49).
        // Asked to go over the technician's head (ESCALATION_REQ: "i want a supervisor to call me,
        // not a form"), the call is the complaint alone, no HVAC issue (brief: null for non-HVAC
        // calls) (the forty-third field round, stop 57).
        if (settled && has(tags::COMPLAINT_SERVICE) &&
            (f.hvac_issue_type == IssueType::heating || f.hvac_issue_type == IssueType::cooling)) {
            if (has(tags::ESCALATION_REQ)) f.hvac_issue_type.reset();
            else f.hvac_issue_type = IssueType::other;
        }
    }
    return f;
}

// ---------------------------------------------------------------------------
// Revenue ranges: what a job of each tier is usually worth to a residential HVAC
// business (US, 2025-2026 prices), the table behind estimated_revenue_low/high,
// estimated_value, revenue_tier_range and revenue_tier_description.
struct RevenueRange {
    std::int64_t low, high, value;
    std::string_view range, description;
};
[[nodiscard]] constexpr RevenueRange revenue_range(RevenueTier t) noexcept {
    constexpr std::array<RevenueRange, 5> table{{
        {5000, 15000, 9000, "$5,000-$15,000", "Full system replacement or new installation"},
        {800, 3000, 1500, "$800-$3,000", "Major repair: compressor, heat exchanger, coil or motor"},
        {200, 800, 400, "$200-$800", "Standard repair: part replacement or refrigerant service"},
        {75, 250, 150, "$75-$250", "Minor repair or maintenance: filter, tune-up, thermostat"},
        {89, 200, 129, "$89-$200", "Diagnostic visit: scope unknown until a technician inspects"},
    }};
    return table[static_cast<std::size_t>(t)];
}

namespace detail::fields {

// Writes through out(char), at most `room` chars; returns how many were written.
template <class Out>
struct bounded {
    Out& out;
    std::size_t room;
    std::size_t n = 0;
    constexpr void put(std::string_view s) {
        for (char ch : s)
            if (n < room) out(ch), ++n;
    }
    constexpr void put_int(std::int64_t x) {
        char buf[20]{};
        std::size_t k = 0;
        if (x < 0) put("-"), x = -x;
        do buf[k++] = static_cast<char>('0' + x % 10), x /= 10;
        while (x && k < sizeof buf);
        while (k) {
            const char ch = buf[--k];
            put(std::string_view{&ch, 1});
        }
    }
};

// The problem description, trimmed of blanks and a final period, cut at a word
// boundary to at most `max` bytes (never inside a UTF-8 sequence).
constexpr std::string_view clip(std::string_view s, std::size_t max) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
    if (s.size() <= max) return s;
    std::size_t cut = max;
    while (cut > 0 && s[cut] != ' ') --cut;
    if (cut == 0) {
        cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    }
    s = s.substr(0, cut);
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';')) s.remove_suffix(1);
    return s;
}

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The figure written in digits that begins at text[i] (a digit), thousands commas left out
// ("2,500": "2500"; a comma counts when three digits follow it and no fourth): its first
// digits (up to the size of buf) in buf; returns where it ends and how many digits it has.
struct figure {
    std::size_t end = 0;
    std::size_t digits = 0;
};
constexpr figure read_figure(std::string_view t, std::size_t i, std::array<char, 12>& buf) noexcept {
    figure f{i, 0};
    while (f.end < t.size()) {
        const char c = t[f.end];
        if (is_ascii_digit(c)) {
            if (f.digits < buf.size()) buf[f.digits] = c;
            ++f.digits, ++f.end;
        } else if (c == ',' && f.digits > 0 && f.end + 3 < t.size() && is_ascii_digit(t[f.end + 1]) &&
                   is_ascii_digit(t[f.end + 2]) && is_ascii_digit(t[f.end + 3]) &&
                   (f.end + 4 == t.size() || !is_ascii_digit(t[f.end + 4]))) {
            ++f.end;
        } else {
            break;
        }
    }
    return f;
}

// Whether the words at words[0..n) say `value`: as number_at reads them; as an ordinal ("sixth",
// "twenty first"), a month ("june" for the 6 of 6/19) or noon; or as hundreds and thousands are
// said ("a hundred and ten", "one ten", "eighteen hundred", "six fifty", "two thousand five hundred").
constexpr bool spoken_number_is(const word* words, std::size_t n, int value) noexcept {
    const number a = number_at(words, n, 0);
    if (a.value == value) return true;
    if (n == 0) return false;
    // Ordinals ("sixth", "twenty first", "3rd" is digits), months ("june" for 6/19), noon.
    constexpr std::array<std::string_view, 20> ordinals{"",          "first",      "second",     "third",
                                                        "fourth",    "fifth",      "sixth",      "seventh",
                                                        "eighth",    "ninth",      "tenth",      "eleventh",
                                                        "twelfth",   "thirteenth", "fourteenth", "fifteenth",
                                                        "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    constexpr std::array<std::string_view, 12> months{"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
    const auto ordinal = [&](std::string_view w) {
        for (std::size_t k = 1; k < ordinals.size(); ++k)
            if (same_word(w, ordinals[k])) return static_cast<int>(k);
        return same_word(w, "twentieth") ? 20 : same_word(w, "thirtieth") ? 30 : -1;
    };
    if (ordinal(words[0].text) == value) return true;
    if (n > 1 && (same_word(words[0].text, "twenty") || same_word(words[0].text, "thirty"))) {
        const int o = ordinal(words[1].text);
        if (o >= 1 && o <= 9 && (same_word(words[0].text, "twenty") ? 20 : 30) + o == value) return true;
    }
    if (value >= 1 && value <= 12 && same_word(words[0].text, months[static_cast<std::size_t>(value - 1)])) return true;
    if (value == 12 && (same_word(words[0].text, "noon") || same_word(words[0].text, "midnight"))) return true;
    // A figure in hundreds and thousands as it is said: a head below 100 ("a" is one), then
    // "thousand" and/or "hundred", each maybe followed by "and" and a number below 100 ("a hundred
    // and ten", "eighteen hundred", "two thousand five hundred"). The head is read from its own
    // words: number_at reads "two thousand five" as a year.
    const bool scale_next = n > 1 && (same_word(words[1].text, "hundred") || same_word(words[1].text, "thousand"));
    const number one_word = number_at(words, 1, 0);
    const int head = scale_next && one_word.value >= 1 ? one_word.value
                     : a.value >= 1 && a.value <= 99 ? a.value
                     : same_word(words[0].text, "a") ? 1 : -1;
    if (head < 0) return false;
    const std::size_t at = scale_next ? 1 : a.value >= 1 ? a.words : 1;  // after the head
    // "six fifty", "one ten": a digit and a number of two digits
    if (!scale_next && a.value >= 1 && a.value <= 9 && at < n) {
        const number b = number_at(words, n, at);
        if (b.value >= 10 && b.value <= 99 && head * 100 + b.value == value) return true;
    }
    int total = 0, group = head;
    for (std::size_t k = at; k < n;) {
        if (same_word(words[k].text, "thousand") && total == 0) {
            total = group * 1000, group = 0;
        } else if (same_word(words[k].text, "hundred") && group >= 1 && group <= 99) {
            group *= 100;
        } else {
            break;
        }
        if (total + group == value) return true;
        ++k;
        if (k < n && same_word(words[k].text, "and")) ++k;
        // The number after a scale word: below 100, or the head of the hundreds ("five hundred").
        const number r = number_at(words, n, k);
        if (r.value > 0 && r.value < 100) {
            if (k + r.words < n && same_word(words[k + r.words].text, "hundred")) {
                group = r.value, k += r.words;  // its "hundred" is read at the top of the loop
                continue;
            }
            if (total + group + r.value == value) return true;
        }
    }
    return false;
}

// Whether the dialogue (the caller's and the agent's turns; not tool results) says the number
// `digits` (a run of ASCII digits): as a figure in digits, alone or inside a word ("110", "r22",
// "2,500" for 2500), or in words as spoken_number_is reads them ("ninety two", "a hundred and ten").
constexpr bool dialogue_says_number(const CallSession& s, std::string_view digits) noexcept {
    int value = 0;
    for (std::size_t k = 0; k < digits.size() && k < 5; ++k) value = value * 10 + (digits[k] - '0');
    // In digits first (each figure of every turn, "2,500" as 2500), then in words.
    for (const auto& e : s.transcript_log) {
        if (e.role == Role::tool) continue;
        const std::string_view t = e.content;
        for (std::size_t i = t.find_first_of("0123456789"); i != std::string_view::npos;
             i = t.find_first_of("0123456789", i)) {
            std::array<char, 12> buf{};
            const figure f = read_figure(t, i, buf);
            if (f.digits == digits.size() && std::string_view{buf.data(), std::min(f.digits, buf.size())} == digits)
                return true;
            i = f.end;
        }
    }
    if (digits.size() > 4) return false;  // a number said in words is below 10,000
    for (const auto& e : s.transcript_log) {
        if (e.role == Role::tool) continue;
        const std::string_view t = e.content;
        // Each word, with the four after it: number_at's longest reading is three words, and a
        // hundreds figure ("a hundred and ten", "eighteen hundred", "six fifty") up to five.
        std::array<word, 5> win{};
        std::size_t i = 0;
        while (i < t.size()) {
            while (i < t.size() && !is_word_char(t[i])) ++i;
            if (i == t.size()) break;
            // Every number word, ordinal, month, "a", "noon" and "midnight" begins with one of
            // these letters: most words end here.
            if (std::string_view{"adefjmnostzADEFJMNOSTZ"}.find(t[i]) == std::string_view::npos) {
                while (i < t.size() && is_word_char(t[i])) ++i;
                continue;
            }
            std::size_t n = 0, j = i, first_end = i;
            while (n < win.size() && j < t.size()) {
                const std::size_t b = j;
                while (j < t.size() && is_word_char(t[j])) ++j;
                win[n++] = {t.substr(b, j - b)};
                if (n == 1) first_end = j;
                while (j < t.size() && !is_word_char(t[j])) ++j;
            }
            if (spoken_number_is(win.data(), n, value)) return true;
            i = first_end;
        }
    }
    return false;
}

// The agent's problem description without its clauses (between ',', ';' and '.'), after the
// first (the problem itself), that give a number the dialogue never says ("store hot, 110
// outside": the "110" was the agent's): the summary says nothing the call did not. Written
// into buf (at most its size); returns the text.
template <std::size_t Size>
constexpr std::string_view supported_description(const CallSession& s, std::array<char, Size>& buf) noexcept {
    const std::string_view d = s.problem_description;
    std::size_t n = 0;
    for (std::size_t b = 0; b < d.size();) {
        std::size_t e = b;
        while (e < d.size() && d[e] != ',' && d[e] != ';' && d[e] != '.') ++e;
        // A '.' or ',' between digits ("2.5 ton", "$11,400") does not end the clause.
        while (e < d.size() && d[e] != ';' && e > b && is_ascii_digit(d[e - 1]) && e + 1 < d.size() &&
               is_ascii_digit(d[e + 1])) {
            ++e;
            while (e < d.size() && d[e] != ',' && d[e] != ';' && d[e] != '.') ++e;
        }
        const std::size_t end = e < d.size() ? e + 1 : e;  // with its delimiter
        const std::string_view clause = d.substr(b, end - b);
        // The first clause names the problem: kept whole.
        bool said = true;
        for (std::size_t i = 0; i < clause.size() && said && b > 0;) {
            if (!is_ascii_digit(clause[i])) {
                ++i;
                continue;
            }
            std::array<char, 12> run{};
            const figure f = read_figure(clause, i, run);
            said = f.digits <= run.size() && dialogue_says_number(s, std::string_view{run.data(), f.digits});
            i = f.end;
        }
        if (said)
            for (char ch : clause)
                if (n < Size) buf[n++] = ch;
        b = end;
    }
    std::string_view out{buf.data(), n};
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' ')) out.remove_suffix(1);
    return out;
}

// Whether the agent set up a callback: the session says so (callback_created), or a create_callback
// result in the transcript says "created": true (an agent whose tool hook logs the result and leaves
// the session's flag unset: 8 dev calls of the corpus). A result without that member is not one.
[[nodiscard]] constexpr bool callback_set_up(const CallSession& s) noexcept {
    if (s.callback_created) return true;
    for (const auto& e : s.transcript_log) {
        if (e.role != Role::tool || e.name != "create_callback") continue;
        const std::size_t created = member_value(e.result_json, "created");
        if (created != std::string_view::npos && e.result_json.substr(created, 4) == "true") return true;
    }
    return false;
}

// The reason of the callback the agent set up (callback_set_up, and a create_callback result
// that does not say "created": false; its top-level "reason": "city inspector - failed final
// inspection"): the agent's own note of what the call is about, as problem_description is, for
// a call that has none. The JSON string decoded into buf (escapes read, a control character a
// space, a '\u' escape written as UTF-8, a surrogate pair as one character, a lone surrogate or
// a malformed escape '?'); empty when no such result gives one.
template <std::size_t Size>
constexpr std::string_view callback_reason(const CallSession& s, std::array<char, Size>& buf) noexcept {
    if (!callback_set_up(s)) return {};
    const auto digit = [](char c) -> int {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    const auto hex4 = [&](std::string_view t, std::size_t i) -> long {  // the 4 hex digits at t[i], or -1
        long v = 0;
        for (std::size_t k = i; k < i + 4; ++k) {
            const int h = k < t.size() ? digit(t[k]) : -1;
            if (h < 0) return -1;
            v = v * 16 + h;
        }
        return v;
    };
    for (const auto& e : s.transcript_log) {
        if (e.role != Role::tool || e.name != "create_callback") continue;
        const std::string_view json = e.result_json;
        const std::size_t created = member_value(json, "created");
        if (created != std::string_view::npos && json.substr(created, 5) == "false") continue;
        std::size_t i = member_value(json, "reason");
        if (i >= json.size() || json[i] != '"') continue;  // none (npos), or not a string
        std::size_t n = 0;
        const auto put = [&](char ch) {
            if (n < Size) buf[n++] = static_cast<unsigned char>(ch) < 0x20 ? ' ' : ch;
        };
        for (++i; i < json.size() && json[i] != '"'; ++i) {
            if (json[i] != '\\' || i + 1 == json.size()) {
                put(json[i]);
                continue;
            }
            const char esc = json[++i];
            if (esc != 'u') {
                put(esc == 'n' || esc == 't' || esc == 'r' || esc == 'b' || esc == 'f' ? ' ' : esc);
                continue;
            }
            long cp = hex4(json, i + 1);
            if (cp < 0) {  // malformed: one '?' for its 'u' and the hex digits that follow it
                put('?');
                while (i + 1 < json.size() && digit(json[i + 1]) >= 0) ++i;
                continue;
            }
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < json.size() && json[i + 1] == '\\' && json[i + 2] == 'u') {
                const long lo = hex4(json, i + 3);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            const auto u = static_cast<unsigned long>(cp);
            const std::size_t len = u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? 3 : 4;
            if (u >= 0xD800 && u <= 0xDFFF) {
                put('?');
            } else if (n + len > Size) {
                break;
            } else if (len == 1) {
                put(static_cast<char>(u));
            } else if (len == 2) {
                put(static_cast<char>(0xC0 | (u >> 6)));
                put(static_cast<char>(0x80 | (u & 0x3F)));
            } else if (len == 3) {
                put(static_cast<char>(0xE0 | (u >> 12)));
                put(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
                put(static_cast<char>(0x80 | (u & 0x3F)));
            } else {
                put(static_cast<char>(0xF0 | (u >> 18)));
                put(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
                put(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
                put(static_cast<char>(0x80 | (u & 0x3F)));
            }
        }
        std::string_view out{buf.data(), n};
        while (!out.empty() && out.back() == ' ') out.remove_suffix(1);
        while (!out.empty() && out.front() == ' ') out.remove_prefix(1);
        if (!out.empty()) return out;
    }
    return {};
}

// What the caller said first: from the first turn of four words or more (a greeting alone says
// nothing of the call), that turn and the caller's next ones joined by " ... " until buf is full
// (an introduction alone, "Hi, this is Dana with Channel 5 news", seldom says what the call is
// about; the summary cuts the quote to the room it has); quoted in the summary of a call that has
// no problem description to name its purpose.
template <std::size_t Size>
constexpr std::string_view first_caller_statement(const CallSession& s, std::array<char, Size>& buf) noexcept {
    std::size_t n = 0;
    // One line in the summary's quotes: a '"' becomes '\'', a control byte (a line break) a space.
    const auto put = [&](std::string_view x) {
        for (char ch : x)
            if (n < Size) buf[n++] = ch == '"' ? '\'' : static_cast<unsigned char>(ch) < 0x20 ? ' ' : ch;
    };
    const auto blank = [](char ch) { return ch == ' ' || static_cast<unsigned char>(ch) < 0x20; };
    for_each_caller_turn(s, [&](std::string_view turn, std::string_view) {
        while (!turn.empty() && blank(turn.back())) turn.remove_suffix(1);
        while (!turn.empty() && blank(turn.front())) turn.remove_prefix(1);
        if (n >= Size || turn.empty()) return;
        if (n == 0) {
            std::size_t words = 0;
            for (std::size_t i = 0; i < turn.size();) {
                while (i < turn.size() && !is_word_char(turn[i])) ++i;
                if (i == turn.size()) break;
                ++words;
                while (i < turn.size() && is_word_char(turn[i])) ++i;
            }
            if (words < 4) return;
        } else {
            put(" ... ");
        }
        put(turn);
    });
    return {buf.data(), n};
}

}  // namespace detail::fields

// The longest ai_summary.
inline constexpr std::size_t max_summary_bytes = 240;

// ai_summary without a language model: who called (the kind of caller: the name is
// on the card already), about what (the agent's problem description without its clauses
// that give a number the dialogue never says; else the equipment and its state; else,
// and for a non-customer, the reason of the callback the agent set up, or the caller's first
// statement, quoted), hazards and vulnerable
// occupants, what was agreed; at most max_summary_bytes, deterministic, times in the
// business's zone. The problem's duration and the equipment's age are left out: read from
// the words alone they were wrong too often for a line the owner trusts (the age is on the
// card as equipment_age; docs/dashboard-contract.md). Writes through out(char); returns the length.
//   "Caller reports ac blowing warm air; elderly occupant; booked Tue Jul 15 9:00am."
template <class Out>
constexpr std::size_t write_summary(const CallSession& s, const Classification& c, const CallFields& f,
                                    const TimeZone& zone, Out&& out) {
    using detail::fields::clip;
    const auto has = [&](Tag t) { return c.tags.contains(t); };
    const bool customer = f.caller_type && (*f.caller_type == CallerType::residential ||
                                            *f.caller_type == CallerType::commercial);
    // What: the agent's problem summary, else the equipment and its state
    std::string_view tail;  // the outcome, written last
    const bool called_back = detail::fields::callback_set_up(s);
    std::array<char, 48> when{};
    std::size_t when_n = 0;
    switch (s.state) {
        case State::safety_exit: tail = "told to leave and call for help; emergency alert sent"; break;
        case State::service_area: tail = "outside the service area"; break;
        case State::callback:  // a callback neither the session nor a create_callback result records is not claimed
            tail = s.lead_type == "high_ticket"
                       ? (called_back ? "sales lead; callback requested" : "sales lead; ended without a booking")
                       : (called_back ? "callback requested" : "ended without a booking");
            break;
        case State::done:
            if (s.booking_confirmed) {
                tail = "booked";
                if (const auto p = parse_iso8601(s.booked_time)) {
                    const std::int64_t t = p->instant(zone);
                    const LocalTime l = zone.local(t);
                    constexpr std::array<std::string_view, 7> wd{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
                    constexpr std::array<std::string_view, 12> mo{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
                    auto add = [&](std::string_view x) {
                        for (char ch : x)
                            if (when_n < when.size()) when[when_n++] = ch;
                    };
                    auto add_num = [&](unsigned x, bool pad) {
                        if (x >= 10 || pad) add(std::string_view{&"0123456789"[x / 10 % 10], 1});
                        add(std::string_view{&"0123456789"[x % 10], 1});
                    };
                    add(" ");
                    add(wd[l.weekday % 7]);
                    add(" ");
                    add(mo[(l.date.month + 11) % 12]);
                    add(" ");
                    add_num(l.date.day, false);
                    add(" ");
                    add_num(l.hour % 12 == 0 ? 12 : l.hour % 12, false);
                    add(":");
                    add_num(l.minute, true);
                    add(l.hour < 12 ? "am" : "pm");
                }
            } else {
                tail = called_back ? "callback arranged" : "ended without a booking";
            }
            break;
        default: tail = called_back ? "callback arranged" : "ended before a booking"; break;
    }
    // The problem: the description as the call supports it, else (for a caller with no
    // equipment named, and for a non-customer) the caller's first statement, quoted.
    std::array<char, max_summary_bytes> described{};
    std::string_view problem = detail::fields::supported_description(s, described);
    const bool undescribed = problem.empty() && (!customer || !f.equipment_type);
    // Else the reason the agent gave a callback it set up ("city inspector - failed final
    // inspection"): the quote's first words seldom reach what the caller wants (measured, below).
    if (undescribed) problem = detail::fields::callback_reason(s, described);
    const bool quoted = undescribed && problem.empty();
    if (quoted) problem = detail::fields::first_caller_statement(s, described);
    // Everything but the problem description, then the description in what room is left.
    // measuring: everything but the problem's own words (and the words around them).
    auto emit = [&](auto& w, std::string_view what, bool measuring = false) {
        const bool say = quoted && !what.empty();
        if (!customer) {
            const std::string_view kind = !f.caller_type ? "Caller"
                                          : *f.caller_type == CallerType::vendor     ? "Vendor or sales call"
                                          : *f.caller_type == CallerType::recruiting ? "Job applicant or recruiter"
                                                                                     : "Non-customer call";
            w.put(kind);
            if (has(tags::WRONG_NUMBER)) w.put(" (wrong number)");
        } else {
            w.put(*f.caller_type == CallerType::commercial ? "Commercial caller" : "Caller");
        }
        if (measuring) {
            // the problem's part is what the room is measured for
        } else if (customer) {
            if (say) {
                w.put(" said: \"");
                w.put(what);
                w.put("\"");
            } else if (!what.empty()) {
                w.put(" reports ");
                w.put(what);
            } else if (f.equipment_type) {
                w.put(" called about the ");
                w.put(name(*f.equipment_type));
                if (f.system_status) {
                    w.put(" (");
                    w.put(name(*f.system_status));
                    w.put(")");
                }
            } else {
                w.put(" called");
            }
        } else if (say) {
            w.put(": caller said \"");
            w.put(what);
            w.put("\"");
        } else if (!what.empty()) {
            w.put(": ");
            w.put(what);
        }
        // A hazard the agent handled as one: on a call it sent out or rated an emergency (a
        // hazard tag on a routine call was a neighbour's leak or last year's fire, measured).
        if ((has(tags::GAS_LEAK) || has(tags::CO_EVENT) || has(tags::ELECTRICAL_FIRE)) &&
            (s.state == State::safety_exit || s.urgency_tier == "emergency"))
            w.put("; safety hazard");
        if (has(tags::ELDERLY_OCCUPANT)) w.put("; elderly occupant");
        if (has(tags::INFANT_NEWBORN))  // a business's infants (a daycare) are not at home
            w.put(f.caller_type == CallerType::commercial ? "; infants on site" : "; infant at home");
        if (has(tags::MEDICAL_NEED)) w.put("; medical need");
        w.put("; ");
        w.put(tail);
        w.put(std::string_view{when.data(), when_n});
        w.put(".");
    };
    struct counter {
        constexpr void operator()(char) const noexcept {}
    } count;
    detail::fields::bounded<counter> probe{count, ~std::size_t{0}};
    emit(probe, {}, true);
    // " reports " or ": ", or the quote's ` said: ""` or `: caller said ""`
    const std::size_t sep = quoted ? (customer ? 9 : 16) : customer ? 9 : 2;
    const std::size_t room = probe.n + sep < max_summary_bytes ? max_summary_bytes - probe.n - sep : 0;
    detail::fields::bounded<Out> w{out, max_summary_bytes};
    emit(w, clip(problem, room));
    return w.n;
}

// The issue_description title of a sales lead ("Sales lead: furnace replacement
// quote"), for a call whose main request is new equipment; empty otherwise.
[[nodiscard]] constexpr bool is_sales_lead(const CallSession& s, const CallFields& f) noexcept {
    return (f.primary_intent == PrimaryIntent::new_lead && f.work_type == WorkType::install) ||
           (s.state == State::callback && s.lead_type == "high_ticket");
}

}  // namespace calllock
