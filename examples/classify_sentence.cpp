// The smallest use of calllock: classify what a caller said, with no session.
//   classify_sentence "My furnace is making a grinding noise"
#include <calllock/calllock.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    using namespace calllock;
    const std::string text = argc > 1 ? argv[1] : "I smell gas near the furnace";
    const CallFacts facts{.state = argc > 2 ? State::safety_exit : State::discovery};
    const Classification c = classify_text(facts, text);
    c.tags.for_each([](Tag t) {
        std::printf("%.*s/%.*s\n", static_cast<int>(name(t.category()).size()), name(t.category()).data(),
                    static_cast<int>(t.name().size()), t.name().data());
    });
    std::printf("priority: %s (%s)\nrevenue: %s %s\n", std::string(c.priority.color_name()).c_str(),
                c.priority.reason().c_str(), std::string(c.revenue.tier_name()).c_str(),
                std::string(c.revenue.tier_label()).c_str());
}
