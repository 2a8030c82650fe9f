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
#include <calllock/fields.hpp>
#include <calllock/json.hpp>

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
using namespace calllock::match;

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
//
// Every engine answers the same question: which keywords of the set occur in the
// transcript (keyword_hits). Substring mode is the plan's `kw in text.lower()`;
// whole-word mode matches the folded text (lowercase; runs of whitespace, '-' and
// no-break spaces as one ' '; typographic apostrophes as '\'') at word boundaries.
// Before anything is timed, main() checks that every baseline's hits equal the
// library's on every transcript of the corpus, and refuses to run otherwise.

template <const auto& Words>
constexpr std::size_t N = Words.size();

template <const auto& Words>
std::string_view kw(std::size_t k) { return keyword_text(Words[k]); }

bool word_byte(unsigned char c) { return detail::is_word_byte(c); }

// Whole-word folding in one pass, the way an expert prepares text for a literal
// matcher: a 256-entry table for the single bytes (lowercase; whitespace and '-' to
// ' '), written through a pointer into a buffer reused across calls; the five
// multi-byte cases are spelled out and only looked at for their lead bytes.
struct word_fold_table {
    unsigned char to[256];
    bool special[256];  // a lead byte of a multi-byte case
};
constexpr word_fold_table make_word_fold_table() {
    word_fold_table t{};
    for (unsigned b = 0; b < 256; ++b) {
        const auto c = static_cast<unsigned char>(b);
        t.to[b] = detail::is_gap_byte(c) ? ' ' : detail::ascii_lower(c);
        t.special[b] = b == 0xE2 || b == 0xC4 || b == 0xC2;
    }
    return t;
}
constexpr word_fold_table word_fold = make_word_fold_table();

// Returns a view of buf, which only grows.
std::string_view fold_words(std::string_view in, std::vector<char>& buf) {
    if (buf.size() < in.size() * 3 / 2 + 1) buf.resize(in.size() * 3 / 2 + 1);  // U+0130: 2 bytes to 3
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    const auto* end = p + in.size();
    char* o = buf.data();
    bool gap = false;
    while (p < end) {
        unsigned char c = *p;
        if (word_fold.special[c]) {
            const std::string_view rest(reinterpret_cast<const char*>(p), static_cast<std::size_t>(end - p));
            const char* rep = nullptr;
            std::size_t from = 0;
            if (rest.starts_with("\xE2\x84\xAA")) rep = "k", from = 3;  // KELVIN SIGN
            else if (rest.starts_with("\xC4\xB0")) rep = "i\xCC\x87", from = 2;
            else if (rest.starts_with("\xE2\x80\x98") || rest.starts_with("\xE2\x80\x99")) rep = "'", from = 3;
            else if (rest.starts_with("\xC2\xA0")) rep = " ", from = 2;  // no-break space
            if (rep) {
                for (; *rep; ++rep) {
                    if (*rep == ' ') {
                        if (!gap) *o++ = ' ';
                        gap = true;
                    } else {
                        *o++ = *rep;
                        gap = false;
                    }
                }
                p += from;
                continue;
            }
        }
        c = word_fold.to[c];
        if (c != ' ' || !gap) *o++ = static_cast<char>(c);
        gap = c == ' ';
        ++p;
    }
    return {buf.data(), static_cast<std::size_t>(o - buf.data())};
}

// Substring mode's folding (Python's lower() where it can change an ASCII match).
void fold_lower(std::string_view in, std::string& out) {
    out.clear();
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        const std::string_view rest = in.substr(i);
        if (c < 0x80) out += static_cast<char>(detail::ascii_lower(c));
        else if (rest.starts_with("\xE2\x84\xAA")) out += 'k', i += 2;
        else if (rest.starts_with("\xC4\xB0")) out += "i\xCC\x87", i += 1;
        else out += static_cast<char>(c);
    }
}

