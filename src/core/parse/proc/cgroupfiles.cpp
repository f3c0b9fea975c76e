// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/cgroupfiles.h"

#include "core/parse/proc/procscan.h"
#include "core/parse/proc/procsystem.h"

namespace oom::cgroupparse {

using namespace procscan;

namespace {
// No machine has 4 EiB of memory; every v1 "unlimited" sentinel is above this, on 4 KiB
// and 64 KiB page kernels alike (PAGE_COUNTER_MAX is LONG_MAX / PAGE_SIZE pages).
constexpr qint64 unlimitedThreshold = qint64(1) << 62;
} // namespace

std::optional<MemoryLimit> parseLimit(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (t == "max")
        return MemoryLimit::none();
    const auto v = toInt(t);
    if (!v || *v < 0)
        return std::nullopt;
    if (*v >= unlimitedThreshold)
        return MemoryLimit::none();
    return MemoryLimit::of(Bytes(*v));
}

std::optional<Bytes> parseBytes(QByteArrayView text)
{
    const auto v = toInt(trimmed(text));
    if (!v || *v < 0)
        return std::nullopt;
    return Bytes(*v);
}

std::optional<qint64> parseCount(QByteArrayView text)
{
    return toInt(trimmed(text));
}

std::optional<bool> parseFlag(QByteArrayView text)
{
    const auto v = toInt(trimmed(text));
    if (!v || (*v != 0 && *v != 1))
        return std::nullopt;
    return *v == 1;
}

KeyedCounters parseFlatKeyed(QByteArrayView text)
{
    return procparse::parseVmstat(text);
}

CgroupV1OomControl parseOomControl(QByteArrayView text)
{
    CgroupV1OomControl control;
    const KeyedCounters values = parseFlatKeyed(text);
    if (const auto v = values.value(u"oom_kill_disable"))
        control.oomKillDisable = *v != 0;
    if (const auto v = values.value(u"under_oom"))
        control.underOom = *v != 0;
    control.oomKill = values.value(u"oom_kill");
    return control;
}

std::optional<QString> parseNodeListText(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (!procparse::parseNodeList(t))
        return std::nullopt;
    return latin1(t);
}

} // namespace oom::cgroupparse
