// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/scan/anchorsearch.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace oom {

namespace {

// Rough byte frequencies of syslog text (relative weights): space, lower-case letters in
// English order, digits (timestamps, pids, addresses), a little punctuation. Only used to
// pick each needle's rarest 3-byte window and to group needles into buckets so that a
// bucket's filter stays selective; any table gives correct results.
double byteWeight(unsigned char c)
{
    static constexpr double letters[26] = {8.2,  1.5, 2.8, 4.3, 12.7, 2.2,  2.0, 6.1, 7.0,
                                           0.15, 0.8, 4.0, 2.4, 6.7,  7.5,  1.9, 0.1, 6.0,
                                           6.3,  9.1, 2.8, 1.0, 2.4,  0.15, 2.0, 0.07};
    if (c == ' ')
        return 15.0;
    if (c >= 'a' && c <= 'z')
        return letters[c - 'a'] * 0.5;
    if (c >= 'A' && c <= 'Z')
        return 0.3;
    if (c >= '0' && c <= '9')
        return 2.0;
    switch (c) {
    case ':':
    case '.': return 2.0;
    case '-':
    case '[':
    case ']':
    case '=':
    case '/': return 1.0;
    case ',': return 0.8;
    case '_': return 0.5;
    case '(':
    case ')': return 0.3;
    default: return 0.05;
    }
}

struct ByteProbabilities {
    std::array<double, 256> p{};
    ByteProbabilities()
    {
        double sum = 0;
        for (int c = 0; c < 256; ++c)
            sum += byteWeight(static_cast<unsigned char>(c));
        for (int c = 0; c < 256; ++c)
            p[c] = byteWeight(static_cast<unsigned char>(c)) / sum;
    }
};

const ByteProbabilities &probabilities()
{
    static const ByteProbabilities table;
    return table;
}

// One bucket while grouping: per fingerprint byte, the sets of low and high nibbles.
struct NibbleSets {
    std::array<std::uint16_t, AnchorSearch::FingerprintMax> low{};
    std::array<std::uint16_t, AnchorSearch::FingerprintMax> high{};

    void add(const char *fingerprint, int length)
    {
        for (int j = 0; j < length; ++j) {
            const auto c = static_cast<unsigned char>(fingerprint[j]);
            low[j] |= std::uint16_t(1u << (c & 15));
            high[j] |= std::uint16_t(1u << (c >> 4));
        }
    }
    NibbleSets merged(const NibbleSets &other) const
    {
        NibbleSets result = *this;
        for (int j = 0; j < AnchorSearch::FingerprintMax; ++j) {
            result.low[j] |= other.low[j];
            result.high[j] |= other.high[j];
        }
        return result;
    }
    // Expected share of text positions that pass this bucket's filter.
    double falsePositiveRate(int length) const
    {
        const auto &p = probabilities().p;
        double rate = 1.0;
        for (int j = 0; j < length; ++j) {
            double share = 0;
            for (int c = 0; c < 256; ++c) {
                if ((low[j] >> (c & 15) & 1) && (high[j] >> (c >> 4) & 1))
                    share += p[c];
            }
            rate *= share;
        }
        return rate;
    }
};

qint64 countNewlinesScalar(const char *begin, const char *end)
{
    // SWAR: count the zero bytes of (word ^ "\n\n\n\n\n\n\n\n") eight bytes at a time.
    constexpr std::uint64_t ones7f = 0x7f7f7f7f7f7f7f7fULL;
    constexpr std::uint64_t newlines = 0x0a0a0a0a0a0a0a0aULL;
    qint64 count = 0;
    const char *p = begin;
    for (; end - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        word ^= newlines;
        const std::uint64_t zeroHigh = ~(((word & ones7f) + ones7f) | word | ones7f);
        count += std::popcount(zeroHigh);
    }
    for (; p < end; ++p)
        count += *p == '\n';
    return count;
}

} // namespace

#if defined(__x86_64__)
// The x86 kernels live in anchorsearch_x86.cpp, compiled with per-function target
// attributes so that the rest of the program keeps the baseline instruction set.
namespace detail {
qint64 countNewlinesSse2(const char *begin, const char *end);
qint64 countNewlinesAvx2(const char *begin, const char *end);
} // namespace detail
#endif

