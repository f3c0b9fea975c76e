// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <vector>

namespace oom {

// Finds every occurrence of a small set of needles (the parser's event anchors) in a
// buffer, fast: the scanner runs it over every byte of multi-GiB logs. A "Teddy"
// multi-needle filter (Hyperscan's algorithm, as in Rust's aho-corasick crate): each needle
// contributes a 3-byte fingerprint to one of 8 buckets, the low and high nibble of each text
// byte select bucket masks with one shuffle per nibble, and a position whose three masks
// share a bucket is verified with memcmp. AVX2 and SSSE3 kernels are chosen at run time;
// the portable scalar kernel applies the same filter with 256-entry tables.
class AnchorSearch
{
public:
    enum class Engine {
        Auto, // the fastest this CPU supports
        Scalar,
        Ssse3,
        Avx2,
    };

    struct Match {
        qint64 position; // offset of the first byte of the needle from `begin`
        int needle; // index into the needle list
    };

    // Needles must be non-empty and contain no '\n'. At most 64 needles.
    explicit AnchorSearch(const QList<QByteArrayView> &needles, Engine engine = Engine::Auto);

    static bool isSupported(Engine engine);
    static Engine bestEngine();
    Engine engine() const { return m_engine; }

    int needleCount() const { return int(m_needles.size()); }
    QByteArrayView needle(int index) const { return m_needles.at(index); }
    qsizetype maxNeedleLength() const { return m_maxLength; }

    // Appends every occurrence lying entirely inside [begin, end) to `out`, ordered by
    // position (ties by needle index). Overlapping occurrences are all reported.
    void findAll(const char *begin, const char *end, std::vector<Match> &out) const;

    // Number of '\n' bytes in [begin, end), with the same engine.
    qint64 countNewlines(const char *begin, const char *end) const;
    static qint64 countNewlines(const char *begin, const char *end, Engine engine);

    // What the SIMD kernels share: nibble masks per fingerprint byte, and per bucket the
    // needles with the offset of their fingerprint inside them.
    static constexpr int FingerprintMax = 3;
    struct Tables {
        int fingerprintLength = 0;
        std::array<std::array<std::uint8_t, 16>, FingerprintMax> low{};
        std::array<std::array<std::uint8_t, 16>, FingerprintMax> high{};
        std::array<std::array<std::uint8_t, 256>, FingerprintMax> full{}; // low & high
    };
    struct BucketNeedle {
        int needle;
        int fingerprintOffset;
    };

private:
    void verify(const char *begin, const char *end, const char *fingerprintPos, unsigned buckets,
                std::vector<Match> &out) const;
    void findScalar(const char *begin, const char *end, const char *from,
                    std::vector<Match> &out) const;
#if defined(__x86_64__)
    const char *findSsse3(const char *begin, const char *end, std::vector<Match> &out) const;
    const char *findAvx2(const char *begin, const char *end, std::vector<Match> &out) const;
#endif

    std::vector<QByteArray> m_storage;
    std::vector<QByteArrayView> m_needles;
    qsizetype m_maxLength = 0;
    Engine m_engine = Engine::Scalar;
    Tables m_tables;
    std::array<std::vector<BucketNeedle>, 8> m_buckets;
};

} // namespace oom
