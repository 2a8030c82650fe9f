// How Boost.Test prints calllock values in failure messages.
#pragma once
#include <calllock/calllock.hpp>

#include <ostream>

namespace calllock {
inline std::ostream& operator<<(std::ostream& os, Tag t) { return os << t.name(); }
inline std::ostream& operator<<(std::ostream& os, Category c) { return os << name(c); }
inline std::ostream& operator<<(std::ostream& os, State s) { return os << name(s); }
inline std::ostream& operator<<(std::ostream& os, Role r) { return os << name(r); }
inline std::ostream& operator<<(std::ostream& os, PriorityColor c) { return os << name(c); }
inline std::ostream& operator<<(std::ostream& os, RevenueTier t) { return os << name(t); }
}  // namespace calllock
