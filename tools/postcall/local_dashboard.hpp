// A local stand-in for the CallLock dashboard: the three webhook routes on
// 127.0.0.1 with the dashboard's authentication, validation (contract.hpp) and
// response shapes, storing each accepted record as a JSON line per route, over
// HTTP or HTTPS (a certificate and key given). The
// demo's embedded default and the integration tests' peer.
// Declarations only: the Beast code is compiled once (local_dashboard.cpp, library
// calllock_local_dashboard).
#pragma once
#include <calllock/dashboard/contract.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

namespace calllock::local {

struct DashboardOptions {
    std::string secret{};
    std::filesystem::path store{}; // where <route>.jsonl files go ("" = keep nothing)
    unsigned short port = 0;       // 0 = any free port
    std::size_t max_body_bytes = 8 << 20;
    std::string tls_cert{};        // PEM certificate chain: serve HTTPS when set
    std::string tls_key{};         // PEM private key
    std::size_t max_connections = 64;  // served at once; more wait in the listen queue
    std::chrono::milliseconds answer_delay{0};  // before each answer (a remote dashboard's latency)
    bool log_requests = false;     // every webhook request's raw body, in arrival order, to
                                   // <store>/requests.jsonl: {"route":..,"body":..} (repeats included)
};

class LocalDashboardImpl;

class LocalDashboard {
public:
    explicit LocalDashboard(DashboardOptions o);
    ~LocalDashboard();
    LocalDashboard(const LocalDashboard&) = delete;
    LocalDashboard& operator=(const LocalDashboard&) = delete;

    [[nodiscard]] unsigned short port() const;
    // Serves on a background thread until stop().
    void start();
    // Serves on this thread until stop() is called from another one.
    void run();
    void stop();
    // The connection threads alive now (finished ones are joined at the next accept).
    [[nodiscard]] std::size_t connection_threads() const;
    // How many records each route has accepted.
    [[nodiscard]] std::size_t accepted(Webhook r) const;

private:
    std::unique_ptr<LocalDashboardImpl> p_;
};

}  // namespace calllock::local
