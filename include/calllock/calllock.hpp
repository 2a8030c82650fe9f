// calllock core: taxonomy, session, transcript, classification. No networking,
// no JSON: include <calllock/json.hpp> for those, <calllock/sync.hpp> to send, and
// <calllock/hooks.hpp> for the recorder an agent calls during a call (threads,
// clocks: kept out of this header so that classifying stays cheap to compile).
#pragma once
#include "classify.hpp"
#include "match/token_engine.hpp"
#include "profiles.hpp"
#include "result.hpp"
#include "session.hpp"
#include "tag_set.hpp"
#include "taxonomy.hpp"
#include "transcript.hpp"