// Whether an occurrence of keyword w at [from, to) of the folded text is whole.
bool whole_at(std::string_view text, std::string_view w, std::size_t from, std::size_t to) {
    const bool start_ok = from == 0 || !word_byte(static_cast<unsigned char>(text[from - 1])) ||
                          !word_byte(static_cast<unsigned char>(w.front()));
    const bool end_ok = to == text.size() || !word_byte(static_cast<unsigned char>(text[to])) ||
                        !word_byte(static_cast<unsigned char>(w.back()));
    return start_ok && end_ok;
}

// The library: the engine's scanner over the raw transcript (it folds as it goes).
template <class Engine, const auto& Words, match_mode Mode>
struct library {
    keyword_hits<N<Words>> hits(std::string_view text) const {
        typename Engine::template scanner<Words, Mode> s;
        s.feed(text);
        return s.finish();
    }
};

// The library's DFA without its SIMD prefilter (simd::none): what the prefilter adds.
template <const auto& Words, match_mode Mode>
struct library_scalar {
    keyword_hits<N<Words>> hits(std::string_view text) const {
        dfa_scanner<Words, Mode, simd::none> s;
        s.feed(text);
        return s.finish();
    }
};

// Baseline: fold a copy, then one find per keyword (the plan's `kw in text`); in
// word mode each occurrence is checked for boundaries until one is whole.
template <const auto& Words, match_mode Mode>
struct naive_find {
    keyword_hits<N<Words>> hits(std::string_view text) const {
        thread_local std::string low;
        thread_local std::vector<char> buf;
        std::string_view t;
        if constexpr (Mode == match_mode::substring) fold_lower(text, low), t = low;
        else t = fold_words(text, buf);
        keyword_hits<N<Words>> h;
        for (std::size_t k = 0; k < N<Words>; ++k) {
            const std::string_view w = kw<Words>(k);
            for (std::size_t at = t.find(w); at != std::string_view::npos; at = t.find(w, at + 1)) {
                if (Mode == match_mode::substring || whole_at(t, w, at, at + w.size())) {
                    h.set(k);
                    break;
                }
            }
        }
        return h;
    }
};

template <const auto& Words>
struct hs_context {
    std::string_view text;
    keyword_hits<N<Words>>* hits;
};

// Baseline: Hyperscan as its documentation advises for keyword lists: literals
// (hs_compile_lit_multi), block mode. Substring mode: caseless and SINGLEMATCH on
// the raw text. Word mode: the text folded once (fold_words), every literal match
// checked for word boundaries in the callback (so no SINGLEMATCH there).
template <const auto& Words, match_mode Mode>
struct hyperscan {
    hs_database_t* db = nullptr;
    hs_scratch_t* scratch = nullptr;
    hyperscan() {
        std::vector<const char*> ptrs;
        std::vector<std::size_t> lens;
        std::vector<unsigned> flags, ids;
        for (std::size_t k = 0; k < N<Words>; ++k) {
            const std::string_view w = kw<Words>(k);
            ptrs.push_back(w.data());
            lens.push_back(w.size());
            flags.push_back(Mode == match_mode::substring ? HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH : 0u);
            ids.push_back(static_cast<unsigned>(k));
        }
        hs_compile_error_t* err = nullptr;
        if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(),
                                 static_cast<unsigned>(ptrs.size()), HS_MODE_BLOCK, nullptr, &db,
                                 &err) != HS_SUCCESS)
            throw std::runtime_error(std::string("hyperscan: ") + err->message);
        if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) throw std::runtime_error("hyperscan scratch");
    }
    keyword_hits<N<Words>> hits(std::string_view raw) const {
        keyword_hits<N<Words>> h;
        if constexpr (Mode == match_mode::substring) {
            // Python's lower() can change an ASCII match only through two characters;
            // without them (all of this corpus) caseless matching on the raw text is exact.
            hs_scan(db, raw.data(), static_cast<unsigned>(raw.size()), 0, scratch,
                    [](unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
                        static_cast<keyword_hits<N<Words>>*>(ctx)->set(id);
                        return 0;
                    },
                    &h);
        } else {
            thread_local std::vector<char> buf;
            const std::string_view folded = fold_words(raw, buf);
            hs_context<Words> ctx{folded, &h};
            hs_scan(db, folded.data(), static_cast<unsigned>(folded.size()), 0, scratch,
                    [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* p) {
                        auto& c = *static_cast<hs_context<Words>*>(p);
                        if (c.hits->test(id)) return 0;  // found already
                        const std::string_view w = kw<Words>(id);
                        const std::size_t from = static_cast<std::size_t>(to) - w.size();
                        if (whole_at(c.text, w, from, static_cast<std::size_t>(to))) c.hits->set(id);
                        return 0;
                    },
                    &ctx);
        }
        return h;
    }
};

