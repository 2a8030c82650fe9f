// How the delivery side (the dashboard client and its Beast + OpenSSL code) is
// compiled. By default it is header-only: the definitions come with the headers and
// are inline. With CALLLOCK_SEPARATE_COMPILATION defined in every unit of a program,
// the headers only declare, and exactly one unit of the program includes
// <calllock/src.hpp> to compile the definitions once (the pattern of Boost.Asio's
// and Boost.Beast's BOOST_*_SEPARATE_COMPILATION): a unit that sends payloads then
// never parses or instantiates Beast, Asio or OpenSSL.
#pragma once

#if defined(CALLLOCK_SEPARATE_COMPILATION)
#define CALLLOCK_DECL
#else
#define CALLLOCK_HEADER_ONLY 1
#define CALLLOCK_DECL inline
#endif

// A small function the optimizer would otherwise copy into each of its many callers
// (date arithmetic, the agent-question phrase search): compiled once per unit instead,
// since every unit that classifies pays for each copy at -O2. These run once or a few
// times per call, never per byte (and the token scanner's non_word(), to keep the
// per-byte loop of feed() small).
#if defined(__GNUC__) || defined(__clang__)
#define CALLLOCK_NOINLINE [[gnu::noinline]]
#else
#define CALLLOCK_NOINLINE
#endif
// The other way, for the token scanner's vocabulary lookup and automaton step, which g++
// otherwise calls out of line (calllock-bench: whole hvac117 classification 7% faster inlined).
#if defined(__GNUC__) || defined(__clang__)
#define CALLLOCK_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define CALLLOCK_ALWAYS_INLINE
#endif
