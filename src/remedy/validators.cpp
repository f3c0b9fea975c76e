// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/validators.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

constexpr int MaxUnitName = 255; // systemd's UNIT_NAME_MAX - 1
constexpr int MaxCgroupPath = 4096; // PATH_MAX
constexpr int MaxCgroupComponent = 255; // NAME_MAX
constexpr qint64 PidMaxLimit = 4194304; // PID_MAX_LIMIT on 64-bit kernels
constexpr qint64 MiB = 1024 * 1024;

// A value shown in a message: quoted and cut, so a hostile megabyte does not flood a dialog.
QString shown(const QString &value)
{
    QString cut = value.left(64);
    for (QChar &c : cut)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    return u"\u201c"_s + cut + (value.size() > 64 ? u"\u2026"_s : QString()) + u"\u201d"_s;
}

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

} // namespace

const QList<Validators::SysctlRange> &Validators::sysctlAllowList()
{
    // Ranges as the kernel accepts them (mm/ and kernel/sysctl.c), narrowed where a value
    // the kernel takes would only hurt: min_free_kbytes above 4 GiB starves every workload.
    static const QList<SysctlRange> list{
        {"vm.swappiness", 0, 200}, // 200 since 5.8; older kernels reject > 100 themselves
        {"vm.compaction_proactiveness", 0, 100}, // 5.9+
        {"vm.extfrag_threshold", 0, 1000},
        {"vm.watermark_scale_factor", 1, 3000}, // 3000 since 5.17, 1000 before
        {"vm.watermark_boost_factor", 0, 100000},
        {"vm.min_free_kbytes", 1024, 4 * 1024 * 1024},
        {"vm.panic_on_oom", 0, 2},
        {"vm.oom_kill_allocating_task", 0, 1},
        {"vm.overcommit_memory", 0, 2},
        {"vm.overcommit_ratio", 0, 1000},
    };
    return list;
}

