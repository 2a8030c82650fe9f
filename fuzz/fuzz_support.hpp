// Shared by the fuzz targets: a check that aborts with a message (libFuzzer and
// the replay driver both report an abort as a finding), and a reader that takes
// the control bytes of an input from its front.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace calllock::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* what) {
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

// Always on, whatever NDEBUG says: an invariant a target checks is its finding.
#define CALLLOCK_FUZZ_CHECK(cond) \
    ((cond) ? (void)0 : ::calllock::fuzz::fail(__FILE__, __LINE__, #cond))

// The input as control bytes taken from the front, then the rest as text. Past
// the end every byte reads as 0, so every input is a valid one.
class input {
public:
    input(const std::uint8_t* data, std::size_t size) noexcept
        : text_(reinterpret_cast<const char*>(data), size) {}

    std::uint8_t byte() noexcept {
        if (text_.empty()) return 0;
        const auto b = static_cast<std::uint8_t>(text_.front());
        text_.remove_prefix(1);
        return b;
    }
    // A choice among n (n > 0).
    std::size_t below(std::size_t n) noexcept { return byte() % n; }
    // A string of at most max bytes, its length given by one control byte.
    std::string_view bytes(std::size_t max) noexcept {
        std::size_t n = byte();
        if (n > max) n = max;
        if (n > text_.size()) n = text_.size();
        const std::string_view s = text_.substr(0, n);
        text_.remove_prefix(n);
        return s;
    }
    std::string_view rest() const noexcept { return text_; }

private:
    std::string_view text_;
};

}  // namespace calllock::fuzz