AnchorSearch::AnchorSearch(const QList<QByteArrayView> &needles, Engine engine)
{
    m_engine = engine == Engine::Auto || !isSupported(engine) ? bestEngine() : engine;

    for (const QByteArrayView needle : needles) {
        Q_ASSERT(!needle.isEmpty() && !needle.contains('\n'));
        if (needle.isEmpty() || needle.contains('\n'))
            continue;
        m_storage.emplace_back(needle.toByteArray());
    }
    Q_ASSERT(m_storage.size() <= 64);
    m_needles.assign(m_storage.begin(), m_storage.end());
    if (m_needles.empty())
        return;

    int fingerprintLength = FingerprintMax;
    for (const QByteArrayView needle : m_needles) {
        fingerprintLength = int(std::min<qsizetype>(fingerprintLength, needle.size()));
        m_maxLength = std::max(m_maxLength, needle.size());
    }
    m_tables.fingerprintLength = fingerprintLength;

    // Each needle's rarest window of fingerprintLength bytes.
    const auto &p = probabilities().p;
    struct Group {
        NibbleSets sets;
        std::vector<BucketNeedle> needles;
    };
    std::vector<Group> groups;
    for (int n = 0; n < int(m_needles.size()); ++n) {
        const QByteArrayView needle = m_needles[n];
        int bestOffset = 0;
        double bestRate = std::numeric_limits<double>::max();
        for (int k = 0; k + fingerprintLength <= needle.size(); ++k) {
            double rate = 1.0;
            for (int j = 0; j < fingerprintLength; ++j)
                rate *= p[static_cast<unsigned char>(needle[k + j])];
            if (rate < bestRate) {
                bestRate = rate;
                bestOffset = k;
            }
        }
        Group group;
        group.sets.add(needle.data() + bestOffset, fingerprintLength);
        group.needles.push_back({n, bestOffset});
        groups.push_back(std::move(group));
    }

    // Greedy grouping into at most 8 buckets: merge the pair whose merged filter lets
    // through the fewest extra positions.
    while (groups.size() > m_buckets.size()) {
        std::size_t bestA = 0, bestB = 1;
        double bestCost = std::numeric_limits<double>::max();
        for (std::size_t a = 0; a < groups.size(); ++a) {
            for (std::size_t b = a + 1; b < groups.size(); ++b) {
                const double cost =
                    groups[a].sets.merged(groups[b].sets).falsePositiveRate(fingerprintLength)
                    - groups[a].sets.falsePositiveRate(fingerprintLength)
                    - groups[b].sets.falsePositiveRate(fingerprintLength);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        groups[bestA].sets = groups[bestA].sets.merged(groups[bestB].sets);
        groups[bestA].needles.insert(groups[bestA].needles.end(), groups[bestB].needles.begin(),
                                     groups[bestB].needles.end());
        groups.erase(groups.begin() + std::ptrdiff_t(bestB));
    }

    for (std::size_t b = 0; b < groups.size(); ++b) {
        m_buckets[b] = groups[b].needles;
        const std::uint8_t bit = std::uint8_t(1u << b);
        for (int j = 0; j < fingerprintLength; ++j) {
            for (int nibble = 0; nibble < 16; ++nibble) {
                if (groups[b].sets.low[j] >> nibble & 1)
                    m_tables.low[j][nibble] |= bit;
                if (groups[b].sets.high[j] >> nibble & 1)
                    m_tables.high[j][nibble] |= bit;
            }
        }
    }
    for (int j = 0; j < fingerprintLength; ++j) {
        for (int c = 0; c < 256; ++c)
            m_tables.full[j][c] = m_tables.low[j][c & 15] & m_tables.high[j][c >> 4];
    }
}

bool AnchorSearch::isSupported(Engine engine)
{
    switch (engine) {
    case Engine::Auto:
    case Engine::Scalar: return true;
#if defined(__x86_64__)
    case Engine::Ssse3: return __builtin_cpu_supports("ssse3");
    case Engine::Avx2: return __builtin_cpu_supports("avx2");
#else
    case Engine::Ssse3:
    case Engine::Avx2: return false;
#endif
    }
    return false;
}

AnchorSearch::Engine AnchorSearch::bestEngine()
{
    if (isSupported(Engine::Avx2))
        return Engine::Avx2;
    if (isSupported(Engine::Ssse3))
        return Engine::Ssse3;
    return Engine::Scalar;
}

void AnchorSearch::findAll(const char *begin, const char *end, std::vector<Match> &out) const
{
    if (m_needles.empty() || end - begin < m_tables.fingerprintLength)
        return;
    const std::size_t first = out.size();
    const char *from = begin;
#if defined(__x86_64__)
    if (m_engine == Engine::Avx2)
        from = findAvx2(begin, end, out);
    else if (m_engine == Engine::Ssse3)
        from = findSsse3(begin, end, out);
#endif
    findScalar(begin, end, from, out);
    // Fingerprints sit at different offsets inside different needles, so matches arrive
    // ordered by fingerprint position; callers want needle starts in order.
    std::sort(out.begin() + std::ptrdiff_t(first), out.end(), [](const Match &a, const Match &b) {
        return a.position != b.position ? a.position < b.position : a.needle < b.needle;
    });
}

void AnchorSearch::findScalar(const char *begin, const char *end, const char *from,
                              std::vector<Match> &out) const
{
    const int length = m_tables.fingerprintLength;
    const char *last = end - length; // last fingerprint position
    const auto &full = m_tables.full;
    for (const char *p = from; p <= last; ++p) {
        unsigned buckets = full[0][static_cast<unsigned char>(p[0])];
        if (!buckets)
            continue;
        for (int j = 1; j < length && buckets; ++j)
            buckets &= full[j][static_cast<unsigned char>(p[j])];
        if (buckets)
            verify(begin, end, p, buckets, out);
    }
}

void AnchorSearch::verify(const char *begin, const char *end, const char *fingerprintPos,
                          unsigned buckets, std::vector<Match> &out) const
{
    while (buckets) {
        const int bucket = std::countr_zero(buckets);
        buckets &= buckets - 1;
        for (const BucketNeedle &candidate : m_buckets[bucket]) {
            const char *start = fingerprintPos - candidate.fingerprintOffset;
            const QByteArrayView needle = m_needles[candidate.needle];
            if (start < begin || end - start < needle.size())
                continue;
            if (std::memcmp(start, needle.data(), std::size_t(needle.size())) == 0)
                out.push_back({qint64(start - begin), candidate.needle});
        }
    }
}

qint64 AnchorSearch::countNewlines(const char *begin, const char *end) const
{
    return countNewlines(begin, end, m_engine);
}

qint64 AnchorSearch::countNewlines(const char *begin, const char *end, Engine engine)
{
    if (engine == Engine::Auto)
        engine = bestEngine();
#if defined(__x86_64__)
    if (engine == Engine::Avx2 && isSupported(Engine::Avx2))
        return detail::countNewlinesAvx2(begin, end);
    if (engine == Engine::Ssse3)
        return detail::countNewlinesSse2(begin, end); // SSE2 suffices; every x86-64 has it
#endif
    return countNewlinesScalar(begin, end);
}

} // namespace oom
