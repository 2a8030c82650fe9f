// A fault-injecting HTTP proxy on 127.0.0.1 for the outbox's fault matrix: it
// forwards each request to an upstream server (the local dashboard) or, for the
// requests its plan selects, misbehaves: a 500 or 503, a 429 with Retry-After, a
// connection reset in the middle of the response, a truncated body, a response
// that never comes, a 200 that is not JSON, a 64 MiB response. Faults that model
// "the dashboard got it but the answer was lost" forward the request first.
// It records every request (target, body) and the most requests for one payload
// that were ever in flight at the same time.
// Declarations only: the Beast code is compiled once (fault_proxy.cpp).
#pragma once
#include <climits>
#include <memory>
#include <string>
#include <vector>

namespace calllock::test {

enum class Fault {
    none,
    status_500,
    status_503,
    too_many_requests,  // 429 with the plan's Retry-After
    reset,              // headers and half the body, then a TCP reset
    truncated,          // headers and half the body, then a clean close
    hang,               // the response never comes
    not_json,           // 200 with an HTML body
    huge,               // 200 with a 64 MiB body
};

struct FaultPlan {
    Fault fault = Fault::none;
    int pass_first = 0;        // requests forwarded before the faults start
    int count = INT_MAX;       // faulty requests, then forwarding again
    int every = 0;             // > 0: instead of the window above, every n-th request is faulty
    std::string retry_after;   // for too_many_requests
};

struct ProxiedRequest {
    std::string target;
    std::string call_id;
    std::string body;
    bool faulted = false;
};

class FaultProxyImpl;

class FaultProxy {
public:
    explicit FaultProxy(unsigned short upstream_port);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    [[nodiscard]] unsigned short port() const;
    void set(FaultPlan p);
    [[nodiscard]] std::vector<ProxiedRequest> requests() const;
    [[nodiscard]] int faults() const;
    // The most requests for one payload (target + call_id) in flight at once.
    [[nodiscard]] int max_concurrent_same_payload() const;

private:
    std::unique_ptr<FaultProxyImpl> p_;
};

}  // namespace calllock::test
