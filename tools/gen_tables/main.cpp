// gen-tables: writes the profiles' matching tables as constant data, so that a unit
// that classifies does not build them by constant evaluation (seconds per unit).
//
// Compiled with CALLLOCK_BUILD_TABLES: the keyword sets come from their sources
// (rules.hpp, profiles/seed.hpp, profiles/hvac117_tables.hpp) and the tables from the engines'
// own constexpr builders (build_dfa, token_builder); what is written is exactly what
// they computed. Each header holds an explicit specialization of dfa_tables_of /
// token_tables_of for the set (and of prefilter_of, for a set that takes the SIMD
// prefilter), which the scanners read instead of building.
//
//   gen-tables DIR            write DIR/rules.ipp, DIR/seed.ipp and DIR/hvac117.hpp
//   gen-tables --check DIR    exit 1, naming the file, when one differs from what
//                             would be written (CTest generated_tables_current)
#if !defined(CALLLOCK_BUILD_TABLES)
#error "gen-tables is compiled with CALLLOCK_BUILD_TABLES"
#endif
#include <calllock/profiles.hpp>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

using namespace calllock;

namespace {

class writer {
public:
    std::string text;

    void line(std::string_view s) {
        text += s;
        text += '\n';
    }

    // An array's elements, up to its last non-zero one (aggregate initialization
    // zero-fills the rest), 20 to a line; 64-bit values in hex.
    template <class T, std::size_t N>
    void array(std::string_view member, const T (&a)[N]) {
        std::size_t n = N;
        while (n > 0 && a[n - 1] == T{}) --n;
        text += "    .";
        text += member;
        text += " = {";
        for (std::size_t i = 0; i < n; ++i) {
            if (i % 20 == 0) text += "\n        ";
            value(a[i]);
            text += i + 1 < n ? "," : "";
        }
        text += n > 0 ? "\n    },\n" : "},\n";
    }
    // A char16_t / char32_t array (the DFA's transitions) as a u"..." / U"..." literal, up to
    // its last non-zero element (the rest, and the terminator's element, are zero), every
    // element a hex escape, 24 to a line: parsed many times faster than integer initializers.
    template <class T, std::size_t N>
    void wide_string(std::string_view member, const T (&a)[N]) {
        static_assert(std::is_same_v<T, char16_t> || std::is_same_v<T, char32_t>);
        std::size_t n = N;
        while (n > 0 && a[n - 1] == T{}) --n;
        const char* prefix = std::is_same_v<T, char16_t> ? "u\"" : "U\"";
        text += "    .";
        text += member;
        text += " =";
        if (n == 0) {
            text += std::string(" ") + prefix + "\",\n";
            return;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (i % 24 == 0) text += std::string(i == 0 ? "\n        " : "\"\n        ") + prefix;
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\x%lx", static_cast<unsigned long>(a[i]));
            text += buf;
        }
        text += "\",\n";
    }
    // A two-dimensional array, all of it: one row to a line (32 values to a line).
    template <class T, std::size_t R, std::size_t C>
    void grid(std::string_view member, const T (&a)[R][C]) {
        text += "    .";
        text += member;
        text += " = {";
        for (std::size_t r = 0; r < R; ++r) {
            text += "\n        {";
            for (std::size_t c = 0; c < C; ++c) {
                if (c % 32 == 0 && c > 0) text += "\n         ";
                value(a[r][c]);
                text += c + 1 < C ? "," : "}";
            }
            text += r + 1 < R ? "," : "\n    },\n";
        }
    }
    // An array as bytes of the arena `bytes` (little-endian, at an offset aligned to a 64-byte
    // cache line, as the arena is: the token vocabulary's 16-byte slots never straddle two),
    // read by detail::packed_table: this writer gets `.member = {ARENA + offset},`. Returns the offset.
    template <class T, std::size_t N>
    std::size_t packed(std::string_view member, const T (&a)[N], std::string& bytes, const std::string& arena) {
        static_assert(std::is_unsigned_v<T>);
        while (bytes.size() % 64 != 0) bytes += '\0';
        const std::size_t at = bytes.size();
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t k = 0; k < sizeof(T); ++k)
                bytes += static_cast<char>(static_cast<unsigned char>(static_cast<std::uint64_t>(a[i]) >> (8 * k)));
        text += "    .";
        text += member;
        text += " = {" + arena + " + " + std::to_string(at) + "},\n";
        return at;
    }
    // `alignas(64) inline constexpr char NAME[] = "...";`: one string literal (an inline variable: one copy
    // in a program, however many units use it); printable bytes as themselves, the others as
    // octal escapes, 96 bytes to a line. Longer than the 65,536 characters the standard asks
    // every compiler to support (g++ and clang take it; -Wpedantic's -Woverlength-strings is
    // silenced around it, for the users who build with -Werror).
    void char_array(const std::string& name, const std::string& bytes) {
        text += "#if defined(__GNUC__)\n#pragma GCC diagnostic push\n"
                "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n";
        text += "alignas(64) inline constexpr char " + name + "[] =";
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            if (i % 96 == 0) text += i == 0 ? "\n    \"" : "\"\n    \"";
            const auto b = static_cast<unsigned char>(bytes[i]);
            const bool octal_next = i + 1 < bytes.size() && i % 96 != 95 && bytes[i + 1] >= '0' && bytes[i + 1] <= '7';
            if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\' && b != '?') {
                text += static_cast<char>(b);
            } else {
                // The shortest escape, unless an octal digit follows (it would be read into it).
                char buf[8];
                if (octal_next) std::snprintf(buf, sizeof buf, "\\%03o", b);
                else std::snprintf(buf, sizeof buf, "\\%o", b);
                text += buf;
            }
        }
        text += "\";\n";
        text += "#if defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n";
        text += "static_assert(sizeof " + name + " == " + std::to_string(bytes.size() + 1) + ");\n";
    }
    template <class T>
    void scalar(std::string_view member, T v) {
        text += "    .";
        text += member;
        text += " = ";
        value(v);
        text += ",\n";
    }

    // Another writer's text, indented one level more.
    void nested(const writer& inner) {
        for (std::size_t i = 0; i < inner.text.size(); ++i) {
            if (i == 0 || inner.text[i - 1] == '\n') text += "    ";
            text += inner.text[i];
        }
    }

    // One value: a bool as itself, 64-bit values in hex, the others in decimal.
    template <class T>
    void value(T v) {
        if constexpr (std::is_same_v<T, bool>) {
            text += v ? "true" : "false";
        } else if constexpr (sizeof(T) == 8) {
            char buf[24];
            std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
            text += buf;
        } else {
            text += std::to_string(static_cast<unsigned long long>(v));
        }
    }
};

