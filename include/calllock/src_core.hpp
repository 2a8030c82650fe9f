// The definitions of the classification side, for separate compilation: include this
// header (or <calllock/src.hpp>, which includes it) in exactly one unit of the program,
// and define CALLLOCK_SEPARATE_COMPILATION in every unit (detail/config.hpp). Standard
// library only, like calllock::core. Without the macro the headers already carry these
// definitions (as templates), and this header is an error.
#pragma once
#include "detail/config.hpp"

#if !defined(CALLLOCK_SEPARATE_COMPILATION)
#error "<calllock/src_core.hpp> is for separate compilation: define CALLLOCK_SEPARATE_COMPILATION in every unit of the program"
#endif

#include "profiles.hpp"

#include "impl/profiles.ipp"
