// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// oomlens-loggen's output buffer and random numbers: fast decimal/hex formatting into a
// 4 MiB buffer, written out in one call.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace loggen {

struct Rng {
    std::uint64_t state;
    std::uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    bool chance(std::uint64_t oneIn) { return below(oneIn) == 0; }
};

class LogWriter
{
public:
    explicit LogWriter(std::FILE *file)
        : m_file(file)
    {
        m_buffer.reserve(BufferSize + 64 * 1024);
    }
    ~LogWriter() { flush(); }
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    void put(std::string_view text) { m_buffer.append(text); }
    void put(char c) { m_buffer.push_back(c); }
    void num(std::uint64_t value, int width = 0, char pad = ' ')
    {
        char digits[24];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value);
        for (int i = n; i < width; ++i)
            m_buffer.push_back(pad);
        while (n)
            m_buffer.push_back(digits[--n]);
    }
    void snum(std::int64_t value, int width = 0)
    {
        if (value < 0) {
            std::string s = "-" + std::to_string(-value);
            for (int i = int(s.size()); i < width; ++i)
                m_buffer.push_back(' ');
            m_buffer.append(s);
        } else {
            num(std::uint64_t(value), width);
        }
    }
    void hex(std::uint64_t value, int width)
    {
        static constexpr char digits[] = "0123456789abcdef";
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
            m_buffer.push_back(digits[(value >> shift) & 15]);
    }
    void endLine()
    {
        m_buffer.push_back('\n');
        ++m_lines;
        if (m_buffer.size() >= BufferSize)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty()
            && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::perror("oomlens-loggen: write");
            std::exit(1);
        }
        m_written += m_buffer.size();
        m_buffer.clear();
    }
    std::uint64_t bytes() const { return m_written + m_buffer.size(); }
    std::uint64_t lines() const { return m_lines; }

private:
    static constexpr std::size_t BufferSize = 4 << 20;
    std::FILE *m_file;
    std::string m_buffer;
    std::uint64_t m_written = 0;
    std::uint64_t m_lines = 0;
};

} // namespace loggen