// For reference only (the formulation Hyperscan's documentation advises against for
// word lists): whole words as regular expressions on the raw text, `\b` anchors and
// `[\s\-]+` for each space, caseless, SINGLEMATCH.
std::string regex_of(std::string_view w) {
    std::string r;
    if (word_byte(static_cast<unsigned char>(w.front()))) r += "\\b";
    for (char ch : w) {
        if (ch == ' ') {
            r += "[\\s\\-]+";
        } else if (std::isalnum(static_cast<unsigned char>(ch))) {
            r += ch;
        } else {
            r += '\\';
            r += ch;
        }
    }
    if (word_byte(static_cast<unsigned char>(w.back()))) r += "\\b";
    return r;
}

template <const auto& Words>
struct hyperscan_regex {
    hs_database_t* db = nullptr;
    hs_scratch_t* scratch = nullptr;
    hyperscan_regex() {
        std::vector<std::string> res;
        std::vector<const char*> ptrs;
        std::vector<unsigned> flags, ids;
        for (std::size_t k = 0; k < N<Words>; ++k) {
            res.push_back(regex_of(kw<Words>(k)));
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
    keyword_hits<N<Words>> hits(std::string_view raw) const {
        keyword_hits<N<Words>> h;
        hs_scan(db, raw.data(), static_cast<unsigned>(raw.size()), 0, scratch,
                [](unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
                    static_cast<keyword_hits<N<Words>>*>(ctx)->set(id);
                    return 0;
                },
                &h);
        return h;
    }
};

// Baseline: RE2::Set, Latin-1 (bytes), literals. Substring mode: case-insensitive on
// the raw text. Word mode: on the folded text, each keyword with explicit boundary
// classes where its first or last byte is a word byte (the same boundaries as the
// library's; RE2's \b would treat '_' and non-ASCII bytes differently). A large
// memory budget, so that the DFA does not fall back to the slower NFA.
template <const auto& Words, match_mode Mode>
struct re2set {
    std::unique_ptr<RE2::Set> set;
    re2set() {
        RE2::Options o;
        o.set_encoding(RE2::Options::EncodingLatin1);
        o.set_case_sensitive(Mode == match_mode::whole_word);
        o.set_log_errors(false);
        o.set_max_mem(std::int64_t{1} << 30);
        set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
        for (std::size_t k = 0; k < N<Words>; ++k) {
            const std::string_view w = kw<Words>(k);
            std::string re;
            constexpr std::string_view not_word = "[^0-9a-zA-Z\\x80-\\xff]";
            const bool edge = Mode == match_mode::whole_word;
            if (edge && word_byte(static_cast<unsigned char>(w.front()))) re += "(?:^|" + std::string(not_word) + ")";
            re += RE2::QuoteMeta(re2::StringPiece(w.data(), w.size()));
            if (edge && word_byte(static_cast<unsigned char>(w.back()))) re += "(?:" + std::string(not_word) + "|$)";
            if (set->Add(re, nullptr) != static_cast<int>(k)) throw std::runtime_error("re2: bad pattern " + re);
        }
        if (!set->Compile()) throw std::runtime_error("re2: compile");
    }
    keyword_hits<N<Words>> hits(std::string_view raw) const {
        thread_local std::vector<char> buf;
        std::string_view text = raw;
        if constexpr (Mode == match_mode::whole_word) text = fold_words(raw, buf);
        thread_local std::vector<int> v;
        v.clear();
        RE2::Set::ErrorInfo info{};
        if (!set->Match(re2::StringPiece(text.data(), text.size()), &v, &info) &&
            info.kind != RE2::Set::kNoError)
            throw std::runtime_error("re2: match failed (out of memory?)");
        keyword_hits<N<Words>> h;
        for (int k : v) h.set(static_cast<std::size_t>(k));
        return h;
    }
};

// Timing: the number of keywords found, so that nothing is optimized away.
template <class Engine>
auto timed(const Engine& e) {
    return [&e](const call& c) { return e.hits(c.text).count(); };
}

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

// One row of the report: a keyword set and mode, the library's engine and the baselines.
struct agreement_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Compares every baseline's hits with the library's on every transcript of the corpus.
template <const auto& Words, class Lib, class... Baselines>
void check_agreement(const std::string& row, const Lib& lib, const std::pair<const char*, const Baselines*>&... bs) {
    std::size_t transcripts = 0;
    for (std::string size : {"300", "3k", "30k"}) {
        for (const call& c : corpus(size)) {
            const auto want = lib.hits(c.text);
            ++transcripts;
            const auto compare = [&](const char* name, const auto& b) {
                const auto got = b.hits(c.text);
                if (got == want) return;
                std::string diff;
                for (std::size_t k = 0; k < N<Words>; ++k)
                    if (got.test(k) != want.test(k))
                        diff += std::string(" '") + std::string(kw<Words>(k)) + "' " +
                                (want.test(k) ? "(library only)" : "(" + std::string(name) + " only)");
                throw agreement_error(row + ": " + name + " disagrees with the library on a " + size +
                                      " transcript:" + diff);
            };
            (compare(bs.first, *bs.second), ...);
        }
    }
    std::fprintf(stderr, "agreement %-22s %zu transcripts, %zu other engines: identical hits\n", row.c_str(), transcripts,
                 sizeof...(Baselines));
}

template <class F>
void register_sizes(const std::string& prefix, F make) {
    for (std::string size : {"300", "3k", "30k"})
        benchmark::RegisterBenchmark((prefix + "/" + size).c_str(),
                                     [size, make](benchmark::State& st) { over_corpus(st, size, make()); });
}

// Registers the library's engine and the baselines for one keyword set and mode,
// after checking that they agree.
template <class Engine, const auto& Words, match_mode Mode>
void register_row(const char* engine_name, const char* kw_name) {
    const std::string tail = std::string("/") + kw_name + "/" + mode_name(Mode);
    static const library<Engine, Words, Mode> lib;
    static const hyperscan<Words, Mode> hs;
    static const re2set<Words, Mode> re2;
    static const naive_find<Words, Mode> naive;
    if constexpr (Mode == match_mode::whole_word) {
        static const hyperscan_regex<Words> hsre;
        check_agreement<Words>(kw_name + std::string("/word"), lib, std::pair{"hyperscan", &hs},
                               std::pair{"hyperscan_regex", &hsre}, std::pair{"re2set", &re2},
                               std::pair{"naive_find", &naive});
        register_sizes("engine/hyperscan_regex" + tail, [] { return timed(hsre); });
    } else {
        static const library_scalar<Words, Mode> scalar;
        check_agreement<Words>(kw_name + std::string("/substring"), lib, std::pair{"hyperscan", &hs},
                               std::pair{"re2set", &re2}, std::pair{"naive_find", &naive},
                               std::pair{"dfa_scalar", &scalar});
        register_sizes("engine/dfa_scalar" + tail, [] { return timed(scalar); });
    }
    register_sizes(std::string("engine/") + engine_name + tail, [] { return timed(lib); });
    register_sizes("engine/hyperscan" + tail, [] { return timed(hs); });
    register_sizes("engine/re2set" + tail, [] { return timed(re2); });
    register_sizes("engine/naive_find" + tail, [] { return timed(naive); });
}

// --- whole sessions ----------------------------------------------------------------
//
// The realistic evaluation corpus (tests/data/eval/calls.jsonl: multi-turn calls with tool
// entries and session fields, written blind): a session's whole post-call reading, as an
// agent runs it once per call. Bytes are the transcript's turns and the problem description.

std::vector<CallSession> load_sessions() {
    const char* env = std::getenv("CALLLOCK_EVAL_CALLS");
    const std::string path = env ? env : CALLLOCK_EVAL_CALLS;
    std::ifstream in(path);
    if (!in) throw std::runtime_error("calllock-bench: cannot read " + path);
    std::vector<CallSession> out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        const boost::json::value v = boost::json::parse(line);
        auto s = parse_session(boost::json::serialize(v.as_object().at("session")));
        if (!s) throw std::runtime_error("calllock-bench: a session of " + path + " does not parse: " + s.error().what());
        out.push_back(std::move(*s));
    }
    return out;
}

const std::vector<CallSession>& sessions() {
    static const std::vector<CallSession> all = load_sessions();
    return all;
}

template <class F>
void over_sessions(benchmark::State& st, F&& f) {
    const auto& ss = sessions();
    std::size_t bytes = 0;
    for (const auto& s : ss) {
        bytes += s.problem_description.size();
        for (const auto& e : s.transcript_log) bytes += e.content.size();
    }
    std::size_t sink = 0;
    for (auto _ : st)
        for (const auto& s : ss) sink += f(s);
    benchmark::DoNotOptimize(sink);
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * bytes));
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * ss.size()));
}