std::optional<qint64> Validators::parseInteger(const QString &text)
{
    static const QRegularExpression integer(u"\\A-?[0-9]{1,18}\\z"_s);
    if (!integer.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

Problem Validators::checkSysctl(const QString &key, const QString &value)
{
    for (const SysctlRange &range : sysctlAllowList()) {
        if (key != QLatin1StringView(range.key))
            continue;
        const std::optional<qint64> number = parseInteger(value);
        if (!number)
            return tr("%1 is not a whole number (for %2).").arg(shown(value), key);
        if (*number < range.min || *number > range.max)
            return tr("%1 is outside the range %2 to %3 allowed for %4.")
                .arg(shown(value))
                .arg(range.min)
                .arg(range.max)
                .arg(key);
        return std::nullopt;
    }
    return tr("%1 is not a setting OOM Lens changes.").arg(shown(key));
}

bool Validators::isKernelPolicySysctl(const QString &key)
{
    return key == u"vm.panic_on_oom" || key == u"vm.oom_kill_allocating_task"
        || key == u"vm.overcommit_memory" || key == u"vm.overcommit_ratio";
}

QString Validators::sysctlPath(const QString &key)
{
    QString path = key;
    path.replace(u'.', u'/');
    return u"proc/sys/"_s + path;
}

Problem Validators::checkUnitName(const QString &unit)
{
    // systemd (src/basic/unit-name.c): [A-Za-z0-9:_.\\-] plus one '@' for templates, a
    // non-empty prefix, at most 255 bytes, a known suffix. We touch only the unit types
    // that own processes and cgroups.
    static const QRegularExpression grammar(
        u"\\A[A-Za-z0-9:_.\\\\-]+(@[A-Za-z0-9:_.\\\\-]*)?\\.(service|scope|slice)\\z"_s);
    if (unit.isEmpty())
        return tr("No unit name given.");
    if (unit.size() > MaxUnitName)
        return tr("The unit name %1 is longer than 255 characters.").arg(shown(unit));
    if (!grammar.match(unit).hasMatch() || unit.startsWith(u'.') || unit.startsWith(u'@')
        || unit.contains(u".."))
        return tr("%1 is not a valid name of a service, scope or slice.").arg(shown(unit));
    return std::nullopt;
}

Problem Validators::checkDropInSetting(const QString &unit, const QString &setting,
                                       const QString &value)
{
    if (Problem problem = checkUnitName(unit))
        return problem;
    if (!unit.endsWith(u".service"))
        return tr("%1 can only be set for a service, not for %2.").arg(setting, shown(unit));
    if (setting == u"OOMScoreAdjust") {
        const std::optional<qint64> number = parseInteger(value);
        if (!number)
            return tr("%1 is not a whole number (for %2).").arg(shown(value), setting);
        return checkOomScoreAdj(*number);
    }
    if (setting == u"OOMPolicy") {
        if (value == u"continue" || value == u"stop" || value == u"kill")
            return std::nullopt;
        return tr("%1 is not one of continue, stop or kill (for OOMPolicy).").arg(shown(value));
    }
    return tr("%1 is not a unit setting OOM Lens writes.").arg(shown(setting));
}

Problem Validators::checkUnitProperty(const QString &property, const QString &value)
{
    static const QSet<QString> sizes{u"MemoryMax"_s, u"MemoryHigh"_s, u"MemorySwapMax"_s,
                                     u"MemoryLow"_s, u"MemoryMin"_s};
    if (sizes.contains(property)) {
        if (value == u"infinity")
            return std::nullopt;
        const std::optional<qint64> bytes = parseInteger(value);
        if (!bytes || *bytes < 0)
            return tr("%1 is neither a byte count nor \u201cinfinity\u201d (for %2).")
                .arg(shown(value), property);
        return std::nullopt;
    }
    if (property == u"AllowedMemoryNodes")
        return parseNodeList(value)
            ? Problem()
            : tr("%1 is not a list of NUMA nodes such as 0-1,3.").arg(shown(value));
    if (property == u"ManagedOOMMemoryPressure" || property == u"ManagedOOMSwap") {
        if (value == u"auto" || value == u"kill")
            return std::nullopt;
        return tr("%1 is not one of auto or kill (for %2).").arg(shown(value), property);
    }
    return tr("%1 is not a unit property OOM Lens sets.").arg(shown(property));
}

Problem Validators::checkCgroupPath(const QString &path)
{
    if (!path.startsWith(u'/'))
        return tr("The cgroup path %1 does not start with \u201c/\u201d.").arg(shown(path));
    if (path == u"/")
        return tr("The root cgroup has no memory limits to change.");
    if (path.size() > MaxCgroupPath)
        return tr("The cgroup path %1 is longer than 4096 characters.").arg(shown(path));
    if (hasControlCharacter(path))
        return tr("The cgroup path %1 contains a control character.").arg(shown(path));
    const QStringList parts = path.mid(1).split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return tr("The cgroup path %1 has an empty component.").arg(shown(path));
        if (part == u"." || part == u"..")
            return tr("The cgroup path %1 contains \u201c.\u201d or \u201c..\u201d.")
                .arg(shown(path));
        if (part.toUtf8().size() > MaxCgroupComponent)
            return tr("A component of the cgroup path %1 is longer than 255 bytes.")
                .arg(shown(path));
    }
    return std::nullopt;
}

QStringList Validators::cgroupComponents(const QString &path)
{
    return path.mid(1).split(u'/', Qt::SkipEmptyParts);
}

Problem Validators::checkCgroupLimitFile(const QString &file)
{
    static const QSet<QString> files{u"memory.max"_s,
                                     u"memory.high"_s,
                                     u"memory.swap.max"_s,
                                     u"memory.low"_s,
                                     u"memory.min"_s,
                                     u"memory.limit_in_bytes"_s,
                                     u"memory.memsw.limit_in_bytes"_s,
                                     u"memory.soft_limit_in_bytes"_s};
    if (files.contains(file))
        return std::nullopt;
    return tr("%1 is not a cgroup memory limit file OOM Lens writes.").arg(shown(file));
}

bool Validators::isCgroupV1File(const QString &file)
{
    return file.endsWith(u"_in_bytes");
}

Problem Validators::checkLimitValue(const QString &file, const QString &value)
{
    if (Problem problem = checkCgroupLimitFile(file))
        return problem;
    if (isCgroupV1File(file) ? value == u"-1" : value == u"max")
        return std::nullopt;
    const std::optional<qint64> bytes = parseInteger(value);
    // Below one page the kernel rounds to zero and every allocation fails.
    if (!bytes || *bytes < 4096 || *bytes > (qint64(1) << 62))
        return tr("%1 is not a limit for %2: give a byte count of at least 4096 or %3.")
            .arg(shown(value), file, isCgroupV1File(file) ? u"-1"_s : u"max"_s);
    return std::nullopt;
}

std::optional<QList<int>> Validators::parseNodeList(const QString &text)
{
    // The kernel's list format (lib/bitmap.c bitmap_parselist): "0-1,3"; nodes < 1024
    // (MAX_NUMNODES with NODES_SHIFT 10).
    static const QRegularExpression list(
        u"\\A[0-9]{1,4}(-[0-9]{1,4})?(,[0-9]{1,4}(-[0-9]{1,4})?)*\\z"_s);
    if (!list.match(text).hasMatch())
        return std::nullopt;
    QList<int> nodes;
    for (const QString &range : text.split(u',')) {
        const qsizetype dash = range.indexOf(u'-');
        const int first = (dash < 0 ? range : range.left(dash)).toInt();
        const int last = dash < 0 ? first : range.mid(dash + 1).toInt();
        if (first > last || last >= 1024)
            return std::nullopt;
        for (int node = first; node <= last; ++node)
            if (!nodes.contains(node))
                nodes.append(node);
    }
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

Problem Validators::checkNodeList(const QString &text, const QList<int> &existingNodes)
{
    const std::optional<QList<int>> nodes = parseNodeList(text);
    if (!nodes)
        return tr("%1 is not a list of NUMA nodes such as 0-1,3.").arg(shown(text));
    for (int node : *nodes)
        if (Problem problem = checkNode(node, existingNodes))
            return problem;
    return std::nullopt;
}

QByteArray Validators::nodeMask(const QList<int> &nodes)
{
    // systemd's CPUSet/AllowedMemoryNodes D-Bus form: bit n of byte n/8 (cpu_set_to_dbus).
    QByteArray mask;
    for (int node : nodes) {
        if (node < 0)
            continue;
        if (mask.size() <= node / 8)
            mask.resize(node / 8 + 1, '\0');
        mask[node / 8] = char(mask[node / 8] | char(1 << (node % 8)));
    }
    return mask;
}

Problem Validators::checkNode(int node, const QList<int> &existingNodes)
{
    if (node == -1)
        return std::nullopt;
    if (!existingNodes.contains(node))
        return tr("NUMA node %1 does not exist on this system.").arg(node);
    return std::nullopt;
}

Problem Validators::checkPid(qint64 pid, qint64 startTimeTicks)
{
    if (pid < 1 || pid > PidMaxLimit)
        return tr("%1 is not a process id.").arg(pid);
    if (startTimeTicks < 0)
        return tr("The start time of process %1 is unknown, so it cannot be told apart from a "
                  "later process with the same id.")
            .arg(pid);
    return std::nullopt;
}

Problem Validators::checkOomScoreAdj(qint64 value)
{
    if (value < -1000 || value > 1000)
        return tr("oom_score_adj %1 is outside -1000 to 1000.").arg(value);
    return std::nullopt;
}

std::optional<qint64> Validators::startTimeFromStat(const QByteArray &stat)
{
    // "pid (comm) state ppid ...": the comm may contain ") ", so count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).trimmed().split(' ');
    // fields[0] is field 3 (state); start time is field 22.
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const qint64 ticks = fields.at(19).toLongLong(&ok);
    return ok ? std::optional<qint64>(ticks) : std::nullopt;
}

Problem Validators::checkSwapSize(qint64 bytes)
{
    if (bytes < 64 * MiB || bytes > (qint64(1) << 40) || bytes % MiB != 0)
        return tr("A swap file of %1 bytes is refused: give whole MiB between 64 MiB and 1 TiB.")
            .arg(bytes);
    return std::nullopt;
}

Problem Validators::checkSwapPriority(qint64 priority)
{
    if (priority < -1 || priority > 32767)
        return tr("Swap priority %1 is outside -1 to 32767.").arg(priority);
    return std::nullopt;
}

Problem Validators::checkMountPoint(const QString &mountPoint)
{
    if (mountPoint == u"/")
        return std::nullopt;
    if (Problem problem = checkCgroupPath(mountPoint)) // same lexical rules: absolute, no ".."
        return tr("%1 is not a plain absolute mount point.").arg(shown(mountPoint));
    return std::nullopt;
}

Problem Validators::checkSwapFilesystem(const QString &mountPoint, const QString &fsType)
{
    if (Problem problem = checkMountPoint(mountPoint))
        return problem;
    static const QSet<QString> supported{u"ext2"_s, u"ext3"_s,  u"ext4"_s,
                                         u"xfs"_s,  u"btrfs"_s, u"f2fs"_s};
    if (supported.contains(fsType))
        return std::nullopt;
    if (fsType == u"tmpfs" || fsType == u"ramfs")
        return tr("%1 is %2, which lives in memory: swap there would free nothing.")
            .arg(mountPoint, fsType);
    if (fsType.startsWith(u"nfs") || fsType == u"cifs" || fsType == u"smb3"
        || fsType.startsWith(u"fuse"))
        return tr("%1 is a network or user-space filesystem (%2): the kernel cannot swap to it "
                  "safely.")
            .arg(mountPoint, fsType);
    return tr("%1 is %2, a filesystem that cannot hold a swap file.").arg(mountPoint, fsType);
}

QString Validators::swapFilePath(const QString &mountPoint)
{
    return mountPoint == u"/" ? u"/oomlens.swap"_s : mountPoint + u"/oomlens.swap"_s;
}

} // namespace oom::remedy
