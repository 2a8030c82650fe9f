// The definitions of the delivery side and of the classification side
// (src_core.hpp), for separate compilation: include this header in exactly one unit
// of the program, and define CALLLOCK_SEPARATE_COMPILATION
// in every unit (detail/config.hpp). Without the macro the headers already carry
// these definitions, and this header is an error.
#pragma once
#include "detail/config.hpp"

#if !defined(CALLLOCK_SEPARATE_COMPILATION)
#error "<calllock/src.hpp> is for separate compilation: define CALLLOCK_SEPARATE_COMPILATION in every unit of the program"
#endif

#include "dashboard/post_call.hpp"
#include "src_core.hpp"
#include "dashboard/sync.hpp"

#include "dashboard/impl/post_call.ipp"
#include "dashboard/impl/sync.ipp"
