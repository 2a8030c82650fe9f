// The hvac117 profile (profiles/hvac117.hpp), beyond the plan's Task 3 cases that every
// profile passes (test_classify.cpp): its own semantics: whole words, clause-scoped negation, what counts as the
// caller's words, the session rules, time and duration context.
#define BOOST_TEST_MODULE profiles_hvac117
#include <boost/test/unit_test.hpp>

#include "printing.hpp"

#include <calllock/calllock.hpp>

#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace calllock;

namespace {

CallSession session() { return CallSession{.phone_number = "+15125551234"}; }

Tags tags_of(const CallFacts& f, std::string_view text) {
    return classify_text<hvac117_profile>(f, text).tags;
}
Tags tags_of(std::string_view text) { return tags_of(CallFacts{}, text); }

bool has(const Tags& tags, std::string_view tag) {
    auto t = find_tag(tag);
    BOOST_REQUIRE(t.has_value());
    return tags.contains(*t);
}

// The evidence explain() gives for one tag of a session's call (views into `s`).
std::optional<TagEvidence> evidence_of(const CallSession& s, std::string_view tag) {
    std::optional<TagEvidence> found;
    hvac117_profile::explain(s, hvac117_tables::default_zone, [&](const TagEvidence& e) {
        if (e.tag.name() == tag) found = e;
    });
    return found;
}

std::vector<std::string> names(const Tags& tags, Category c) {
    std::vector<std::string> out;
    tags.for_each(c, [&](Tag t) { out.emplace_back(t.name()); });
    return out;
}

// Unix time of a wall-clock time in America/Chicago.
double chicago(std::int64_t y, unsigned m, unsigned d, unsigned h, unsigned min = 0) {
    const std::int64_t local = days_from_civil(y, m, d) * 86400 + h * 3600 + min * 60;
    return static_cast<double>(hvac117_tables::default_zone.from_local(local));
}

}  // namespace

// ---- Whole words -------------------------------------------------------------

BOOST_AUTO_TEST_CASE(look_alike_words_do_not_tag) {
    const auto t = tags_of("Call me back at this location, it's on Carpet Lane by the supply store. "
                           "I want to prevent problems at the event. Actually, place it there.");
    for (auto c : {Category::HAZARD, Category::SERVICE_TYPE, Category::REVENUE, Category::RECOVERY,
                   Category::LOGISTICS, Category::NON_CUSTOMER})
        BOOST_TEST(t.empty(c), name(c));
}

BOOST_AUTO_TEST_CASE(whole_words_and_hyphenated_phrases) {
    BOOST_TEST(has(tags_of("my dog"), "PET_SECURE"));
    BOOST_TEST(has(tags_of("two cats"), "PET_SECURE"));
    BOOST_TEST(!has(tags_of("the category"), "PET_SECURE"));
    BOOST_TEST(has(tags_of("I need an AC tune-up"), "TUNEUP_AC"));
    BOOST_TEST(has(tags_of("I need an AC tune   up"), "TUNEUP_AC"));
    BOOST_TEST(has(tags_of("I need an ac TUNEUP"), "TUNEUP_AC"));
    BOOST_TEST(!has(tags_of("I need an AC tune-up"), "REPAIR_AC"));
    BOOST_TEST(has(tags_of("it uses R-22"), "R22_RETROFIT"));
    BOOST_TEST(has(tags_of("my A/C quit"), "REPAIR_AC"));
}

// ---- Negation ----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(negated_phrases_do_not_tag) {
    BOOST_TEST(tags_of("no gas smell").empty(Category::HAZARD));
    BOOST_TEST(tags_of("I don't smell gas").empty(Category::HAZARD));
    BOOST_TEST(tags_of("it's not a leak").empty(Category::HAZARD));
    BOOST_TEST(tags_of("there's no burst pipe").empty(Category::HAZARD));
    BOOST_TEST(tags_of("No sparks, no smoke, no burning smell.").empty(Category::HAZARD));
    BOOST_TEST(!has(tags_of("we don't have any pets"), "PET_SECURE"));
    BOOST_TEST(!has(tags_of("it isn't broken, I just want a tune up for the AC"), "REPAIR_AC"));
}

BOOST_AUTO_TEST_CASE(negation_ends_at_the_clause) {
    BOOST_TEST(has(tags_of("I don't know what it is, but I smell gas"), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("I don't know what it is but I smell gas"), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("It's not the furnace. I smell gas"), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("No. I smell gas!"), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("Not sure; there's a gas smell"), "GAS_LEAK"));
    // Each turn is its own sentence.
    auto s = session();
    s.transcript_log = {TranscriptEntry::user("No", 1), TranscriptEntry::user("I smell gas", 2)};
    BOOST_TEST(has(classify_call<hvac117_profile>(s).tags, "GAS_LEAK"));
}

