// calllock-bench: classification throughput, the compile-time DFA against its
// baselines on the same keywords, semantics and corpus, in one run.
//
// Benchmarks are named  engine/<engine>/<keywords>/<mode>/<size>  (keyword matching
// alone: which keywords occur) and  classify/<engine>/<profile>/<size>  (the whole
// classification: tags, priority, revenue). Keyword sets: seed, k490, and hvac117
// (the hvac117 profile's ~3,000 whole-word keywords, which only the token engine
// builds at compile time: the DFA exceeds the compilers' constexpr limits there). Bytes/s and transcripts/s (items) are
// reported for each. The corpus comes from scripts/gen_corpus.py, in the directory
// named by CALLLOCK_CORPUS (default: the build tree's corpus/).
#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <hs/hs.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <calllock/calllock.hpp>

#include "support/keyword_sets.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace calllock;

namespace {

struct call {
    std::string text, problem, urgency;
    State state = State::done;
    bool known = false;
};

std::vector<call> load(const std::string& size) {
    const char* dir = std::getenv("CALLLOCK_CORPUS");
    const std::string path = std::string(dir ? dir : CALLLOCK_DEFAULT_CORPUS) + "/corpus_" + size + ".json";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("calllock-bench: cannot read " + path + " (run scripts/gen_corpus.py)");
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<call> out;
    const boost::json::value doc = boost::json::parse(ss.str());
    for (const auto& v : doc.as_array()) {
        const auto& o = v.as_object();
        call c;
        c.text = o.at("text").as_string().c_str();
        c.problem = o.at("problem").as_string().c_str();
        c.urgency = o.at("urgency_tier").as_string().c_str();
        c.state = parse_state(o.at("state").as_string().c_str()).value_or(State::done);
        c.known = o.at("caller_known").as_bool();
        out.push_back(std::move(c));
    }
    return out;
}

const std::vector<call>& corpus(const std::string& size) {
    static std::vector<call> c300 = load("300"), c3k = load("3k"), c30k = load("30k");
    return size == "300" ? c300 : size == "3k" ? c3k : c30k;
}

std::size_t total_bytes(const std::vector<call>& cs) {
    std::size_t n = 0;
    for (const auto& c : cs) n += c.text.size();
    return n;
}

// Runs f(text) over the corpus per iteration; reports bytes and transcripts.
template <class F>
void over_corpus(benchmark::State& st, const std::string& size, F&& f) {
    const auto& cs = corpus(size);
    std::size_t sink = 0;
    for (auto _ : st)
        for (const auto& c : cs) sink += f(c);
    benchmark::DoNotOptimize(sink);
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * total_bytes(cs)));
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * cs.size()));
}

// --- the engines ---------------------------------------------------------------

template <class Engine, const auto& Words, match_mode Mode>
std::size_t scan(const call& c) {
    typename Engine::template scanner<Words, Mode> s;
    s.feed(c.text);
    return s.finish().count();
}

// Baseline: a lowercase copy, then one find per keyword (the plan's `kw in text`);
// in word mode each occurrence is checked for boundaries (gaps not collapsed).
template <const auto& Words, match_mode Mode>
std::size_t naive_find(const call& c) {
    std::string low(c.text);
    for (auto& ch : low) ch = static_cast<char>(detail::ascii_lower(static_cast<unsigned char>(ch)));
    std::size_t n = 0;
    for (auto w : Words) {
        if constexpr (Mode == match_mode::substring) {
            n += low.find(w) != std::string::npos;
        } else {
            for (std::size_t at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
                const auto wb = [&](std::size_t i) { return detail::is_word_byte(static_cast<unsigned char>(low[i])); };
                const bool start_ok = at == 0 || !wb(at - 1) || !detail::is_word_byte(static_cast<unsigned char>(w.front()));
                const std::size_t e = at + w.size();
                const bool end_ok = e == low.size() || !wb(e) || !detail::is_word_byte(static_cast<unsigned char>(w.back()));
                if (start_ok && end_ok) {
                    ++n;
                    break;
                }
            }
        }
    }
    return n;
}

std::string regex_of(std::string_view w, match_mode m) {
    std::string r;
    const bool word = m == match_mode::whole_word;
    if (word && detail::is_word_byte(static_cast<unsigned char>(w.front()))) r += "\\b";
    for (char ch : w) {
        if (word && ch == ' ') {
            r += "[\\s\\-]+";
        } else if (std::isalnum(static_cast<unsigned char>(ch))) {
            r += ch;
        } else {
            r += '\\';
            r += ch;
        }
    }
    if (word && detail::is_word_byte(static_cast<unsigned char>(w.back()))) r += "\\b";
    return r;
}

