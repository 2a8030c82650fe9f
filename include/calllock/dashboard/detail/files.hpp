// The POSIX file operations of the file outbox (outbox.hpp): descriptors closed on
// scope exit, files written durably (temporary file, fsync, rename, fsync of the
// directory), private directories, call ids as file names. Errors are StoreError.
#pragma once
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "../store_error.hpp"
#include "crash_point.hpp"

namespace calllock::detail {

// "cannot WHAT WHERE: " and errno's text.
inline StoreError errno_error(const char* what, const std::string& where) {
    return {std::string(what) + " " + where + ": " + std::strerror(errno)};
}

// A file descriptor closed on scope exit.
class unique_fd {
public:
    unique_fd() = default;
    explicit unique_fd(int fd) : fd_(fd) {}
    unique_fd(unique_fd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
    unique_fd& operator=(unique_fd&& o) noexcept {
        if (this != &o) {
            reset();
            fd_ = std::exchange(o.fd_, -1);
        }
        return *this;
    }
    ~unique_fd() { reset(); }
    void reset() noexcept {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    [[nodiscard]] int get() const noexcept { return fd_; }
    explicit operator bool() const noexcept { return fd_ >= 0; }

private:
    int fd_ = -1;
};

inline unique_fd open_dir(int at, const std::string& name) {
    return unique_fd(::openat(at, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
}


// Writes `data` to dir/name durably: a temporary file (0600), fsync, rename over
// the name, fsync of the directory.
inline StoreResult<> write_durably(int dir, const std::string& name, std::string_view data) {
    const std::string tmp = "." + name + ".tmp";
    unique_fd fd(::openat(dir, tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd) return errno_error("cannot create", tmp);
    if (::fchmod(fd.get(), 0600) != 0) return errno_error("cannot chmod", tmp);
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd.get(), data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return errno_error("cannot write", tmp);
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) return errno_error("cannot fsync", tmp);
    fd.reset();
    crash_point("write.before_rename:" + name);
    if (::renameat(dir, tmp.c_str(), dir, name.c_str()) != 0) return errno_error("cannot rename", tmp);
    if (::fsync(dir) != 0) return errno_error("cannot fsync the directory of", name);
    return {};  // success
}

// The whole file, or nullopt when it does not exist (or cannot be read).
inline std::optional<std::string> read_file_at(int dir, const std::string& name) {
    unique_fd fd(::openat(dir, name.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd) return std::nullopt;
    std::string out;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::nullopt;
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > (std::size_t{64} << 20)) return std::nullopt;  // not a file the outbox wrote
    }
    return out;
}

inline bool exists_at(int dir, const std::string& name) {
    struct stat st {};
    return ::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

// mkdir with mode 0700 (whatever the umask), accepting an existing directory that
// belongs to this user (made 0700 if it was wider).
inline StoreResult<> ensure_private_dir(const std::filesystem::path& p) {
    std::error_code ec;
    std::filesystem::create_directories(p, ec);
    if (ec) return StoreError{"cannot create " + p.string() + ": " + ec.message()};
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) return errno_error("cannot stat", p.string());
    if (!S_ISDIR(st.st_mode)) return StoreError{p.string() + " is not a directory"};
    if (st.st_uid != ::geteuid()) return StoreError{p.string() + " belongs to another user"};
    if ((st.st_mode & 07777) != 0700 && ::chmod(p.c_str(), 0700) != 0) return errno_error("cannot chmod", p.string());
    return {};  // success
}

// A call id as a file-name part: [A-Za-z0-9_-], at most 64 characters.
inline std::string file_name_part(std::string_view id) {
    std::string out;
    for (char c : id.substr(0, 64))
        out.push_back((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                          ? c
                          : '_');
    return out.empty() ? std::string("call") : out;
}

}  // namespace calllock::detail
