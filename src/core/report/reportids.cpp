// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The spellings of the model's enums and times in the reports (part of the JSON contract).
#include "core/report/reportids.h"

using namespace Qt::StringLiterals;

namespace oom {

QString eventKindId(EventKind kind)
{
    switch (kind) {
    case EventKind::KernelOom: return u"kernel-oom"_s;
    case EventKind::UserspaceKill: return u"userspace-kill"_s;
    case EventKind::AllocFailure: return u"alloc-failure"_s;
    }
    return {};
}

QString killerId(Killer killer)
{
    switch (killer) {
    case Killer::Kernel: return u"kernel"_s;
    case Killer::SystemdOomd: return u"systemd-oomd"_s;
    case Killer::Earlyoom: return u"earlyoom"_s;
    case Killer::Nohang: return u"nohang"_s;
    case Killer::AndroidLmkd: return u"android-lmkd"_s;
    case Killer::AndroidLowMemoryKiller: return u"android-lowmemorykiller"_s;
    case Killer::ChromeOs: return u"chromeos-tab-manager"_s;
    }
    return {};
}

QString oomPathId(OomPath path)
{
    switch (path) {
    case OomPath::Unknown: return {};
    case OomPath::PageAllocator: return u"global"_s;
    case OomPath::Memcg: return u"memcg"_s;
    case OomPath::PageFault: return u"page-fault"_s;
    case OomPath::SysRq: return u"sysrq"_s;
    }
    return {};
}

QString unitResultId(UnitResultKind kind)
{
    switch (kind) {
    case UnitResultKind::KilledByKernelOom: return u"oom-killer"_s;
    case UnitResultKind::FailedOomKill: return u"failed-oom-kill"_s;
    case UnitResultKind::KilledByOomd: return u"oomd-kill"_s;
    }
    return {};
}

QString taskLayoutId(TaskTableLayout layout)
{
    switch (layout) {
    case TaskTableLayout::Unknown: return {};
    case TaskTableLayout::CpuOomAdj: return u"cpu-oom-adj"_s;
    case TaskTableLayout::CpuOomAdjScoreAdj: return u"cpu-oom-adj-score-adj"_s;
    case TaskTableLayout::NrPtes: return u"nr-ptes"_s;
    case TaskTableLayout::NrPtesNrPmds: return u"nr-ptes-nr-pmds"_s;
    case TaskTableLayout::PgtablesBytes: return u"pgtables-bytes"_s;
    case TaskTableLayout::RssSplit: return u"rss-split"_s;
    }
    return {};
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    QDateTime withOffset = time;
    if (time.timeSpec() == Qt::LocalTime)
        withOffset = time.toOffsetFromUtc(time.offsetFromUtc());
    const auto format = withOffset.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate;
    return withOffset.toString(format);
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Critical: return u"critical"_s;
    }
    return {};
}

QString intervalBasisId(IntervalBasis basis)
{
    switch (basis) {
    case IntervalBasis::WallClock: return u"time"_s;
    case IntervalBasis::Uptime: return u"uptime"_s;
    case IntervalBasis::Mixed: return u"mixed"_s;
    }
    return {};
}

} // namespace oom