BOOST_AUTO_TEST_CASE(negation_words_inside_keywords_are_not_cues) {
    BOOST_TEST(has(tags_of("there's no heat"), "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("the AC won't turn on"), "REPAIR_AC"));
    BOOST_TEST(has(tags_of("no rush, I need a quote"), "HOT_LEAD"));
    BOOST_TEST(has(tags_of("you never called back"), "CALLBACK_RISK"));
}

// ---- What counts ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(agent_lines_and_tool_results_never_tag) {
    auto s = session();
    s.transcript_log = {
        TranscriptEntry::agent("Thanks for calling ACE Cooling. Do you smell any gas? Is your CO "
                               "alarm going off? Any pets, a gate code, a service plan?",
                               1),
        TranscriptEntry::tool("lookup_caller", R"({"notes":"furnace broken, gas leak, dog"})", 2),
        TranscriptEntry::user("No, none of that.", 3),
    };
    const auto t = classify_call<hvac117_profile>(s).tags;
    BOOST_TEST(t.set().size() == 2u);  // STANDARD + NEW_CUSTOMER
    BOOST_TEST(has(t, "STANDARD"));
    BOOST_TEST(has(t, "NEW_CUSTOMER"));
    // The seed profile reads the whole plain-text transcript.
    BOOST_TEST(has(classify_call<seed_profile>(s).tags, "REPAIR_AC"));
}

BOOST_AUTO_TEST_CASE(caller_turns_and_problem_description_count) {
    auto s = session();
    s.transcript_log = {TranscriptEntry::agent("How can I help?", 1),
                        TranscriptEntry::user("We have two dogs.", 2)};
    s.problem_description = "furnace is making a grinding noise and keeps tripping the breaker";
    const auto t = classify_call<hvac117_profile>(s).tags;
    BOOST_TEST(has(t, "PET_SECURE"));
    BOOST_TEST(has(t, "REPAIR_HEATING"));
    BOOST_TEST(has(t, "DIAGNOSTIC_NOISE"));
    BOOST_TEST((classify_call(ProfileId::hvac117, s).tags == t));
}

// ---- Session rules -----------------------------------------------------------

BOOST_AUTO_TEST_CASE(urgency_is_exactly_one_level) {
    CallFacts f{.urgency_tier = "urgent"};
    BOOST_TEST(names(tags_of(f, "the AC quit"), Category::URGENCY) == std::vector<std::string>{"URGENT_24HR"},
               boost::test_tools::per_element());
    f.state = State::safety_exit;
    BOOST_TEST(names(tags_of(f, "I smell gas"), Category::URGENCY) ==
                   std::vector<std::string>{"CRITICAL_EVACUATE"},
               boost::test_tools::per_element());
    // No present hazard on the safety exit: the tier stays.
    BOOST_TEST(names(tags_of(f, "I don't smell gas"), Category::URGENCY) ==
                   std::vector<std::string>{"URGENT_24HR"},
               boost::test_tools::per_element());
    f.state = State::done;
    const auto t = tags_of(f, "The furnace died, it's below zero and we have a newborn.");
    BOOST_TEST(names(t, Category::URGENCY) == std::vector<std::string>{"CRITICAL_DISPATCH"},
               boost::test_tools::per_element());
    BOOST_TEST(has(t, "HEALTH_RISK"));
    BOOST_TEST(has(t, "INFANT_NEWBORN"));
}

BOOST_AUTO_TEST_CASE(health_risk_needs_loss_and_danger) {
    BOOST_TEST(!has(tags_of("there's no heat"), "HEALTH_RISK"));
    BOOST_TEST(!has(tags_of("it's freezing in the office, the AC is set too low"), "HEALTH_RISK"));
    BOOST_TEST(!has(tags_of("there's a heat wave but the AC works great"), "HEALTH_RISK"));
    BOOST_TEST(has(tags_of("there's no heat and it's freezing"), "HEALTH_RISK"));
    BOOST_TEST(has(tags_of("the AC stopped working and my grandmother lives with us"), "HEALTH_RISK"));
}

BOOST_AUTO_TEST_CASE(lead_type_and_non_customers) {
    BOOST_TEST(has(tags_of({.lead_type = "high_ticket"}, ""), "HOT_LEAD"));
    // A vendor's pitch gets no service, revenue or customer traits.
    const auto t = tags_of("We offer SEO to grow your business, our office can help your AC company.");
    BOOST_TEST(has(t, "VENDOR_SALES"));
    BOOST_TEST(t.empty(Category::SERVICE_TYPE));
    BOOST_TEST(t.empty(Category::REVENUE));
    BOOST_TEST(names(t, Category::CUSTOMER) == std::vector<std::string>{"NEW_CUSTOMER"},
               boost::test_tools::per_element());
    BOOST_TEST(has(tags_of("our restaurant's walk-in area AC quit"), "COMMERCIAL_LEAD"));
    // Nor a hazard, a duration or an occupant of theirs; the clock's tags stay.
    const auto utility = tags_of(CallFacts{.start_time = chicago(2026, 7, 6, 10)},
                                 "This is Jenna with Xcel Energy field operations, we have a planned outage "
                                 "tomorrow. Customers on medical equipment should call our outage line, it "
                                 "takes ten minutes.");
    BOOST_TEST(has(utility, "UTILITY_COMPANY"));
    BOOST_TEST(!has(utility, "MEDICAL_NEED"));
    BOOST_TEST(!has(utility, "POWER_OUTAGE"));
    BOOST_TEST(!has(utility, "DURATION_ACUTE"));
    BOOST_TEST(has(utility, "PEAK_SUMMER"));
    // Nor a health risk or a critical urgency from one.
    const auto press = tags_of("Hi, I'm a reporter with the Tribune writing about seniors whose AC died in this "
                               "heat wave, it's 105 degrees.");
    BOOST_TEST(has(press, "MEDIA_PRESS"));
    BOOST_TEST(!has(press, "HEALTH_RISK"));
    BOOST_TEST(!has(press, "CRITICAL_DISPATCH"));
}

BOOST_AUTO_TEST_CASE(a_known_or_booked_caller_is_a_customer_whatever_their_first_words) {
    // The same first words: a stranger is taken at them; a caller the business knows, or
    // one whose visit was booked, is a service customer (labeling policy: NON_CUSTOMER only
    // for callers who are not), and keeps the service matter of their call.
    const std::string_view text = "Hi, I'm a realtor, I live at this house too and my AC won't turn on.";
    const auto stranger = tags_of(text);
    BOOST_TEST(has(stranger, "REALTOR_INQUIRY"));
    BOOST_TEST(stranger.empty(Category::SERVICE_TYPE));
    for (const CallFacts& f : {CallFacts{.caller_known = true}, CallFacts{.booking_confirmed = true}}) {
        const auto customer = tags_of(f, text);
        BOOST_TEST(customer.empty(Category::NON_CUSTOMER));
        BOOST_TEST(has(customer, "REPAIR_AC"));
    }
    // A vendor with no service matter stays a vendor, known number or not.
    BOOST_TEST(has(tags_of(CallFacts{.caller_known = true}, "We offer SEO to grow your business."), "VENDOR_SALES"));
    // A customer's number with a service matter is a customer's call, whatever trade they
    // work in (the choice: a customer's job lost costs more than a vendor's repair word).
    const auto trade = tags_of(CallFacts{.caller_known = true},
                               "Hi, this is Mark with the supply house, and my own AC at home won't turn on.");
    BOOST_TEST(has(trade, "REPAIR_AC"));
    BOOST_TEST(trade.empty(Category::NON_CUSTOMER));
    BOOST_TEST(has(tags_of("Hi, this is Mark with the supply house, and my own AC at home won't turn on."),
                   "PARTS_SUPPLIER"));
}

BOOST_AUTO_TEST_CASE(someone_who_sent_them_to_us_in_other_words) {
    BOOST_TEST(has(tags_of("My coworker Dave uses you guys for his rentals."), "REFERRAL"));
    BOOST_TEST(has(tags_of("The inspector gave us your number when we closed."), "REFERRAL"));
    BOOST_TEST(has(tags_of("the lady at the hardware store said to call you"), "REFERRAL"));
    BOOST_TEST(has(tags_of("My mom mentioned you, she said you were great with her boiler."), "REFERRAL"));
    BOOST_TEST(!has(tags_of("I called around but I'd rather use you guys, you did our furnace."), "REFERRAL"));
}

BOOST_AUTO_TEST_CASE(an_owner_or_an_executor_decides) {
    BOOST_TEST(has(tags_of("Hi, I own Maple Leaf Bakery on Second Street and our walk-in area is hot."), "DECISION_MAKER"));
    BOOST_TEST(has(tags_of("My aunt passed in May and I'm the executor, so the bills come to me."), "DECISION_MAKER"));
    BOOST_TEST(has(tags_of("I'm the homeowner, so whatever it needs."), "DECISION_MAKER"));
    BOOST_TEST(!has(tags_of("My landlord owns the building, I just rent the unit."), "DECISION_MAKER"));
}

BOOST_AUTO_TEST_CASE(a_utilitys_shutoff_and_an_inspectors_permit_are_the_logistics_a_non_customer_brings) {
    const auto outage = tags_of(
        "Hi, this is Dana with Ameren, field operations. Power will be off on Maple Street Tuesday from nine to two, "
        "and you have a permit open out there, so there's parking on the street only.");
    BOOST_TEST(has(outage, "UTILITY_COMPANY"));
    BOOST_TEST(has(outage, "UTILITY_SHUTOFF"));
    BOOST_TEST(has(outage, "PERMIT_REQ"));
    // The rest of the logistics is no customer's job to plan.
    BOOST_TEST(!has(outage, "PARKING_ISSUE"));
    BOOST_TEST(has(tags_of("This is the county building inspector, I need the permit number for the furnace job on Elm."),
                   "PERMIT_REQ"));
    BOOST_TEST(has(tags_of("We're scheduling a meter pull on Friday for your heat pump job."), "UTILITY_SHUTOFF"));
}

// Non-customers in words the dev calls lacked (thirteenth round): each kind introduces itself, and a
// customer's words that look alike stay a customer's.
BOOST_AUTO_TEST_CASE(non_customers_introduce_themselves_in_many_words) {
    const auto rep = tags_of("Morning, this is Priya, regional rep for Daikin, calling about your dealer account.");
    BOOST_TEST(has(rep, "MANUFACTURER_REP"));
    BOOST_TEST(has(tags_of("Hi, I'm from the manufacturer, we need the serial number on that condenser."),
                   "MANUFACTURER_REP"));
    const auto supply = tags_of("Hey it's Ron at Johnstone Supply, I need your PO number for the two condensers.");
    BOOST_TEST(has(supply, "PARTS_SUPPLIER"));
    BOOST_TEST(has(tags_of("Hi, this is the parts counter, the blower motor is backordered on our end."),
                   "PARTS_SUPPLIER"));
    const auto seller = tags_of("Hi there, I'd love to introduce our dispatch app, we can set up a free demo this week.");
    BOOST_TEST(has(seller, "VENDOR_SALES"));
    BOOST_TEST(has(tags_of("We're a staffing agency and we place technicians with shops like yours."), "VENDOR_SALES"));
    const auto mistake = tags_of("Oh shoot, sorry, I called you by accident, I meant to hit my sister's number.");
    BOOST_TEST(has(mistake, "WRONG_NUMBER"));
    BOOST_TEST(has(tags_of("Wait, you're an HVAC company? I needed a locksmith."), "WRONG_NUMBER"));
    // A non-customer's call carries no service tag.
    BOOST_TEST(!has(supply, "REPAIR_AC"));
    // Guards: a customer's part, office, first time, coverage and past slip are a customer's.
    for (const char* customer :
         {"hi the part you ordered came in yesterday right? can the tech come fix my ac today it's not cooling",
          "hi i was trying to reach the technician who came out monday, the furnace is making that noise again",
          "this isn't the first time, the ac quit again",
          "i called the answering service for you guys last night and nobody called back, the heat is out",
          "I thought this was covered by the plan, the furnace is making a rattle.",
          "I called you by mistake last week, but now the AC really isn't cooling."}) {
        const auto t = tags_of(customer);
        BOOST_TEST(!has(t, "WRONG_NUMBER"), customer);
        BOOST_TEST(!has(t, "PARTS_SUPPLIER"), customer);
        BOOST_TEST(!has(t, "VENDOR_SALES"), customer);
        BOOST_TEST((has(t, "REPAIR_AC") || has(t, "REPAIR_HEATING") || has(t, "DIAGNOSTIC_NOISE")), customer);
    }
}

// The customer's side in words the dev calls lacked (thirteenth round): another company's quote or
// visit, someone above the agent, money back, a utility shut off.
BOOST_AUTO_TEST_CASE(competitors_escalations_refunds_and_shutoffs_in_many_words) {
    BOOST_TEST(has(tags_of("We're shopping around, can you match their price on a heat pump?"), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("My AC is out, I had someone else look at it last week."), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("I got another quote for eight thousand."), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("Is there a manager I can talk to? This is the third visit."), "ESCALATION_REQ"));
    BOOST_TEST(has(tags_of("I want my deposit back, you never showed up."), "REFUND_REQ"));
    BOOST_TEST(has(tags_of("Your tech damaged my wood floor dragging the unit in."), "COMPLAINT_SERVICE"));
    BOOST_TEST(has(tags_of("I turned the breaker off so it would stop buzzing."), "UTILITY_SHUTOFF"));
    BOOST_TEST(has(tags_of("Atmos shut our gas off after the meter leak."), "UTILITY_SHUTOFF"));
    // A question about a shutoff is no shutoff done.
    BOOST_TEST(!has(tags_of("Do I need to shut the power off before you come?"), "UTILITY_SHUTOFF"));
}

// More of the caller's own facts in other words (thirteenth round): refrigerant's signs, owners,
// restricted access, weak air, someone else's approval.
BOOST_AUTO_TEST_CASE(refrigerant_owners_access_airflow_and_approval_in_many_words) {
    const auto ice = tags_of("The line is iced over at the outdoor unit and the house won't cool.");
    BOOST_TEST(has(ice, "REFRIGERANT_LEAK"));
    BOOST_TEST(!has(ice, "SNOW_ICE"));  // ice on equipment is no snow at the door
    BOOST_TEST(has(tags_of("Every summer it's low on charge and they top it off."), "REFRIGERANT_LEAK"));
    BOOST_TEST(has(tags_of("My husband and I own the place, the heat pump is short cycling."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("We've owned the house since ninety eight."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("It's a restricted area, the guard shack will call me."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("The nursery gets no air, the rest of the house is fine."), "DIAGNOSTIC_AIRFLOW"));
    BOOST_TEST(has(tags_of("It's not up to me, I'll have to check with the board."), "NEEDS_APPROVAL"));
    // Guards: a renter's house is no owner's; snow on the steps is still snow.
    BOOST_TEST(!has(tags_of("The house we rent has a loud furnace."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("The front steps are covered in snow, use the side door."), "SNOW_ICE"));
}

// Who is in the house, who calls for whom, the plan they have and the season (thirteenth round).
BOOST_AUTO_TEST_CASE(occupants_proxies_plans_and_seasons_in_many_words) {
    const auto walker = tags_of("My husband uses a walker and the furnace quit last night.");
    BOOST_TEST(has(walker, "VULNERABLE_POP"));
    BOOST_TEST(has(tags_of("She's legally blind and lives alone."), "VULNERABLE_POP"));
    BOOST_TEST(!has(tags_of("The lab will be shut in the laundry room."), "VULNERABLE_POP"));  // a dog shut in
    const auto proxy = tags_of("My neighbor asked me to call, she's not good on the phone.");
    BOOST_TEST(has(proxy, "AGENT_PROXY"));
    // Power of attorney is a proxy's paper, not a lawyer threatened.
    const auto poa = tags_of("I have power of attorney for my aunt, her AC is out.");
    BOOST_TEST(has(poa, "AGENT_PROXY"));
    BOOST_TEST(!has(poa, "LEGAL_MENTION"));
    const auto plan = tags_of("We have a maintenance agreement with you, the AC is dripping.");
    BOOST_TEST(has(plan, "VIP_ACCOUNT"));
    BOOST_TEST(has(plan, "SERVICE_PLAN"));
    BOOST_TEST(has(tags_of("First day over ninety and it quits, you guys must be slammed."), "SEASONAL_RUSH"));
    BOOST_TEST(has(tags_of("It's time for our usual fall checkup."), "SEASONAL_CUSTOMER"));
}

// A function missing for a while is a fault, and the negation in its phrase does not deny the span
// that follows (thirteenth round).
BOOST_AUTO_TEST_CASE(a_function_missing_for_a_while_is_a_fault_with_its_duration) {
    const auto ac = tags_of("Our AC hasn't been cooling right for about three weeks.");
    BOOST_TEST(has(ac, "REPAIR_AC"));
    BOOST_TEST(has(ac, "DURATION_ONGOING"));
    const auto heat = tags_of("We haven't had heat since Saturday.");
    BOOST_TEST(has(heat, "REPAIR_HEATING"));
    BOOST_TEST(has(heat, "DURATION_RECENT"));
    BOOST_TEST(has(tags_of("The blower has been rattling for like a month."), "DURATION_ONGOING"));
    // A bare negation still denies what follows it.
    BOOST_TEST(!has(tags_of("It's not leaking, it's fine."), "CONDENSATE_CLOG"));
}

BOOST_AUTO_TEST_CASE(a_thermostat_frozen_or_showing_an_error_is_faulty) {
    BOOST_TEST(has(tags_of("The thermostat froze on the home screen this morning."), "REPAIR_THERMOSTAT"));
    BOOST_TEST(has(tags_of("There's an error code on the thermostat, E4 I think."), "REPAIR_THERMOSTAT"));
    BOOST_TEST(has(tags_of("I hit the arrows and it won't change the temperature."), "REPAIR_THERMOSTAT"));
    // A thermostat only read is no fault of its own.
    BOOST_TEST(!has(tags_of("The thermostat says 81 and the AC is blowing warm."), "REPAIR_THERMOSTAT"));
}

// Getting in and the job's limits in the words of the fresh calls (fourteenth round): parking said to
// be no problem is no parking fact, a site's hours and rules restrict access, "just fix it" and the
// floor with the problem are no limit on the work.
BOOST_AUTO_TEST_CASE(parking_access_and_scope_in_the_fresh_calls_words) {
    BOOST_TEST(has(tags_of("There's no street parking at all, he'll need the visitor garage."), "PARKING_ISSUE"));
    BOOST_TEST(!has(tags_of("Parking's not an issue, we've got a big lot out back."), "PARKING_ISSUE"));
    BOOST_TEST(!has(tags_of("no parking's fine just pull in the driveway"), "PARKING_ISSUE"));
    BOOST_TEST(has(tags_of("Site hours are 7 to 3, weekdays only."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("It has to be before ten thirty or after 2, we're open for lunch."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("Please don't come through the dining room."), "ACCESS_RESTRICT"));
    BOOST_TEST(!has(tags_of("The furnace is out, whatever it needs, just fix it."), "SCOPE_LIMITED"));
    BOOST_TEST(!has(tags_of("Downstairs is fine, it's just the upstairs that's warm."), "SCOPE_LIMITED"));
    BOOST_TEST(has(tags_of("Swap the thermostat. I don't want a whole system inspection."), "SCOPE_LIMITED"));
}

// What the caller has and says in the fresh calls' words (fourteenth round): hissing outside is the
// refrigerant's, a system we installed is no lead, a warranty with "your", a system that barely or
// sometimes works, a business with several places.
BOOST_AUTO_TEST_CASE(refrigerant_installs_warranties_and_symptoms_in_the_fresh_calls_words) {
    const auto hiss = tags_of("It quit cooling and it's hissing out there by the condenser.");
    BOOST_TEST(has(hiss, "REFRIGERANT_LEAK"));
    BOOST_TEST(!has(hiss, "DIAGNOSTIC_NOISE"));
    const auto ours = tags_of("We had you guys put in a new furnace back in November and it keeps shutting off.");
    BOOST_TEST(has(ours, "RECENT_INSTALL"));
    BOOST_TEST(!has(ours, "HOT_LEAD"));
    BOOST_TEST(!has(ours, "INSTALL_REPLACEMENT"));
    // Asked for, a new furnace is still a lead.
    BOOST_TEST(has(tags_of("Can you put in a new furnace for us?"), "HOT_LEAD"));
    BOOST_TEST(has(tags_of("It's six weeks old, it should all be covered under your warranty."), "WARRANTY_CLAIM"));
    BOOST_TEST(has(tags_of("It never really gets to the seventy we set."), "DIAGNOSTIC_PERFORMANCE"));
    const auto barely = tags_of("The furnace and the coil are in the closet, and the ac is cooling but like barely.");
    BOOST_TEST(has(barely, "DIAGNOSTIC_PERFORMANCE"));
    BOOST_TEST(!has(barely, "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("Some mornings it won't come on at all."), "DIAGNOSTIC_INTERMITTENT"));
    BOOST_TEST(has(tags_of("We've got three shops in Memphis and we're opening a fourth."), "MULTI_PROPERTY"));
    // A neighbor's new system is the neighbor's.
    BOOST_TEST(!has(tags_of("My neighbor just had one of those high efficiency units put in."), "INSTALL_UPGRADE"));
    // A weekend is a duration only beside a fault.
    BOOST_TEST(!has(tags_of("I already swapped the filter myself last weekend, so he doesn't need to bring one."),
                    "DURATION_RECENT"));
    BOOST_TEST(has(tags_of("The AC has been blowing warm since last weekend."), "DURATION_RECENT"));
    BOOST_TEST(!has(tags_of("He showed up an hour and a half late and left a mess."), "DURATION_ACUTE"));
}

// A tag question ("..., right?") asks the agent to confirm what the sentence says: it is a statement,
// and its topic gives its tags, where a question's would not (fourteenth round).
BOOST_AUTO_TEST_CASE(a_tag_question_is_a_statement) {
    const auto told = tags_of("It's only eight months old, so it's still under warranty, right?");
    BOOST_TEST(has(told, "WARRANTY_CLAIM"));
    BOOST_TEST(has(told, "RECENT_INSTALL"));
    BOOST_TEST(!has(told, "INFANT_NEWBORN"));  // the equipment's months, not a baby's
    BOOST_TEST(has(tags_of("And this is all under warranty, correct?"), "WARRANTY_CLAIM"));
    // A question is still a question.
    BOOST_TEST(!has(tags_of("Is any of that covered by warranty?"), "WARRANTY_CLAIM"));
    BOOST_TEST(!has(tags_of("Is it under warranty, or is it too old?"), "WARRANTY_CLAIM"));
    // "right" elsewhere asks nothing.
    BOOST_TEST(!has(tags_of("Under warranty? I'm not sure, the right side panel is loose."), "WARRANTY_CLAIM"));
}

// Unhappy customers and non-customers in the fresh calls' words (fourteenth round).
BOOST_AUTO_TEST_CASE(reviews_leaving_second_opinions_and_introductions_in_the_fresh_calls_words) {
    BOOST_TEST(has(tags_of("I am putting this on google and yelp so people know."), "REVIEW_THREAT"));
    BOOST_TEST(!has(tags_of("I was going on google to find someone and found you."), "REVIEW_THREAT"));
    BOOST_TEST(has(tags_of("Next time I'm calling the other guys, you lost me."), "LOST_CUSTOMER"));
    BOOST_TEST(has(tags_of("We're going with the other company starting next month."), "LOST_CUSTOMER"));
    BOOST_TEST(has(tags_of("He said replace it, but I want to hear what y'all say before I believe him."),
                   "SECONDOPINION"));
    BOOST_TEST(has(tags_of("I want a quote on putting in a mini split in the garage."), "INSTALL_ADDON"));
    BOOST_TEST(has(tags_of("Hi, I'm a producer at channel eight news, we're doing a news segment tonight."),
                   "MEDIA_PRESS"));
    BOOST_TEST(has(tags_of("Hi, Greg with RE/MAX, do you do pre-listing inspections?"), "REALTOR_INQUIRY"));
    // An applicant's past job is no supply house calling.
    BOOST_TEST(!has(tags_of("Before that I worked the parts counter for two years, I know my parts."),
                    "PARTS_SUPPLIER"));
    // A customer who bought a part stays a customer.
    BOOST_TEST(has(tags_of("I bought a capacitor from Ferguson and my AC still won't cool."), "REPAIR_AC"));
    // Someone else's yes.
    BOOST_TEST(has(tags_of("Anything over five hundred I have to get the owner's okay first."), "NEEDS_APPROVAL"));
    BOOST_TEST(has(tags_of("Call him to confirm before doing any work, he pays the bill."), "NEEDS_APPROVAL"));
}

BOOST_AUTO_TEST_CASE(a_non_customer_is_the_kind_they_said_they_are) {
    // Past the introduction (gap runs fold to one space: words, not spaces).
    std::string filler;
    while (filler.size() < 240) filler += "Hold on, let me look. ";
    // Introduced as the utility: a later "application" is the rebate's, not a job's.
    const std::string rebate =
        "Hi, this is Jenna with Xcel Energy's rebate program, about a customer's heat pump. " +
        filler + "The application number is R-25-118742.";
    const auto utility = tags_of(rebate);
    BOOST_TEST(has(utility, "UTILITY_COMPANY"));
    BOOST_TEST(!has(utility, "JOB_APPLICANT"));
    // The same words with no introduction: the application is what the call is about.
    BOOST_TEST(has(tags_of("The application number is R-25-118742."), "JOB_APPLICANT"));
    // A seller's pitch can turn out to be telemarketing, and any caller a wrong number.
    const auto pitch = tags_of("Hi, I'm calling from Top Rank, we sell uniforms to contractors. " +
                               filler + "Our digital marketing package is two ninety-nine.");
    BOOST_TEST(has(pitch, "VENDOR_SALES"));
    BOOST_TEST(has(pitch, "SPAM_TELEMARKETING"));
    BOOST_TEST(has(tags_of("I'm calling about the technician position. " + filler +
                           "Oh, I must have the wrong number."),
                   "WRONG_NUMBER"));
}

BOOST_AUTO_TEST_CASE(a_time_that_dates_an_event_is_no_duration) {
    BOOST_TEST(has(tags_of("For like the past three months our AC is blowing warm and the bill went up."),
                   "DURATION_ONGOING"));
    const auto t = tags_of("We had it serviced in the past few months. Since yesterday it won't cool.");
    BOOST_TEST(has(t, "DURATION_RECENT"));
    BOOST_TEST(!has(t, "DURATION_ONGOING"));
}

BOOST_AUTO_TEST_CASE(unhappy_customers_in_their_own_words) {
    BOOST_TEST(has(tags_of("He said somebody would call me Monday with the quote. It's Thursday and I haven't "
                           "heard a thing."),
                   "CALLBACK_RISK"));
    const auto nofix = tags_of("your guy was there this morning and the furnace is out again, it didn't hold");
    BOOST_TEST(has(nofix, "CALLBACK_RISK"));
    BOOST_TEST(has(nofix, "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("We used to use Sooner Air and the AC quit."), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("The owners decided to hire our own maintenance guy, so we're bringing it in house."),
                   "LOST_CUSTOMER"));
    BOOST_TEST(has(tags_of("I can't believe you charged me four hundred for a capacitor."), "COMPLAINT_PRICE"));
    // Praise is no review threat; our own tech is no competitor; a bad line is no lost
    // customer; a bill or the humidity is not our price; a leak's mess is not our service.
    BOOST_TEST(!has(tags_of("You guys were great, I'll write a review and tell all my neighbors."), "REVIEW_THREAT"));
    BOOST_TEST(!has(tags_of("Can you send our usual guy? Mike, the other guy you sent was fine too."),
                    "COMPETITOR_MENTION"));
    BOOST_TEST(!has(tags_of("Sorry, you just lost me there, bad reception."), "LOST_CUSTOMER"));
    BOOST_TEST(!has(tags_of("My electric bill seems really high and the humidity seems really high."),
                    "COMPLAINT_PRICE"));
    BOOST_TEST(!has(tags_of("The leak made a mess of the ceiling."), "COMPLAINT_SERVICE"));
    BOOST_TEST(!has(tags_of("The rattle is gone, I haven't heard anything since you replaced the motor."),
                    "CALLBACK_RISK"));
    // A visit of ours is a callback risk with a problem in the call, not with thanks for it.
    BOOST_TEST(!has(tags_of("Your tech came out yesterday, he was great. I'd like to sign up for the plan."),
                    "CALLBACK_RISK"));
    BOOST_TEST(has(tags_of("Your tech came out yesterday and the AC is blowing warm air."), "CALLBACK_RISK"));
    BOOST_TEST(has(tags_of("Your tech came out yesterday and now I smell gas by the furnace."), "CALLBACK_RISK"));
    // A fault that names no system is a problem too.
    BOOST_TEST(has(tags_of("Your tech came out yesterday and now it won't turn on."), "CALLBACK_RISK"));
    BOOST_TEST(has(tags_of("Your tech came out yesterday and now it's not working at all."), "CALLBACK_RISK"));
}

BOOST_AUTO_TEST_CASE(callers_say_who_they_are_and_customers_say_the_same_words) {
    BOOST_TEST(has(tags_of("this is travis with pedernales electric co-op, i'm on the metering crew"),
                   "UTILITY_COMPANY"));
    BOOST_TEST(has(tags_of("Your business has been pre-approved for up to two hundred fifty thousand in working "
                           "capital."),
                   "SPAM_TELEMARKETING"));
    BOOST_TEST(has(tags_of("I'd like to apply, I just finished HVAC school and I'm EPA certified."),
                   "JOB_APPLICANT"));
    BOOST_TEST(has(tags_of("Hi, this is Dana with Ameren, we're doing gas main work on your street."),
                   "UTILITY_COMPANY"));
    // A hedge is no wrong number; a rebate form is no job application; the other side's agent
    // is no realtor calling; "went with" a brand is no manufacturer's rep.
    const auto hedge = tags_of("Hi, sorry, I might have the wrong number. Is this the company on the sticker on "
                               "my furnace? The furnace won't turn on.");
    BOOST_TEST(!has(hedge, "WRONG_NUMBER"));
    BOOST_TEST(has(hedge, "REPAIR_HEATING"));
    BOOST_TEST(!has(tags_of("We received a rebate application that lists your company as the installer."),
                    "JOB_APPLICANT"));
    BOOST_TEST(!has(tags_of("I'm selling my house and the buyer's agent wants to see more than one bid for "
                            "a new AC."),
                    "REALTOR_INQUIRY"));
    // A hedge negates nothing after it; customers' words about jobs, ads, bills and permits
    // keep the call a customer's.
    BOOST_TEST(has(tags_of("I hope I have the right place and my furnace smells like gas."), "GAS_LEAK"));
    const auto hedged = tags_of("I might have the wrong number and my AC won't turn on.");
    BOOST_TEST(!has(hedged, "WRONG_NUMBER"));
    BOOST_TEST(has(hedged, "REPAIR_AC"));
    for (const char* customer : {"How much do you charge for a job like this? My AC won't turn on.",
                                 "I found you on craigslist, my AC won't turn on.",
                                 "Are your techs EPA certified? My AC won't turn on.",
                                 "I got your answering service last night, my AC won't turn on.",
                                 "I need the old furnace to be removed, my AC won't turn on too.",
                                 "Did the part you ordered come in? My AC won't turn on.",
                                 "I saw your ad in the Tribune, my AC won't turn on.",
                                 "I already checked with the power company, my AC won't turn on.",
                                 "I noticed the AC cycling on and off and now my AC won't turn on."}) {
        const auto t = tags_of(customer);
        BOOST_TEST(t.empty(Category::NON_CUSTOMER), customer);
        BOOST_TEST(has(t, "REPAIR_AC"), customer);
    }
}

// ---- Context -----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(time_tags_in_the_business_zone) {
    auto at = [](double t) { return tags_of(CallFacts{.start_time = t}, "").in(Category::CONTEXT); };
    // Tuesday 2026-07-14 10:00 CDT: summer only.
    BOOST_TEST(names(at(chicago(2026, 7, 14, 10)), Category::CONTEXT) ==
                   std::vector<std::string>{"PEAK_SUMMER"},
               boost::test_tools::per_element());
    // Saturday 2026-01-10 21:30 CST: winter, after hours, weekend.
    BOOST_TEST(names(at(chicago(2026, 1, 10, 21, 30)), Category::CONTEXT) ==
                   (std::vector<std::string>{"PEAK_WINTER", "AFTER_HOURS", "WEEKEND"}),
               boost::test_tools::per_element());
    // Daylight saving time: Monday 2026-03-09 08:30 CDT is office hours (13:30 UTC).
    BOOST_TEST(!has(at(chicago(2026, 3, 9, 8, 30)), "AFTER_HOURS"));
    BOOST_TEST(has(at(chicago(2026, 3, 9, 7, 59)), "AFTER_HOURS"));
    BOOST_TEST(has(at(chicago(2026, 3, 9, 17, 0)), "AFTER_HOURS"));
    // Start time 0 is unset: no time tags.
    BOOST_TEST(at(0.0).empty(Category::CONTEXT));
}

BOOST_AUTO_TEST_CASE(the_business_zone_is_configurable) {
    auto s = session();
    s.start_time = chicago(2026, 3, 9, 8, 30);  // 06:30 in Los Angeles
    BOOST_TEST(!has(classify_call(ProfileId::hvac117, s).tags, "AFTER_HOURS"));
    const auto la = find_time_zone("America/Los_Angeles");
    BOOST_REQUIRE(la.has_value());
    BOOST_TEST(has(classify_call(ProfileId::hvac117, s, *la).tags, "AFTER_HOURS"));
}

BOOST_AUTO_TEST_CASE(holiday_weeks_by_rule_with_observed_dates) {
    auto hw = [](double t) { return has(tags_of(CallFacts{.start_time = t}, ""), "HOLIDAY_WEEK"); };
    BOOST_TEST(hw(chicago(2026, 11, 23, 10)));   // Thanksgiving week (Nov 26)
    BOOST_TEST(!hw(chicago(2026, 11, 30, 10)));
    BOOST_TEST(hw(chicago(2026, 1, 20, 10)));    // MLK Day, Jan 19
    BOOST_TEST(hw(chicago(2026, 5, 29, 10)));    // Memorial Day, May 25
    BOOST_TEST(hw(chicago(2026, 6, 29, 10)));    // July 4 2026 is a Saturday: observed Fri Jul 3
    BOOST_TEST(!hw(chicago(2026, 7, 6, 10)));
    // July 4 2027 is a Sunday: observed Monday Jul 5, so the week before is not a holiday week.
    BOOST_TEST(!hw(chicago(2027, 6, 30, 10)));
    BOOST_TEST(hw(chicago(2027, 7, 7, 10)));
    BOOST_TEST(!hw(chicago(2026, 4, 15, 10)));
}

BOOST_AUTO_TEST_CASE(durations_from_what_the_caller_says) {
    auto dur = [](std::string_view text) { return names(tags_of(text), Category::CONTEXT); };
    using v = std::vector<std::string>;
    BOOST_TEST(dur("the AC quit this morning") == v{"DURATION_ACUTE"}, boost::test_tools::per_element());
    BOOST_TEST(dur("it's been out since yesterday") == v{"DURATION_RECENT"}, boost::test_tools::per_element());
    BOOST_TEST(dur("it's been rattling for a couple weeks") == v{"DURATION_ONGOING"},
               boost::test_tools::per_element());
    BOOST_TEST(dur("can someone come out this afternoon?").empty());
    BOOST_TEST(dur("the unit is three years old").empty());
    BOOST_TEST(dur("your tech was here yesterday").empty());
}

BOOST_AUTO_TEST_CASE(a_sentence_that_says_the_system_works_gives_no_duration) {
    auto dur = [](std::string_view text) { return names(tags_of(text), Category::CONTEXT); };
    using v = std::vector<std::string>;
    BOOST_TEST(dur("No, it ran fine all winter. Just want it checked for summer.").empty());
    BOOST_TEST(dur("It's cooling fine, the filter hasn't been changed since the spring.").empty());
    BOOST_TEST(dur("It worked fine until this morning, now it won't come on.") == v{"DURATION_ACUTE"},
               boost::test_tools::per_element());
    BOOST_TEST(dur("It was fine, then an hour later it quit again. It's been doing that since monday.") ==
                   v{"DURATION_RECENT"},
               boost::test_tools::per_element());
}

// A fault back again in a call about a visit of ours ("your guy was out here friday", "y'all
// replaced", with CALLBACK_RISK: "the tech was just here and it still fails") is a visit that
// did not fix it (COMPLAINT_NOFIX); again with no visit of ours, or a fault that has not come
// back, is not.
BOOST_AUTO_TEST_CASE(a_fault_back_again_after_our_visit_is_no_fix) {
    const auto same = tags_of("your guy was out here friday and the ac is doing the exact same thing again");
    BOOST_TEST(has(same, "CALLBACK_RISK"));
    BOOST_TEST(has(same, "COMPLAINT_NOFIX"));
    const auto again = tags_of("Your technician came out yesterday and topped it off. Now it's not cooling well again.");
    BOOST_TEST(has(again, "CALLBACK_RISK"));
    BOOST_TEST(has(again, "COMPLAINT_NOFIX"));
    BOOST_TEST(!has(tags_of("The AC is blowing warm air again, the upstairs is 80."), "COMPLAINT_NOFIX"));
    BOOST_TEST(!has(tags_of("My furnace is dead again."), "COMPLAINT_NOFIX"));
    BOOST_TEST(!has(tags_of("Nobody ever called me back and the furnace is dead again."), "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("Y'all replaced my blower motor last week. Now the whole thing's dead again."),
                   "COMPLAINT_NOFIX"));
    BOOST_TEST(!has(tags_of("Your technician came out yesterday. It hasn't leaked again, I want a tune-up."),
                    "COMPLAINT_NOFIX"));
    // Its evidence is the "again".
    CallSession s = session();
    s.transcript_log = {TranscriptEntry::user("your tech came out yesterday and now it's not cooling again", 1.0)};
    const auto nofix = evidence_of(s, "COMPLAINT_NOFIX");
    BOOST_REQUIRE(nofix);
    BOOST_TEST(nofix->turn == 0);
    BOOST_TEST(nofix->text == "again");
    BOOST_TEST(!nofix->rule.empty());
}

// A problem of the past, now over (labeling policy: "past and resolved problems"):
// its sentence tags none of its problem words; a sentence that says it is back does.
BOOST_AUTO_TEST_CASE(a_problem_of_the_past_tags_nothing) {
    const auto t = tags_of("Last year our AC died on the first hot day, there was a burning smell. He replaced "
                           "the capacitor and it's been fine since. I want a tune-up on the AC.");
    BOOST_TEST(!has(t, "REPAIR_AC"));
    BOOST_TEST(!has(t, "ELECTRICAL_FIRE"));
    BOOST_TEST(!has(t, "SEASONAL_RUSH"));
    BOOST_TEST(has(t, "TUNEUP_AC"));
    const auto fixed = tags_of("The short cycling you fixed in November, that's been perfect. It's the thermostat "
                               "screen, it keeps flickering.");
    BOOST_TEST(!has(fixed, "DIAGNOSTIC_CYCLE"));
    BOOST_TEST(!has(fixed, "REPAIR_HEATING"));
    BOOST_TEST(!has(tags_of("The AC had a freon leak two years ago but you fixed that."), "REFRIGERANT_LEAK"));
    // Back now: the sentence counts.
    const auto back = tags_of("You fixed the furnace last year but now it's making a loud banging noise and it won't turn on.");
    BOOST_TEST(has(back, "DIAGNOSTIC_NOISE"));
    BOOST_TEST(has(back, "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("You guys fixed it last week and the AC is leaking again."), "REPAIR_AC"));
    BOOST_TEST(has(tags_of("Last year it rattled too, and this morning the furnace quit."), "REPAIR_HEATING"));
    // "They never fixed it", "they haven't fixed it" are no problem of the past.
    BOOST_TEST(has(tags_of("They never fixed it and the furnace is banging."), "DIAGNOSTIC_NOISE"));
    BOOST_TEST(has(tags_of("They haven't fixed it, the furnace is banging."), "DIAGNOSTIC_NOISE"));
    // Nor back now when the present word is negated.
    BOOST_TEST(!has(tags_of("You fixed the leak in the AC last year and it hasn't leaked again."), "REPAIR_AC"));
    // Only its own sentence.
    BOOST_TEST(has(tags_of("Last year you did my tune-up. The furnace is banging."), "DIAGNOSTIC_NOISE"));
}

// Billing calls have no service type (labeling policy): "the issue is the bill" is no fault.
// (Money words themselves are not a past: "i smell gas, i have the invoice from the last
// repair" is a gas leak now.)
BOOST_AUTO_TEST_CASE(the_bill_as_the_issue_is_no_fault) {
    BOOST_TEST(!has(tags_of("Yes, the furnace works fine, that's not the issue. The issue is the bill."),
                    "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("The issue is the furnace, it won't turn on."), "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("i smell gas in the basement, i have the invoice from the last repair"), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("you charged me 400 dollars and the ac still isn't cooling"), "REPAIR_AC"));
}

BOOST_AUTO_TEST_CASE(a_span_of_time_is_a_duration_only_beside_a_fault) {
    auto dur = [](std::string_view text) {
        std::vector<std::string> d;
        for (auto& n : names(tags_of(text), Category::CONTEXT))
            if (n.starts_with("DURATION_")) d.push_back(n);
        return d;
    };
    using v = std::vector<std::string>;
    BOOST_TEST(dur("Your tech spent twenty minutes trying to sell me a whole new system.").empty());
    BOOST_TEST(dur("The baby was up all night, she has a cold.").empty());
    BOOST_TEST(dur("We'll be gone a couple hours, the dog will be in the yard.").empty());
    BOOST_TEST(dur("The AC quit about twenty minutes ago.") == v{"DURATION_ACUTE"}, boost::test_tools::per_element());
    BOOST_TEST(dur("We've had no heat for a couple hours.") == v{"DURATION_ACUTE"}, boost::test_tools::per_element());
    BOOST_TEST(dur("Woke up and the furnace won't turn on.") == v{"DURATION_ACUTE"},
               boost::test_tools::per_element());
    BOOST_TEST(dur("About two hours.") == v{"DURATION_ACUTE"}, boost::test_tools::per_element());  // a bare answer
    BOOST_TEST(dur("The furnace quit. It's been about two hours.") == v{"DURATION_ACUTE"},
               boost::test_tools::per_element());
    BOOST_TEST(dur("i've smelled gas for about two hours") == v{"DURATION_ACUTE"}, boost::test_tools::per_element());
    BOOST_TEST(dur("the carbon monoxide alarm is going off, it started twenty minutes ago") == v{"DURATION_ACUTE"},
               boost::test_tools::per_element());
    // When someone will be somewhere is no duration, even beside a fault.
    BOOST_TEST(dur("the furnace isn't working, i can be there in twenty minutes").empty());
    BOOST_TEST(dur("i'll be home in a couple hours, the ac is not cooling").empty());
}

BOOST_AUTO_TEST_CASE(other_bids_and_other_trade_companies_are_competitors) {
    BOOST_TEST(has(tags_of("We got two other bids and yours was right in the middle."), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("My brother-in-law works for another heating company."), "COMPETITOR_MENTION"));
    BOOST_TEST(!has(tags_of("I want a bid on a new system."), "COMPETITOR_MENTION"));
    // Named by what it did or who uses it.
    BOOST_TEST(has(tags_of("The guy down the road only charges fifty to come out."), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("lone star cooling came out in may and said it was the coil"), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("We'll probably call Apex, my sister uses them."), "COMPETITOR_MENTION"));
    BOOST_TEST(!has(tags_of("warm air came out of the vents all night"), "COMPETITOR_MENTION"));
}

// A second opinion is asked on another company's word: that company is a competitor mentioned,
// and the evidence is the second opinion's.
BOOST_AUTO_TEST_CASE(a_second_opinion_mentions_a_competitor) {
    const auto t = tags_of("I'd like a second opinion, I'm not sure I trust what they found.");
    BOOST_TEST(has(t, "SECONDOPINION"));
    BOOST_TEST(has(t, "COMPETITOR_MENTION"));
    // Someone else's advice to get one is not the caller's wish.
    const auto advised = tags_of("My husband keeps saying we should get a second opinion, but you did the work, "
                                 "so please just send someone back.");
    BOOST_TEST(!has(advised, "SECONDOPINION"));
    BOOST_TEST(!has(advised, "COMPETITOR_MENTION"));
    CallSession s = session();
    s.transcript_log = {TranscriptEntry::user("can somebody give us a second opinion on the furnace", 1.0)};
    const auto e = evidence_of(s, "COMPETITOR_MENTION");
    BOOST_REQUIRE(e);
    BOOST_TEST(e->turn == 0);
    BOOST_TEST(e->text == "second opinion");
    BOOST_TEST(e->rule.find("SECONDOPINION") != std::string_view::npos);
}

// CRITICAL_DISPATCH (policy: complete failure + extreme temperature + a vulnerable
// occupant): a reading inside the home of 35-60 or 85-110 F is extreme for the vulnerable.
BOOST_AUTO_TEST_CASE(a_dangerous_reading_inside_with_a_vulnerable_occupant_is_critical) {
    auto critical = [](std::string_view text) {
        return has(tags_of(CallFacts{.urgency_tier = "emergency"}, text), "CRITICAL_DISPATCH");
    };
    BOOST_TEST(critical("Our furnace quit and it's fifty five degrees in the house, my mom is 88."));
    BOOST_TEST(critical("The AC is out and it's ninety two inside, my baby is three weeks old."));
    BOOST_TEST(critical("No heat, it's like 58 in here and I have a newborn."));
    // Not inside, not next to each other, not dangerous, nobody vulnerable, no failure, of the past.
    BOOST_TEST(!critical("The furnace quit, my mom is 90, inside all day."));
    BOOST_TEST(!critical("The furnace quit, my mom is 90, in here with me."));
    BOOST_TEST(!critical("The furnace died and it's 64 in here, my mom is 80."));
    BOOST_TEST(!critical("The furnace died and it's fifty five in here."));
    BOOST_TEST(!critical("It's fifty five in here, my mom is 88, can you check the thermostat settings?"));
    BOOST_TEST(!critical("It was 50 in here last winter when it broke, my mom is 90. I want a tune-up."));
    // Cold with no heat, hot with no cooling; a humidity or a price is no reading of either.
    BOOST_TEST(!critical("The AC stopped overnight, it got down to 58 in here, it was actually nice. My mom is 90."));
    BOOST_TEST(!critical("The heat is out but it's 86 inside because it's warm out, my newborn is fine."));
    BOOST_TEST(!critical("The AC stopped working and the humidity is like 60 in here and my mom has COPD."));
    BOOST_TEST(!critical("My furnace died and we've put fifteen hundred in there already, my mom is 90."));
    BOOST_TEST(critical("The AC died and it's 95 in the house, my dad is on oxygen."));
    // A cold house is no health risk of its own.
    BOOST_TEST(!has(tags_of("The furnace died and it's fifty five in here."), "HEALTH_RISK"));
}

BOOST_AUTO_TEST_CASE(a_price_on_replacing_the_system_is_a_replacement_lead_a_thermostat_put_in_is_not_a_lead) {
    for (const char* text : {"Can you give me a replacement bid for both units?", "I'd like a replacement estimate.",
                             "He looked at it and it's not worth fixing, so I want a replacement quote."}) {
        const auto t = tags_of(text);
        BOOST_TEST(has(t, "INSTALL_REPLACEMENT"), text);
        BOOST_TEST(has(t, "HOT_LEAD"), text);
    }
    // A thermostat or a detector put in: an add-on, no lead.
    for (const char* text : {"I bought an ecobee and I want it installed.", "I'd like CO detectors installed.",
                             "Can you install a smart thermostat?"}) {
        const auto t = tags_of(text);
        BOOST_TEST(has(t, "INSTALL_ADDON"), text);
        BOOST_TEST(!has(t, "HOT_LEAD"), text);
    }
    BOOST_TEST(has(tags_of("I want to add a humidifier."), "HOT_LEAD"));
    // A part's price is a repair's.
    for (const char* text : {"can you give me a quote for a replacement filter",
                             "what's the replacement price for a blower motor"})
        BOOST_TEST(!has(tags_of(text), "HOT_LEAD"), text);
    // Other quotes asked for are still a price asked for: the wish the other company put carries.
    const auto other = tags_of("The other company told me I need a new system. I want to get other quotes.");
    BOOST_TEST(has(other, "INSTALL_REPLACEMENT"));
    BOOST_TEST(has(other, "COMPETITOR_MENTION"));
}

BOOST_AUTO_TEST_CASE(a_thermostat_fault_said_the_way_speech_is_written) {
    for (const char* text : {"the thermostat's blank", "our thermostat's not working", "the thermostat's stuck on heat",
                             "the thermostats blank and its not heating", "my thermostat isn't reading right",
                             "the thermostat lost connection"})
        BOOST_TEST(has(tags_of(text), "REPAIR_THERMOSTAT"), text);
    BOOST_TEST(!has(tags_of("the thermostat's set to 72 and the AC isn't cooling"), "REPAIR_THERMOSTAT"));
}

BOOST_AUTO_TEST_CASE(our_price_objected_to_in_other_words) {
    for (const char* text : {"The invoice is way more than we agreed.",
                             "It came to a lot more than the quote."})
        BOOST_TEST(has(tags_of(text), "COMPLAINT_PRICE"), text);
    for (const char* text : {"The quote seemed fair and we went ahead.", "i'm happy to pay that much if it gets fixed today",
                             "prices are crazy everywhere right now, hopefully you guys are reasonable"})
        BOOST_TEST(!has(tags_of(text), "COMPLAINT_PRICE"), text);
}

BOOST_AUTO_TEST_CASE(a_customer_leaving_us_in_other_words) {
    for (const char* text : {"We're going to go with another company.", "I'm switching to a different company.",
                             "You've lost our business."}) {
        BOOST_TEST(has(tags_of(text), "LOST_CUSTOMER"), text);
    }
    // The caller's business taken elsewhere is no business account.
    const auto t = tags_of("I'm taking my business somewhere else.");
    BOOST_TEST(has(t, "LOST_CUSTOMER"));
    BOOST_TEST(!has(t, "COMMERCIAL_ACCT"));
    BOOST_TEST(!has(tags_of("We switched to you from another company last year."), "LOST_CUSTOMER"));
    for (const char* text : {"we used to go with another company but they went out of business",
                             "should we go with another heat pump or switch to a gas furnace",
                             "i'm thinking about switching to a different filter size"})
        BOOST_TEST(!has(tags_of(text), "LOST_CUSTOMER"), text);
    const auto different = tags_of("I'm going to go with a different company.");
    BOOST_TEST(has(different, "LOST_CUSTOMER"));
    BOOST_TEST(has(different, "COMPETITOR_MENTION"));
}

// ---- Eighth round: the dev calls of the fresh batches w12-w17 ---------------------

// The table's row for a keyword, or none.
std::optional<hvac117_tables::row> row_named(std::string_view text) {
    for (const auto r : hvac117_tables::rows)
        if (r.text() == text) return r;
    return std::nullopt;
}
bool row_exists(std::string_view text) { return row_named(text).has_value(); }

// Speech-to-text drops apostrophes: each keyword with one has a twin without it, with the
// same meaning, unless the twin spells another word ("were", "well", "ill", "shed", ...).
BOOST_AUTO_TEST_CASE(contractions_without_their_apostrophe_mean_the_same) {
    BOOST_TEST(has(tags_of("hi yes um our ac isnt cooling the downstairs one"), "REPAIR_AC"));
    BOOST_TEST(has(tags_of("the furnace wont turn on and its freezing"), "REPAIR_HEATING"));
    BOOST_TEST(!has(tags_of("there isnt any gas smell"), "GAS_LEAK"));
    BOOST_TEST(!has(tags_of("no i dont smell gas"), "GAS_LEAK"));
    BOOST_TEST(row_exists("isnt cooling"));
    BOOST_TEST(row_exists("id like"));
    // No twin that is another word, a plural for a possessive, or another phrase.
    for (std::string_view other : {"were renting", "were tenants", "ill approve", "my neighbors", "its back"})
        BOOST_TEST(!row_exists(other), other);
    BOOST_TEST(has(tags_of("we called the neighbors over and we all smell gas in the kitchen"), "GAS_LEAK"));
    BOOST_TEST(!has(tags_of("the cat scratches its back on the fins, we need a tune up"), "COMPLAINT_NOFIX"));
    // "this isn't" is no wrong number of its own ("this isnt cooling at all").
    const auto cooling = tags_of("this isnt cooling at all, its blowing warm air");
    BOOST_TEST(has(cooling, "REPAIR_AC"));
    BOOST_TEST(!has(cooling, "WRONG_NUMBER"));
    // A twin has its keyword's meaning.
    for (auto [twin, keyword] : {std::pair<std::string_view, std::string_view>{"isnt cooling", "isn't cooling"},
                                 {"thermostats blank", "thermostat's blank"}}) {
        BOOST_REQUIRE(row_named(twin) && row_named(keyword));
        BOOST_TEST(row_named(twin)->flags == row_named(keyword)->flags, twin);
    }
}

BOOST_AUTO_TEST_CASE(a_system_that_does_not_start_said_in_other_words) {
    for (const char* text : {"our furnace isn't turning on at all", "the furnace doesn't come on",
                             "the furnace won't ignite", "the pilot light is out"})
        BOOST_TEST(has(tags_of(text), "REPAIR_HEATING"), text);
    for (const char* text : {"the AC isn't coming on", "the air coming out isn't cold"})
        BOOST_TEST(has(tags_of(text), "REPAIR_AC"), text);
    BOOST_TEST(has(tags_of("the UV light in the air handler isn't glowing anymore"), "REPAIR_IAQ"));
    BOOST_TEST(has(tags_of("my ductless mini split is leaking water inside"), "REPAIR_AC"));
    // Not a fault: plans, work wanted.
    BOOST_TEST(!has(tags_of("can you come tune up the furnace, i'm not doing anything this afternoon so anytime works"),
                    "REPAIR_HEATING"));
    BOOST_TEST(!has(tags_of("we want to get the old ac out and put in a new high efficiency system"), "REPAIR_AC"));
}

// DIAGNOSTIC_SMELL is a symptom; REPAIR_<system> needs the system to malfunction (policy).
BOOST_AUTO_TEST_CASE(a_smell_is_a_symptom_not_a_system_fault) {
    const auto t = tags_of("It's musty, like a damp towel. The AC is cooling great.");
    BOOST_TEST(has(t, "DIAGNOSTIC_SMELL"));
    BOOST_TEST(!has(t, "REPAIR_AC"));
    const auto dust = tags_of(
        CallFacts{.problem_description = "dusty burning smell on first furnace start of season, gone now, heating fine"}, "");
    for (const char* tag : {"ELECTRICAL_FIRE", "REPAIR_HEATING", "IAQ_UPSELL"}) BOOST_TEST(!has(dust, tag), tag);
}

BOOST_AUTO_TEST_CASE(an_upgrade_is_of_a_working_system) {
    // An upgrade is of a working system; a replacement's "high efficiency" is the new one's.
    const auto replace = tags_of("I want a replacement quote for my old furnace, something high efficiency.");
    BOOST_TEST(has(replace, "INSTALL_REPLACEMENT"));
    BOOST_TEST(!has(replace, "INSTALL_UPGRADE"));
    BOOST_TEST(has(tags_of("my furnace works fine but I want a price on upgrading to a high efficiency one"),
                   "INSTALL_UPGRADE"));
}

BOOST_AUTO_TEST_CASE(occupants_said_as_callers_say_them) {
    BOOST_TEST(!has(tags_of("Yes, that's right. Thank you, baby."), "INFANT_NEWBORN"));
    BOOST_TEST(!has(tags_of("that's fine baby"), "INFANT_NEWBORN"));
    BOOST_TEST(has(tags_of("the baby is four months old"), "INFANT_NEWBORN"));
    BOOST_TEST(has(tags_of("we're fine, baby's sleeping in our room but it's 55 in the house, the furnace quit"),
                   "INFANT_NEWBORN"));
    BOOST_TEST(has(tags_of("okay baby is only three weeks old and the heat is out"), "INFANT_NEWBORN"));
    BOOST_TEST(!has(tags_of("my grandson is not even a year old and the heat is out"), "RECENT_INSTALL"));
    const auto unit = tags_of("it's four months old, it's a rheem");
    BOOST_TEST(has(unit, "RECENT_INSTALL"));
    BOOST_TEST(!has(unit, "INFANT_NEWBORN"));
    BOOST_TEST(has(tags_of("my husband has congestive heart failure"), "MEDICAL_NEED"));
    BOOST_TEST(has(tags_of("my daughter has asthma"), "MEDICAL_NEED"));
    const auto shop = tags_of("Hi, this is Hector, I manage Rosa's Cantina on Georgia Street.");
    BOOST_TEST(!has(shop, "PROPERTY_MANAGER"));
    BOOST_TEST(!has(shop, "MULTI_PROPERTY"));
    const auto buildings = tags_of("I manage three buildings for Harbor Realty.");
    BOOST_TEST(has(buildings, "PROPERTY_MANAGER"));
    BOOST_TEST(has(buildings, "MULTI_PROPERTY"));
    BOOST_TEST(has(tags_of("i manage an apartment complex on elm street"), "PROPERTY_MANAGER"));
    BOOST_TEST(!has(tags_of("i manage about twenty employees at the store and the ac is out"), "PROPERTY_MANAGER"));
}

// A denial holds to the clause break, over long lists (a limit of about ten words was tried and
// brought these back).
BOOST_AUTO_TEST_CASE(a_denial_holds_over_a_long_list) {
    const auto t = tags_of("no, i don't have any pets or little kids or a newborn or anybody elderly or disabled in the "
                           "house, it's just me");
    for (const char* tag : {"VULNERABLE_POP", "ELDERLY_OCCUPANT", "INFANT_NEWBORN", "PET_SECURE"}) BOOST_TEST(!has(t, tag), tag);
    BOOST_TEST(!has(tags_of("no gas smell no smoke nothing like that at all and no carbon monoxide alarm going off "
                            "either"),
                    "CO_EVENT"));
}

BOOST_AUTO_TEST_CASE(seasons_and_years_are_durations_beside_a_problem_only) {
    BOOST_TEST(!has(tags_of("we leave it at fifty all winter so nothing freezes"), "DURATION_ONGOING"));
    BOOST_TEST(!has(tags_of("The AC barely keeps up anymore and it's been repaired three times in two years."),
                    "DURATION_ONGOING"));
    BOOST_TEST(has(tags_of("the furnace has been short cycling all winter"), "DURATION_ONGOING"));
    // Beside a symptom too.
    BOOST_TEST(has(tags_of("the house has smelled musty since we moved in"), "DURATION_ONGOING"));
    BOOST_TEST(has(tags_of("our electric bill has been sky high all summer"), "DURATION_ONGOING"));
}

BOOST_AUTO_TEST_CASE(what_the_thermostat_shows_is_a_reading) {
    BOOST_TEST(!has(tags_of("the thermostat says heat on but nothing happens"), "REPAIR_THERMOSTAT"));
    BOOST_TEST(!has(tags_of("it won't come back on. the thermostat screen is on but nothing happens"),
                    "REPAIR_THERMOSTAT"));
    BOOST_TEST(has(tags_of(CallFacts{.urgency_tier = "emergency"},
                           "The AC stopped working. The thermostat says ninety one and my dad is on oxygen."),
                   "CRITICAL_DISPATCH"));
    // A set point or the weather is no reading inside.
    for (const char* text : {"the heat went out, my mother is 89, the thermostat's at 55 because we turn it down at night",
                             "the ac went out and my grandmother is 92, the thermostat says 95 outside today"})
        BOOST_TEST(!has(tags_of(CallFacts{.urgency_tier = "emergency"}, text), "CRITICAL_DISPATCH"), text);
    BOOST_TEST(has(tags_of("the thermostat is reading wrong, it says it's 80 but the house feels cold"),
                   "REPAIR_THERMOSTAT"));
    const auto fine = tags_of("there's no problem with the thermostat, the furnace just won't light");
    BOOST_TEST(!has(fine, "REPAIR_THERMOSTAT"));
    BOOST_TEST(has(fine, "REPAIR_HEATING"));
    const auto wrong = tags_of("Morning. I think something's wrong with my thermostat.");
    BOOST_TEST(has(wrong, "REPAIR_THERMOSTAT"));
    BOOST_TEST(!has(wrong, "REPAIR_HEATING"));
    BOOST_TEST(!has(wrong, "REPAIR_HEATPUMP"));
    BOOST_TEST(has(tags_of("the AC died and it's like a hundred and six outside today"), "EXTREME_WEATHER"));
}

BOOST_AUTO_TEST_CASE(equipment_the_caller_has_is_no_add_on) {
    const auto nest = tags_of("My Nest thermostat won't let me change the temperature.");
    BOOST_TEST(!has(nest, "INSTALL_ADDON"));
    BOOST_TEST(has(nest, "REPAIR_THERMOSTAT"));
    const auto own = tags_of("the little ductless mini split in my office has a sour smell");
    BOOST_TEST(!has(own, "INSTALL_ADDON"));
    BOOST_TEST(!has(own, "HOT_LEAD"));
    const auto wanted = tags_of("we want a ductless mini split for the sunroom");
    BOOST_TEST(has(wanted, "INSTALL_ADDON"));
    BOOST_TEST(has(wanted, "HOT_LEAD"));
    BOOST_TEST(has(tags_of("can you put in an ecobee"), "INSTALL_ADDON"));
}

BOOST_AUTO_TEST_CASE(words_that_are_not_what_they_seem) {
    // A refund, a review, a lawyer, zoning, a street, a new house in other senses...
    for (const auto& [text, tag] : std::initializer_list<std::pair<const char*, const char*>>{
             {"Our tax refund finally came in, so we're ready to replace the furnace.", "REFUND_REQ"},
             {"Menards gave me a refund on that one and I got the right thermostat.", "REFUND_REQ"},
             {"Last time I left you a nice review on Google, the guy was great.", "REVIEW_THREAT"},
             {"My lawyer's handling the closing paperwork, can you email the records?", "LEGAL_MENTION"},
             {"The estate attorney asked for copies of the service records.", "LEGAL_MENTION"},
             {"We had to get sign-off from the city zoning office for the solar panels.", "ZONING_INTEREST"},
             {"It's at 1412 Commercial Street, Emporia.", "COMMERCIAL_ACCT"},
             {"We won't need financing, we're paying cash.", "FINANCING_REQ"},
             {"We're in one of the new construction neighborhoods, the house is two years old.", "HOT_LEAD"},
             // a visitor, a home or tenant of before, a first call, someone else's second opinion
             {"My sister's coming to stay with her newborn for the holiday, check the furnace.", "INFANT_NEWBORN"},
             {"We were renting an apartment before, this is our first house.", "MULTIUNIT_COORD"},
             {"The last tenant said it wasn't keeping up, so I want a tune-up.", "TENANT_COORD"},
             {"This is new, first time I've called about this.", "REPEAT_CALLER"},
             {"The big thing is I already called State Farm and they're opening a claim.", "REPEAT_CALLER"},
             {"You gave her a second opinion on her AC last year.", "SECONDOPINION"}})
        BOOST_TEST(!has(tags_of(text), tag), text);
    // ...and in their own.
    BOOST_TEST(has(tags_of("I want a refund for that visit."), "REFUND_REQ"));
    BOOST_TEST(has(tags_of("I'm going to leave a bad review on Google."), "REVIEW_THREAT"));
    BOOST_TEST(has(tags_of("My lawyer will be in touch about this."), "LEGAL_MENTION"));
    BOOST_TEST(has(tags_of("Do you offer financing on a new system?"), "FINANCING_REQ"));
    BOOST_TEST(has(tags_of("We have a newborn at home and the heat is out."), "INFANT_NEWBORN"));
    BOOST_TEST(has(tags_of("I already called yesterday about this."), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("The tenant will let you in."), "TENANT_COORD"));
    // Ice on the equipment's lines is the refrigerant's; ice at the house is an access fact.
    const auto iced = tags_of("ac blowing warm, ice on suction line at outdoor unit");
    BOOST_TEST(has(iced, "REFRIGERANT_LEAK"));
    BOOST_TEST(!has(iced, "SNOW_ICE"));
    BOOST_TEST(has(tags_of("There's ice on the driveway, it's steep."), "SNOW_ICE"));
    // "since 8/4" is a date; "since 8" an hour.
    BOOST_TEST(!has(tags_of("pharmacy ac out, blower motor backordered since 8/4, store at 81"), "DURATION_ACUTE"));
    BOOST_TEST(has(tags_of("The AC quit, it's been out since 8 this morning."), "DURATION_ACUTE"));
    // A problem description's "22 yr old" system is an old one; its "84 yr old caller" is no system.
    BOOST_TEST(has(tags_of("quote to replace 22 yr old lennox furnace, still working"), "REPLACE_OPP"));
    BOOST_TEST(has(tags_of("replacement estimate for 19yr old ac and furnace"), "REPLACE_OPP"));
    BOOST_TEST(!has(tags_of("no heat, furnace not running at all, 84 yr old caller lives alone"), "REPLACE_OPP"));
    BOOST_TEST(!has(tags_of("ac tune-up, 6 yr old goodman"), "REPLACE_OPP"));
    // More of its shorthand.
    BOOST_TEST(has(tags_of("nest thermostat stuck at 78, ac turning on/off every couple minutes"), "DIAGNOSTIC_CYCLE"));
    BOOST_TEST(has(tags_of("rtu-2 warm air, condenser fan motor on order since tuesday"), "PARTS_DELAY"));
    BOOST_TEST(has(tags_of("objects to 14k replacement quote, has lower competing bid"), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("return visit: ac blowing warm again after capacitor replaced yesterday"), "CALLBACK_RISK"));
    BOOST_TEST(has(tags_of("furnace tune-up before winter, replace filter (size unknown)"), "FILTER_SERVICE"));
    BOOST_TEST(has(tags_of("new construction bid, wants options zoned system vs two systems"), "INSTALL_ADDON"));
    // A whole-home purifier or humidifier asked for is an add-on; one that fails is the IAQ system's repair.
    BOOST_TEST(has(tags_of("duct cleaning, daughter with asthma; quote whole-home air purifier"), "INSTALL_ADDON"));
    const auto dehumidifier = tags_of("The whole house dehumidifier stopped running.");
    BOOST_TEST(has(dehumidifier, "REPAIR_IAQ"));
    BOOST_TEST(!has(dehumidifier, "INSTALL_ADDON"));
    BOOST_TEST(!has(tags_of("while somebody's out here can you check the filter"), "REPAIR_HEATING"));
    BOOST_TEST(!has(tags_of("oh and one more thing i keep getting these recorded calls"), "SCOPE_CREEP"));
    BOOST_TEST(!has(tags_of("i'm just verifying a rebate application for a heat pump"), "JOB_APPLICANT"));
    const auto roof = tags_of("your guy was out on rooftop unit number two");
    BOOST_TEST(!has(roof, "MULTIUNIT_COORD"));
    BOOST_TEST(has(roof, "ROOF_EQUIP"));
    BOOST_TEST(!has(tags_of("the fins are smashed in, you can see it from the parking lot"), "PARKING_ISSUE"));
    BOOST_TEST(!has(tags_of("your guy cleaned out the drain line in the spring so that's all good"), "CONDENSATE_CLOG"));
    BOOST_TEST(has(tags_of("your guy cleaned out the drain line in the spring and now water is backing up into the pan "
                           "again"),
                   "CONDENSATE_CLOG"));
    for (const char* text : {"the big pipe going into the outside unit is all frosty like white ice on it",
                             "the outside unit has ice on it and it's not cooling"}) {
        const auto ice = tags_of(text);
        BOOST_TEST(has(ice, "REFRIGERANT_LEAK"), text);
        BOOST_TEST(!has(ice, "SNOW_ICE"), text);
    }
    BOOST_TEST(has(tags_of("the driveway has ice on it so park on the street"), "SNOW_ICE"));
    BOOST_TEST(!has(tags_of("the steps are covered in ice so be careful coming up"), "REFRIGERANT_LEAK"));
    BOOST_TEST(has(tags_of("my wife told me my ac is making a weird clicking noise outside"), "DIAGNOSTIC_NOISE"));
    BOOST_TEST(!has(tags_of("y'all came out and replaced a capacitor on my ac, it's running fine, the problem is the bill"),
                    "REPAIR_AC"));
    // A breaker turned off and on is a fix tried, not a problem that comes and goes.
    const auto breaker = tags_of("the furnace is dead, my husband flipped the breaker off and on and nothing");
    BOOST_TEST(!has(breaker, "DIAGNOSTIC_INTERMITTENT"));
    BOOST_TEST(!has(breaker, "UTILITY_SHUTOFF"));
    BOOST_TEST(has(breaker, "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("the AC keeps going off and on all day"), "DIAGNOSTIC_INTERMITTENT"));
    // An R-22 system is over 15 years old: a replacement opportunity, as the refrigerant is
    // R22_RETROFIT; "freon", the word for any refrigerant, is no age.
    const auto r22 = tags_of("quote to replace 2007 r-22 ac");
    BOOST_TEST(has(r22, "REPLACE_OPP"));
    BOOST_TEST(has(r22, "R22_RETROFIT"));
    BOOST_TEST(!has(tags_of("the ac is low on freon"), "REPLACE_OPP"));
    // Whose house it is: the seller's; the owner's of a condo unit.
    BOOST_TEST(has(tags_of("I'm selling my house and the inspection flagged the furnace."), "OWNER_OCCUPIED"));
    BOOST_TEST(!has(tags_of("I'm selling my house and the inspection flagged the furnace."), "VENDOR_SALES"));
    BOOST_TEST(has(tags_of("the ac is out, it's a condo and i own the unit"), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("no renters, no landlord to ask, it's ours"), "OWNER_OCCUPIED"));
}

// A caller who is not a customer says what they are: a marketing pitch is telemarketing too, a
// manufacturer's representative speaks of the brand and its dealers, a supply house of will-call,
// a wrong number of the wrong button; a customer who says how they found us or what they do for a
// living is none of them.
BOOST_AUTO_TEST_CASE(callers_who_are_not_customers_say_what_they_are) {
    const auto seo = tags_of("This is Kyle with RankBoost. You're not in the top three on Google Maps.");
    BOOST_TEST(has(seo, "SPAM_TELEMARKETING"));
    BOOST_TEST(has(seo, "VENDOR_SALES"));
    BOOST_TEST(has(tags_of("This is Jordan with ReviewShield Marketing, who handles your online presence?"),
                   "SPAM_TELEMARKETING"));
    BOOST_TEST(!has(tags_of("This is Brad with RoadLink Fleet Solutions, we cut fuel costs with gps tracking."),
                    "SPAM_TELEMARKETING"));
    BOOST_TEST(has(tags_of("Morning, this is Greg, the Carrier rep for central Missouri."), "MANUFACTURER_REP"));
    BOOST_TEST(has(tags_of("We're holding a dealer meeting at the distribution center."), "MANUFACTURER_REP"));
    BOOST_TEST(has(tags_of("This is Luis at Southwest Refrigeration Supply, your compressor is here for will-call."),
                   "PARTS_SUPPLIER"));
    BOOST_TEST(!has(tags_of("Okay, I will call you back tomorrow."), "PARTS_SUPPLIER"));
    BOOST_TEST(has(tags_of("Oh my, I must have pushed the wrong button."), "WRONG_NUMBER"));
    BOOST_TEST(has(tags_of("Shoot, Google gave me this number."), "WRONG_NUMBER"));
    for (const char* text : {"Hi, I found you guys on Google Maps, my AC is out and it's 90 in here.",
                             "hi um i work in marketing from home and my furnace stopped working this morning"}) {
        const auto customer = tags_of(text);
        BOOST_TEST(customer.empty(Category::NON_CUSTOMER), text);
        BOOST_TEST(!customer.empty(Category::SERVICE_TYPE), text);
    }
}

// The agent's problem description writes the same things the same way in every call: a complaint
// ("wants manager", "billing dispute"), an install month, a plan member, who calls for whom, the
// scope, the building's rules, a filter, a thermostat, a utility off, who holds the key.
BOOST_AUTO_TEST_CASE(a_problem_descriptions_shorthand) {
    // A complaint.
    BOOST_TEST(has(tags_of("store rtu compressor on backorder 3 wks, store 86, wants manager"), "ESCALATION_REQ"));
    BOOST_TEST(has(tags_of("no ac, compressor backordered since 6/19 visit, customer upset"), "COMPLAINT_SERVICE"));
    BOOST_TEST(has(tags_of("tech backed van into customer's fence during tune-up, customer wants damage paid"),
                   "COMPLAINT_SERVICE"));
    BOOST_TEST(has(tags_of("billing dispute, $389 for drain line clearing"), "COMPLAINT_PRICE"));
    BOOST_TEST(has(tags_of("disputes $648 invoice for capacitor replacement"), "COMPLAINT_PRICE"));
    // An install month, a warranty visit, a plan member, who calls for whom, whose approval, the alarm.
    BOOST_TEST(has(tags_of("heat pump installed march 2025 blowing cool, running on aux heat"), "RECENT_INSTALL"));
    BOOST_TEST(has(tags_of("upstairs colder than main floor since new lennox install in september"), "RECENT_INSTALL"));
    BOOST_TEST(has(tags_of("new goodman furnace whining loudly at startup; warranty visit"), "WARRANTY_CLAIM"));
    BOOST_TEST(has(tags_of("rear rooftop unit blowing cold, maintenance agreement customer"), "VIP_ACCOUNT"));
    BOOST_TEST(has(tags_of("furnace not running, 84 yr old mother alone, daughter calling for her"), "AGENT_PROXY"));
    BOOST_TEST(has(tags_of("replacement estimate for 19yr old ac and furnace; husband must attend"), "NEEDS_APPROVAL"));
    BOOST_TEST(has(tags_of("lockbox by garage door, simplisafe code"), "ALARM_CODE"));
    BOOST_TEST(has(tags_of("ac we installed nov 2024 blowing warm air, second call"), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("missed appointment - upstairs ac not cooling"), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("ac not cooling, bad capacitor diagnosed yesterday; caller wants capacitor replaced only"),
                   "SCOPE_LIMITED"));
    BOOST_TEST(has(tags_of("ac blowing warm, tight budget, call before anything over $150"), "SCOPE_LIMITED"));
    BOOST_TEST(has(tags_of("Every contractor has to check in at the lobby first."), "VENDOR_ACCESS"));
    BOOST_TEST(has(tags_of("condo 14th fl ac not cooling, bldg requires work order, coi"), "VENDOR_ACCESS"));
    BOOST_TEST(has(tags_of("spring ac tune-up (comfort club member), replace two 16x25x1 filters"), "FILTER_SERVICE"));
    BOOST_TEST(has(tags_of("furnace tune-up and filter before weekend, furnace working"), "FILTER_SERVICE"));
    BOOST_TEST(!has(tags_of("the furnace quit, i already checked the breaker and filter"), "FILTER_SERVICE"));
    BOOST_TEST(has(tags_of("thermostat blank since this morning, new batteries didn't help, no heat"), "REPAIR_THERMOSTAT"));
    BOOST_TEST(has(tags_of("lightning strike last night, ac and thermostat dead"), "REPAIR_THERMOSTAT"));
    BOOST_TEST(has(tags_of("90 yo father - gas shut off at meter by him since yesterday, no heat"), "UTILITY_SHUTOFF"));
    BOOST_TEST(has(tags_of("vacant rental ac tune-up; lockbox garage side door; water off at street"), "UTILITY_SHUTOFF"));
    BOOST_TEST(has(tags_of("One unit on the roof for our side. The building manager has the roof key."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("We see patients 9 to 5, if your tech could come before 9 or after 5 that would be best."),
                   "ACCESS_RESTRICT"));
}

BOOST_AUTO_TEST_CASE(hours_security_snow_and_parking_are_access_facts) {
    BOOST_TEST(has(tags_of("Thursday is fine but afternoons only, we're slammed before lunch."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("The guard at the gate will want to see a photo ID."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("It's a secured building, call me from the lobby."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("The mechanical closet is padlocked and the landlord must unlock it."), "ACCESS_RESTRICT"));
    BOOST_TEST(!has(tags_of("Any time works, mornings or afternoons."), "ACCESS_RESTRICT"));
    BOOST_TEST(has(tags_of("Our street hasn't been plowed since Sunday."), "SNOW_ICE"));
    BOOST_TEST(has(tags_of("Tell him to park in the alley, the front lot is for customers."), "PARKING_ISSUE"));
    BOOST_TEST(has(tags_of("Please do not park across the neighbor's driveway."), "PARKING_ISSUE"));
    BOOST_TEST(!has(tags_of("We live by the park at the end of Elm Street."), "PARKING_ISSUE"));
}

BOOST_AUTO_TEST_CASE(a_system_that_barely_keeps_up_a_furnace_check_and_a_system_that_keeps_failing) {
    BOOST_TEST(has(tags_of("The heat pump barely keeps up when it drops below twenty."), "DIAGNOSTIC_PERFORMANCE"));
    BOOST_TEST(has(tags_of("the upstairs unit is running weak"), "DIAGNOSTIC_PERFORMANCE"));
    BOOST_TEST(has(tags_of("I'd like a furnace check before it gets cold."), "TUNEUP_HEATING"));
    const auto both = tags_of("We just bought the place and want a furnace and AC checkup.");
    BOOST_TEST(has(both, "TUNEUP_HEATING"));
    BOOST_TEST(has(both, "TUNEUP_AC"));
    BOOST_TEST(has(tags_of("This is the third failure since March."), "REPLACE_OPP"));
    BOOST_TEST(has(tags_of("that compressor has been repaired three times already"), "REPLACE_OPP"));
    // A system put in is no lead: a complaint about it ("the new system installed in June keeps
    // shutting off") asks for no quote.
    BOOST_TEST(!has(tags_of("the new system installed in june keeps shutting off"), "HOT_LEAD"));
    BOOST_TEST(has(tags_of("I want a new system installed before summer."), "HOT_LEAD"));
}

// ---- Robustness and coverage ---------------------------------------------------

BOOST_AUTO_TEST_CASE(never_crashes_on_any_bytes) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255), len(0, 300);
    const std::string_view alphabet = " no not gas,.!?but smell AC furnace dog-'";
    for (int i = 0; i < 300; ++i) {
        std::string text;
        const int n = len(rng);
        for (int k = 0; k < n; ++k)
            text.push_back(i % 2 ? static_cast<char>(byte(rng))
                                 : alphabet[static_cast<std::size_t>(byte(rng)) % alphabet.size()]);
        const auto t = tags_of(text);
        // One urgency level; SEASONAL_RUSH may join it.
        BOOST_TEST_REQUIRE((t.set().in(Category::URGENCY) - TagSet{tag_of("SEASONAL_RUSH")}).size() == 1u);
        BOOST_TEST_REQUIRE(t.size(Category::CUSTOMER) >= 1u);
    }
    // A sentence longer than the profile's per-sentence buffer.
    std::string longest;
    for (int i = 0; i < 500; ++i) longest += "dog cat ";
    longest += "furnace stopped working";
    BOOST_TEST(has(tags_of(longest), "REPAIR_HEATING"));
    std::string huge(1 << 18, 'x');
    huge += " my furnace stopped working";
    BOOST_TEST(has(tags_of(huge), "REPAIR_HEATING"));
}

BOOST_AUTO_TEST_CASE(profiles_by_name) {
    BOOST_TEST((parse_profile("hvac117") == ProfileId::hvac117));
    BOOST_TEST((parse_profile("seed") == ProfileId::seed));
    BOOST_TEST(!parse_profile("HVAC117").has_value());
    BOOST_TEST((default_profile == ProfileId::hvac117));
    BOOST_TEST(name(ProfileId::hvac117) == "hvac117");
}

// ---- Constant expressions (the default engine: the token engine for this table):
// short phrases only; clang 14 stops at 1M constexpr steps, GCC at 33M ops.

static_assert(hvac117_profile::coverage() == TagSet::all(),
              "the hvac117 profile must reach all 117 tags and the 3 DURATION tags");
// The dialogue reading's two helpers, at compile time.
static_assert(is_bare_yes("Yes.") && is_bare_yes("yeah") &&
              is_bare_yes("uh-huh, that's right") && is_bare_yes("Yes it is.") &&
              is_bare_yes("Correct.") && is_bare_yes("yep yep"));
static_assert(!is_bare_yes("No.") && !is_bare_yes("nope") &&
              !is_bare_yes("okay") && !is_bare_yes("yeah my dad, he's 88") &&
              !is_bare_yes("") && !is_bare_yes("sure?"));
static_assert(last_question("Thanks. Do you smell gas?") == " Do you smell gas?");
// The word lists they read ('|'-separated): whole words only, the first, the last and none.
static_assert(detail::in_word_list("yes", "yes|no") && detail::in_word_list("no", "yes|no") &&
              !detail::in_word_list("ye", "yes|no") && !detail::in_word_list("yess", "yes|no") &&
              !detail::in_word_list("", "yes|no") && !detail::in_word_list("yes|no", "yes|no"));
// A word found inside another word of the list is not in it; a later, shorter one is.
static_assert(detail::in_word_list("nope", "yes|no|nope") && !detail::in_word_list("nop", "yes|no|nope") &&
              !detail::in_word_list("es", "yes|ye") && detail::in_word_list("ye", "yes|ye") &&
              !detail::in_word_list("s|y", "yes|ye") && !detail::in_word_list("yes|", "yes|ye"));
// find_words: a word's start in either case, from a place, at a word boundary; the words
// lowercase (an uppercase one is never found, as no lowercased byte is uppercase).
static_assert(find_words("How old is it?", "how old") == 0 && find_words("Did you check the Breakers?", "breaker") == 18 &&
              find_words("show me how", "how") == 8 && find_words("shower", "how") == std::string_view::npos &&
              find_words("how how", "how", 1) == 4 && find_words("a 2-stage unit", "2-stage") == 2 &&
              find_words("HOW", "HOW") == std::string_view::npos && find_words("@bc `bc", "`bc") == 4 &&
              find_words("ab", "") == 0 && find_words("ab", "", 1) == std::string_view::npos &&
              find_words("x", "xy") == std::string_view::npos && find_words("\xc3\x81" "bc", "abc") == std::string_view::npos);
static_assert(mentions_any("When did you install it?", "tune|install") &&
              mentions_any("When did the tune-up happen?", "tune|install") &&
              !mentions_any("When did it stop?", "tune|install"));
static_assert(asks_when_started("Thanks. When did you first notice it?") &&
              asks_when_started("okay how long has the rattle been going on") &&
              asks_when_started("when did the furnace stop") && asks_when_started("When did it go blank?") &&
              !asks_when_started("When did you buy the house?") &&
              !asks_when_started("How long have you had the unit?") && !asks_when_started("What day works for you?"));
// Not when something was installed, serviced or done last, nor a visit: and only the
// turn's last sentence asks.
static_assert(!asks_when_started("How long has the unit been installed?") && !asks_when_started("When did it go in?") &&
              !asks_when_started("How long has it been since your last service?") &&
              !asks_when_started("When did you last reset the breaker?") &&
              !asks_when_started("When did the technician stop by?") && !asks_when_started("when did he stop by") &&
              !asks_when_started("When did you first call us?") &&
              !asks_when_started("When did it stop cooling? And what day works best for a visit?"));
static_assert(asks_when_started("How long has it lasted?") && asks_when_started("When did it break down?") &&
              asks_when_started("How long has it been out of service?") &&
              !asks_when_started("when did you run it last?"));
static_assert(last_question("Is it the furnace or the AC?").empty() &&
              last_question("Okay.").empty());
static_assert(hvac117_profile::coverage().size() == 120);
static_assert(!classify_text<hvac117_profile>({}, "no gas smell").tags.contains(tag_of("GAS_LEAK")));
static_assert(classify_text<hvac117_profile>({}, "no, but gas smell").tags.contains(tag_of("GAS_LEAK")));
static_assert(!classify_text<hvac117_profile>({}, "not a leak").tags.contains(tag_of("REFRIGERANT_LEAK")));
static_assert(!classify_text<hvac117_profile>({}, "ACE, back").tags.contains(tag_of("REPAIR_AC")));
static_assert(classify_text<hvac117_profile>({}, "my AC quit").tags.contains(tag_of("REPAIR_AC")));
static_assert(!classify_text<hvac117_profile>({}, "carpet").tags.contains(tag_of("PET_SECURE")));
static_assert(classify_text<hvac117_profile>({.urgency_tier = "low"}, "").tags.contains(tag_of("FLEXIBLE")));
static_assert(classify_text<hvac117_profile>({.state = State::safety_exit}, "I smell gas")
                  .tags.contains(tag_of("CRITICAL_EVACUATE")));
static_assert(hvac117_tables::time_tags(1783951200.0, hvac117_tables::default_zone)
                  .contains(tag_of("PEAK_SUMMER")));

// ---- The dialogue: a caller's bare yes answers the agent's question -------------

BOOST_AUTO_TEST_SUITE(Dialogue)

namespace {
CallSession dialogue(std::initializer_list<std::pair<Role, const char*>> turns) {
    CallSession s = session();
    double t = 1000.0;
    for (auto [role, text] : turns)
        s.transcript_log.push_back(role == Role::user ? TranscriptEntry::user(text, t) : TranscriptEntry::agent(text, t)),
            t += 3.0;
    return s;
}
Tags call_tags(const CallSession& s) { return classify_call<hvac117_profile>(s).tags; }
}  // namespace

BOOST_AUTO_TEST_CASE(a_bare_yes_makes_the_question_the_callers) {
    const auto s = dialogue({{Role::agent, "Thanks for calling. Do you smell gas in the home?"}, {Role::user, "Yeah."}});
    BOOST_TEST(has(call_tags(s), "GAS_LEAK"));
    for (const char* yes : {"yes", "Uh-huh, that's right.", "yep yep", "Correct.", "Yes it is."}) {
        const auto y = dialogue({{Role::agent, "Is water pouring through the ceiling?"}, {Role::user, yes}});
        BOOST_TEST(has(call_tags(y), "ACTIVE_FLOODING"), yes);
    }
}

// A caller's question asks about the occupants, times, weather, warranty or bill without
// saying they are so; an agent's question answered yes is a statement; a hazard asked
// about is reported.
BOOST_AUTO_TEST_CASE(a_callers_question_is_not_a_statement_of_fact) {
    BOOST_TEST(!has(tags_of("Yes, please. And is any of that covered by warranty?"), "WARRANTY_CUSTOMER"));
    BOOST_TEST(has(tags_of("It's still under warranty, the unit is four years old."), "WARRANTY_CUSTOMER"));
    BOOST_TEST(!has(tags_of("Does a tune-up actually make a difference on the electric bill?"), "DIAGNOSTIC_ENERGY"));
    BOOST_TEST(!has(tags_of("Hi, is this the Heatwave company on Coit Road?"), "EXTREME_WEATHER"));
    BOOST_TEST(has(tags_of("Is it normal that I smell gas by the furnace?"), "GAS_LEAK"));
    // A dangerous temperature asked about is still one.
    BOOST_TEST(has(tags_of("My mom is ninety and the AC quit. Is it safe for her when it's 105 degrees outside?"),
                   "HEALTH_RISK"));
    const auto elderly = dialogue({{Role::agent, "Is anyone elderly in the home?"}, {Role::user, "Yes."}});
    BOOST_TEST(has(call_tags(elderly), "ELDERLY_OCCUPANT"));
}

BOOST_AUTO_TEST_CASE(a_no_or_a_longer_answer_or_an_either_or_question_adds_nothing) {
    for (const char* no : {"No.", "nope", "no, none of that", "okay"}) {
        const auto s = dialogue({{Role::agent, "Do you smell gas?"}, {Role::user, no}});
        BOOST_TEST(!has(call_tags(s), "GAS_LEAK"), no);
    }
    // The question is only read for the turn that answers it.
    const auto later = dialogue({{Role::agent, "Do you smell gas?"}, {Role::user, "No."}, {Role::user, "Yes."}});
    BOOST_TEST(!has(call_tags(later), "GAS_LEAK"));
    // Alternatives: a bare yes does not choose between them.
    const auto either = dialogue({{Role::agent, "Do you smell gas or is a CO alarm going off?"}, {Role::user, "Yes."}});
    BOOST_TEST(!has(call_tags(either), "GAS_LEAK"));
    BOOST_TEST(!has(call_tags(either), "CO_EVENT"));
    // The agent's statements are not questions.
    const auto told = dialogue({{Role::agent, "A gas smell means you should leave."}, {Role::user, "Yes."}});
    BOOST_TEST(!has(call_tags(told), "GAS_LEAK"));
}

// A yes that goes on ("yeah my dad, he's 88") answers the question as a bare one does; a yes taken
// back ("yeah but", "yes, i don't think so") or followed by a long story does not.
BOOST_AUTO_TEST_CASE(a_yes_that_goes_on_answers_the_question) {
    const auto dad = dialogue({{Role::agent, "Is anyone elderly in the home?"}, {Role::user, "yeah my dad, he's 88"}});
    BOOST_TEST(has(call_tags(dad), "ELDERLY_OCCUPANT"));
    const auto water = dialogue({{Role::agent, "Is water coming through the ceiling?"},
                                 {Role::user, "Yep, right over the kitchen table."}});
    BOOST_TEST(has(call_tags(water), "ACTIVE_FLOODING"));
    // Not knowing what it is takes nothing back (policy GAS_LEAK: "i don't know what it is, but i
    // smell gas"); a "don't" of anything else still does.
    for (const char* unsure : {"yes, i don't know what it is", "yeah, not sure why", "yes no idea where it's coming from"}) {
        const auto s = dialogue({{Role::agent, "Do you smell gas?"}, {Role::user, unsure}});
        BOOST_TEST(has(call_tags(s), "GAS_LEAK"), unsure);
    }
    for (const char* denied : {"yeah no, i don't smell anything", "yes, i don't think so", "yeah not really"}) {
        const auto s = dialogue({{Role::agent, "Do you smell gas?"}, {Role::user, denied}});
        BOOST_TEST(!has(call_tags(s), "GAS_LEAK"), denied);
    }
    // Up to ten words: a gas smell confirmed in a sentence of its own.
    const auto gas = dialogue({{Role::agent, "Do you smell gas?"}, {Role::user, "yes i can smell it in the house"}});
    BOOST_TEST(has(call_tags(gas), "GAS_LEAK"));
    for (const char* taken_back : {"yeah but it's not leaking right now", "yes, i don't think so", "yeah no",
                                   "yeah, well, we had the roof replaced last spring and the gutters redone too"}) {
        const auto s = dialogue({{Role::agent, "Is water coming through the ceiling?"}, {Role::user, taken_back}});
        BOOST_TEST(!has(call_tags(s), "ACTIVE_FLOODING"), taken_back);
    }
}
static_assert(answers_yes("Yes.") && answers_yes("yeah") && answers_yes("yeah my dad, he's 88") &&
              answers_yes("Yep, the back hallway.") && answers_yes("yes i can smell it in the house"));

// A yes to the agent's question whether something is as it should be says nothing is wrong:
// the question is not the caller's words. A question about a fault still is.
BOOST_AUTO_TEST_CASE(a_yes_to_is_it_working_fine_is_no_fault) {
    for (const char* yes : {"Yes.", "Yep, display's fine, it says heat and 68."}) {
        const auto s = dialogue({{Role::agent, "Is the thermostat display working normally?"}, {Role::user, yes}});
        BOOST_TEST(!has(call_tags(s), "REPAIR_THERMOSTAT"), yes);
    }
    const auto louder = dialogue({{Role::agent, "Is the furnace making more noise than normal?"}, {Role::user, "Yes."}});
    BOOST_TEST(has(call_tags(louder), "DIAGNOSTIC_NOISE"));
    const auto gas = dialogue({{Role::agent, "Okay. Do you smell gas?"}, {Role::user, "yeah it's strong"}});
    BOOST_TEST(has(call_tags(gas), "GAS_LEAK"));
}
static_assert(asks_if_fine("Is the AC cooling fine downstairs?") && asks_if_fine("Is the thermostat working normally?") &&
              asks_if_fine("Is it running okay?"));
static_assert(!asks_if_fine("Is it louder than normal?") && !asks_if_fine("Is it not cooling properly?") &&
              !asks_if_fine("Do you smell gas?") && !asks_if_fine("Okay, and do you smell gas?") &&
              !asks_if_fine("Is the furnace running fine but blowing cold air?") &&
              !asks_if_fine("Was it working fine until the storm last night?") && !asks_if_fine("Good airflow?"));
// An estimate's "or" ("an hour or so", "a day or two") offers no alternatives; "or" within a word is none.
static_assert(offers_alternatives(" Is it the furnace or the AC?") && offers_alternatives("gas smell, or a CO alarm?") &&
              offers_alternatives("Is it a gas smell, or more of a burning smell?") &&
              offers_alternatives("Is it blowing warm air, or less air than usual?") &&
              !offers_alternatives("And it stopped within the last hour or so?") &&
              !offers_alternatives("Has it been a day or two?") && !offers_alternatives("Do you have the order number?") &&
              !offers_alternatives("Is it a month or more now?") && !offers_alternatives("About a week or two days?"));

// The review of stop 57's dialogue round: 99 dialogues of the reviewer's own, 30 misfires of its
// first form, each a check here: a longer yes that puts the answer in the past or takes it back,
// a question with "okay" / "good" / "fine" that asks about a fault, an "or more of" alternative.
BOOST_AUTO_TEST_CASE(the_dialogue_rounds_review_guards) {
    struct guard {
        const char* question;
        const char* answer;
        const char* tag;
        bool given;
    };
    for (const guard& g : std::initializer_list<guard>{
             {"Is the carbon monoxide alarm going off?", "yeah it was just chirping for a new battery earlier", "CO_EVENT", false},
             {"Is water pouring through the ceiling?", "yeah well more like a small puddle by the furnace", "ACTIVE_FLOODING", false},
             {"Do you smell gas?", "yes last week, the gas company came and fixed it", "GAS_LEAK", false},
             {"Is anyone elderly living in the home?", "yes my father, he visits us every other weekend", "ELDERLY_OCCUPANT", false},
             {"Is anyone in the home on oxygen?", "yeah my husband used to be, he's off it now", "MEDICAL_NEED", false},
             {"Do you smell gas?", "yeah i thought so, turns out it was the trash", "GAS_LEAK", false},
             {"Okay, and do you smell gas?", "yes", "GAS_LEAK", true},
             {"Good, and is anyone in the home elderly?", "yes", "ELDERLY_OCCUPANT", true},
             {"Sounds good, is there a gate code?", "yes", "GATE_CODE", true},
             {"Okay, is water coming through the ceiling?", "yes", "ACTIVE_FLOODING", true},
             {"Ok, and do you have any dogs at the house?", "yeah two of them", "PET_SECURE", true},
             {"Is it a Goodman furnace blowing cold air?", "yes", "REPAIR_HEATING", true},
             {"Is your Goodman AC leaking water through the ceiling?", "yes", "REPAIR_AC", true},
             {"Is the gas smell good and strong right now?", "yes", "GAS_LEAK", true},
             {"Is there a good way to reach the attic?", "yes through the hallway closet", "LADDER_ATTIC", true},
             {"Would you like a quote on a good high-efficiency system?", "yes please", "HOT_LEAD", true},
             {"Is the unit making a good bit of noise?", "yeah", "DIAGNOSTIC_NOISE", true},
             {"Is the furnace running fine but blowing cold air?", "yes", "REPAIR_HEATING", true},
             {"Is the fan working okay but the air is weak?", "yes", "DIAGNOSTIC_AIRFLOW", true},
             {"Is the heat pump working fine on cooling but blowing cold on heat?", "yes", "REPAIR_HEATPUMP", true},
             {"Was it working fine until the storm last night?", "yes", "EXTREME_WEATHER", true},
             {"Was everything working fine before the power outage?", "yeah", "POWER_OUTAGE", true},
             {"Did it work perfectly until the new install last month?", "yes it did", "RECENT_INSTALL", true},
             {"Is the carbon monoxide alarm going off, and is everyone okay?", "yes we're outside now", "CO_EVENT", true},
             {"Is it okay if I ask whether anyone elderly lives in the home?", "yes my mom lives with us", "ELDERLY_OCCUPANT", true},
             {"Is your mom okay with the heat out, she's 90?", "yes for now", "ELDERLY_OCCUPANT", true},
             {"Is the baby okay with no heat in the house?", "yes she's bundled up", "INFANT_NEWBORN", true},
             {"Is it a gas smell, or more of a burning smell?", "yes", "GAS_LEAK", false},
             {"Is it a gas smell, or more of a burning smell?", "yes", "ELECTRICAL_FIRE", false},
             {"Is it dripping, or more like pouring through the ceiling?", "yeah", "ACTIVE_FLOODING", false},
             {"Is it blowing warm air, or less air than usual?", "yes", "REPAIR_AC", false},
         }) {
        const auto s = dialogue({{Role::agent, g.question}, {Role::user, g.answer}});
        BOOST_TEST(has(call_tags(s), g.tag) == g.given, g.question << " / " << g.answer << ": " << g.tag);
    }
}
static_assert(last_question("So it stopped an hour or so ago?") == "So it stopped an hour or so ago?");
static_assert(!answers_yes("yeah but it's not leaking") && !answers_yes("yes, i don't think so") &&
              !answers_yes("okay, my dad is here") && !answers_yes("No.") &&
              !answers_yes("yeah, well, we had the roof replaced last spring and the gutters redone"));

// The answer to the agent's question about when the problem started says when it
// started ("Sunday." reads "it started Sunday."); the same answer to another question
// does not. Said with when it started, it replaces a duration said in passing before it.
BOOST_AUTO_TEST_CASE(an_answer_to_when_it_started_is_a_duration) {
    const auto when = dialogue({{Role::user, "My AC stopped cooling."},
                                {Role::agent, "When did it stop cooling?"},
                                {Role::user, "Sunday."}});
    BOOST_TEST(has(call_tags(when), "DURATION_RECENT"));
    const auto how_long = dialogue({{Role::user, "the heat pump is blowing cold air"},
                                    {Role::agent, "okay how long has it been doing that"},
                                    {Role::user, "saturday i think"}});
    BOOST_TEST(has(call_tags(how_long), "DURATION_RECENT"));
    for (const char* other : {"What day works for you?", "How long have you had the system?"}) {
        const auto s = dialogue({{Role::user, "My AC stopped cooling."}, {Role::agent, other}, {Role::user, "Sunday."}});
        BOOST_TEST(!has(call_tags(s), "DURATION_RECENT"), other);
    }
    // Its evidence is the answer.
    auto recent = evidence_of(when, "DURATION_RECENT");
    BOOST_REQUIRE(recent);
    BOOST_TEST(recent->turn == 2);
    BOOST_TEST(recent->text == "Sunday");
    BOOST_TEST(recent->begin == 0u);
    // From the answer's first word.
    const auto spaced = dialogue({{Role::user, "My AC stopped cooling."},
                                  {Role::agent, "When did it stop cooling?"},
                                  {Role::user, "  Sunday."}});
    recent = evidence_of(spaced, "DURATION_RECENT");
    BOOST_REQUIRE(recent);
    BOOST_TEST(recent->text == "Sunday");
    BOOST_TEST(recent->begin == 2u);
    // "41 last night" is when it got cold, "Saturday night." when it started.
    const auto passing = dialogue({{Role::user, "The heat pump's blowing cold air, and it got down to 41 last night."},
                                   {Role::agent, "When did it start blowing cold?"},
                                   {Role::user, "Saturday night."}});
    BOOST_TEST(has(call_tags(passing), "DURATION_RECENT"));
    BOOST_TEST(!has(call_tags(passing), "DURATION_ACUTE"));
    BOOST_TEST(has(tags_of("My tenant called me last night. She says the furnace bangs. Started a couple days ago."),
                   "DURATION_RECENT"));
    // In its sentence too; the machine starting up is no start.
    BOOST_TEST(has(tags_of("It got down to 41 last night and it started Saturday."), "DURATION_RECENT"));
    BOOST_TEST(has(tags_of("It's been short cycling for a few weeks. Today it keeps starting and stopping."),
                   "DURATION_ONGOING"));
}


BOOST_AUTO_TEST_CASE(an_answer_to_how_old_is_an_age_not_a_duration) {
    // "How old is the baby?" "Three weeks." is the baby's age.
    const auto baby = dialogue({{Role::user, "The furnace quit and we have a newborn."},
                                {Role::agent, "I'm sorry. How old is the baby?"},
                                {Role::user, "Three weeks."}});
    BOOST_TEST(!has(call_tags(baby), "DURATION_ONGOING"));
    BOOST_TEST(has(call_tags(baby), "REPAIR_HEATING"));
    // The same answer to how long it has lasted is the problem's.
    const auto lasted = dialogue({{Role::user, "The furnace keeps short cycling."},
                                  {Role::agent, "How long has it been doing that?"},
                                  {Role::user, "Three weeks."}});
    BOOST_TEST(has(call_tags(lasted), "DURATION_ONGOING"));
    // A longer answer keeps its durations ("this morning" would be present, not weak).
    const auto longer = dialogue({{Role::agent, "How old is the furnace?"},
                                  {Role::user, "fifteen years but it stopped heating two days ago"}});
    BOOST_TEST(has(call_tags(longer), "DURATION_RECENT"));
    const auto mother = dialogue({{Role::agent, "How old is your mother?"},
                                  {Role::user, "shes 88 and the heat has been out since yesterday"}});
    BOOST_TEST(has(call_tags(mother), "DURATION_RECENT"));
}
static_assert(asks_how_old("Okay. How old is the furnace?") && asks_how_old("and how old is the baby") &&
              !asks_how_old("How old is it? When did it stop?") && !asks_how_old("When did it stop cooling?"));

BOOST_AUTO_TEST_SUITE_END()

// ---- Evidence: every tag says what gave it ----------------------------------------

BOOST_AUTO_TEST_SUITE(Evidence)

BOOST_AUTO_TEST_CASE(every_tag_has_evidence_with_its_turn_text_and_rule) {
    CallSession s = session();
    s.caller_known = true;
    s.urgency_tier = "urgent";
    s.start_time = chicago(2026, 7, 4, 21, 30);  // a summer Saturday night in a holiday week
    s.problem_description = "furnace making a grinding noise";
    s.transcript_log = {TranscriptEntry::agent("Thanks for calling. Is there a gate code?", 1.0),
                        TranscriptEntry::user("Yes.", 2.0),
                        TranscriptEntry::agent("How long has the AC been out?", 3.0),
                        TranscriptEntry::user("my AC stopped working yesterday and my dog is barking", 4.0)};
    std::vector<TagEvidence> seen;
    const auto c = hvac117_profile::explain(s, hvac117_tables::default_zone, [&](const TagEvidence& e) { seen.push_back(e); });
    BOOST_TEST(seen.size() == c.tags.set().size());  // one record per tag, no tag without one
    BOOST_TEST((c.tags == classify_call<hvac117_profile>(s).tags));  // explaining does not change the result
    auto find = [&](std::string_view name) -> const TagEvidence* {
        for (const auto& e : seen)
            if (e.tag.name() == name) return &e;
        return nullptr;
    };
    const auto* gate = find("GATE_CODE");
    BOOST_REQUIRE(gate);
    BOOST_TEST(gate->turn == 0);          // the agent's question ...
    BOOST_TEST(gate->answered_by == 1);   // ... the caller answered yes
    BOOST_TEST(gate->text == "gate code");
    BOOST_TEST(s.transcript_log[0].content.substr(gate->begin, gate->end - gate->begin) == "gate code");
    const auto* pet = find("PET_SECURE");
    BOOST_REQUIRE(pet);
    BOOST_TEST(pet->turn == 3);
    BOOST_TEST(pet->answered_by == -1);
    BOOST_TEST(s.transcript_log[3].content.substr(pet->begin, pet->end - pet->begin) == pet->text);
    const auto* ac = find("REPAIR_AC");
    BOOST_REQUIRE(ac);
    BOOST_TEST(ac->turn == 3);
    BOOST_TEST(!ac->rule.empty());
    const auto* recent = find("DURATION_RECENT");
    BOOST_REQUIRE(recent);
    BOOST_TEST(recent->text == "yesterday");
    const auto* noise = find("DIAGNOSTIC_NOISE");
    BOOST_REQUIRE(noise);
    BOOST_TEST(noise->field == "problem_description");
    BOOST_TEST(s.problem_description.substr(noise->begin, noise->end - noise->begin) == noise->text);
    BOOST_REQUIRE(find("EXISTING_CUSTOMER"));
    BOOST_TEST(find("EXISTING_CUSTOMER")->field == "caller_known");
    BOOST_REQUIRE(find("URGENT_24HR"));
    BOOST_TEST(find("URGENT_24HR")->field == "urgency_tier");
    for (const char* t : {"PEAK_SUMMER", "WEEKEND", "AFTER_HOURS", "HOLIDAY_WEEK"}) {
        BOOST_REQUIRE(find(t));
        BOOST_TEST(find(t)->field == "start_time", t);
    }
    for (const auto& e : seen) BOOST_TEST(!e.rule.empty(), e.tag.name());
}

// The engines count offsets in the folded text (curly quotes and NBSP are one byte,
// a run of spaces, newlines and hyphens is one space): evidence is traced back to the
// raw bytes of the right turn.
BOOST_AUTO_TEST_CASE(evidence_survives_folding_before_it) {
    CallSession s = session();
    s.transcript_log = {TranscriptEntry::user("I don\u2019t   know \n - what\u00A0it is \u2014 honestly", 1.0),
                        TranscriptEntry::agent("Okay.  Is anyone   elderly at home?", 2.0),
                        TranscriptEntry::user("Yes.", 3.0),
                        TranscriptEntry::user("We\u2019re  fine \u2019\u2019 but the   dog  is barking", 4.0)};
    std::vector<TagEvidence> seen;
    hvac117_profile::explain(s, hvac117_tables::default_zone, [&](const TagEvidence& e) { seen.push_back(e); });
    bool pet = false, elderly = false;
    for (const auto& e : seen) {
        if (e.turn < 0) continue;
        const std::string_view content = s.transcript_log[static_cast<std::size_t>(e.turn)].content;
        BOOST_TEST(content.substr(e.begin, e.end - e.begin) == e.text, e.tag.name());
        if (e.tag.name() == "PET_SECURE") pet = e.turn == 3 && e.text.find("dog") != std::string_view::npos;
        if (e.tag.name() == "ELDERLY_OCCUPANT") elderly = e.turn == 1 && e.answered_by == 2 && e.text == "elderly";
    }
    BOOST_TEST(pet);
    BOOST_TEST(elderly);
}

BOOST_AUTO_TEST_CASE(derived_tags_name_their_rule) {
    CallSession s = session();
    s.state = State::safety_exit;
    s.lead_type = "high_ticket";
    s.transcript_log = {TranscriptEntry::user("I smell gas, our furnace quit, it's freezing and grandma is 90", 1.0)};
    std::vector<TagEvidence> seen;
    const auto c = hvac117_profile::explain(s, hvac117_tables::default_zone, [&](const TagEvidence& e) { seen.push_back(e); });
    BOOST_TEST(seen.size() == c.tags.set().size());
    bool evacuate = false, hot = false, health = false;
    for (const auto& e : seen) {
        if (e.tag.name() == "CRITICAL_EVACUATE") evacuate = e.field == "state";
        if (e.tag.name() == "HOT_LEAD") hot = e.field == "lead_type";
        if (e.tag.name() == "HEALTH_RISK") health = e.rule.find("loss of heating or cooling") != std::string_view::npos;
    }
    BOOST_TEST(evacuate);
    BOOST_TEST(hot);
    BOOST_TEST(health);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- Which system failed, and whether a new system is wanted ----------------
BOOST_AUTO_TEST_SUITE(SystemsAndWishes)

BOOST_AUTO_TEST_CASE(a_loss_names_the_system_that_failed) {
    // The outdoor unit is the heat pump's: heating failed, not the AC.
    const auto t = tags_of("My heat pump is blowing cool air. The outside unit runs and sounds normal, it just "
                           "isn't heating.");
    BOOST_TEST(has(t, "REPAIR_HEATPUMP"));
    BOOST_TEST(has(t, "REPAIR_HEATING"));
    BOOST_TEST(!has(t, "REPAIR_AC"));
    // With only an AC named, a loss of cooling is the AC's.
    BOOST_TEST(has(tags_of("The outside unit is running but the house is not cooling."), "REPAIR_AC"));
}

BOOST_AUTO_TEST_CASE(a_caller_who_rents_has_no_tenant_to_coordinate_with) {
    const auto renter = tags_of("I smell gas in my apartment. Yeah, I rent it. . tenant smells gas near furnace closet");
    BOOST_TEST(has(renter, "LANDLORD_AUTH"));
    BOOST_TEST(!has(renter, "TENANT_COORD"));
    BOOST_TEST(has(tags_of("I own the duplex. Call my tenant before you go."), "TENANT_COORD"));
    BOOST_TEST(!has(tags_of("The rental house is between tenants, nobody's living there."), "TENANT_COORD"));
    // Nor a house of their own; an owner's house stays theirs whatever the clause denies.
    BOOST_TEST(!has(tags_of("The heat is out in my house, I'm renting it."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("I don't want your people back in my house."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("Nobody has looked at it since we bought the place."), "OWNER_OCCUPIED"));
    BOOST_TEST(!has(tags_of("We don't own the house."), "OWNER_OCCUPIED"));
    // A rental before the caller bought it is over, and so is its landlord.
    for (const char* bought : {"We rented this place for six years and bought it from our landlord last year.",
                               "It was a rental before we bought it and the previous landlord never serviced it."}) {
        const auto owned = tags_of(bought);
        BOOST_TEST(!has(owned, "RENTAL_PROPERTY"), bought);
        BOOST_TEST(!has(owned, "LANDLORD_AUTH"), bought);
    }
    BOOST_TEST(has(tags_of("It's a rental, my landlord has to approve it."), "LANDLORD_AUTH"));
    // ...unless the words deny it themselves; a landlord renting part of the house out rents nothing.
    for (const char* not_theirs : {"It's not my house, it's my mother's, her furnace quit.",
                                   "We haven't bought the house yet, the furnace is making a noise.",
                                   "I don't live in my house anymore, the tenant says the AC is out."})
        BOOST_TEST(!has(tags_of(not_theirs), "OWNER_OCCUPIED"), not_theirs);
    BOOST_TEST(has(tags_of("We're renting out the basement to a student, and the furnace in our house quit."),
                   "OWNER_OCCUPIED"));
    // A fact a negation does not reach has its keyword as evidence.
    CallSession s = session();
    s.transcript_log = {TranscriptEntry::user("I don't want your people back in my house.", 1.0)};
    const auto owner = evidence_of(s, "OWNER_OCCUPIED");
    BOOST_REQUIRE(owner);
    BOOST_TEST(owner->text == "my house");
    BOOST_TEST(!owner->rule.empty());
}

BOOST_AUTO_TEST_CASE(a_yearly_service_is_not_a_yearly_breakdown) {
    BOOST_TEST(has(tags_of("You guys come out every spring for the tune-up."), "SEASONAL_CUSTOMER"));
    BOOST_TEST(!has(tags_of("It's twenty five years old and it keeps breaking down every winter."), "SEASONAL_CUSTOMER"));
}

BOOST_AUTO_TEST_CASE(a_fault_is_the_system_named_before_it) {
    const auto t = tags_of("Hey, my AC stopped blowing and there's a little puddle on the floor by the furnace.");
    BOOST_TEST(has(t, "REPAIR_AC"));
    BOOST_TEST(!has(t, "REPAIR_HEATING"));
    // Both named before it: both.
    const auto both = tags_of("The AC and the furnace both stopped working.");
    BOOST_TEST(has(both, "REPAIR_AC"));
    BOOST_TEST(has(both, "REPAIR_HEATING"));
    // Each fault its own: the furnace grinds, the AC stopped.
    const auto each = tags_of("The furnace keeps tripping the breaker, and the AC stopped working.");
    BOOST_TEST(has(each, "REPAIR_HEATING"));
    BOOST_TEST(has(each, "REPAIR_AC"));
    // None named before it: the one after it.
    BOOST_TEST(has(tags_of("It keeps tripping the breaker, the furnace in the basement."), "REPAIR_HEATING"));
}

// A noise is a symptom (DIAGNOSTIC_NOISE, policy: "whenever the caller reports that symptom
// class"); a repair needs a malfunction said beside it. Generic words ("a problem with", "fix")
// still report one, unless they are an idiom, a guess or a price.
BOOST_AUTO_TEST_CASE(a_noise_alone_is_a_symptom_not_a_repair) {
    const auto noise = tags_of("My furnace is making a squealing noise.");
    BOOST_TEST(has(noise, "DIAGNOSTIC_NOISE"));
    BOOST_TEST(!has(noise, "REPAIR_HEATING"));
    const auto failing = tags_of("The furnace is squealing and it won't turn on.");
    BOOST_TEST(has(failing, "DIAGNOSTIC_NOISE"));
    BOOST_TEST(has(failing, "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("There's a banging noise and the furnace blows cold air."), "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("There's a problem with my furnace."), "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("Can you send someone to fix my heat pump?"), "REPAIR_HEATPUMP"));
    BOOST_TEST(has(tags_of("i need a repair on my air conditioner"), "REPAIR_AC"));
    BOOST_TEST(!has(tags_of("It's bone dry by the furnace, that's the problem."), "REPAIR_HEATING"));
    BOOST_TEST(!has(tags_of("The adjuster wants a repair-versus-replace estimate for the condenser."), "REPAIR_AC"));
    BOOST_TEST(!has(tags_of("You charged my card twice for the furnace repair last Friday."), "REPAIR_HEATING"));
    // "clicks on" is the system starting; "clicks on and off" is cycling.
    const auto clicks = tags_of("The furnace clicks on, runs a minute and shuts off.");
    BOOST_TEST(!has(clicks, "DIAGNOSTIC_NOISE"));
    BOOST_TEST(has(tags_of("the ac keeps clicking on and off all day"), "DIAGNOSTIC_CYCLE"));
    // A system that works, or still does its job, has a symptom, not a malfunction...
    const auto cycling = tags_of("The upstairs AC keeps turning on and off every few minutes, it's still cooling.");
    BOOST_TEST(has(cycling, "DIAGNOSTIC_CYCLE"));
    BOOST_TEST(!has(cycling, "REPAIR_AC"));
    BOOST_TEST(!has(tags_of("intermittent rattle from the furnace at blower start, heating fine"), "REPAIR_HEATING"));
    // ...and its duration is still the symptom's (it is not the system's time working fine).
    BOOST_TEST(has(tags_of("The AC keeps cycling, it's still cooling, since Monday."), "DURATION_RECENT"));
    // Not a system that worked until now, nor one that no longer heats or cools.
    BOOST_TEST(has(tags_of("It worked fine until now, the furnace is rattling and won't turn on."), "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("The furnace works fine but the AC is blowing warm air."), "REPAIR_AC"));
}

// A problem still there or back again is a failed fix of ours (COMPLAINT_NOFIX) only in a call
// that tells of a visit or work of ours; a fix that did not hold, said so, is one.
BOOST_AUTO_TEST_CASE(a_problem_still_there_is_a_failed_fix_only_after_our_visit) {
    BOOST_TEST(!has(tags_of("I called on Monday and nobody called me back. It's still doing it."), "COMPLAINT_NOFIX"));
    BOOST_TEST(!has(tags_of("We turned the thermostat off and it's still blowing cold."), "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("Your tech was here Friday and it's still doing it."), "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("Your company replaced the board and the furnace still won't stay lit."),
                   "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("The repair didn't fix it."), "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("After the repair yesterday the AC is still not working."), "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("The guy you sent left an hour ago and it's out again."), "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("The tech said it was fixed but it's still not fixed."), "COMPLAINT_NOFIX"));
    // A home the caller lived in before is no condo to coordinate with.
    BOOST_TEST(!has(tags_of("It's a house, we moved out of a condo last year."), "MULTIUNIT_COORD"));
    BOOST_TEST(has(tags_of("It's a condo on the third floor."), "MULTIUNIT_COORD"));
}

// Time words that date something else are no duration of the problem; a duration said with
// them still counts.
BOOST_AUTO_TEST_CASE(scheduling_and_relative_times_are_no_duration) {
    for (const char* text : {"Any afternoon this week works for me, the AC is not cooling.",
                             "Our usual guy is booked out a week and the AC is not cooling.",
                             "The AC is blowing warm again two days after the recharge.",
                             "Water is dripping through the ceiling after yesterday's visit."}) {
        const auto t = tags_of(text);
        BOOST_TEST_INFO(text);
        BOOST_TEST(!has(t, "DURATION_RECENT"));
        BOOST_TEST(!has(t, "DURATION_ONGOING"));
    }
    BOOST_TEST(has(tags_of("The AC's been out a week now."), "DURATION_RECENT"));
    BOOST_TEST(has(tags_of("The AC stopped cooling two days ago."), "DURATION_RECENT"));
}

BOOST_AUTO_TEST_CASE(an_accessory_on_its_host_is_the_one_that_failed) {
    const auto t = tags_of("The humidifier you put on our furnace isn't working.");
    BOOST_TEST(has(t, "REPAIR_IAQ"));
    BOOST_TEST(!has(t, "REPAIR_HEATING"));
}

BOOST_AUTO_TEST_CASE(a_fault_after_a_thermostat_sentence_is_the_thermostats) {
    const auto t = tags_of("My thermostat won't let me change the temperature. I press the up arrow and nothing "
                           "happens.");
    BOOST_TEST(has(t, "REPAIR_THERMOSTAT"));
    BOOST_TEST(!has(t, "REPAIR_HEATING"));
    BOOST_TEST(!has(t, "REPAIR_AC"));
    // A system named after it still gets its own fault.
    BOOST_TEST(has(tags_of("The thermostat is blank. The furnace won't turn on either."), "REPAIR_HEATING"));
}

BOOST_AUTO_TEST_CASE(a_gas_leak_is_not_a_repair_but_a_loss_is_still_a_loss) {
    const auto t = tags_of("It smells like rotten eggs by the furnace, a hissing by the gas pipe.");
    BOOST_TEST(has(t, "GAS_LEAK"));
    BOOST_TEST(!has(t, "REPAIR_HEATING"));
    // The faults and symptoms told around it are the hazard's too.
    const auto around = tags_of("There's a hissing by the furnace and it smells like rotten eggs. I'm going out. "
                                "The hissing is pretty loud, I noticed it after church.");
    BOOST_TEST(has(around, "GAS_LEAK"));
    BOOST_TEST(!has(around, "REPAIR_HEATING"));
    BOOST_TEST(!has(around, "DIAGNOSTIC_NOISE"));
    const auto cold = tags_of("I smell gas and the furnace quit, it's freezing in here.");
    BOOST_TEST(!has(cold, "REPAIR_HEATING"));
    BOOST_TEST(has(cold, "HEALTH_RISK"));  // loss of heating + dangerous temperature
}

BOOST_AUTO_TEST_CASE(a_new_system_is_a_lead_only_when_the_caller_asks_for_one) {
    for (const char* wish : {"I want a price on a new system.", "How much is a new furnace?",
                             "We're thinking about a new heat pump.", "Can you give me a quote on a new AC?"}) {
        const auto t = tags_of(wish);
        BOOST_TEST(has(t, "HOT_LEAD"), wish);
        BOOST_TEST(has(t, "INSTALL_REPLACEMENT"), wish);
    }
    for (const char* no_wish : {"Another company tried to sell me a new system.",
                                "You put in our new furnace in October and it's making a noise.",
                                "My neighbor said you saved her from buying a new unit.",
                                "The tech told me I need a new system."}) {
        const auto t = tags_of(no_wish);
        BOOST_TEST(!has(t, "HOT_LEAD"), no_wish);
        BOOST_TEST(!has(t, "INSTALL_REPLACEMENT"), no_wish);
    }
    // Other people's words become the caller's wish when the caller asks for a price.
    const auto t = tags_of("Another company told me I need a whole new system because my AC stopped cooling. "
                           "I want a second opinion and a quote.");
    for (const char* tag : {"HOT_LEAD", "INSTALL_REPLACEMENT", "REPAIR_AC", "SECONDOPINION"}) BOOST_TEST(has(t, tag), tag);
    BOOST_TEST(!has(tags_of("Another company told me I need a whole new system. Can you come look at it?"), "HOT_LEAD"));
    BOOST_TEST(has(tags_of("They told me I need a new system. Can I get a quote?"), "HOT_LEAD"));
    // The caller's own new unit, then a price for something else: no lead.
    BOOST_TEST(!has(tags_of("We had a new unit put in last year. How much is a tune-up?"), "HOT_LEAD"));
    // Other people's words reach one sentence further, not two.
    BOOST_TEST(!has(tags_of("They said we need a new system. It was loud. How much is a tune-up?"), "HOT_LEAD"));
}

BOOST_AUTO_TEST_CASE(a_loss_keeps_the_systems_another_fault_names) {
    const auto t = tags_of("The furnace won't turn on and the AC isn't cooling.");
    BOOST_TEST(has(t, "REPAIR_HEATING"));
    BOOST_TEST(has(t, "REPAIR_AC"));
}

BOOST_AUTO_TEST_SUITE_END()

// Phrasings of the policy probes the rules still missed (fifteenth round): calls before, who sent
// the caller, promised calls, equipment put in lately or asked for, occupants, recurring visits.
BOOST_AUTO_TEST_CASE(the_probes_phrasings_of_calls_before_referrals_installs_and_occupants) {
    BOOST_TEST(has(tags_of("This is the second time I'm calling about the furnace."), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("I left you a voicemail yesterday about the AC."), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("We got cut off, I was telling you the heat's out."), "REPEAT_CALLER"));
    // This call's topic is no earlier call.
    BOOST_TEST(!has(tags_of("Yeah I called about my AC, it's not cooling."), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("I heard about you from my neighbor down the street."), "REFERRAL"));
    BOOST_TEST(has(tags_of("A friend sent me your way, said you're honest."), "REFERRAL"));
    // The technician's advice is no referral.
    BOOST_TEST(!has(tags_of("The tech highly recommended a new filter every three months."), "REFERRAL"));
    BOOST_TEST(has(tags_of("The office promised me a callback on Monday and that was it."), "CALLBACK_RISK"));
    BOOST_TEST(has(tags_of("We had a new furnace put in this fall and it's already making noise."), "RECENT_INSTALL"));
    BOOST_TEST(has(tags_of("It was newly installed in June."), "RECENT_INSTALL"));
    // A new system asked for is not one put in.
    BOOST_TEST(!has(tags_of("Can you just put in a new one? It's twenty years old."), "RECENT_INSTALL"));
    BOOST_TEST(has(tags_of("We'd like to put in a humidifier, the air is so dry."), "INSTALL_ADDON"));
    BOOST_TEST(has(tags_of("Can you add zoning so upstairs stays cooler?"), "INSTALL_ADDON"));
    BOOST_TEST(has(tags_of("My husband is on hospice at home, please hurry."), "VULNERABLE_POP"));
    BOOST_TEST(!has(tags_of("I work in hospice so my hours are odd, mornings are best."), "VULNERABLE_POP"));
    BOOST_TEST(has(tags_of("It's just time for my annual checkup on the furnace."), "SEASONAL_CUSTOMER"));
    BOOST_TEST(has(tags_of("The new unit has to be permitted, the city told us."), "PERMIT_REQ"));
}

// Who decides, who signs off, who is above the agent, who sent the caller, the plan held and a
// limit past a first look, in the words of the fresh calls w25-w26 (seventeenth round).
BOOST_AUTO_TEST_CASE(deciders_sign_offs_plans_and_limits_in_the_fresh_calls_words) {
    BOOST_TEST(has(tags_of("I have power of attorney for my aunt, so I can okay the repair."), "DECISION_MAKER"));
    BOOST_TEST(has(tags_of("It's my restaurant, I make the calls here."), "DECISION_MAKER"));
    BOOST_TEST(has(tags_of("Any final sign-off has to come from our CFO."), "NEEDS_APPROVAL"));
    BOOST_TEST(has(tags_of("I want somebody above you to call me today."), "ESCALATION_REQ"));
    BOOST_TEST(has(tags_of("The bakery next door is who told me about you."), "REFERRAL"));
    BOOST_TEST(has(tags_of("My father is on your gold plan, the account's in his name."), "VIP_ACCOUNT"));
    BOOST_TEST(has(tags_of("Go ahead with the diagnostic, but anything past that, call me first."), "SCOPE_LIMITED"));
    // Near misses: a plan asked about, a question of anything more.
    BOOST_TEST(!has(tags_of("What do I get if I sign up for the gold plan?"), "VIP_ACCOUNT"));
    BOOST_TEST(!has(tags_of("Is there anything more I should check before the tech comes?"), "SCOPE_LIMITED"));
}

// Non-customers who name their outfit (eighteenth round): an electric co-op, a utility's contractor
// program, a maker's territory people; they are no customers, whatever else they say.
BOOST_AUTO_TEST_CASE(co_ops_trade_allies_and_territory_managers_are_not_customers) {
    BOOST_TEST(has(tags_of("Hi, this is Dana with Arkansas Valley Electric Co-op, about a rebate form."), "UTILITY_COMPANY"));
    BOOST_TEST(has(tags_of("I run the Trade Ally contractor program for the gas utility."), "UTILITY_COMPANY"));
    BOOST_TEST(has(tags_of("I'm the territory technical service manager for Carrier in your area."), "MANUFACTURER_REP"));
    BOOST_TEST(has(tags_of("This is Mike, territory manager with Lennox, checking in on your dealer status."),
                   "MANUFACTURER_REP"));
    // A caller who works for another outfit and wants a job stays an applicant, not a competitor.
    BOOST_TEST(!has(tags_of("I'm with another outfit up north but I want to get back into service work."),
                    "COMPETITOR_INTEL"));
}

// Words in other senses and facts that are someone else's or over (nineteenth round, stop 44).
BOOST_AUTO_TEST_CASE(parking_permits_hoa_approvals_places_and_people_away) {
    // Permit parking is a parking fact, not a permit for the job.
    const auto parking = tags_of("Heads up, it's permit parking only on our street, he'll get a ticket.");
    BOOST_TEST(has(parking, "PARKING_ISSUE"));
    BOOST_TEST(!has(parking, "PERMIT_REQ"));
    BOOST_TEST(has(tags_of("You'll need to pull a permit for the new furnace."), "PERMIT_REQ"));
    // The HOA's approval is HOA_APPROVAL; the caller's spouse is NEEDS_APPROVAL.
    const auto hoa = tags_of("Our HOA architectural committee has to approve where the condenser goes.");
    BOOST_TEST(has(hoa, "HOA_APPROVAL"));
    BOOST_TEST(!has(hoa, "NEEDS_APPROVAL"));
    BOOST_TEST(has(tags_of("My wife has to approve anything over a thousand."), "NEEDS_APPROVAL"));
    // A town's name is no water; a person away is no system out.
    const auto town = tags_of("We're building a house out near Dripping Springs and want a bid.");
    BOOST_TEST(!has(town, "CONDENSATE_CLOG"));
    BOOST_TEST(!has(town, "REPAIR_AC"));
    BOOST_TEST(has(tags_of("The AC is dripping water all over the closet floor."), "CONDENSATE_CLOG"));
    BOOST_TEST(!has(tags_of("The owner's son handles the furnace, but he's out of state."), "REPAIR_HEATING"));
    BOOST_TEST(has(tags_of("The furnace is out and the house is cold."), "REPAIR_HEATING"));
    // A building's name is no medical need.
    BOOST_TEST(!has(tags_of("We're in suite 210 of the Northside Medical Plaza."), "MEDICAL_NEED"));
}

BOOST_AUTO_TEST_CASE(occupants_pets_and_rentals_that_are_elsewhere_or_before) {
    // A vulnerable person at their own place, or across the street, is no occupant here.
    const auto away = tags_of("My grandmother just had hip surgery, but she's at her own place across town.");
    BOOST_TEST(!has(away, "ELDERLY_OCCUPANT"));
    BOOST_TEST(!has(away, "MEDICAL_NEED"));
    BOOST_TEST(has(tags_of("My grandmother just had hip surgery and she's staying with us."), "MEDICAL_NEED"));
    BOOST_TEST(!has(tags_of("The lady across the street is disabled and her AC is out too."), "VULNERABLE_POP"));
    BOOST_TEST(!has(tags_of("My grandpa always swore by Trane, so that's what we bought."), "ELDERLY_OCCUPANT"));
    // The people before had the pets; an allergy is no pet.
    BOOST_TEST(!has(tags_of("The previous owners had two dogs and it still smells."), "PET_SECURE"));
    BOOST_TEST(!has(tags_of("I'm allergic to cats so the dust is killing me."), "PET_SECURE"));
    BOOST_TEST(has(tags_of("We have two dogs, I'll put them in the back room."), "PET_SECURE"));
    // Someone else's rentals are not the service address.
    BOOST_TEST(!has(tags_of("My neighbor sent me, she's got like four rental houses and uses you."),
                    "RENTAL_PROPERTY"));
    // A renter's property manager: the caller needs the owner's word and is no property manager.
    const auto renter = tags_of("I've called my property manager three times and he won't call me back.");
    BOOST_TEST(has(renter, "LANDLORD_AUTH"));
    BOOST_TEST(!has(renter, "PROPERTY_MANAGER"));
    BOOST_TEST(!has(tags_of("Funny enough I work in property management, but this is my own house."),
                    "PROPERTY_MANAGER"));
    BOOST_TEST(has(tags_of("I'm the property manager for the building on Elm."), "PROPERTY_MANAGER"));
}

BOOST_AUTO_TEST_CASE(upkeep_done_bills_and_calls_not_made_ask_for_nothing) {
    // Snow that melted is no access fact; snow on the unit is.
    BOOST_TEST(!has(tags_of("The snow finally melted so the outdoor unit is clear."), "SNOW_ICE"));
    BOOST_TEST(has(tags_of("The outdoor unit is buried in snow."), "SNOW_ICE"));
    // Upkeep we did is no request; upkeep asked for is.
    BOOST_TEST(!has(tags_of("No, you guys did the furnace check in October, it's running great."), "TUNEUP_HEATING"));
    BOOST_TEST(has(tags_of("I'd like a furnace tune-up before winter."), "TUNEUP_HEATING"));
    BOOST_TEST(!has(tags_of("The previous owner had the ducts cleaned before they sold."), "DUCT_CLEANING"));
    BOOST_TEST(has(tags_of("Can you clean the ducts while you're here?"), "DUCT_CLEANING"));
    // A season's job for another day, or a neighbor's advice.
    BOOST_TEST(!has(tags_of("My neighbor keeps telling me to winterize the outdoor unit."), "SEASONAL_PREP"));
    BOOST_TEST(has(tags_of("We're leaving for the season, can you winterize the system?"), "SEASONAL_PREP"));
    // A bill is for work done: its part is no malfunction now, unless it is back.
    BOOST_TEST(!has(tags_of("Y'all came out last tuesday and replaced a capacitor on my ac and charged me "
                            "four hundred and eighty five dollars."),
                    "REPAIR_AC"));
    BOOST_TEST(has(tags_of("You charged me four hundred dollars and the AC is still not cooling."), "REPAIR_AC"));
    // A call not made is no call before.
    BOOST_TEST(!has(tags_of("I told my brother he should've called you guys instead."), "REPEAT_CALLER"));
}

// The caller's years in the house, or the house they bought, make it theirs; the time since they
// bought it is no duration of its own to swallow that (nineteenth round).
BOOST_AUTO_TEST_CASE(years_in_the_house_and_a_house_bought_are_the_callers) {
    BOOST_TEST(has(tags_of("I've been with you since we bought the house."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("We been in the house six years and nobody's looked at it."), "OWNER_OCCUPIED"));
    BOOST_TEST(has(tags_of("My realtor recommended you when I bought this house in 2014."), "OWNER_OCCUPIED"));
    // A unit that came with the house is said by renters too.
    BOOST_TEST(!has(tags_of("It came with the house, the sticker says 2011."), "OWNER_OCCUPIED"));
    // A renter's house is no owner's.
    BOOST_TEST(!has(tags_of("I'm renting, we've lived here two years."), "OWNER_OCCUPIED"));
}

// Someone else's business, upkeep done, a fear, a fee, a part's quote (twentieth round, stop 44).
BOOST_AUTO_TEST_CASE(other_peoples_shops_parts_quotes_fears_and_fees) {
    // A relative's or neighbour's business is no premises of this call.
    BOOST_TEST(!has(tags_of("My wife's opening a hair salon next spring, but today it's just the house."),
                    "COMMERCIAL_ACCT"));
    BOOST_TEST(!has(tags_of("My neighbor told me to call, she just opened a little bakery off Bandera."),
                    "COMMERCIAL_ACCT"));
    BOOST_TEST(!has(tags_of("Sorry, habit, I answer the shop phone all day."), "COMMERCIAL_ACCT"));
    BOOST_TEST(has(tags_of("I own a bakery on Main and the walk-in AC quit."), "COMMERCIAL_ACCT"));
    // A tune-up we did is no tune-up asked for, even with its system named.
    BOOST_TEST(!has(tags_of("You guys did the tune up on my ac back in april and now it's doing something weird."),
                    "TUNEUP_AC"));
    BOOST_TEST(has(tags_of("I'd like to schedule a tune up on my ac."), "TUNEUP_AC"));
    // A gate's combination lock is a gate code, not a lockbox.
    const auto gate = tags_of("The side gate has a combination lock, it's one nine eight four.");
    BOOST_TEST(has(gate, "GATE_CODE"));
    BOOST_TEST(!has(gate, "LOCKBOX"));
    // A quote for a part is no system sale.
    BOOST_TEST(!has(tags_of("Your technician gave us a quote for a new evaporator coil last week."), "HOT_LEAD"));
    BOOST_TEST(has(tags_of("Can I get a quote for a new system?"), "HOT_LEAD"));
    // A house bought new, a neighbourhood being built: no installation asked for.
    BOOST_TEST(!has(tags_of("We just moved into a brand new build in march and the upstairs won't cool."),
                    "INSTALL_NEWCONSTRUCTION"));
    BOOST_TEST(!has(tags_of("We're in the part of the subdivision that's still being built."), "HOT_LEAD"));
    // A season away every year, a yearly fee: no recurring service.
    BOOST_TEST(!has(tags_of("We go back up to Minnesota for the summer every year."), "SEASONAL_CUSTOMER"));
    BOOST_TEST(!has(tags_of("I want a refund of the annual fee."), "SEASONAL_CUSTOMER"));
    // Years with us are no competitor.
    BOOST_TEST(!has(tags_of("We're not going anywhere, we've used you for years."), "COMPETITOR_MENTION"));
    // A fear is no symptom now; a symptom is.
    BOOST_TEST(!has(tags_of("I'm always afraid it won't keep up once we hit the nineties."), "DIAGNOSTIC_PERFORMANCE"));
    BOOST_TEST(has(tags_of("It won't keep up once it's in the nineties."), "DIAGNOSTIC_PERFORMANCE"));
}

BOOST_AUTO_TEST_CASE(prices_suppliers_makers_ice_rentals_and_pets_in_the_callers_words) {
    // The twenty-first round (stop 45): phrasings of the policy that tagged nothing.
    BOOST_TEST(has(tags_of("Honestly I feel like you ripped me off on that repair."), "COMPLAINT_PRICE"));
    BOOST_TEST(has(tags_of("There were hidden fees on my invoice."), "COMPLAINT_PRICE"));
    BOOST_TEST(!has(tags_of("We ripped out the old carpet last week."), "COMPLAINT_PRICE"));
    BOOST_TEST(has(tags_of("Oh sorry, I thought I was calling the pharmacy."), "WRONG_NUMBER"));
    BOOST_TEST(!has(tags_of("I thought I was going to have to wait all week."), "WRONG_NUMBER"));
    BOOST_TEST(has(tags_of("Hi, this is Dana from the distributor, the condenser fan motor is in."), "PARTS_SUPPLIER"));
    BOOST_TEST(has(tags_of("This is Mike with the factory warranty department at Trane."), "MANUFACTURER_REP"));
    BOOST_TEST(has(tags_of("There's frost on the copper line going into the house."), "REFRIGERANT_LEAK"));
    BOOST_TEST(!has(tags_of("There's frost on the windshield this morning."), "REFRIGERANT_LEAK"));
    BOOST_TEST(has(tags_of("The unit you just put in is making a rattle."), "RECENT_INSTALL"));
    BOOST_TEST(has(tags_of("The other guy said the compressor is shot."), "COMPETITOR_MENTION"));
    const auto duplexes = tags_of("We own two duplexes on the east side and one has no heat.");
    BOOST_TEST(has(duplexes, "MULTI_PROPERTY"));
    BOOST_TEST(has(duplexes, "RENTAL_PROPERTY"));
    BOOST_TEST(has(tags_of("I'm out of state, you'll have to schedule with the people living there."), "TENANT_COORD"));
    BOOST_TEST(has(tags_of("Like I told you before, the furnace keeps shutting off."), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("We'd like to install a whole house humidifier."), "INSTALL_ADDON"));
    // A pet to keep in is said with "don't"; no pet is said with it too.
    BOOST_TEST(has(tags_of("Please don't let the cat out when you come in."), "PET_SECURE"));
    BOOST_TEST(!has(tags_of("We don't have any pets."), "PET_SECURE"));
    // Gas smelled and a carbon monoxide reading, in more words.
    BOOST_TEST(has(tags_of("The basement smells like natural gas, really strong."), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("I keep getting whiffs of gas by the water heater."), "GAS_LEAK"));
    BOOST_TEST(!has(tags_of("We have a natural gas furnace, it's about ten years old."), "GAS_LEAK"));
    BOOST_TEST(has(tags_of("The detector in the hall is flashing carbon monoxide."), "CO_EVENT"));
}

BOOST_AUTO_TEST_CASE(a_pitch_a_flood_and_a_recharge_are_no_lead_clog_or_leak) {
    // The twenty-second round (stop 46), from dev errors.
    // A sales pitch complained of is a complaint and a cue: the system pitched is no lead.
    const auto pitch = tags_of("Your tech spent twenty minutes trying to sell me a whole new high-efficiency system.");
    BOOST_TEST(has(pitch, "COMPLAINT_SERVICE"));
    BOOST_TEST(!has(pitch, "HOT_LEAD"));
    // Guards: a pitch the caller does not want is no complaint; an upgrade asked for is a lead.
    BOOST_TEST(!has(tags_of("I don't want anyone trying to sell me a new unit."), "COMPLAINT_SERVICE"));
    BOOST_TEST(has(tags_of("I'm interested in a high-efficiency system."), "HOT_LEAD"));
    // Water pouring is the flood: the drip told with it is no clog's small leak.
    const auto flood = tags_of("Water is pouring through the hallway ceiling and I can hear it dripping up in the attic.");
    BOOST_TEST(has(flood, "ACTIVE_FLOODING"));
    BOOST_TEST(!has(flood, "CONDENSATE_CLOG"));
    // Guard: a small puddle from the drain line is a clog.
    BOOST_TEST(has(tags_of("There's a small puddle under the furnace from the drain line."), "CONDENSATE_CLOG"));
    // A recharge done or proposed is no leak stated; a charge said to be low is.
    BOOST_TEST(!has(tags_of("Another company wants $3,500 to replace the evaporator coil and recharge it."),
                    "REFRIGERANT_LEAK"));
    BOOST_TEST(!has(tags_of("It uses the old R-22, which is why a recharge would cost a fortune."), "REFRIGERANT_LEAK"));
    // Guard: a recharge needed is a low charge either way.
    BOOST_TEST(has(tags_of("My AC needs a recharge, it's blowing warm."), "REFRIGERANT_LEAK"));
}

BOOST_AUTO_TEST_CASE(the_attic_of_a_problem_of_the_past_is_no_access_fact) {
    // The twenty-third round (stop 46), from dev errors: a sentence about a problem of the
    // past, now over, gives no attic access for this visit.
    BOOST_TEST(!has(tags_of("Your guys also fixed that disconnected duct in the attic last July, and that's been "
                            "good since."),
                    "LADDER_ATTIC"));
    BOOST_TEST(!has(tags_of("Last July you guys fixed a disconnected duct in the attic, it's been fine since."),
                    "LADDER_ATTIC"));
    // Guards: the attic of the visit, and a past problem said to be back now, still are.
    BOOST_TEST(has(tags_of("The unit's up in the attic, you go up the pull down ladder in the garage."),
                   "LADDER_ATTIC"));
    BOOST_TEST(has(tags_of("You fixed it last year but now the attic unit is leaking again."), "LADDER_ATTIC"));
}

BOOST_AUTO_TEST_CASE(a_third_visit_or_recharge_is_no_third_call) {
    // The twenty-third round (stop 46), from dev errors: "third time" is a repeat call only
    // when the caller says it is a call.
    BOOST_TEST(!has(tags_of("It started blowing warm this afternoon and it's the third time this year I gotta put "
                            "freon in it."),
                    "REPEAT_CALLER"));
    BOOST_TEST(!has(tags_of("This is the third time y'all have been out here and nobody can fix it."),
                    "REPEAT_CALLER"));
    // Guards: a third call, and a call before, are repeat calls either way.
    BOOST_TEST(has(tags_of("This is the third time I'm calling about this furnace."), "REPEAT_CALLER"));
    BOOST_TEST(has(tags_of("I called yesterday and nobody came out."), "REPEAT_CALLER"));
}

BOOST_AUTO_TEST_CASE(a_neighbors_refund_a_renters_landlord_a_callback_not_made_a_young_system_our_supplier) {
    // The twenty-fourth round (stop 47), from dev errors.
    // What a neighbor says they did is theirs: no refund asked for, no review threatened.
    BOOST_TEST(!has(tags_of("My neighbor said you guys charged him an arm and a leg and he ended up getting part "
                            "of it refunded."),
                    "REFUND_REQ"));
    BOOST_TEST(!has(tags_of("My neighbor across the street said she left them a one-star review last month."),
                    "REVIEW_THREAT"));
    // Guards: the caller's own refund and review, after a neighbor's word, are still theirs.
    const auto own = tags_of("My neighbor said you were great. I want the trip charge refunded. I'm going to leave "
                             "you a one-star review.");
    BOOST_TEST(has(own, "REFUND_REQ"));
    BOOST_TEST(has(own, "REVIEW_THREAT"));
    BOOST_TEST(has(own, "REFERRAL"));
    // A renter's property management is the landlord's: no manager, no owner of several properties.
    const auto renter = tags_of("I rent this house and the AC quit. The landlord is Desert Vista Property "
                                "Management, the guy's name is Kyle.");
    BOOST_TEST(!has(renter, "MULTI_PROPERTY"));
    BOOST_TEST(!has(renter, "PROPERTY_MANAGER"));
    BOOST_TEST(has(renter, "LANDLORD_AUTH"));
    // Guard: a property manager calling is one.
    const auto manager = tags_of("I'm the property manager for the Oak Street duplexes, the AC quit in unit B.");
    BOOST_TEST(has(manager, "MULTI_PROPERTY"));
    BOOST_TEST(has(manager, "PROPERTY_MANAGER"));
    // A recent install still failing in a call whose callback never came: no fix of ours failed.
    const auto unanswered = tags_of("We had a new system installed last month and it's blowing warm air. I called "
                                    "on Monday and nobody called me back. It's still doing it.");
    BOOST_TEST(!has(unanswered, "COMPLAINT_NOFIX"));
    BOOST_TEST(has(unanswered, "CALLBACK_RISK"));
    // Guards: with no callback missed, or after a visit of ours, it is a failed fix.
    BOOST_TEST(has(tags_of("We had a new system installed last month and it's blowing warm air. It's still doing it."),
                   "COMPLAINT_NOFIX"));
    BOOST_TEST(has(tags_of("Your tech was here Monday and nobody called me back about the part. It's still doing it."),
                   "COMPLAINT_NOFIX"));
    // A young system's age is no old system.
    BOOST_TEST(!has(tags_of("Member spring AC tune-up, 2 yr old system."), "REPLACE_OPP"));
    BOOST_TEST(!has(tags_of("It's a two year old system, I just want the tune-up."), "REPLACE_OPP"));
    // Guards: an age over 15 years, an old system, and a twenty year old one still are.
    BOOST_TEST(has(tags_of("It's a 20 yr old system and it keeps breaking."), "REPLACE_OPP"));
    BOOST_TEST(has(tags_of("Our AC is an old system, I think it's time."), "REPLACE_OPP"));
    BOOST_TEST(has(tags_of("It's a twenty year old system."), "REPLACE_OPP"));
    // A young child is no young system: spelled out, the age counts only with the system named.
    BOOST_TEST(has(tags_of("My 2 year old has asthma and it's a twenty year old system."), "REPLACE_OPP"));
    BOOST_TEST(has(tags_of("We have a three year old and a twenty year old system."), "REPLACE_OPP"));
    // The supplier who says it is ours is a parts supplier, not a competitor.
    const auto ours = tags_of("Right, we're your distributor. PO number 44817, the factory says two to three weeks.");
    BOOST_TEST(!has(ours, "COMPETITOR_INTEL"));
    BOOST_TEST(has(ours, "PARTS_SUPPLIER"));
    // Guard: asking who ours is is a competitor's question.
    BOOST_TEST(has(tags_of("Just curious, who's your distributor"), "COMPETITOR_INTEL"));
}

BOOST_AUTO_TEST_CASE(a_caller_switching_to_us_a_tech_we_sent_a_quote_already_had_water_gushing) {
    // The twenty-fifth round (stop 47), from dev misses.
    // A caller switching to us leaves another company: a competitor named, if not by name.
    BOOST_TEST(has(tags_of("We're wanting to switch over to y'all for the maintenance."), "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("So we're switching over to you guys."), "COMPETITOR_MENTION"));
    // Guards: switching to us is not leaving us, and a system that won't switch over is no company.
    BOOST_TEST(!has(tags_of("So we're switching over to you guys."), "LOST_CUSTOMER"));
    BOOST_TEST(!has(tags_of("It won't switch over to heat, it just keeps blowing cool air."), "COMPETITOR_MENTION"));
    // A visit of ours said with who had or sent the tech out, with a problem: a callback risk.
    BOOST_TEST(has(tags_of("Y'all had a guy out here Saturday and my AC is blowing hot again."), "CALLBACK_RISK"));
    BOOST_TEST(has(tags_of("You guys sent a tech Monday and the furnace still won't heat."), "CALLBACK_RISK"));
    // Guard: a visit for a price, with no problem in the call, is none.
    BOOST_TEST(!has(tags_of("You all sent a guy out Tuesday to give me a price on a new system."), "CALLBACK_RISK"));
    // A price the caller already has is another company's.
    BOOST_TEST(has(tags_of("We did get one quote already from Lee's Heating and Air, it was like fourteen grand."),
                   "COMPETITOR_MENTION"));
    BOOST_TEST(has(tags_of("Honestly, we already got a quote from Capitol Heating and want to compare."),
                   "COMPETITOR_MENTION"));
    // Guard: a quote asked of us is no competitor.
    BOOST_TEST(!has(tags_of("I'd like a quote on a new furnace and AC."), "COMPETITOR_MENTION"));
    // Water gushing or spraying is water pouring.
    BOOST_TEST(has(tags_of("Our boiler stopped heating and there's water gushing out of the pipe on the side of it."),
                   "ACTIVE_FLOODING"));
    BOOST_TEST(has(tags_of("There's water spraying out of the fitting by the furnace."), "ACTIVE_FLOODING"));
    // Guards: a small puddle, and gushing denied, are no flood.
    BOOST_TEST(!has(tags_of("There's a small puddle under the furnace from the drain line."), "ACTIVE_FLOODING"));
    BOOST_TEST(!has(tags_of("There's no water gushing or anything, just a little drip."), "ACTIVE_FLOODING"));
}

BOOST_AUTO_TEST_CASE(a_rebate_a_visit_to_come_a_problem_gone_since_an_applicants_employer_a_sellers_questions) {
    // The twenty-sixth round (stop 48), from dev errors.
    // A rebate is money back from someone else: no refund asked of us.
    BOOST_TEST(!tags_of("Do new furnaces still qualify for the rebate? I read something about money back from the "
                        "gas company on high-efficiency ones.")
                    .contains(tags::REFUND_REQ));
    BOOST_TEST(!tags_of("We should get money back from the utility company for the heat pump.")
                    .contains(tags::REFUND_REQ));
    // Guard: the caller's own money back is a refund asked for.
    BOOST_TEST(tags_of("The part failed in a week and I want my money back.").contains(tags::REFUND_REQ));
    // A visit still to come is no visit made: a problem still there is no fix of ours that failed.
    BOOST_TEST(!tags_of("It's still blowing air but it sounds awful. If your tech comes before ten the alarm is set.")
                    .contains(tags::COMPLAINT_NOFIX));
    BOOST_TEST(!tags_of("It's still blowing air but it sounds awful. When your technician arrives, ring the back door.")
                    .contains(tags::COMPLAINT_NOFIX));
    // Guard: a visit of ours made, the problem still there, is.
    BOOST_TEST(tags_of("Your tech came Monday and it's still blowing warm.").contains(tags::COMPLAINT_NOFIX));
    // A problem said as back then, or not come back since, is over: the "again" inside says not.
    BOOST_TEST(!tags_of("Oh and the AC drain line was clogged back then too but your guy blew it out and it hasn't "
                        "done it again.")
                    .contains(tags::CONDENSATE_CLOG));
    BOOST_TEST(!tags_of("The drain line was clogged last month, it hasn't happened since.")
                    .contains(tags::CONDENSATE_CLOG));
    // Guards: a clog back again is here now, and a system that has not come back on since is a duration.
    BOOST_TEST(tags_of("The drain line is clogged again and there's water in the pan.").contains(tags::CONDENSATE_CLOG));
    BOOST_TEST(tags_of("The AC stopped cooling yesterday afternoon and it hasn't come back on since.")
                   .contains(tags::DURATION_RECENT));
    // A job applicant's employer is not who they are; a seller asking is no competitor fishing.
    const auto applicant = tags_of("I saw the job posting for a service technician. Before that I worked the parts "
                                   "counter at Johnstone Supply for two years.");
    BOOST_TEST(applicant.contains(tags::JOB_APPLICANT));
    BOOST_TEST(!applicant.contains(tags::PARTS_SUPPLIER));
    const auto seller = tags_of("No, I'm not a customer. I'm a supplier with PureFlow Filtration Supply, we can beat "
                                "whatever you pay on filters.");
    BOOST_TEST(seller.contains(tags::VENDOR_SALES));
    BOOST_TEST(!seller.contains(tags::COMPETITOR_INTEL));
    // Guards: the supply house calling is one, and a competitor fishing with no seller's word is one.
    BOOST_TEST(tags_of("This is Mike from Johnstone Supply, the capacitors you ordered are in.")
                   .contains(tags::PARTS_SUPPLIER));
    BOOST_TEST(tags_of("I'm not a customer, I'm just curious, who's your distributor and what's your markup?")
                   .contains(tags::COMPETITOR_INTEL));
}

BOOST_AUTO_TEST_CASE(a_new_callers_second_opinion_complains_of_the_other_company) {
    // The twenty-sixth round (stop 48): a new caller's second opinion tells of another company's
    // visit, failed fix and service, not ours.
    const auto visit = tags_of("Another company came out yesterday and said the compressor is shot. The AC runs but "
                               "it's barely cooling. I want a second opinion.");
    BOOST_TEST(visit.contains(tags::SECONDOPINION));
    BOOST_TEST(!visit.contains(tags::CALLBACK_RISK));
    const auto pushy = tags_of("I want a second opinion. They came out and didn't fix anything and the guy was super "
                               "pushy.");
    BOOST_TEST(!pushy.contains(tags::COMPLAINT_NOFIX));
    BOOST_TEST(!pushy.contains(tags::COMPLAINT_SERVICE));
    // Guards: a customer's number keeps a visit of ours beside a second opinion, and a new caller's
    // visit of ours with no second opinion is a callback risk.
    const auto known = tags_of(CallFacts{.caller_known = true},
                               "Your tech came out yesterday and it's still blowing warm, I want a second opinion.");
    BOOST_TEST(known.contains(tags::CALLBACK_RISK));
    BOOST_TEST(known.contains(tags::COMPLAINT_NOFIX));
    BOOST_TEST(tags_of("Your tech came out yesterday and it's still blowing warm.").contains(tags::CALLBACK_RISK));
}

BOOST_AUTO_TEST_CASE(a_reading_outside_of_fifteen_degrees_or_less_is_extreme_cold) {
    // The twenty-seventh round (stop 48): a reading outside of fifteen degrees or less is extreme
    // cold, and with the heat out a health risk.
    const auto cold = tags_of("My furnace is out again, it's not lighting. It was fifty eight in here this morning, "
                              "its like four degrees outside.");
    BOOST_TEST(cold.contains(tags::EXTREME_WEATHER));
    BOOST_TEST(cold.contains(tags::HEALTH_RISK));
    BOOST_TEST(tags_of("The heat quit and it's 10 degrees out there.").contains(tags::EXTREME_WEATHER));
    // Guards: a number in words ending in one to nine is no such reading, nor is a mild one.
    const auto mild = tags_of("The heat quit and it's twenty five degrees outside.");
    BOOST_TEST(!mild.contains(tags::EXTREME_WEATHER));
    BOOST_TEST(!tags_of("The AC quit and it's seventy four degrees outside.").contains(tags::EXTREME_WEATHER));
}

BOOST_AUTO_TEST_CASE(another_companys_price_or_service_is_theirs_a_call_not_made_to_say_is_our_service) {
    // The twenty-eighth round (stop 49), from dev errors.
    // Another company's price or service, said after the company in its clause, is theirs: no
    // complaint of ours (still a competitor named).
    const auto rude = tags_of("The other company was rude so I'm calling you guys.");
    BOOST_TEST(!rude.contains(tags::COMPLAINT_SERVICE));
    BOOST_TEST(rude.contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(!tags_of("The last company never showed, so now I'm trying you.").contains(tags::COMPLAINT_SERVICE));
    BOOST_TEST(!tags_of("The other company overcharged me for a capacitor.").contains(tags::COMPLAINT_PRICE));
    // Guards: our service after a clause break, and our price, are complaints of ours.
    BOOST_TEST(tags_of("The other company was fine, but your tech was rude.").contains(tags::COMPLAINT_SERVICE));
    BOOST_TEST(tags_of("You overcharged me for a capacitor.").contains(tags::COMPLAINT_PRICE));
    // A call that did not come to say or to let the caller know is our service, no promised callback.
    const auto say = tags_of("Nobody called to let me know the part came in.");
    BOOST_TEST(say.contains(tags::COMPLAINT_SERVICE));
    BOOST_TEST(!say.contains(tags::CALLBACK_RISK));
    BOOST_TEST(tags_of("No one called to say the appointment moved.").contains(tags::COMPLAINT_SERVICE));
    // Guard: a callback that never came is one.
    BOOST_TEST(tags_of("I left two messages and nobody called me back.").contains(tags::CALLBACK_RISK));
}

BOOST_AUTO_TEST_CASE(a_whine_a_start_and_stop_a_pet_said_with_dont_a_call_told_by_our_own) {
    // The twenty-ninth round (stop 49), from dev errors.
    // A noise in more words: a whine, a clunk.
    BOOST_TEST(tags_of("The blower is making a whining sound.").contains(tags::DIAGNOSTIC_NOISE));
    BOOST_TEST(tags_of("The furnace makes a loud clunk when it starts.").contains(tags::DIAGNOSTIC_NOISE));
    // Guard: a plan that sounds good is no sound.
    BOOST_TEST(!tags_of("That sounds good, book it for Tuesday.").contains(tags::DIAGNOSTIC_NOISE));
    // Cycling in more words: a start and a stop, a system that keeps cutting off.
    BOOST_TEST(tags_of("The AC starts and stops all day.").contains(tags::DIAGNOSTIC_CYCLE));
    BOOST_TEST(tags_of("The furnace keeps cutting off.").contains(tags::DIAGNOSTIC_CYCLE));
    // Guard: a system that starts and runs does not cycle.
    BOOST_TEST(!tags_of("The furnace starts right up and runs fine, we just want a tune up.")
                    .contains(tags::DIAGNOSTIC_CYCLE));
    // Pets in more words, and a pet said with "don't" is still there.
    BOOST_TEST(tags_of("The AC is out. There are two chihuahuas in the house.").contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("The AC is out. Don't worry about the dog, she's friendly.").contains(tags::PET_SECURE));
    // Guards: no pets is no pet; a business's lab is no labrador.
    BOOST_TEST(!tags_of("We don't have any pets.").contains(tags::PET_SECURE));
    BOOST_TEST(!tags_of("The AC in our lab is down and the samples are warming up.").contains(tags::PET_SECURE));
    // Told to call by our own people or the caller's household, or told to call back: no referral.
    BOOST_TEST(!tags_of("Your tech told me to call if it did it again, and the furnace is blowing cold again.")
                    .contains(tags::REFERRAL));
    BOOST_TEST(!tags_of("They told me to call back after lunch.").contains(tags::REFERRAL));
    BOOST_TEST(!tags_of("My husband told me to call about the furnace.").contains(tags::REFERRAL));
    // Guards: a neighbor or someone else who sent them to us is a referral.
    BOOST_TEST(tags_of("My neighbor told me to call you guys.").contains(tags::REFERRAL));
    BOOST_TEST(tags_of("Someone told me to call you.").contains(tags::REFERRAL));
}

BOOST_AUTO_TEST_CASE(weak_air_in_more_words_is_airflow) {
    // The twenty-ninth round (stop 49), from dev errors: air barely coming out, blowing weak.
    BOOST_TEST(tags_of("The air is barely coming out of the vents.").contains(tags::DIAGNOSTIC_AIRFLOW));
    BOOST_TEST(tags_of("The AC is blowing weak.").contains(tags::DIAGNOSTIC_AIRFLOW));
    // Guard: air that blows fine is no airflow symptom.
    BOOST_TEST(!tags_of("The vents are blowing fine, it's just warm air.").contains(tags::DIAGNOSTIC_AIRFLOW));
}

BOOST_AUTO_TEST_CASE(a_threats_condition_holds_its_negation) {
    // The thirtieth round (stop 50), from dev errors: the threat said after a negated condition is
    // not denied by it.
    BOOST_TEST(tags_of("If nobody calls me back I'm putting it on Google.").contains(tags::REVIEW_THREAT));
    BOOST_TEST(tags_of("If this doesn't get fixed this time I'm posting a review on Yelp.")
                   .contains(tags::REVIEW_THREAT));
    BOOST_TEST(tags_of("If y'all don't fix it I'm going to sue.").contains(tags::LEGAL_MENTION));
    BOOST_TEST(tags_of("If you guys don't call me back I'm taking my business elsewhere.").contains(tags::LOST_CUSTOMER));
    // Guards: a threat denied in its own clause is none; a promised good review is none.
    BOOST_TEST(!tags_of("If nobody calls me back, I'm not going to leave a bad review, I just want it fixed.")
                    .contains(tags::REVIEW_THREAT));
    BOOST_TEST(!tags_of("I'm not going to sue anyone, I just want it fixed.").contains(tags::LEGAL_MENTION));
    BOOST_TEST(!tags_of("If you fix it today I'll give you five stars on Google.").contains(tags::REVIEW_THREAT));
}

BOOST_AUTO_TEST_CASE(a_company_before_us_a_visit_with_its_day_a_fix_not_held_leaving_going_public) {
    // The thirtieth round (stop 50), from dev errors.
    // The company the caller had before us: it closed, or it was their usual one.
    BOOST_TEST(tags_of("We used Bolt Heating for years but they closed up, so you're new to us.")
                   .contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(tags_of("Our usual HVAC sub fell through and I need a bid.").contains(tags::COMPETITOR_MENTION));
    // Guard: our own usual tech, asked for again, is no competitor.
    BOOST_TEST(!tags_of("Can you send our usual guy? He did the tune up last spring.")
                    .contains(tags::COMPETITOR_MENTION));
    // A visit of ours said with its day, or counted, with the problem back: a callback risk.
    BOOST_TEST(tags_of("Your tech Jason was here Tuesday and now the furnace is out again.")
                   .contains(tags::CALLBACK_RISK));
    BOOST_TEST(tags_of("This is the third time y'all have been out here and the ceiling is dripping again.")
                   .contains(tags::CALLBACK_RISK));
    // Guard: a visit long ago, told in passing, is none.
    BOOST_TEST(!tags_of("You guys have been out here before. The furnace isn't heating.")
                    .contains(tags::CALLBACK_RISK));
    // A fix of ours that did not hold, in more words.
    BOOST_TEST(tags_of("Three visits and nobody can fix it, the AC is leaking again.").contains(tags::COMPLAINT_NOFIX));
    BOOST_TEST(tags_of("Your guy came Monday and it's not even fixed.").contains(tags::COMPLAINT_NOFIX));
    // A part put in is no system sale (no longer denied by the "nobody" before it).
    const auto pump = tags_of("Nobody can fix it, first they cleared the line then they put in a new pump.");
    BOOST_TEST(!pump.contains(tags::HOT_LEAD));
    // Leaving us, in more words.
    BOOST_TEST(tags_of("I want a refund and I'm done, we're going with somebody else.").contains(tags::LOST_CUSTOMER));
    BOOST_TEST(tags_of("We're moving so I need to cancel the plan.").contains(tags::LOST_CUSTOMER));
    // Guard: a maintenance agreement cancelled is still a plan's call.
    const auto agreement = tags_of("I'm calling to cancel my maintenance agreement.");
    BOOST_TEST(agreement.contains(tags::SERVICE_PLAN));
    // Going public, in more words.
    BOOST_TEST(tags_of("If this doesn't get fixed I'm calling channel five.").contains(tags::REVIEW_THREAT));
    // Guard: seen on the news is no threat.
    BOOST_TEST(!tags_of("My wife saw you guys on the news doing summer tips.").contains(tags::REVIEW_THREAT));
    // Our tech's work complained of.
    BOOST_TEST(tags_of("Can you make sure it's someone who knows what they're doing this time?")
                   .contains(tags::COMPLAINT_SERVICE));
}

BOOST_AUTO_TEST_CASE(what_another_company_told_of_the_system_is_its_word) {
    // The thirtieth round (stop 50), from dev errors: a new system another company told the caller
    // of is no lead of the caller's until they ask for a price.
    const auto shot = tags_of("Another company came out yesterday and told me the compressor is shot and I need "
                              "a whole new system. I want a second opinion.");
    BOOST_TEST(!shot.contains(tags::HOT_LEAD));
    BOOST_TEST(!shot.contains(tags::INSTALL_REPLACEMENT));
    BOOST_TEST(!tags_of("The guy told me my heat exchanger is cracked and I need a new furnace.")
                    .contains(tags::HOT_LEAD));
    // Guards: a price asked for after it is a lead; the part on backorder they told of is a fact.
    BOOST_TEST(tags_of("They told me the compressor is shot and I need a new system. How much for a new system?")
                   .contains(tags::HOT_LEAD));
    BOOST_TEST(tags_of("The office told me the part is on backorder.").contains(tags::PARTS_DELAY));
    // Guard: a symptom the household tells is the caller's.
    BOOST_TEST(tags_of("My wife told me my AC is making a weird clicking noise outside.")
                   .contains(tags::DIAGNOSTIC_NOISE));
}

BOOST_AUTO_TEST_CASE(who_a_caller_who_is_no_customer_is_in_more_words) {
    // The thirtieth round (stop 50), from dev errors.
    BOOST_TEST(tags_of("This is Angela with Goodman Manufacturing, warranty claims department, about a claim your "
                       "company submitted.")
                   .contains(tags::MANUFACTURER_REP));
    BOOST_TEST(tags_of("Hey this is Mike from Ferguson HVAC, the counter guy, about the compressor you ordered.")
                   .contains(tags::PARTS_SUPPLIER));
    BOOST_TEST(tags_of("Hi, this is Rachel. Is the owner available? We're expanding our authorized dealer network.")
                   .contains(tags::VENDOR_SALES));
    BOOST_TEST(tags_of("We're just trying to see what the market's doing on pricing this year.")
                   .contains(tags::COMPETITOR_INTEL));
    // A refusal ends its clause: the question after it is not denied.
    BOOST_TEST(tags_of("Uh I'd rather not um how many techs y'all got running right now.")
                   .contains(tags::COMPETITOR_INTEL));
    // Guards: a customer's manufacturer warranty, and a refusal of a visit, are no such caller.
    const auto warranty = tags_of("My Goodman furnace quit, is the manufacturer warranty still good?");
    BOOST_TEST(!warranty.contains(tags::MANUFACTURER_REP));
    BOOST_TEST(!tags_of("I'd rather not pay for a new system, can you fix the furnace?").contains(tags::HOT_LEAD));
}

BOOST_AUTO_TEST_CASE(a_pet_the_household_has_is_there_after_a_no_that_answered_something_else) {
    // The thirty-first round (stop 50), from dev errors: a pet the household has or names as its own
    // is there after a "no" that answered the agent's other question (the gate, the lock, the occupants).
    BOOST_TEST(tags_of("No gate we have a cat but she stays inside.").contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("No lock and um my cat she hides.").contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("No nobody like that its just me and my wife and the cat.").contains(tags::PET_SECURE));
    // A lab called he or she, or named by its colour, is a dog.
    BOOST_TEST(tags_of("Yeah we got a lab he's friendly but I'll shut him in the bedroom.").contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("There's a black lab in the backyard.").contains(tags::PET_SECURE));
    // Guards: no pets, a dog denied, and a business's lab are no pet.
    BOOST_TEST(!tags_of("We don't have any pets.").contains(tags::PET_SECURE));
    BOOST_TEST(!tags_of("No dogs or cats, no gate.").contains(tags::PET_SECURE));
    BOOST_TEST(!tags_of("We don't have a dog anymore.").contains(tags::PET_SECURE));
    BOOST_TEST(!tags_of("The AC in our lab is down and the samples are warming up.").contains(tags::PET_SECURE));
}

BOOST_AUTO_TEST_CASE(a_unit_that_clicks_off_or_a_neighbor_knocking_is_no_noise) {
    // The thirty-first round (stop 50), from dev errors: a unit that clicks back off is shut off, a
    // neighbour knocking at the door is no noise of the system.
    BOOST_TEST(!tags_of("The outside unit comes on for a second then clicks back off.").contains(tags::DIAGNOSTIC_NOISE));
    BOOST_TEST(!tags_of("My downstairs neighbor came up knocking, there's water in her ceiling.")
                    .contains(tags::DIAGNOSTIC_NOISE));
    // Guards: a clicking and a knocking of the system are noises.
    BOOST_TEST(tags_of("The furnace clicks and clicks but won't light.").contains(tags::DIAGNOSTIC_NOISE));
    BOOST_TEST(tags_of("There's a knocking in the ducts when the heat comes on.").contains(tags::DIAGNOSTIC_NOISE));
}

BOOST_AUTO_TEST_CASE(an_ac_out_said_without_its_verb_is_a_loss_of_cooling) {
    // The thirty-first round (stop 50), from dev errors: "pharmacy ac out, blower motor backordered".
    BOOST_TEST(tags_of("Office AC out since noon.").contains(tags::REPAIR_AC));
    BOOST_TEST(tags_of("Store a/c out, it's 81 inside.").contains(tags::REPAIR_AC));
    // Guard: the AC outside is where it stands.
    BOOST_TEST(!tags_of("The AC outside looks fine, we just want a quote on a humidifier.").contains(tags::REPAIR_AC));
}

BOOST_AUTO_TEST_CASE(a_condo_of_the_callers_past_is_not_the_place_served_a_six_flat_is_multi_unit) {
    // The thirty-first round (stop 50), from dev errors.
    BOOST_TEST(!tags_of("It's just my house. At my old condo we had to get the board's permission for everything.")
                    .contains(tags::MULTIUNIT_COORD));
    BOOST_TEST(tags_of("It's the six-flat on Oakland Avenue, the tenant on the second floor has no heat.")
                    .contains(tags::MULTIUNIT_COORD));
    // Guards: a condo lived in is one; a two-flat converted to a single home is not.
    BOOST_TEST(tags_of("We live in a condo on the third floor.").contains(tags::MULTIUNIT_COORD));
    BOOST_TEST(!tags_of("It's my house, a two-flat I converted to single family years ago.")
                    .contains(tags::MULTIUNIT_COORD));
}

BOOST_AUTO_TEST_CASE(the_owners_okay_needed_before_the_work_is_landlord_authorization) {
    // The thirty-first round (stop 50), from dev errors.
    BOOST_TEST(tags_of("Anything over that I have to get the owner's okay first.").contains(tags::LANDLORD_AUTH));
    BOOST_TEST(tags_of("Above that I need the owner, so call me.").contains(tags::LANDLORD_AUTH));
    // Guard: our owner asked for an interview is no authorization.
    BOOST_TEST(!tags_of("I was hoping to get the owner on the show for a twenty minute interview.")
                    .contains(tags::LANDLORD_AUTH));
}

BOOST_AUTO_TEST_CASE(a_front_desk_as_a_place_in_the_premises_is_no_checkpoint) {
    // The thirty-first round (stop 50), from dev errors.
    BOOST_TEST(!tags_of("Our AC is leaking water in the ceiling above the front desk.").contains(tags::ACCESS_RESTRICT));
    BOOST_TEST(!tags_of("The key's with me at the front desk.").contains(tags::ACCESS_RESTRICT));
    // Guard: a front desk to check in at is restricted access.
    BOOST_TEST(tags_of("Have them check in at the front desk, it's a secured building.").contains(tags::ACCESS_RESTRICT));
}

BOOST_AUTO_TEST_CASE(where_the_tech_pulls_in_or_parks_at_a_meter_is_parking_a_roof_curb_is_roof_equipment) {
    // The thirty-first round (stop 50), from dev errors.
    BOOST_TEST(tags_of("The driveway's not shoveled yet so tell him to pull in by the garage side, there's a path.")
                    .contains(tags::PARKING_ISSUE));
    BOOST_TEST(tags_of("Use the Wells Street entrance and the metered spots out front.").contains(tags::PARKING_ISSUE));
    BOOST_TEST(tags_of("The landlord ran a gas stub and there's a roof curb, that's it.").contains(tags::ROOF_EQUIP));
    // Guard: a driveway to pull into, with parking said to be fine, is no parking issue.
    BOOST_TEST(!tags_of("No parking's fine just pull in the driveway.").contains(tags::PARKING_ISSUE));
}

BOOST_AUTO_TEST_CASE(another_companys_work_in_someone_elses_story_is_a_competitor_named) {
    // The thirty-second round (stop 50), from dev errors: "my neighbor had the exact same thing two
    // weeks ago with a different company and paid a hundred and fifty bucks total".
    BOOST_TEST(tags_of("My neighbor had his furnace done by another company for half that.")
                   .contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(tags_of("Our neighbor had the same problem and went with a different company.")
                   .contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(tags_of("My neighbor's unit was put in by a different company and it's louder than ours.")
                   .contains(tags::COMPETITOR_MENTION));
    // Guards: the neighbor's problem stays the neighbor's; another company denied is none.
    BOOST_TEST(!tags_of("My neighbor had a gas leak last week.").contains(tags::GAS_LEAK));
    BOOST_TEST(!tags_of("We didn't go with another company, we've always used you.").contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(!tags_of("I don't want to switch to a different company, I just want this fixed.")
                    .contains(tags::COMPETITOR_MENTION));
}

BOOST_AUTO_TEST_CASE(an_age_range_past_fifteen_or_a_brand_called_old_is_an_old_system) {
    // The thirty-second round (stop 50), from dev errors: "it's a goodman came with the house so maybe
    // fifteen sixteen years", "like twenty years it's a old rheem".
    BOOST_TEST(tags_of("It's a goodman, maybe fifteen sixteen years I'd guess.").contains(tags::REPLACE_OPP));
    BOOST_TEST(tags_of("Probably twenty two or twenty three years, no idea really.").contains(tags::REPLACE_OPP));
    BOOST_TEST(tags_of("It's a old carrier out back, still runs.").contains(tags::REPLACE_OPP));
    BOOST_TEST(tags_of("Honestly this old thing just won't quit.").contains(tags::REPLACE_OPP));
    // Guards: an age under sixteen is no old system, nor an abbreviated young one with its brand.
    BOOST_TEST(!tags_of("It's a lennox, about fourteen years old.").contains(tags::REPLACE_OPP));
    BOOST_TEST(!tags_of("It's a 14 yr old lennox, quit cooling.").contains(tags::REPLACE_OPP));
}

BOOST_AUTO_TEST_CASE(a_capacitor_priced_billed_or_swapped_is_no_failure_of_the_ac_now) {
    // The thirty-third round (stop 50), from dev errors.
    BOOST_TEST(!tags_of("Y'all charged four eighty five for a capacitor on my ac.")
                    .contains(tags::REPAIR_AC));
    BOOST_TEST(!tags_of("The other company said they do a capacitor swap on an ac for like one seventy five.")
                    .contains(tags::REPAIR_AC));
    BOOST_TEST(!tags_of("Six hundred forty-eight dollars to replace a capacitor on the ac? That's robbery.")
                    .contains(tags::REPAIR_AC));
    BOOST_TEST(!tags_of("I deal with ac guys every day, I know what a capacitor runs.").contains(tags::REPAIR_AC));
    // Guards: a capacitor the caller says failed is a repair.
    BOOST_TEST(tags_of("The ac won't start, I think it's a bad capacitor.").contains(tags::REPAIR_AC));
    BOOST_TEST(tags_of("The capacitor on my ac went out again.").contains(tags::REPAIR_AC));
}

BOOST_AUTO_TEST_CASE(someone_elses_business_is_no_premises_of_this_call_in_more_words) {
    // The thirty-third round (stop 50), from dev errors.
    BOOST_TEST(!tags_of("My wifes opening a hair salon next spring, but today its just the house.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(!tags_of("My daughter's actually opening a nail salon over on Perkins Road next month.")
                    .contains(tags::COMMERCIAL_LEAD));
    BOOST_TEST(!tags_of("My brother is opening a restaurant downtown, I'm just calling about my house.")
                    .contains(tags::COMMERCIAL_ACCT));
    // Guards: the caller's own business is one.
    BOOST_TEST(tags_of("The AC at my salon quit this morning.").contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("We're opening a restaurant in the old bank building and need the rooftop units quoted.")
                    .contains(tags::COMMERCIAL_LEAD));
}

BOOST_AUTO_TEST_CASE(a_bulb_gone_dark_is_the_uv_lamps) {
    // The thirty-third round (stop 50), from dev errors.
    BOOST_TEST(tags_of("We have the UV thing on the AC. I looked yesterday, the light's out. I think the bulb is dead.")
                    .contains(tags::REPAIR_IAQ));
    BOOST_TEST(tags_of("The bulb burned out in that germ killing thing on the air handler.").contains(tags::REPAIR_IAQ));
    // Guards: a pilot light out is the furnace's; an AC out is a loss of cooling.
    BOOST_TEST(tags_of("The pilot light's out on the furnace.").contains(tags::REPAIR_HEATING));
    BOOST_TEST(tags_of("The AC is out and it's ninety in here.").contains(tags::REPAIR_AC));
}

BOOST_AUTO_TEST_CASE(a_business_told_by_the_callers_job_at_it_or_by_who_it_serves) {
    // The thirty-fourth round (stop 51), from dev errors.
    BOOST_TEST(tags_of("We see patients nine to five, so the tech has to come before nine.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("I'm the store manager, the unit over the stockroom quit cooling.")
                    .contains(tags::COMMERCIAL_LEAD));
    BOOST_TEST(tags_of("This is Karen at Hillcrest Pharmacy, the blower motor was bad.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("I manage Sol y Arena Boutique on Airway, the AC has been down three weeks.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("It's about eighty five on the sales floor.").contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("Dr. Kim owns the practice and she told me to get it fixed.")
                    .contains(tags::COMMERCIAL_ACCT));
    // Guards: a store the caller went to, a patient caller, is no business premises.
    BOOST_TEST(!tags_of("I went to the store and when I got back the house was eighty five.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(!tags_of("Thanks for being patient, the AC in my house is out.").contains(tags::COMMERCIAL_ACCT));
}

BOOST_AUTO_TEST_CASE(several_properties_told_by_their_kind_in_the_plural_or_by_the_others_owned) {
    // The thirty-fourth round (stop 51), from dev errors.
    BOOST_TEST(tags_of("We look after about sixty single-family rentals around Dallas and one has no cooling.")
                    .contains(tags::MULTI_PROPERTY));
    BOOST_TEST(tags_of("It's Brooke with Gulf Breeze, I look after like fifteen beach houses down here.")
                    .contains(tags::MULTI_PROPERTY));
    BOOST_TEST(tags_of("And I own two other buildings out in the industrial park that'll need the same thing.")
                    .contains(tags::MULTI_PROPERTY));
    BOOST_TEST(tags_of("We've got three clinics already in Collin County, this will be the fourth.")
                    .contains(tags::MULTI_PROPERTY));
    const auto vacation = tags_of("This is Gulf Breeze Vacation Rentals, the AC in one of the units isn't keeping up.");
    BOOST_TEST(vacation.contains(tags::MULTI_PROPERTY));
    BOOST_TEST(vacation.contains(tags::RENTAL_PROPERTY));
    // Guards: one rental is no portfolio; a friend's rentals are not the caller's.
    BOOST_TEST(!tags_of("It's my rental house on Elm, the tenant says the AC is blowing warm.")
                    .contains(tags::MULTI_PROPERTY));
    BOOST_TEST(!tags_of("My neighbor said she's got like four rental houses and she uses you for all of them.")
                    .contains(tags::MULTI_PROPERTY));
}

BOOST_AUTO_TEST_CASE(a_parents_heating_or_cooling_named_as_theirs_is_a_call_for_someone_else) {
    // The thirty-fifth round (stop 51), from dev errors.
    BOOST_TEST(tags_of("yeah im calling about my moms furnace at four eighteen north third avenue its out again")
                    .contains(tags::AGENT_PROXY));
    BOOST_TEST(tags_of("My father's air conditioner quit last night and he's eighty-seven.")
                    .contains(tags::AGENT_PROXY));
    BOOST_TEST(tags_of("yeah i think so it's my dad he's ninety he's got no heat").contains(tags::AGENT_PROXY));
    // Guards: the caller's own system, and a parent who lives with the caller, are no call for someone else.
    BOOST_TEST(!tags_of("My furnace quit last night, my mom lives with us.").contains(tags::AGENT_PROXY));
    BOOST_TEST(!tags_of("Our furnace is out and my dad is visiting this week.").contains(tags::AGENT_PROXY));
}

BOOST_AUTO_TEST_CASE(a_business_named_as_the_callers_premises_in_more_words) {
    // The thirty-fifth round (stop 51), from dev errors.
    BOOST_TEST(tags_of("Hi, this is Beth at Lakeside Family Dental. The heat won't come on in the waiting room.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("This is Karen at Hillcrest Pharmacy on Eleventh Street, it's 81 in here and the ac is out.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(tags_of("I manage Sol y Arena Boutique on Airway and our rooftop unit has been down three weeks.")
                    .contains(tags::COMMERCIAL_ACCT));
    // Guards: a job held somewhere else, said by a caller about the house, is no premises of the call.
    BOOST_TEST(!tags_of("I work as an office manager at a law firm, but this is about my house, the furnace quit.")
                    .contains(tags::COMMERCIAL_ACCT));
    BOOST_TEST(!tags_of("My furnace is short cycling, I'm calling about my house.").contains(tags::COMMERCIAL_ACCT));
}

BOOST_AUTO_TEST_CASE(a_decision_made_with_a_spouse_or_left_to_them_needs_approval) {
    // The thirty-fifth round (stop 51), from dev errors.
    BOOST_TEST(tags_of("Yes, my husband. We'll decide together, and he'll want to be there when they come out.")
                    .contains(tags::NEEDS_APPROVAL));
    BOOST_TEST(tags_of("saturday at ten so my wife can be there. i'm not signing anything without her")
                    .contains(tags::NEEDS_APPROVAL));
    BOOST_TEST(tags_of("I'll hold off on the tune-up. My husband handles that stuff, I'll ask him and call back.")
                    .contains(tags::NEEDS_APPROVAL));
    // Guards: a spouse who will be home, and a caller who decides, need no one's approval.
    BOOST_TEST(!tags_of("My wife will be home to let the tech in, the furnace won't light.")
                    .contains(tags::NEEDS_APPROVAL));
    BOOST_TEST(!tags_of("It's my house, I make the decisions, just send someone.").contains(tags::NEEDS_APPROVAL));
}

BOOST_AUTO_TEST_CASE(a_service_we_do_year_after_year_in_more_words_is_a_seasonal_customer) {
    // The thirty-fifth round (stop 51), from dev errors.
    BOOST_TEST(tags_of("i wanna get both furnaces looked at before it gets cold you guys did it last year")
                    .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("We usually have you do the furnace and the air conditioner at the same time.")
                    .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("No issues. You folks come out every April and October.").contains(tags::SEASONAL_CUSTOMER));
    // Guards: a fall checkup stays a heating tune-up; a problem that came back last year is no service of ours.
    BOOST_TEST(tags_of("I'd like to schedule our fall checkup for the furnace.").contains(tags::TUNEUP_HEATING));
    BOOST_TEST(!tags_of("The furnace keeps shutting off, it did it last year too.").contains(tags::SEASONAL_CUSTOMER));
}

BOOST_AUTO_TEST_CASE(a_reading_said_with_a_bare_out_and_a_system_gone_off_altogether) {
    // The thirty-sixth round (stop 51), from the fresh dev calls of w28-w33: a reading outside said
    // with a bare "out" is a dangerous temperature (not the weather tag), and a system that shut off
    // completely, or with nothing happening, is a loss of heating or cooling.
    BOOST_TEST(tags_of("My furnace isn't working. It's fifty eight and dropping, it's like twelve degrees out.")
                    .contains(tags::HEALTH_RISK));
    BOOST_TEST(tags_of("The heat went out and it's 5 degrees out.").contains(tags::HEALTH_RISK));
    BOOST_TEST(tags_of("The AC quit on us and it's 104 out.").contains(tags::HEALTH_RISK));
    BOOST_TEST(tags_of("My AC just shut off completely. My dad lives with us, he's eighty eight.")
                    .contains(tags::HEALTH_RISK));
    BOOST_TEST(tags_of("The AC is set to cool but nothing's happening, and my dad is here, he's eighty eight.")
                    .contains(tags::HEALTH_RISK));
    // Guards: a mild reading, a cold day with the heat working, no weather tag from a bare reading.
    BOOST_TEST(!tags_of("The heat quit and it's twenty five degrees out.").contains(tags::HEALTH_RISK));
    BOOST_TEST(!tags_of("It's 12 degrees out and the furnace runs fine, I want a tune-up.")
                    .contains(tags::HEALTH_RISK));
    BOOST_TEST(!tags_of("The heat quit and it's twelve degrees out.").contains(tags::EXTREME_WEATHER));
}

BOOST_AUTO_TEST_CASE(a_pet_told_by_its_breed_shortened_or_by_its_crate) {
    // The thirty-sixth round (stop 51), from the fresh dev calls of w28-w33.
    BOOST_TEST(tags_of("Pull-down in the hallway. We've got a lab, I'll keep him in the yard.")
                    .contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("Yeah, a pit mix. He's fine with people but he bolts, so tell the tech to knock.")
                    .contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("I've got two big shepherds, they're loud.").contains(tags::PET_SECURE));
    BOOST_TEST(tags_of("I'll crate them before the tech comes in.").contains(tags::PET_SECURE));
    // Guards: a street named Shepherd, a shipping crate, are no pets.
    BOOST_TEST(!tags_of("We're on Shepherd Lane, the blue house.").contains(tags::PET_SECURE));
    BOOST_TEST(!tags_of("The crate the new thermostat came in is still in the garage.").contains(tags::PET_SECURE));
}

BOOST_AUTO_TEST_CASE(other_companies_bids_counted_or_a_builders_own_sub_that_left) {
    // The thirty-sixth round (stop 51), from the fresh dev calls of w28-w33.
    BOOST_TEST(tags_of("We paid eleven thousand for this, which was already way more than the other two bids.")
                    .contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(tags_of("Your price is higher than the other three quotes I got.").contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(tags_of("I've got three houses going up and my HVAC sub bailed on me.")
                    .contains(tags::COMPETITOR_MENTION));
    // Guards: two bids asked of us, two quotes of ours, are no other company.
    BOOST_TEST(!tags_of("Can you give me two bids, one for a heat pump and one for a furnace?")
                    .contains(tags::COMPETITOR_MENTION));
    BOOST_TEST(!tags_of("I'd like two quotes from you, one for each unit.").contains(tags::COMPETITOR_MENTION));
}

BOOST_AUTO_TEST_CASE(whether_we_are_hiring_asked_after_a_no_or_after_a_wrong_number) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45: whether we are hiring,
    // asked in the same unpunctuated breath as a "no" that answered the agent, is a job applicant's
    // question; a caller who only dialed us by mistake becomes the kind they go on to be.
    BOOST_TEST(tags_of("no no nothing's wrong with mine i'm actually uh calling to see if y'all are hiring")
                    .contains(tags::JOB_APPLICANT));
    BOOST_TEST(tags_of("no no i was just calling to see if you guys are hiring").contains(tags::JOB_APPLICANT));
    const auto wrong_then_hiring = Dialogue::call_tags(Dialogue::dialogue(
        {{Role::agent, "Good morning, thanks for calling Arctic Flow Heating & Cooling. How can I help?"},
         {Role::user, "Hi, yeah, this is Devon Price. I've got an interview at nine with Mr. Halvorsen and I'm running "
                      "a little behind, can you let him know?"},
         {Role::agent, "I don't have a Mr. Halvorsen here. Were you trying to reach a different company?"},
         {Role::user, "Uh... yeah. Arctic Air Mechanical, on Industrial Boulevard. I must've grabbed the wrong number "
                      "off Google. Sorry about that."},
         {Role::agent, "No problem at all. Is there anything else I can help with?"},
         {Role::user, "Actually, since I've got you. Are you guys hiring? I just finished the HVAC program at the "
                      "community college, got my EPA 608, and I'm looking for an apprentice or helper spot."}}));
    BOOST_TEST(wrong_then_hiring.contains(tags::JOB_APPLICANT));
    BOOST_TEST(wrong_then_hiring.contains(tags::WRONG_NUMBER));
    // Guards: a customer who is not hiring anyone else stays a customer; a wrong number stays one.
    BOOST_TEST(!tags_of("My furnace quit, and no, I'm not hiring some other company to look at it.")
                    .contains(tags::JOB_APPLICANT));
    BOOST_TEST(tags_of("Oh, sorry, wrong number, I meant to call the dentist.").contains(tags::WRONG_NUMBER));
}

BOOST_AUTO_TEST_CASE(non_customers_introduced_by_map_results_an_efficiency_program_or_an_account_they_handle) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45.
    const auto seo = tags_of("Sure! My name's Kyle. We were looking at HVAC companies in Omaha and your Google Business "
                             "Profile isn't showing up in the top three map results.");
    BOOST_TEST(seo.contains(tags::VENDOR_SALES));
    BOOST_TEST(seo.contains(tags::SPAM_TELEMARKETING));
    BOOST_TEST(tags_of("Good morning. My name is Phil, I'm with the energy efficiency program at Ozark Valley. I'm "
                       "calling to verify a heat pump rebate application your company submitted.")
                    .contains(tags::UTILITY_COMPANY));
    BOOST_TEST(tags_of("Morning! This is Dana with Midwest Air Supply, I handle your account at our West Kellogg "
                       "branch.")
                    .contains(tags::PARTS_SUPPLIER));
    // Guards: how a customer found us, and an energy audit of their own, are no pitch.
    BOOST_TEST(!tags_of("I found you on Google Maps, my AC stopped cooling.").contains(tags::VENDOR_SALES));
    BOOST_TEST(!tags_of("We had an energy audit and they said the furnace is oversized.").contains(tags::VENDOR_SALES));
}

BOOST_AUTO_TEST_CASE(a_review_site_threat_leaving_us_and_a_price_for_a_cheap_part_in_more_words) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45.
    BOOST_TEST(tags_of("yeah that works and honestly if nobody shows up i'm putting you guys on yelp")
                    .contains(tags::REVIEW_THREAT));
    BOOST_TEST(tags_of("And I'll be posting the photos of my ceiling on Google and Nextdoor so my neighbors know.")
                    .contains(tags::REVIEW_THREAT));
    BOOST_TEST(tags_of("No. I'm finding another company for maintenance from now on.").contains(tags::LOST_CUSTOMER));
    BOOST_TEST(tags_of("He charged me four hundred twelve dollars for a part that's like thirty bucks online.")
                    .contains(tags::COMPLAINT_PRICE));
    BOOST_TEST(tags_of("one twenty nine just to show up that's ridiculous").contains(tags::COMPLAINT_PRICE));
    // Guards: how a caller found us is no threat; a part's price asked is no complaint.
    BOOST_TEST(!tags_of("I found you guys on Yelp, my furnace is making a noise.").contains(tags::REVIEW_THREAT));
    BOOST_TEST(!tags_of("I saw your reviews on Google, can you come look at my AC?").contains(tags::REVIEW_THREAT));
    BOOST_TEST(!tags_of("How much is the part for the furnace?").contains(tags::COMPLAINT_PRICE));
}

BOOST_AUTO_TEST_CASE(where_to_park_or_not_and_a_lockbox_said_to_be_there_in_more_words) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45.
    BOOST_TEST(tags_of("the driveway hasn't been plowed since sunday so he can't pull in").contains(tags::PARKING_ISSUE));
    BOOST_TEST(tags_of("Tell him to park at the bottom and come up the walk on the left side.")
                    .contains(tags::PARKING_ISSUE));
    BOOST_TEST(tags_of("That's right. Pull in off the alley out back.").contains(tags::PARKING_ISSUE));
    BOOST_TEST(tags_of("I'll leave a guest pass on the front step.").contains(tags::PARKING_ISSUE));
    BOOST_TEST(tags_of("please have the tech call her first if she doesn't pick up there's a lockbox on the back door")
                    .contains(tags::LOCKBOX));
    // Guards: a car in a story, a pass of another kind, no lockbox.
    BOOST_TEST(!tags_of("My AC quit while I was at work, I just got home.").contains(tags::PARKING_ISSUE));
    BOOST_TEST(!tags_of("Somebody will be home, we don't have a lockbox.").contains(tags::LOCKBOX));
}

BOOST_AUTO_TEST_CASE(just_fix_it_asks_for_the_repair_not_a_limit_to_it) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45: "just fix" gives no
    // SCOPE_LIMITED of its own (the caller asks for the repair, whatever it takes).
    BOOST_TEST(!tags_of("My furnace quit this morning. We don't care what it costs, honestly, just fix whatever's wrong.")
                     .contains(tags::SCOPE_LIMITED));
    BOOST_TEST(!tags_of("No. I don't want a new system and I'm not looking to upgrade anything. Just fix what's there.")
                     .contains(tags::SCOPE_LIMITED));
    // Guards: a limit said in so many words stays one; the repair is still the furnace's.
    BOOST_TEST(tags_of("Only fix the upstairs unit, nothing else.").contains(tags::SCOPE_LIMITED));
    BOOST_TEST(tags_of("My furnace quit this morning, just fix whatever's wrong.").contains(tags::REPAIR_HEATING));
}

BOOST_AUTO_TEST_CASE(an_owner_whose_house_is_let_to_a_tenant_does_not_live_there) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45.
    BOOST_TEST(!tags_of("Hi, I own a house over on East Cactus Road that I rent out, and my tenant texted me that the "
                        "AC isn't keeping up. No, I own it but I don't live there.")
                     .contains(tags::OWNER_OCCUPIED));
    BOOST_TEST(!tags_of("It's my house, I own it, but my tenant lives there, she can let your tech in.")
                     .contains(tags::OWNER_OCCUPIED));
    // Guards: an owner in their own house stays one; the landlord's tenant is still coordinated with.
    BOOST_TEST(tags_of("It's my house, I own it, the AC quit.").contains(tags::OWNER_OCCUPIED));
    BOOST_TEST(tags_of("I own a house that I rent out and my tenant says the AC isn't keeping up.")
                    .contains(tags::TENANT_COORD));
}

BOOST_AUTO_TEST_CASE(a_winterizing_already_done_or_done_by_the_people_before_asks_for_none) {
    // The thirty-seventh round (stop 53), from the fresh dev calls of w40-w45.
    BOOST_TEST(!tags_of("we already winterized the lake house back in october, you guys did it actually")
                     .contains(tags::SEASONAL_PREP));
    BOOST_TEST(!tags_of("Oh, and the sellers were snowbirds, they used to have the house winterized before they left.")
                     .contains(tags::SEASONAL_PREP));
    // Guards: a winterizing asked for stays one.
    BOOST_TEST(tags_of("We're leaving for Arizona, can you get the house winterized before we go?")
                    .contains(tags::SEASONAL_PREP));
    BOOST_TEST(tags_of("I need the cabin winterized this week.").contains(tags::SEASONAL_PREP));
}

BOOST_AUTO_TEST_CASE(a_baby_not_at_home_is_no_infant_occupant) {
    // Stop 54, from the INFANT_NEWBORN false tags of the dev split (policy: occupants only; a
    // visitor or a business does not count): a baby not yet born, a visitor's newborn brought
    // over, a child care center's rooms, "baby" as a word of address.
    for (const char* text : {"We're expecting a baby in March, so I really want this sorted.",
                             "The baby's due in June and the upstairs is ninety degrees.",
                             "My sister's bringing her newborn over this weekend, so I'd like it fixed before then.",
                             "One of our AC units isn't cooling, the one for the infant and toddler rooms.",
                             "hi baby this is bernice hollis my air conditioner is running and running"})
        BOOST_TEST(!tags_of(text).contains(tags::INFANT_NEWBORN), text);
    // Guards: a baby who lives there stays one, in a sentence of its own or beside words like those
    // above (found by a review: each of these lost the tag in a first, wider form of the rows).
    for (const char* text : {"We have a newborn, she's two weeks old, and the AC is out.",
                             "The vent in my baby's room is dripping right over the crib.",
                             "I've got my two-month-old here and the closet smells like gas.",
                             "We have a baby at home and we're expecting another in March.",
                             "we've got a three month old and another baby on the way",
                             "its really hard having a baby in the house with no heat",
                             "the baby is due for a nap and the house is freezing",
                             "okay, baby's room is the hottest one in the house",
                             "my wife is bringing the baby over to her sister's tonight because we have no heat",
                             "we have a newborn at home and my mom is in a nursing home"})
        BOOST_TEST(tags_of(text).contains(tags::INFANT_NEWBORN), text);
}

BOOST_AUTO_TEST_CASE(a_relative_away_or_a_need_now_over_is_no_occupant) {
    // Stop 54, from the ELDERLY_OCCUPANT and MEDICAL_NEED false tags of the dev split (policy:
    // occupants only): a relative who stays now and then or lives elsewhere, a medical need the
    // caller says is over.
    for (const char* text : {"um my grandma stays with us sometimes but she's not here right now",
                             "My mom is 88 but she lives out of state.",
                             "My grandfather is 91, he's in a nursing home now."})
        BOOST_TEST(!tags_of(text).contains(tags::ELDERLY_OCCUPANT), text);
    BOOST_TEST(!tags_of("well my husband had knee surgery last year but he's totally recovered")
                    .contains(tags::MEDICAL_NEED));
    // Guards: an elderly relative at home, a need not over (from the review, as above).
    for (const char* text : {"My grandma lives with us and she's 90, the heat is out.",
                             "My mother is 88 and she lives in the back bedroom.",
                             "my dad is 86 he lives with us, he's not here right now he's at the doctor",
                             "my grandpa is 92 but he's down in the basement all day"})
        BOOST_TEST(tags_of(text).contains(tags::ELDERLY_OCCUPANT), text);
    BOOST_TEST(tags_of("My husband just had surgery and he's recovering from it at home.").contains(tags::MEDICAL_NEED));
    BOOST_TEST(tags_of("he's not totally recovered from the heart surgery yet").contains(tags::MEDICAL_NEED));
}

BOOST_AUTO_TEST_CASE(snow_only_forecast_or_a_street_named_for_it_and_ice_on_the_equipment_are_no_access_fact) {
    // The thirty-eighth round (stop 54), from the fresh dev calls of w46-w51 (policy: SNOW_ICE is an access
    // fact stated by the caller; a street name is not a weather or access fact).
    BOOST_TEST(!tags_of("Oh, they say snow next week but there's nothing on the ground, so no problem getting in.")
                     .contains(tags::SNOW_ICE));
    BOOST_TEST(!tags_of("um it's supposed to snow tonight like a couple inches maybe but the driveway's totally clear")
                     .contains(tags::SNOW_ICE));
    BOOST_TEST(!tags_of("i know they're calling for snow later this month but right now it's totally clear")
                     .contains(tags::SNOW_ICE));
    BOOST_TEST(!tags_of("yeah snow creek that's us, my ac keeps turning on and off").contains(tags::SNOW_ICE));
    BOOST_TEST(!tags_of(CallFacts{.problem_description = "hissing at outdoor unit, ice on copper lines"}, "")
                     .contains(tags::SNOW_ICE));
    BOOST_TEST(!tags_of(CallFacts{.problem_description = "heat pump iced over, not heating"}, "")
                     .contains(tags::SNOW_ICE));
    // Guards: snow and ice where the tech must go stay an access fact.
    BOOST_TEST(tags_of("The driveway is covered in snow, so park on the street.").contains(tags::SNOW_ICE));
    BOOST_TEST(tags_of("It's snowing hard and the front steps are icy, use the side door.").contains(tags::SNOW_ICE));
    BOOST_TEST(tags_of("We got a foot of snow last night and the driveway isn't plowed yet.").contains(tags::SNOW_ICE));
}

BOOST_AUTO_TEST_CASE(a_weekday_the_problem_began_said_with_a_filler_between) {
    // The thirty-eighth round (stop 54), from the fresh dev calls of w46-w51 (policy: DURATION_RECENT,
    // 1-7 days, "since monday"): the answer to the agent's question replaces a time said in passing before it.
    CallSession s = session();
    s.transcript_log = {TranscriptEntry::user("My furnace keeps turning on and off every few minutes.", 1.0),
                        TranscriptEntry::user("I put a new battery in the detector at five this morning.", 2.0),
                        TranscriptEntry::agent("Okay. How long has the furnace been short cycling?", 3.0),
                        TranscriptEntry::user("Since about Friday.", 4.0)};
    const auto t = classify_call<hvac117_profile>(s).tags;
    BOOST_TEST(t.contains(tags::DURATION_RECENT));
    BOOST_TEST(!t.contains(tags::DURATION_ACUTE));
    BOOST_TEST(tags_of("the furnace keeps clicking, it's been like that since like saturday")
                    .contains(tags::DURATION_RECENT));
    // Guards: a span since a time of its own stays its own; "since friday" stays recent.
    BOOST_TEST(tags_of("my furnace keeps cycling, since about three weeks ago").contains(tags::DURATION_ONGOING));
    BOOST_TEST(tags_of("my furnace keeps cycling since friday").contains(tags::DURATION_RECENT));
}

BOOST_AUTO_TEST_CASE(a_baby_said_to_the_agent_or_only_expected_is_no_infant_in_the_home) {
    // The thirty-eighth round (stop 54), from the fresh dev calls of w46-w51 (policy: INFANT_NEWBORN is an
    // occupant).
    BOOST_TEST(!tags_of("hi baby this is bernice hollis my air condition her is running and running")
                     .contains(tags::INFANT_NEWBORN));
    BOOST_TEST(!tags_of("Okay, calling them. We're expecting a baby in March, so I really want this sorted.")
                     .contains(tags::INFANT_NEWBORN));
    BOOST_TEST(!tags_of("uh-huh that's right baby, tuesday works for me").contains(tags::INFANT_NEWBORN));
    // Guards: a baby in the home stays one.
    BOOST_TEST(tags_of("My AC quit and we have a baby, she's four months.").contains(tags::INFANT_NEWBORN));
    BOOST_TEST(tags_of("The mini split in my baby's room is dripping water down the wall.").contains(tags::INFANT_NEWBORN));
}

BOOST_AUTO_TEST_CASE(a_tune_up_we_did_before_is_none_asked_for_now_in_more_words) {
    // The thirty-eighth round (stop 54), from the fresh dev calls of w46-w51 (policy: TUNEUP_* for
    // maintenance asked for).
    BOOST_TEST(!tags_of("about twelve years you guys did a tune up on it last fall and the fella replaced the igniter")
                     .contains(tags::TUNEUP_HEATING));
    BOOST_TEST(!tags_of("y'all did a checkup on the ac in april and now it's blowing warm").contains(tags::TUNEUP_AC));
    // Guards: a tune-up asked for stays one, praise beside it too.
    BOOST_TEST(tags_of("You did a great job last time, can you do my furnace tune up next week")
                    .contains(tags::TUNEUP_HEATING));
    BOOST_TEST(tags_of("I need a furnace tune up before winter.").contains(tags::TUNEUP_HEATING));
}

BOOST_AUTO_TEST_CASE(a_system_that_runs_but_does_not_get_the_house_there_in_more_words) {
    // The thirty-eighth round (stop 54), from the fresh dev calls of w46-w51 (policy: DIAGNOSTIC_PERFORMANCE,
    // performance / not keeping up).
    BOOST_TEST(tags_of("its like sixty five and i have it on seventy its never quite getting there")
                    .contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(tags_of("kinda its like seventy nine its set on seventy four it just cant get there doing that")
                    .contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(tags_of("I have two tenants at the fourplex with weak heat.").contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(tags_of("Units 2 and 3 say the vents are barely warm.").contains(tags::DIAGNOSTIC_PERFORMANCE));
    // Guards: the caller who cannot get somewhere, a system that works.
    BOOST_TEST(!tags_of("I can't get there before five, can the tech come later?").contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(!tags_of("The furnace runs fine, I just want a tune up.").contains(tags::DIAGNOSTIC_PERFORMANCE));
}

BOOST_AUTO_TEST_CASE(a_relatives_rentals_or_a_letting_only_thought_of_is_no_rental_here) {
    // The thirty-eighth round (stop 54), from the fresh dev calls of w46-w51 (policy: RENTAL_PROPERTY is the
    // service address let).
    BOOST_TEST(!tags_of("my sister owns a couple rental houses down there and she said just call somebody local")
                     .contains(tags::RENTAL_PROPERTY));
    BOOST_TEST(!tags_of("Yes, we live here. We thought about renting it out and moving to Florida, but we didn't.")
                     .contains(tags::RENTAL_PROPERTY));
    // Guards: the caller's own rental, and a renter's landlord, stay a rental.
    BOOST_TEST(tags_of("It's a rental property I own, the tenant says the AC quit.").contains(tags::RENTAL_PROPERTY));
    BOOST_TEST(tags_of("We rent it out, the tenant moved in last month.").contains(tags::RENTAL_PROPERTY));
}

BOOST_AUTO_TEST_CASE(round_38s_rows_narrowed_after_a_review) {
    // Stop 54: a review ran sentences of its own through the thirty-eighth round's rows and found
    // them too wide (a suppression covers its whole run-on sentence; a street's name hid real snow;
    // everyday phrases read as a weak system). Guards: each of these lost or gained a tag before.
    BOOST_TEST(tags_of("the plow left a big snow hill right in front of the gate so the tech can't get in")
                   .contains(tags::SNOW_ICE));
    BOOST_TEST(tags_of("there's snow way up past the outside unit").contains(tags::SNOW_ICE));
    BOOST_TEST(tags_of("you did a tune up for us last spring so i want to set up the ac tune up again this year")
                   .contains(tags::TUNEUP_AC));
    BOOST_TEST(tags_of("you all did the install two years ago and now i need a furnace tune up before winter")
                   .contains(tags::TUNEUP_HEATING));
    BOOST_TEST(!tags_of("i just can't get there before five to let your tech in")
                    .contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(!tags_of("your tech is never getting there in this traffic is he")
                    .contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(!tags_of("it's barely warm out today so no rush on the tune up").contains(tags::DIAGNOSTIC_PERFORMANCE));
    BOOST_TEST(tags_of("my sister owns the house and i rent it from her, the heat is out")
                   .contains(tags::RENTAL_PROPERTY));
    BOOST_TEST(tags_of("i'm the landlord we thought about renting it furnished but right now the tenant needs heat")
                   .contains(tags::RENTAL_PROPERTY));
}

BOOST_AUTO_TEST_CASE(a_new_callers_recurring_service_elsewhere_or_a_plan_asked_is_none_with_us) {
    // The fortieth round (stop 55), from the fresh dev calls of w53-w58 (policy: SEASONAL_CUSTOMER,
    // recurring service with us): a caller whose number is no customer's, telling of no visit of ours,
    // who names another company or asks about a plan.
    BOOST_TEST(!tags_of("another company did my tune-up every spring, but I'm done with them")
                     .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(!tags_of("I've been using another hvac company for years, they did my tune-up every fall.")
                     .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(!tags_of("Honestly I should get on some kind of yearly schedule, do you have a maintenance plan?")
                     .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(!tags_of("something where you just come every quarter, can you send me the maintenance agreement?")
                     .contains(tags::SEASONAL_CUSTOMER));
    // Guards: a recurring service with us said by a new number, a known caller, a visit of ours told.
    BOOST_TEST(tags_of("you guys come out every spring and fall, this is my wife's phone")
                   .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of(CallFacts{.caller_known = true},
                       "you guys do my tune-up every spring, do you still have the maintenance plan?")
                   .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("your tech did our tune up last spring like every year, do you have a maintenance plan?")
                   .contains(tags::SEASONAL_CUSTOMER));
    // After a review: a recurring service said to be ours in the second person, or a member's, stays.
    BOOST_TEST(tags_of("hi i'm calling from my wife's cell, you guys do our tune up every spring, we're on your "
                       "maintenance plan, it's that time again so i want to get on the schedule")
                   .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("yeah this is a new number for me but y'all have been servicing our system every fall for "
                       "like six years now, i'm on the comfort club, need to book my fall tune up")
                   .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("i switched over to you guys from one hour heating two years ago and you've done my annual "
                       "tune up every year since, i'm calling from my work phone to set up this year's")
                   .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("my membership with you guys includes the spring and fall visits, it's time for my spring "
                       "tune up, i got the reminder postcard")
                   .contains(tags::SEASONAL_CUSTOMER));
    BOOST_TEST(tags_of("hey it's for my mom's house, she's on your annual maintenance plan, you come every fall, i'm "
                       "just calling for her this year to book it")
                   .contains(tags::SEASONAL_CUSTOMER));
    // ...and the plan asked about by a new owner stays none.
    BOOST_TEST(!tags_of("do you guys have like a maintenance plan where you come out every spring and every fall? i "
                        "just bought the house")
                     .contains(tags::SEASONAL_CUSTOMER));
}

BOOST_AUTO_TEST_CASE(severe_weather_only_forecast_is_none_now) {
    // The fortieth round (stop 55), from the fresh dev calls of w53-w58 (policy: EXTREME_WEATHER for current
    // or just-past severe weather the caller names).
    BOOST_TEST(!tags_of("they're saying a cold snap is coming this weekend and the furnace won't turn on")
                     .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(!tags_of("there's a heat wave on the way this weekend and the ac is blowing warm")
                     .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(!tags_of("it's supposed to be a cold snap next week so i want the furnace checked")
                     .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(!tags_of("a storm is coming tonight, can you check the ac before").contains(tags::EXTREME_WEATHER));
    // Guards: severe weather here now, or just past, stays.
    BOOST_TEST(tags_of("we're in the middle of a cold snap and the furnace won't turn on")
                   .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(tags_of("the heat wave is killing us and the ac is blowing warm").contains(tags::EXTREME_WEATHER));
    BOOST_TEST(tags_of("this cold snap coming through has the heat pump running nonstop")
                   .contains(tags::EXTREME_WEATHER));
    // After a review: only a forecast with a time still to come is hidden; a storm or a heat wave coming in
    // now, or one that came through last night, stays.
    BOOST_TEST(!tags_of("uh yeah hard freeze coming thursday and my heat pump's been blowing lukewarm air")
                     .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(tags_of("the storm is coming through right now, wind is howling, power keeps flickering and now the "
                       "furnace won't light at all")
                   .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(tags_of("storm's coming in right now, the wind is crazy and the outside unit is rattling like it's "
                       "gonna fall apart")
                   .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(tags_of("the storm is coming in sideways right now and water is pouring through the ceiling around "
                       "the return vent")
                   .contains(tags::EXTREME_WEATHER));
    const auto heat = tags_of("yeah so uh the heat wave is coming in strong today it's like a hundred and twelve out "
                              "and the ac is just blowing warm");
    BOOST_TEST(heat.contains(tags::EXTREME_WEATHER));
    BOOST_TEST(heat.contains(tags::HEALTH_RISK));
    BOOST_TEST(tags_of("the storm on the way through last night knocked a tree onto the condenser and now the ac "
                       "won't turn on")
                   .contains(tags::EXTREME_WEATHER));
    BOOST_TEST(tags_of("they kept calling for storms and it has been storming all day, the power went out twice and "
                       "now the ac won't come back on")
                   .contains(tags::EXTREME_WEATHER));
}

BOOST_AUTO_TEST_CASE(a_neighbors_gas_leak_is_no_hazard_here) {
    // The fortieth round (stop 55), from the fresh dev calls of w53-w58 (policy: HAZARD only present now).
    BOOST_TEST(!tags_of("no, no gas. the gas company was out on our street yesterday for the neighbors gas leak two "
                        "doors down, but they fixed that")
                     .contains(tags::GAS_LEAK));
    BOOST_TEST(!tags_of("there was a gas leak down the street so they shut off our gas, now no heat")
                     .contains(tags::GAS_LEAK));
    // Guards: gas the caller smells stays a leak, a neighbor's leak beside it too.
    BOOST_TEST(tags_of("there's a gas leak next door and now i smell gas in my kitchen").contains(tags::GAS_LEAK));
    BOOST_TEST(tags_of("the neighbor's gas leak got fixed but i smell gas by my furnace now").contains(tags::GAS_LEAK));
    BOOST_TEST(tags_of("i think we have a gas leak, the furnace closet smells like rotten eggs").contains(tags::GAS_LEAK));
    // After a review: "next door" is also the next room, and a leak across the street can reach the house.
    BOOST_TEST(!tags_of("the gas company was on our street all day for the neighbors gas leak, we never smelled "
                        "anything here, i just want my furnace checked since it's making a clicking noise")
                     .contains(tags::GAS_LEAK));
    BOOST_TEST(tags_of("i think there's a gas leak next door to the furnace room, in the laundry room, i can hear a "
                       "hiss by the dryer line")
                   .contains(tags::GAS_LEAK));
    BOOST_TEST(tags_of("the gas company said there's a gas leak across the street and it's seeping into our "
                       "basement, we're getting out of the house now")
                   .contains(tags::GAS_LEAK));
}

BOOST_AUTO_TEST_CASE(a_systems_part_to_replace_is_a_repair_not_a_system_sale) {
    // The fortieth round (stop 55), from the fresh dev calls of w53-w58 (policy: replacing a part (filter,
    // capacitor, motor, coil) is a repair, never a system sale; FILTER_SERVICE for the filter).
    const auto filter = tags_of(CallFacts{.problem_description = "replace furnace filter in attic hatch"}, "");
    BOOST_TEST(filter.contains(tags::FILTER_SERVICE));
    BOOST_TEST(!filter.contains(tags::INSTALL_REPLACEMENT));
    BOOST_TEST(!tags_of("could you replace the ac capacitor, it went bad").contains(tags::HOT_LEAD));
    BOOST_TEST(!tags_of("can you replace the furnace igniter while you're out here").contains(tags::INSTALL_REPLACEMENT));
    // Guards: the system itself to replace stays a sale, a part beside it too.
    BOOST_TEST(tags_of("i want to replace my furnace, it's 25 years old").contains(tags::INSTALL_REPLACEMENT));
    BOOST_TEST(tags_of("we need to replace the ac, it's 20 years old and the coil is leaking").contains(tags::HOT_LEAD));
    BOOST_TEST(tags_of("i want a quote to replace the heat pump and the coil").contains(tags::INSTALL_REPLACEMENT));
    // After a review: a coil or a bare motor is how callers run the system on into its fault, so those rows
    // went; a filter the caller already tried to change is no filter service.
    BOOST_TEST(!tags_of("i tried replacing the furnace filter already and it still shuts off after like two minutes")
                     .contains(tags::FILTER_SERVICE));
    BOOST_TEST(tags_of("i need to replace the ac coil and the condenser, basically the whole thing, it's twenty "
                       "years old, can you give me a quote")
                   .contains(tags::INSTALL_REPLACEMENT));
    BOOST_TEST(tags_of("yeah we want to replace the furnace motor keeps going out every winter and the thing is "
                       "twenty five years old so just give me a price on a new one")
                   .contains(tags::INSTALL_REPLACEMENT));
    BOOST_TEST(tags_of("we're thinking we should replace the heat pump coil was replaced twice already under "
                       "warranty and it's leaking again")
                   .contains(tags::INSTALL_REPLACEMENT));
    BOOST_TEST(tags_of("so we're looking to replace the ac coil froze up again and it's the original unit from "
                       "ninety eight we're done with it")
                   .contains(tags::HOT_LEAD));
}

BOOST_AUTO_TEST_CASE(the_indoor_air_handler_is_equipment_not_the_airs_quality) {
    // The fortieth round (stop 55), from the fresh dev calls of w53-w58 (policy: IAQ_UPSELL for allergies,
    // dust or air-quality concerns).
    BOOST_TEST(!tags_of(CallFacts{.problem_description = "sweet chemical smell at indoor air handler closet, "
                                                         "possible refrigerant leak"},
                        "")
                     .contains(tags::IAQ_UPSELL));
    BOOST_TEST(!tags_of("the indoor air handler in the attic is dripping water").contains(tags::IAQ_UPSELL));
    // Guards: the air's quality stays a concern, beside the air handler too.
    BOOST_TEST(tags_of("i'm worried about our indoor air, my son's allergies are bad").contains(tags::IAQ_UPSELL));
    BOOST_TEST(tags_of("our indoor air feels dusty and the air handler is loud").contains(tags::IAQ_UPSELL));
}
