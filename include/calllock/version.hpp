// The library's version, the one place it is written (CMakeLists.txt reads it from here).
#pragma once

#define CALLLOCK_VERSION_MAJOR 0
#define CALLLOCK_VERSION_MINOR 1
#define CALLLOCK_VERSION_PATCH 0
// major * 10000 + minor * 100 + patch, for #if
#define CALLLOCK_VERSION (CALLLOCK_VERSION_MAJOR * 10000 + CALLLOCK_VERSION_MINOR * 100 + CALLLOCK_VERSION_PATCH)
#define CALLLOCK_VERSION_STRING "0.1.0"
