// A user of the core only (find_package(calllock COMPONENTS core), or pkg-config): the
// taxonomy and the classifier, no Boost, no OpenSSL.
#include <calllock/calllock.hpp>
#include <calllock/version.hpp>

#include <cstdio>

static_assert(CALLLOCK_VERSION >= 100);

int main() {
    constexpr calllock::CallFacts facts{.state = calllock::State::safety_exit};
    const auto c = calllock::classify_text(facts, "I smell gas");
    c.tags.for_each(calllock::Category::HAZARD, [](calllock::Tag t) {
        std::printf("%.*s\n", static_cast<int>(t.name().size()), t.name().data());
    });
    return c.tags.contains(calllock::tag_of("GAS_LEAK")) ? 0 : 1;
}
