// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Pure validators shared by the planners (to refuse a plan early, with a reason the admin
// reads) and by oomlens-helper (which runs them again, as root, before it asks polkit:
// input that fails here never reaches polkit, let alone the kernel). No I/O: whatever
// needs the live system (does node 3 exist? which filesystem is this?) is passed in.
namespace oom::remedy {

// Every check returns nothing when the value is fine, else a translated sentence naming
// the value and the problem.
using Problem = std::optional<QString>;

class Validators
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    // --- sysctl: an allow-list with per-key ranges; the helper maps a key to
    // /proc/sys/<key with '.' replaced by '/'> only after this check.
    struct SysctlRange {
        const char *key;
        qint64 min;
        qint64 max;
    };
    static const QList<SysctlRange> &sysctlAllowList();
    static Problem checkSysctl(const QString &key, const QString &value);
    // The kernel policies whose wrong value panics the machine or refuses allocations:
    // they ask for the admin's password every time (action set-kernel-policy).
    static bool isKernelPolicySysctl(const QString &key);
    static QString sysctlPath(const QString &key); // "vm.swappiness" -> "proc/sys/vm/swappiness"

    // --- systemd units (systemd's unit_name_is_valid grammar, for the suffixes we touch)
    static Problem checkUnitName(const QString &unit);
    // A drop-in setting the helper may write: OOMScoreAdjust=, OOMPolicy=.
    static Problem checkDropInSetting(const QString &unit, const QString &setting,
                                      const QString &value);
    // A property for SetUnitProperties: MemoryMax/High/SwapMax/Low/Min, AllowedMemoryNodes,
    // ManagedOOMMemoryPressure, ManagedOOMSwap.
    static Problem checkUnitProperty(const QString &property, const QString &value);

    // --- cgroups: "/a/b.slice/c.service" relative to the hierarchy root, no "." or ".."
    // component, no empty component, no control character. The helper then walks it with
    // openat(O_NOFOLLOW) so that a symlink cannot redirect the write either.
    static Problem checkCgroupPath(const QString &path);
    static QStringList cgroupComponents(const QString &path); // after checkCgroupPath
    static Problem checkCgroupLimitFile(const QString &file);
    static bool isCgroupV1File(const QString &file);
    // "max" (v2) / "-1" (v1) or a byte count in [4096, 2^62]
    static Problem checkLimitValue(const QString &file, const QString &value);

    // --- NUMA: "0-1,3" with every node among `existingNodes`
    static std::optional<QList<int>> parseNodeList(const QString &text);
    static Problem checkNodeList(const QString &text, const QList<int> &existingNodes);
    static QByteArray nodeMask(const QList<int> &nodes); // systemd's AllowedMemoryNodes bytes
    static Problem checkNode(int node, const QList<int> &existingNodes); // -1 = all nodes

    // --- processes: pid in [1, 4194304] (PID_MAX_LIMIT), a start time (clock ticks after
    // boot, /proc/<pid>/stat field 22) that must match when the helper writes.
    static Problem checkPid(qint64 pid, qint64 startTimeTicks);
    static Problem checkOomScoreAdj(qint64 value);
    // Field 22 of a /proc/<pid>/stat line (the comm may hold spaces and ')').
    static std::optional<qint64> startTimeFromStat(const QByteArray &stat);

    // --- swap
    static Problem checkSwapSize(qint64 bytes); // whole MiB, 64 MiB .. 1 TiB
    static Problem checkSwapPriority(qint64 priority); // -1 (kernel's choice) .. 32767
    // A filesystem type a swap file can live on (ext2/3/4, xfs, btrfs with NOCOW, f2fs);
    // tmpfs, NFS, overlay, FUSE, ZFS and the rest are refused with the reason.
    static Problem checkSwapFilesystem(const QString &mountPoint, const QString &fsType);
    static Problem checkMountPoint(const QString &mountPoint);
    static QString swapFilePath(const QString &mountPoint); // "<mountpoint>/oomlens.swap"

    // A plain decimal integer: optional '-', 1..19 digits, nothing else.
    static std::optional<qint64> parseInteger(const QString &text);
};

} // namespace oom::remedy