constexpr std::string_view banner =
    "// Generated by tools/gen_tables (scripts/gen_tables.sh): do not edit.\n"
    "// What the engine's constexpr builder makes of the keyword set, as constant data;\n"
    "// CTest generated_tables_current fails while this file differs from it.\n";

template <std::size_t N>
void dfa_classes_of(writer& w, const detail::dfa_classes<N>& c) {
    w.line("    .classes = {");
    writer inner;
    inner.array("raw", c.raw);
    inner.array("folded", c.folded);
    inner.array("word", c.word);
    inner.scalar("count", c.count);
    inner.scalar("special", c.special);
    inner.scalar("space", c.space);
    w.nested(inner);
    w.line("    },");
}

// The builders' results are static constexpr: constant data that the program reads. As a local
// (automatic) constexpr, -O0 builds the object on the stack, store by store: hvac117_header was a
// 976 KB function whose register allocation took g++ 12 four minutes of the unit's 250 s CPU time
// (now 6 s).
template <const auto& Words, bool Whole>
void dfa_specialization(writer& w, std::string_view words_name) {
    static constexpr auto t = detail::build_dfa<Words, Whole>();
    using T = std::remove_cvref_t<decltype(t)>;
    constexpr std::size_t C = t.classes.count;
    constexpr std::size_t S = sizeof(t.imm_begin) / sizeof(t.imm_begin[0]);
    constexpr std::size_t O = sizeof(t.outs) / sizeof(t.outs[0]);
    constexpr bool wide = sizeof(t.next[0]) == 4;
    static_assert(std::is_same_v<T, detail::dfa_tables<S, C, O, std::conditional_t<wide, char32_t, char16_t>>>);
    w.line("template <>");
    w.text += "struct dfa_tables_of<" + std::string(words_name) + ", " + (Whole ? "true" : "false") + "> {\n";
    w.text += "    static constexpr dfa_tables<" + std::to_string(S) + ", " + std::to_string(C) + ", " +
              std::to_string(O) + ", " + (wide ? "char32_t" : "char16_t") + "> value{\n";
    writer body;
    dfa_classes_of(body, t.classes);
    body.wide_string("next", t.next);
    body.array("imm_begin", t.imm_begin);
    body.array("imm_end", t.imm_end);
    body.array("e_begin", t.e_begin);
    body.array("e_end", t.e_end);
    body.array("outs", t.outs);
    body.scalar("flagged", t.flagged);
    body.scalar("depth", t.depth);
    body.scalar("start", t.start);
    body.scalar("special", t.special);
    body.scalar("collapse", t.collapse);
    w.nested(body);
    w.line("    };");
    w.line("};");
}

