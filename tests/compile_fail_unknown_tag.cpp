// Must NOT compile: tag_of checks its literal at compile time (a CTest case
// builds this and expects the build to fail).
#include <calllock/taxonomy.hpp>
int main() { return calllock::tag_of("GAS_LEEK").id(); }
