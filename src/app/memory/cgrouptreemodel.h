// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/sourcebinding.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

#include <optional>

// The memory cgroup hierarchy as a tree: usage against memory.max / limit_in_bytes,
// memory.high, swap and its limit, memory.events (oom, oom_kill, max, high), PSI and the
// processes in each cgroup, with the systemd unit its path names. For an incident it is
// the part of the hierarchy the report names (task_memcg and oom_memcg, with the counters
// the report printed), the incident's cgroup and the one whose limit was hit marked; live
// the whole memory hierarchy from a snapshot every two seconds, rows near their limit
// marked and event counters that moved since the page opened flagged.
class CgroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    // Live: how often the snapshot is re-read now (the feed's CPU budget sets it).
    Q_PROPERTY(int updateIntervalSeconds READ updateIntervalSeconds NOTIFY treeChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY treeChanged)
    Q_PROPERTY(QString incidentPath READ incidentPath NOTIFY treeChanged)
    Q_PROPERTY(QString limitingPath READ limitingPath NOTIFY treeChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY treeChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        PathRole,
        UnitRole,
        UsageKbRole,
        LimitKbRole, // NaN: unlimited or unknown (see LimitTextRole)
        LimitTextRole,
        FractionRole, // usage / limit, NaN without a limit
        HighKbRole,
        SwapKbRole,
        SwapLimitKbRole,
        OomRole, // memory.events counters, -1 unknown
        OomKillRole,
        MaxEventsRole,
        HighEventsRole,
        FailcntRole, // v1 and the report's failcnt
        PsiSomeRole, // avg10 %, NaN unknown
        ProcessesRole, // -1 unknown
        SeverityRole,
        MarkRole, // MarkKind flags
        MarkTextRole,
        MovedRole, // an event counter moved since the page opened (live)
    };
    Q_ENUM(Role)
    enum MarkKind { NoMark = 0, IncidentCgroup = 1, LimitHit = 2 };
    Q_ENUM(MarkKind)

    explicit CgroupTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The index of `path` (for TreeView.expandToIndex); invalid when not shown.
    Q_INVOKABLE QModelIndex indexOfPath(const QString &path) const;

    QVariant incident() const { return m_source.incidentVariant(); }
    void setIncident(const QVariant &incident);
    bool isActive() const { return m_source.isActive(); }
    int updateIntervalSeconds() const { return (m_source.snapshotIntervalMs() + 999) / 1000; }
    void setActive(bool active);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    int count() const { return int(m_nodes.size()); }
    QString incidentPath() const { return m_incidentPath; }
    QString limitingPath() const { return m_limitingPath; }
    QString summary() const { return m_summary; }
    oomapp::SourceBinding &source() { return m_source; }
    void applySnapshot(const oomapp::SnapshotPtr &snapshot);

Q_SIGNALS:
    void incidentChanged();
    void activeChanged();
    void filterTextChanged();
    void treeChanged();

public:
    struct Values {
        std::optional<qint64> usageKb, limitKb, highKb, swapKb, swapLimitKb;
        bool unlimited = false;
        std::optional<qint64> oom, oomKill, maxEvents, highEvents, failcnt;
        std::optional<double> psiSome;
        std::optional<int> processes;
    };

private:
    struct Node {
        QString name;
        QString path;
        int parent = -1;
        int row = 0; // among the parent's children
        QList<int> children;
        Values values;
        int mark = NoMark;
        bool moved = false;
    };
    void reload();
    void loadIncident(const oom::Incident &incident);
    void rebuild(); // from m_all with the filter
    int addPath(QList<Node> &nodes, QHash<QString, int> &byPath, const QString &path) const;

    oomapp::SourceBinding m_source;
    QHash<QString, Values> m_all; // every cgroup the source gave, by path
    QHash<QString, int> m_marks;
    QHash<QString, QList<qint64>> m_eventsAtOpen; // live: oom, oom_kill, max, high
    QList<Node> m_nodes; // 0 is the root "/" when anything is shown
    QString m_filter;
    QString m_incidentPath;
    QString m_limitingPath;
    QString m_summary;
};
