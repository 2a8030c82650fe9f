// calllock core: taxonomy, session, transcript, classification. No networking,
// no JSON: include <calllock/json.hpp> for those, <calllock/sync.hpp> to send.
#pragma once
#include "classify.hpp"
#include "hooks.hpp"
#include "profiles.hpp"
#include "result.hpp"
#include "session.hpp"
#include "tag_set.hpp"
#include "taxonomy.hpp"
#include "transcript.hpp"
