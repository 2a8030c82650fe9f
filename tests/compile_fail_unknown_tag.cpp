// Must NOT compile: tag_of checks its literal at compile time (a CTest case
// builds this and expects the build to fail).
#include <calllock/taxonomy.hpp>
// With CALLLOCK_RIGHT_NAME it compiles (the CTest twin), so the failure is the name.
#ifdef CALLLOCK_RIGHT_NAME
int main() { return calllock::tag_of("GAS_LEAK").id(); }
#else
int main() { return calllock::tag_of("GAS_LEEK").id(); }
#endif
