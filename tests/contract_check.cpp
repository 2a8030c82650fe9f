// contract_check: reads `calllock-postcall payload` output (JSON Lines) on stdin
// and validates each line's job, call and alert (when not null) with the
// dashboard contract. Prints each issue and "N lines, M rejected"; exits 1 when any
// payload is rejected or a line is not the expected shape.
#include <calllock/dashboard/contract.hpp>

#include <iostream>
#include <string>

int main() {
    using calllock::Webhook;
    std::string line;
    long lines = 0, rejected = 0;
    while (std::getline(std::cin, line)) {
        ++lines;
        boost::system::error_code ec;
        const auto v = boost::json::parse(line, ec);
        const auto* o = ec ? nullptr : v.if_object();
        bool ok = o && o->contains("tags") && o->contains("priority") && o->contains("revenue") &&
                  o->contains("job") && o->contains("call") && o->contains("alert") && o->size() == 6;
        if (!ok) std::cout << "line " << lines << ": not a payload line\n";
        if (o) {
            const std::pair<const char*, Webhook> parts[] = {
                {"job", Webhook::jobs}, {"call", Webhook::calls}, {"alert", Webhook::emergency_alerts}};
            for (const auto& [key, route] : parts) {
                const auto* body = o->if_contains(key);
                if (!body || (route == Webhook::emergency_alerts && body->is_null())) continue;
                for (const auto& i : calllock::contract::validate(route, *body)) {
                    std::cout << "line " << lines << " " << key << " " << i.path << ": " << i.message << "\n";
                    ok = false;
                }
            }
        }
        rejected += !ok;
    }
    std::cout << lines << " lines, " << rejected << " rejected\n";
    return rejected == 0 ? 0 : 1;
}
