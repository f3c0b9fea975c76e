// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// SIMD kernels of AnchorSearch. Every function here carries its own target attribute and
// is only called after AnchorSearch::isSupported() said yes, so the binary still runs on
// any x86-64 CPU.
#include "sources/scan/anchorsearch.h"

#if defined(__x86_64__)

#include <immintrin.h>

#include <algorithm>

namespace oom {

namespace {

// Teddy: for each of the F fingerprint bytes, the bucket bits allowed by the byte's low
// nibble AND those allowed by its high nibble; a position is a candidate where the F masks
// (taken at p, p+1, ..., p+F-1) share a bit. pshufb looks up 16-entry tables per 128-bit
// lane, hence the broadcast tables.
template<int F>
__attribute__((target("avx2"))) inline __m256i teddyBlockAvx2(const char *p, const __m256i *low,
                                                              const __m256i *high, __m256i nibble)
{
    __m256i result = _mm256_set1_epi8(-1);
    for (int j = 0; j < F; ++j) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + j));
        const __m256i lo = _mm256_and_si256(v, nibble);
        const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
        result = _mm256_and_si256(
            result,
            _mm256_and_si256(_mm256_shuffle_epi8(low[j], lo), _mm256_shuffle_epi8(high[j], hi)));
    }
    return result;
}

template<int F>
__attribute__((target("ssse3"))) inline __m128i teddyBlockSsse3(const char *p, const __m128i *low,
                                                                const __m128i *high, __m128i nibble)
{
    __m128i result = _mm_set1_epi8(-1);
    for (int j = 0; j < F; ++j) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + j));
        const __m128i lo = _mm_and_si128(v, nibble);
        const __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), nibble);
        result = _mm_and_si128(
            result, _mm_and_si128(_mm_shuffle_epi8(low[j], lo), _mm_shuffle_epi8(high[j], hi)));
    }
    return result;
}

} // namespace

namespace detail {

// Runs the AVX2 filter over [begin, end) in 64-byte steps and calls `candidate` for every
// position whose masks share a bucket. Returns where the scalar kernel must take over.
template<int F, typename Candidate>
__attribute__((target("avx2"))) const char *teddyAvx2(const char *begin, const char *end,
                                                      const AnchorSearch::Tables &tables,
                                                      Candidate &&candidate)
{
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    __m256i low[F], high[F];
    for (int j = 0; j < F; ++j) {
        low[j] = _mm256_broadcastsi128_si256(
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(tables.low[j].data())));
        high[j] = _mm256_broadcastsi128_si256(
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(tables.high[j].data())));
    }
    const char *p = begin;
    alignas(32) unsigned char masks[64];
    // Each block reads up to p + 63 + (F - 1).
    while (end - p >= 64 + F - 1) {
        const __m256i a = teddyBlockAvx2<F>(p, low, high, nibble);
        const __m256i b = teddyBlockAvx2<F>(p + 32, low, high, nibble);
        const __m256i any = _mm256_or_si256(a, b);
        if (!_mm256_testz_si256(any, any)) [[unlikely]] {
            _mm256_store_si256(reinterpret_cast<__m256i *>(masks), a);
            _mm256_store_si256(reinterpret_cast<__m256i *>(masks + 32), b);
            for (int i = 0; i < 64; ++i) {
                if (masks[i])
                    candidate(p + i, masks[i]);
            }
        }
        p += 64;
    }
    return p;
}

template<int F, typename Candidate>
__attribute__((target("ssse3"))) const char *teddySsse3(const char *begin, const char *end,
                                                        const AnchorSearch::Tables &tables,
                                                        Candidate &&candidate)
{
    const __m128i nibble = _mm_set1_epi8(0x0f);
    __m128i low[F], high[F];
    for (int j = 0; j < F; ++j) {
        low[j] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(tables.low[j].data()));
        high[j] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(tables.high[j].data()));
    }
    const char *p = begin;
    alignas(16) unsigned char masks[32];
    while (end - p >= 32 + F - 1) {
        const __m128i a = teddyBlockSsse3<F>(p, low, high, nibble);
        const __m128i b = teddyBlockSsse3<F>(p + 16, low, high, nibble);
        const __m128i any = _mm_or_si128(a, b);
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(any, _mm_setzero_si128())) != 0xffff) [[unlikely]] {
            _mm_store_si128(reinterpret_cast<__m128i *>(masks), a);
            _mm_store_si128(reinterpret_cast<__m128i *>(masks + 16), b);
            for (int i = 0; i < 32; ++i) {
                if (masks[i])
                    candidate(p + i, masks[i]);
            }
        }
        p += 32;
    }
    return p;
}

__attribute__((target("avx2"))) qint64 countNewlinesAvx2(const char *begin, const char *end)
{
    const __m256i newline = _mm256_set1_epi8('\n');
    const __m256i zero = _mm256_setzero_si256();
    qint64 total = 0;
    const char *p = begin;
    // Byte counters subtract the 0xff of each match; flushed with psadbw before they wrap.
    while (end - p >= 64) {
        __m256i counts = zero;
        const qint64 rounds = std::min<qint64>((end - p) / 64, 127); // 2 per round, < 256
        for (qint64 r = 0; r < rounds; ++r) {
            const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
            const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
            counts = _mm256_sub_epi8(counts, _mm256_cmpeq_epi8(a, newline));
            counts = _mm256_sub_epi8(counts, _mm256_cmpeq_epi8(b, newline));
            p += 64;
        }
        const __m256i sums = _mm256_sad_epu8(counts, zero);
        total += _mm256_extract_epi64(sums, 0) + _mm256_extract_epi64(sums, 1)
            + _mm256_extract_epi64(sums, 2) + _mm256_extract_epi64(sums, 3);
    }
    for (; p < end; ++p)
        total += *p == '\n';
    return total;
}

qint64 countNewlinesSse2(const char *begin, const char *end)
{
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    qint64 total = 0;
    const char *p = begin;
    while (end - p >= 16) {
        __m128i counts = zero;
        const qint64 rounds = std::min<qint64>((end - p) / 16, 255);
        for (qint64 r = 0; r < rounds; ++r) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(a, newline));
            p += 16;
        }
        const __m128i sums = _mm_sad_epu8(counts, zero);
        total += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
    for (; p < end; ++p)
        total += *p == '\n';
    return total;
}

} // namespace detail

const char *AnchorSearch::findAvx2(const char *begin, const char *end,
                                   std::vector<Match> &out) const
{
    auto candidate = [&](const char *p, unsigned buckets) {
        verify(begin, end, p, buckets, out);
    };
    switch (m_tables.fingerprintLength) {
    case 1: return detail::teddyAvx2<1>(begin, end, m_tables, candidate);
    case 2: return detail::teddyAvx2<2>(begin, end, m_tables, candidate);
    default: return detail::teddyAvx2<3>(begin, end, m_tables, candidate);
    }
}

const char *AnchorSearch::findSsse3(const char *begin, const char *end,
                                    std::vector<Match> &out) const
{
    auto candidate = [&](const char *p, unsigned buckets) {
        verify(begin, end, p, buckets, out);
    };
    switch (m_tables.fingerprintLength) {
    case 1: return detail::teddySsse3<1>(begin, end, m_tables, candidate);
    case 2: return detail::teddySsse3<2>(begin, end, m_tables, candidate);
    default: return detail::teddySsse3<3>(begin, end, m_tables, candidate);
    }
}

} // namespace oom

#endif
