// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "helper/fileops.h"

#include <QDBusConnection>
#include <QJsonArray>
#include <QString>

// What each helper verb does once validated and authorized, and how it is undone. Every
// verb re-reads the value it replaces, so the rollback restores what was really there; a
// verb that fails half-way undoes its own first half before it returns.
namespace oom::helper {

struct VerbResult {
    bool ok = false;
    QString error;
    QString summary; // for ListChanges: "vm.swappiness 60 -> 10"
    QJsonArray rollback; // empty: nothing to undo (compaction, or nothing changed)
    bool changed = true; // false: the value was already in place (a repeated apply)
};

class Verbs
{
public:
    Verbs(const FileOps &files, QDBusConnection bus);

    VerbResult setSysctl(const QString &key, const QString &value, bool persistent) const;
    VerbResult compactMemory(int node) const;
    VerbResult setCgroupLimit(const QString &cgroup, const QString &file,
                              const QString &value) const;
    VerbResult setCpusetMems(const QString &cgroup, const QString &nodes) const;
    VerbResult setOomScoreAdj(qint64 pid, qint64 startTime, int value) const;
    VerbResult writeUnitDropIn(const QString &unit, const QString &setting,
                               const QString &value) const;
    VerbResult createSwapFile(const QString &mountPoint, qint64 sizeBytes, int priority,
                              bool persistent) const;

    // Applies rollback operations last to first; stops at the first that fails.
    VerbResult undo(const QJsonArray &rollback) const;

    // The NUMA nodes under sys/devices/system/node, and the filesystem type of a mount point
    // from proc/self/mountinfo: validation input that needs the (root's) system.
    QList<int> existingNodes() const;
    QString filesystemOf(const QString &mountPoint) const;
    bool cgroupV2() const;

private:
    VerbResult setOwnedLine(const QString &relative, const QString &key,
                            const std::optional<QString> &line) const;
    bool reloadSystemd(QString *error) const;
    bool swapOn(const QString &path, int priority, QString *error) const;
    bool swapOff(const QString &path, QString *error) const;
#ifdef OOMLENS_HELPER_TEST_ROOT
    bool recordSwapCall(const QByteArray &line, QString *error) const;
#endif

    const FileOps &m_files;
    QDBusConnection m_bus;
};

} // namespace oom::helper
