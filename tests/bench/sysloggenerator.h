// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "logwriter.h"

#include <cstdint>
#include <string_view>

namespace loggen {

inline constexpr std::string_view Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr int MonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
inline constexpr std::string_view Host = "web01";

// The lines of one busy server (sysloggenerator.cpp) and its kernel's OOM reports
// (sysloggenerator_oom.cpp), with a clock that moves on a few milliseconds per line.
class SyslogGenerator
{
public:
    SyslogGenerator(LogWriter &out, std::uint64_t seed, int taskRows)
        : m_out(out)
        , m_rng{seed * 0x9e3779b97f4a7c15ULL + 1}
        , m_taskRows(taskRows)
    {
    }

    void normalLine()
    {
        advanceClock();
        const std::uint64_t pick = m_rng.below(1000);
        if (pick < 170)
            sshd();
        else if (pick < 330)
            systemd();
        else if (pick < 420)
            cron();
        else if (pick < 560)
            kernelNoise();
        else if (pick < 660)
            postfix();
        else if (pick < 800)
            containerd();
        else if (pick < 960)
            kubelet();
        else
            misc();
    }

    void globalOom(int index);
    void memcgOom(int index);

private:
    void advanceClock()
    {
        m_micros += 2000 + m_rng.below(30000);
        while (m_micros >= 1000000) {
            m_micros -= 1000000;
            if (++m_second == 60) {
                m_second = 0;
                if (++m_minute == 60) {
                    m_minute = 0;
                    if (++m_hour == 24) {
                        m_hour = 0;
                        if (++m_day > MonthDays[m_month]) {
                            m_day = 1;
                            m_month = (m_month + 1) % 12;
                        }
                    }
                }
            }
            ++m_uptime;
        }
    }
    void prefix(std::string_view ident, std::int64_t pid = -1)
    {
        m_out.put(Months[m_month]);
        m_out.put(' ');
        m_out.num(std::uint64_t(m_day), 2, ' ');
        m_out.put(' ');
        m_out.num(std::uint64_t(m_hour), 2, '0');
        m_out.put(':');
        m_out.num(std::uint64_t(m_minute), 2, '0');
        m_out.put(':');
        m_out.num(std::uint64_t(m_second), 2, '0');
        m_out.put(' ');
        m_out.put(Host);
        m_out.put(' ');
        m_out.put(ident);
        if (pid >= 0) {
            m_out.put('[');
            m_out.num(std::uint64_t(pid));
            m_out.put(']');
        }
        m_out.put(": ");
    }
    void kernelPrefix()
    {
        prefix("kernel");
        m_out.put('[');
        m_out.num(m_uptime, 5);
        m_out.put('.');
        m_out.num(m_micros, 6, '0');
        m_out.put("] ");
    }
    void ip()
    {
        m_out.num(m_rng.below(223) + 1);
        m_out.put('.');
        m_out.num(m_rng.below(256));
        m_out.put('.');
        m_out.num(m_rng.below(256));
        m_out.put('.');
        m_out.num(m_rng.below(254) + 1);
    }
    std::uint64_t pid() { return 1000 + m_rng.below(4000000); }
    void base64(int length)
    {
        static constexpr char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < length; ++i)
            m_out.put(alphabet[m_rng.below(64)]);
    }

    void sshd();
    void systemd();
    void cron();
    void kernelNoise();
    void postfix();
    void containerd();
    void kubelet();
    void misc();
    void callTrace(bool memcg);
    void taskTable(std::uint64_t victimPid, std::string_view victimComm);
    void unitAftermath(std::string_view unit);

    LogWriter &m_out;
    Rng m_rng;
    int m_taskRows;
    int m_month = 2, m_day = 3, m_hour = 6, m_minute = 25, m_second = 1;
    std::uint64_t m_micros = 0;
    std::uint64_t m_uptime = 86400 * 3 + 1234;
    std::uint64_t m_session = 4100;
};

} // namespace loggen
