// A fresh directory under the system's temporary directory, removed with everything
// in it when the object goes out of scope. Each one is new: the name holds the
// process id and a per-process counter, and whatever was there is removed first.
#pragma once
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <system_error>

namespace calllock::test {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "calllock-test") {
        static std::atomic<int> n{0};
        path = std::filesystem::temp_directory_path() /
               (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

}  // namespace calllock::test
