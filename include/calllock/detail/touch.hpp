// A helper for tables built by constant evaluation.
#pragma once
#include <cstddef>

namespace calllock::detail {

// Writes every element once, in order, before the random-order writes of a table
// builder: GCC's constant evaluator stores arrays sparsely, and filling them out of
// order costs time quadratic in their size.
// Clang stores arrays densely and counts every step against -fconstexpr-steps:
// there the fill is skipped.
template <class E, std::size_t M>
constexpr void constexpr_touch(E (&a)[M]) {
#ifndef __clang__
    for (std::size_t i = 0; i < M; ++i) a[i] = E{};
#else
    (void)a;
#endif
}

}  // namespace calllock::detail