// The SIMD prefilter's data for a keyword set that takes it (match/prefilter.hpp): the
// builder's tables and keys, each key pointing at its keyword in the set, as the builder's do.
template <const auto& Words>
void prefilter_specialization(writer& w, std::string_view words_name) {
    static constexpr auto d = detail::build_prefilter<Words>();
    constexpr std::size_t N = Words.size();
    w.line("template <>");
    w.text += "struct prefilter_of<" + std::string(words_name) + "> {\n";
    w.text += "    static constexpr pf_data<" + std::to_string(N) + "> data{\n";
    writer body;
    body.grid("tab", d.tab);
    body.array("first", d.first);
    body.text += "    .keys = {\n";
    for (std::size_t i = 0; i < N; ++i) {
        const auto& k = d.keys[i];
        if (k.text != match::keyword_text(Words[k.id]).data())
            throw std::runtime_error("gen-tables: a prefilter key does not point at its keyword");
        body.text += "        {";
        for (const std::uint64_t x : {k.head, k.care, k.fold}) {
            body.value(x);
            body.text += ", ";
        }
        body.text += std::string(words_name) + "[" + std::to_string(k.id) + "].data(), ";
        body.value(k.len);
        body.text += ", ";
        body.value(k.id);
        body.text += "},\n";
    }
    body.text += "    },\n";
    body.grid("use", d.use);
    body.array("slot_pair", d.slot_pair);
    body.array("count", d.count);
    body.scalar("slots", d.slots);
    body.scalar("min_len", d.min_len);
    w.nested(body);
    w.line("    };");
    w.line("    static constexpr pf_view value{data.tab,       data.first, data.keys,  data.use,");
    w.line("                                   data.slot_pair, data.count, data.slots, data.min_len};");
    w.line("};");
}

// The header of one substring keyword set's DFA, included at the end of the header
// that defines the set (`where`).
// With `prefilter`, also the set's SIMD prefilter data, for a set the default engine scans with
// it (the seed's text; not the problem keywords, which it scans with the automaton alone:
// rules.hpp's problem_scanner), where the filter takes the set.
template <const auto& Words>
std::string dfa_header(const std::string& words_name, const std::string& where, bool prefilter) {
    const bool with_filter = prefilter && detail::pf_pays(Words);
    writer w;
    w.text += banner;
    w.line("// Keyword set: " + words_name + " (" + where + "), substring mode, the DFA engine (match/dfa.hpp)" +
           (with_filter ? ", and its SIMD prefilter (match/prefilter.hpp)." : "."));
    w.line("// Included at the end of " + where + ", after the keyword set; not a header of its own.");
    w.line("");
    w.line("namespace calllock::detail {");
    w.line("");
    dfa_specialization<Words, false>(w, words_name);
    if (with_filter) {  // whether or not this machine's build has the filter
        w.line("");
        prefilter_specialization<Words>(w, words_name);
    }
    w.line("");
    w.line("}  // namespace calllock::detail");
    return w.text;
}