// classify_call, then the dashboard's derived fields and the summary (what build_payloads
// adds before it writes JSON), into a buffer on the stack.
std::size_t fields_and_summary(const CallSession& s) {
    const Classification c = classify_call<hvac117_profile>(s);
    const CallFields f = derive_fields(s, c, hvac117_tables::default_zone);
    std::array<char, max_summary_bytes> text{};
    std::size_t n = 0;
    write_summary(s, c, f, hvac117_tables::default_zone, [&](char ch) { text[n++] = ch; });
    return n + c.tags.set().size() + static_cast<std::size_t>(f.sentiment_score);
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::AddCustomContext("prefilter_seed", dfa_scanner<keyword_sets::seed>::simd_active() ? "avx512vbmi" : "none");
    benchmark::AddCustomContext("prefilter_k490", dfa_scanner<keyword_sets::big>::simd_active() ? "avx512vbmi" : "none");
    try {
        register_row<dfa_engine, keyword_sets::seed, match_mode::substring>("dfa", "seed");
        register_row<dfa_engine, keyword_sets::seed, match_mode::whole_word>("dfa", "seed");
        register_row<dfa_engine, keyword_sets::big, match_mode::substring>("dfa", "k490");
        register_row<dfa_engine, keyword_sets::big, match_mode::whole_word>("dfa", "k490");
        register_row<token_engine, hvac117_tables::rows, match_mode::whole_word>("token", "hvac117");
    } catch (const agreement_error& e) {
        std::fprintf(stderr, "calllock-bench: not timing engines that disagree: %s\n", e.what());
        return 3;
    }
    // The token engine on the ~490-keyword set, beside the DFA (the default there).
    static const library<token_engine, keyword_sets::big, match_mode::whole_word> token_k490;
    register_sizes("engine/token/k490/word", [] { return timed(token_k490); });
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
    benchmark::RegisterBenchmark("session/hvac117/classify", [](benchmark::State& st) {
        over_sessions(st, [](const CallSession& s) { return classify_call<hvac117_profile>(s).tags.set().size(); });
    });
    benchmark::RegisterBenchmark("session/hvac117/fields_summary",
                                 [](benchmark::State& st) { over_sessions(st, fields_and_summary); });
    benchmark::RegisterBenchmark("session/seed/classify", [](benchmark::State& st) {
        over_sessions(st, [](const CallSession& s) { return classify_call<seed_profile>(s).tags.set().size(); });
    });
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