// Baseline: Hyperscan, block mode, caseless, one match per pattern is enough.
template <const auto& Words, match_mode Mode>
struct hyperscan {
    hs_database_t* db = nullptr;
    hs_scratch_t* scratch = nullptr;
    hyperscan() {
        std::vector<std::string> res;
        std::vector<const char*> ptrs;
        std::vector<unsigned> flags, ids;
        for (std::size_t k = 0; k < Words.size(); ++k) {
            res.push_back(regex_of(Words[k], Mode));
            flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
            ids.push_back(static_cast<unsigned>(k));
        }
        for (auto& r : res) ptrs.push_back(r.c_str());
        hs_compile_error_t* err = nullptr;
        if (hs_compile_multi(ptrs.data(), flags.data(), ids.data(), static_cast<unsigned>(ptrs.size()),
                             HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS)
            throw std::runtime_error(std::string("hyperscan: ") + err->message);
        if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) throw std::runtime_error("hyperscan scratch");
    }
    std::size_t operator()(const call& c) const {
        keyword_hits<Words.size()> hits;
        hs_scan(db, c.text.data(), static_cast<unsigned>(c.text.size()), 0, scratch,
                [](unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
                    static_cast<keyword_hits<Words.size()>*>(ctx)->set(id);
                    return 0;
                },
                &hits);
        return hits.count();
    }
};

// Baseline: RE2::Set, case-insensitive, anchored nowhere.
template <const auto& Words, match_mode Mode>
struct re2set {
    std::unique_ptr<RE2::Set> set;
    re2set() {
        RE2::Options o;
        o.set_case_sensitive(false);
        o.set_log_errors(false);
        set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
        for (auto w : Words)
            if (set->Add(regex_of(w, Mode), nullptr) < 0) throw std::runtime_error("re2: bad pattern");
        if (!set->Compile()) throw std::runtime_error("re2: compile");
    }
    std::size_t operator()(const call& c) const {
        std::vector<int> v;
        set->Match(c.text, &v);
        return v.size();
    }
};

template <class Engine, class Profile = seed_profile>
std::size_t classify_one(const call& c) {
    CallFacts f;
    f.state = c.state;
    f.caller_known = c.known;
    f.urgency_tier = c.urgency;
    f.problem_description = c.problem;
    const auto r = classify_text<Profile, Engine>(f, c.text);
    return r.tags.set().size() + static_cast<std::size_t>(r.revenue.tier);
}

const char* mode_name(match_mode m) { return m == match_mode::whole_word ? "word" : "substring"; }

template <const auto& Words, match_mode Mode>
void register_set(const char* kw_name) {
    for (std::string size : {"300", "3k", "30k"}) {
        const std::string tail = std::string("/") + kw_name + "/" + mode_name(Mode) + "/" + size;
        benchmark::RegisterBenchmark(("engine/dfa" + tail).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, scan<dfa_engine, Words, Mode>);
        });
        benchmark::RegisterBenchmark(("engine/hyperscan" + tail).c_str(), [size](benchmark::State& st) {
            static const hyperscan<Words, Mode> h;
            over_corpus(st, size, h);
        });
        benchmark::RegisterBenchmark(("engine/re2set" + tail).c_str(), [size](benchmark::State& st) {
            static const re2set<Words, Mode> r;
            over_corpus(st, size, r);
        });
        benchmark::RegisterBenchmark(("engine/naive_find" + tail).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, naive_find<Words, Mode>);
        });
    }
}

// Large whole-word sets: the token engine against Hyperscan and naive find (RE2::Set
// and the DFA are left out: the DFA does not build for hvac117; RE2 is slowest).
template <const auto& Words>
void register_token_set(const char* kw_name) {
    for (std::string size : {"300", "3k", "30k"}) {
        const std::string tail = std::string("/") + kw_name + "/word/" + size;
        benchmark::RegisterBenchmark(("engine/token" + tail).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, scan<token_engine, Words, match_mode::whole_word>);
        });
        benchmark::RegisterBenchmark(("engine/hyperscan" + tail).c_str(), [size](benchmark::State& st) {
            static const hyperscan<Words, match_mode::whole_word> h;
            over_corpus(st, size, h);
        });
        benchmark::RegisterBenchmark(("engine/naive_find" + tail).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, naive_find<Words, match_mode::whole_word>);
        });
    }
}

}  // namespace

int main(int argc, char** argv) {
    register_set<keyword_sets::seed, match_mode::substring>("seed");
    register_set<keyword_sets::seed, match_mode::whole_word>("seed");
    register_set<keyword_sets::big, match_mode::substring>("k490");
    register_set<keyword_sets::big, match_mode::whole_word>("k490");
    register_token_set<hvac117_tables::rows>("hvac117");
    // The token engine on the ~490-keyword set, beside the DFA (the default there).
    for (std::string size : {"300", "3k", "30k"}) {
        benchmark::RegisterBenchmark(("engine/token/k490/word/" + size).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, scan<token_engine, keyword_sets::big, match_mode::whole_word>);
        });
    }
    for (std::string size : {"300", "3k", "30k"}) {
        benchmark::RegisterBenchmark(("classify/default/hvac117/" + size).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, classify_one<default_engine, hvac117_profile>);
        });
    }
    for (std::string size : {"300", "3k", "30k"}) {
        benchmark::RegisterBenchmark(("classify/dfa/seed/" + size).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, classify_one<dfa_engine>);
        });
        benchmark::RegisterBenchmark(("classify/naive/seed/" + size).c_str(), [size](benchmark::State& st) {
            over_corpus(st, size, classify_one<naive_engine>);
        });
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
