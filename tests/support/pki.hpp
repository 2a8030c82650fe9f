// A throw-away PKI for TLS tests: a CA and a server certificate for "localhost"
// (and nothing else), made with the openssl tool in a temporary folder.
#pragma once
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "test_server.hpp"

namespace calllock::test {

namespace fs = std::filesystem;

// A CA and a server certificate for "localhost" only, made with the openssl tool.
struct Pki {
    fs::path dir;
    // name: a second, independent PKI in the same process (a CA nobody trusts).
    explicit Pki(const std::string& name = "")
        : dir(fs::temp_directory_path() / ("calllock-pki-" + std::to_string(::getpid()) + name)) {
        fs::create_directories(dir);
        const std::string d = dir.string();
        const std::string script =
            "cd '" + d + "' && "
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 2 -subj '/CN=calllock test CA' "
            "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign >/dev/null 2>&1 && "
            "openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj '/CN=localhost' >/dev/null 2>&1 && "
            "printf 'subjectAltName=DNS:localhost\\n' > ext.cnf && "
            "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 "
            "-extfile ext.cnf >/dev/null 2>&1";
        BOOST_REQUIRE_EQUAL(std::system(script.c_str()), 0);
    }
    ~Pki() { fs::remove_all(dir); }
    [[nodiscard]] std::string cert() const { return (dir / "server.crt").string(); }
    [[nodiscard]] std::string key() const { return (dir / "server.key").string(); }
    [[nodiscard]] std::string ca() const { return (dir / "ca.crt").string(); }
    [[nodiscard]] ServerTls server_context() const { return ServerTls(cert(), key()); }
};

inline Pki& pki() {
    static Pki p;
    return p;
}


}  // namespace calllock::test
