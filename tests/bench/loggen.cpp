// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// oomlens-loggen: writes a large, realistic RFC 3164 syslog (a busy Debian/Ubuntu server:
// sshd, systemd, cron, postfix, containerd, kubelet, kernel firewall and audit messages)
// with real-looking 6.x kernel OOM reports embedded at a fixed interval, alternating a
// global OOM (full Mem-Info) and a cgroup v2 memcg OOM. Words such as "memory" appear at
// the rate they do on such machines (systemd's "memory peak", PHP and Java errors), not on
// every line: in the default 1 GiB (6.8 million lines), "emory" is on 2,655 lines and "oom"
// outside the reports on ~80 (base64 keys, pod names). Deterministic for a given seed.
// Plain C++ so that it writes ~1 GB/s.
//
//   oomlens-loggen [--size 1G] [--oom-every 100M] [--seed N] [--tasks 200] OUTPUT|-
//
// It prints to stderr how many reports it embedded, so a benchmark can check the count.

#include "sysloggenerator.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

using namespace loggen;

namespace {

std::uint64_t parseSize(const char *text)
{
    char *end = nullptr;
    const double value = std::strtod(text, &end);
    double factor = 1;
    switch (end && *end ? *end : 'B') {
    case 'k':
    case 'K': factor = 1024.0; break;
    case 'm':
    case 'M': factor = 1024.0 * 1024; break;
    case 'g':
    case 'G': factor = 1024.0 * 1024 * 1024; break;
    default: break;
    }
    return std::uint64_t(value * factor);
}

int usage()
{
    std::fputs(
        "usage: oomlens-loggen [--size 1G] [--oom-every 100M] [--seed N] [--tasks 200] OUTPUT|-\n",
        stderr);
    return 2;
}

} // namespace
int main(int argc, char **argv)
{
    std::uint64_t size = 1ULL << 30;
    std::uint64_t oomEvery = 100ULL << 20;
    std::uint64_t seed = 1;
    int tasks = 200;
    const char *output = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--size" && hasValue)
            size = parseSize(argv[++i]);
        else if (arg == "--oom-every" && hasValue)
            oomEvery = parseSize(argv[++i]);
        else if (arg == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--tasks" && hasValue)
            tasks = std::atoi(argv[++i]);
        else if (!output && (arg == "-" || arg.empty() || arg[0] != '-'))
            output = argv[i];
        else
            return usage();
    }
    if (!output || oomEvery == 0 || tasks < 3)
        return usage();

    std::FILE *file = std::string_view(output) == "-" ? stdout : std::fopen(output, "wb");
    if (!file) {
        std::fprintf(stderr, "oomlens-loggen: %s: %s\n", output, std::strerror(errno));
        return 1;
    }
    int reports = 0, global = 0, memcg = 0;
    {
        LogWriter writer(file);
        SyslogGenerator generator(writer, seed, tasks);
        // The first report comes half an interval in, so that a 100 MB file has one.
        std::uint64_t nextOom = oomEvery / 2;
        while (writer.bytes() < size) {
            if (writer.bytes() >= nextOom) {
                if (reports % 2 == 0) {
                    generator.globalOom(reports);
                    ++global;
                } else {
                    generator.memcgOom(reports);
                    ++memcg;
                }
                ++reports;
                nextOom += oomEvery;
            }
            generator.normalLine();
        }
        writer.flush();
        std::fprintf(
            stderr,
            "oomlens-loggen: %s: %llu bytes, %llu lines, %d OOM reports (%d global, %d memcg)\n",
            output, static_cast<unsigned long long>(writer.bytes()),
            static_cast<unsigned long long>(writer.lines()), reports, global, memcg);
    }
    if (file != stdout && std::fclose(file) != 0) {
        std::perror("oomlens-loggen: close");
        return 1;
    }
    return 0;
}