std::string hvac117_header() {
    using namespace hvac117_tables;
    using B = detail::token_builder<rows>;
    static constexpr auto t = B::make_tables();
    using T = std::remove_cvref_t<decltype(t)>;
    writer w;
    w.text += banner;
    w.line("// The hvac117 keyword table (profiles/hvac117_tables.hpp) as constant rows, and the");
    w.line("// token engine's tables (match/token_engine.hpp) for them (the rows are the keyword set), whole-word mode.");
    w.line("#pragma once");
    w.line("#include <array>");
    w.line("#include <cstdint>");
    w.line("#include <string_view>");
    w.line("");
    w.line("#include \"../match/engine.hpp\"");
    w.line("#include \"../match/token_engine.hpp\"");
    w.line("#include \"../profiles/hvac117_row.hpp\"");
    w.line("");
    w.line("namespace calllock::hvac117_tables {");
    w.line("");
    // One arena for every packed array: the token engine's tables, then the rows' numbers.
    std::string arena;
    writer body;
    const auto pack = [&](writer& into, std::string_view member, const auto& a) {
        return into.packed(member, a, arena, "hvac117_tables::table_bytes");
    };
    body.line("    .vocab = {");
    {
        writer v;
        pack(v, "slot", t.vocab.slot);
        pack(v, "chunk", t.vocab.chunk);
        body.nested(v);
    }
    body.line("    },");
    body.line("    .automaton = {");
    {
        writer a;
        pack(a, "edge", t.automaton.edge);
        pack(a, "root_next", t.automaton.root_next);
        pack(a, "state", t.automaton.state);
        pack(a, "out_begin", t.automaton.out_begin);
        pack(a, "outs", t.automaton.outs);
        body.nested(a);
    }
    body.line("    },");
    pack(body, "punct", t.punct);
    body.scalar("longest_word", t.longest_word);
    body.scalar("valid", t.valid);

    // The rows (packed_rows): their keywords one after another in one string literal, their
    // numbers in the arena.
    static std::uint64_t row_record[2 * rows.size()];
    std::string row_text;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const row& r = rows[k];
        row_record[2 * k] = std::uint64_t{r.flags} | std::uint64_t{packed_tags(r)} << 32 | std::uint64_t{r.size} << 48;
        row_record[2 * k + 1] = row_text.size() | record_filler;
        row_text += r.text();
    }
    writer row_fields;
    row_fields.text += "    .text = row_text,\n";
    const std::size_t record_at = pack(row_fields, "record", row_record);
    // What packed_rows reads back from these bytes is every row as it is in the source.
    const packed_rows<rows.size()> back{.text = row_text.data(), .record = {arena.data() + record_at}};
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const row r = back[k];
        if (r.text() != rows[k].text() || r.flags != rows[k].flags || r.tag_id != rows[k].tag_id ||
            r.tag2_id != rows[k].tag2_id || r.has_tag != rows[k].has_tag || r.has_tag2 != rows[k].has_tag2)
            throw std::runtime_error("gen-tables: packed row " + std::to_string(k) + " (" +
                                     std::string(rows[k].text()) + ") reads back differently");
    }

    w.line("// The keywords of the rows, one after another.");
    w.char_array("row_text", row_text);
    w.line("");
    w.line("// The token engine's arrays for the rows and the rows' numbers, one after another as the");
    w.line("// bytes of one string literal (read by detail::packed_table): a compiler reads it many times");
    w.line("// faster than as integer literals, and one array keeps every table at a constant offset");
    w.line("// from one address.");
    w.char_array("table_bytes", arena);
    w.line("");
    w.line("// The hvac117 keyword table (profiles/hvac117_tables.hpp), row by row.");
    w.text += "inline constexpr packed_rows<" + std::to_string(rows.size()) + "> rows{\n";
    w.text += row_fields.text;
    w.line("};");
    w.line("// The rows as edited; the rest are their twins without apostrophes.");
    w.text += "inline constexpr std::size_t edited_row_count = " + std::to_string(edited_rows.size()) + ";\n";
    w.line("");
    w.line("}  // namespace calllock::hvac117_tables");
    w.line("");
    w.line("namespace calllock::detail {");
    w.line("");
    w.line("template <>");
    w.line("struct token_tables_of<hvac117_tables::rows> {");
    w.text += "    static constexpr token_tables<" + std::to_string(T::states) + ", " + std::to_string(T::tokens) + ", " +
              std::to_string(T::outputs) + ", " + std::to_string(T::edges) + ", " + std::to_string(T::vocabulary) + ", " + std::to_string(T::chunks) +
              ", packed_table> value{\n";
    w.nested(body);
    w.line("    };");
    w.line("};");
    w.line("");
    w.line("}  // namespace calllock::detail");
    return w.text;
}

bool same_as_file(const std::string& path, const std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    const std::string have{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return have == text;
}

}  // namespace

int main(int argc, char** argv) {
    const bool check = argc == 3 && std::string_view(argv[1]) == "--check";
    if (!(argc == 2 || check)) {
        std::fprintf(stderr, "usage: gen-tables [--check] DIR\n");
        return 2;
    }
    const std::string dir = argv[argc - 1];
    // (the writers throw on a table they cannot write as it is: a key of the prefilter that does
    // not point at its keyword, a row whose meaning does not fit its packed record)
    std::string rules, seed, hvac117;
    try {
        rules = dfa_header<rule_tables::problem_words>("rule_tables::problem_words", "rules.hpp", false);
        seed = dfa_header<seed_tables::text_words>("seed_tables::text_words", "profiles/seed.hpp", true);
        hvac117 = hvac117_header();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    const std::pair<std::string, std::string> files[] = {
        {dir + "/rules.ipp", rules}, {dir + "/seed.ipp", seed}, {dir + "/hvac117.hpp", hvac117}};
    int status = 0;
    for (const auto& [path, text] : files) {
        if (check) {
            if (!same_as_file(path, text)) {
                std::fprintf(stderr, "%s differs from what the builders make of its keyword set: run scripts/gen_tables.sh\n",
                             path.c_str());
                status = 1;
            }
            continue;
        }
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            return 1;
        }
    }
    return status;
}
