// A payload struct whose member is not a dashboard field must not compile: the
// static_assert of payload.hpp, applied to a struct with a misspelled field
// ("phone" instead of "phone_number"). With CALLLOCK_RIGHT_NAME it compiles.
#include <calllock/dashboard/payload.hpp>

struct MisspelledAlert {
    BOOST_HANA_DEFINE_STRUCT(MisspelledAlert,
#ifdef CALLLOCK_RIGHT_NAME
        (std::string, phone_number),
#else
        (std::string, phone),
#endif
        (std::string, problem_description),
        (std::string, user_email),
        (std::string, sms_sent_at),
        (std::int64_t, callback_promised_minutes));
};

template <>
struct calllock::route_of<MisspelledAlert>
    : std::integral_constant<calllock::Webhook, calllock::Webhook::emergency_alerts> {};

static_assert(calllock::detail::members_are_dashboard_fields<MisspelledAlert>({}),
              "calllock: a MisspelledAlert member is not a dashboard field");
static_assert(calllock::detail::required_fields_are_members<MisspelledAlert>(),
              "calllock: MisspelledAlert lacks a required field");

int main() { return 0; }
