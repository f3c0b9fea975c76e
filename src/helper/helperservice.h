// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "helper/changejournal.h"
#include "helper/fileops.h"
#include "helper/polkitauthority.h"
#include "helper/verbs.h"

#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QTimer>

#include <functional>

namespace oom::helper {

// One row of ListChanges, D-Bus (xxsss): id, time, verb, summary, state.
struct ChangeRow {
    qint64 id = 0;
    qint64 time = 0;
    QString verb;
    QString summary;
    QString state;
};

// io.github.oomlens.Helper1 on the system bus. Each method: validate (the shared pure
// validators; a refusal is answered at once and never reaches polkit) -> CheckAuthorization
// with the caller's unique name from the message -> make sure the caller is still
// connected (a client that left mid-check gets nothing done, CVE-2021-3560 class) -> act
// -> record the rollback -> audit -> reply. The process exits after `idleMs` without calls.
class HelperService
    : public QObject
    , protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.oomlens.Helper1")

public:
    HelperService(QDBusConnection bus, const FileOps &files, int idleMs, QObject *parent = nullptr);

public Q_SLOTS:
    qint64 SetSysctl(const QString &key, const QString &value, bool persistent);
    qint64 CompactMemory(int node);
    qint64 SetCgroupMemoryLimit(const QString &cgroup, const QString &file, const QString &value);
    qint64 SetCpusetMems(const QString &cgroup, const QString &nodes);
    qint64 SetOomScoreAdj(qint64 pid, quint64 startTime, int value);
    qint64 WriteUnitDropIn(const QString &unit, const QString &setting, const QString &value);
    qint64 CreateSwapFile(const QString &mountPoint, quint64 sizeBytes, int priority,
                          bool persistent);
    QList<oom::helper::ChangeRow> ListChanges();
    qint64 Undo(qint64 changeId);

private:
    struct Request {
        QString verb;
        QString action;
        PolkitAuthority::Details details;
    };
    // Answers an invalid request at once (audited), without asking polkit.
    void refuse(const Request &request, const QString &problem);
    // Authorizes, then runs `act` and replies with its change id.
    void authorizeThenRun(const Request &request, std::function<VerbResult()> act);
    void finish(const QDBusMessage &message, const Request &request, const QString &result);
    void touch();

    QDBusConnection m_bus;
    const FileOps &m_files;
    Verbs m_verbs;
    ChangeJournal m_journal;
    PolkitAuthority m_authority;
    QTimer m_idle;
    int m_pending = 0;
};

} // namespace oom::helper

Q_DECLARE_METATYPE(oom::helper::ChangeRow)
