// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/sourcebinding.h"
#include "core/analysis/liveranking.h"
#include "core/analysis/victimranking.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The kernel's victim ranking as a table: for an incident its task table ranked by the
// era's oom_badness() (the analysis layer's), with the kernel's actual victim marked; live
// every process ranked for a global OOM now (rankSnapshot()), with the next victim marked
// and the kernel's own /proc/<pid>/oom_score beside the prediction. Rows the kernel would
// skip (oom_score_adj -1000, init, kernel threads, already reaped) carry the reason.
//
// What-if: setOomScoreAdj()/removeTask() re-rank at once through the engine — oom::whatIf()
// for an incident, rankSnapshotWhatIf() live — never a re-implementation here.
class VictimModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    // Live: how often the snapshot is re-read now (the feed's CPU budget sets it).
    Q_PROPERTY(int updateIntervalSeconds READ updateIntervalSeconds NOTIFY rankingChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY incidentChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY rankingChanged)
    Q_PROPERTY(int count READ count NOTIFY rankingChanged)
    Q_PROPERTY(double predictedPid READ predictedPid NOTIFY rankingChanged)
    Q_PROPERTY(QString predictedName READ predictedName NOTIFY rankingChanged)
    Q_PROPERTY(double baselinePid READ baselinePid NOTIFY rankingChanged)
    Q_PROPERTY(double actualPid READ actualPid NOTIFY rankingChanged)
    Q_PROPERTY(bool whatIfActive READ whatIfActive NOTIFY rankingChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY rankingChanged)
    Q_PROPERTY(QString whatIfText READ whatIfText NOTIFY rankingChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY rankingChanged)

public:
    enum Column {
        RankColumn,
        PidColumn,
        NameColumn,
        UidColumn,
        PointsColumn,
        OomScoreColumn, // predicted /proc/<pid>/oom_score
        KernelOomScoreColumn, // read from /proc (live)
        AdjColumn,
        RssColumn,
        SwapColumn,
        PageTablesColumn,
        CgroupColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for number columns, text otherwise
        PidRole,
        AdjRole,
        EligibleRole,
        KilledRole, // the kernel's actual victim (incident)
        PredictedRole, // the predicted / next victim
        ChangedRole, // edited by the what-if
        NumericRole, // right-aligned column
        ToolTipRole,
        SummaryRole, // one line for the row: "java (pid 4412) · 1.2 GiB · oom_score_adj 0"
    };
    Q_ENUM(Role)

    explicit VictimModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setOomScoreAdj(double pid, int adj);
    Q_INVOKABLE void removeTask(double pid);
    Q_INVOKABLE void resetWhatIf();
    // What the OOM priority wizard starts from for `pid`: pid, comm, the edited adj.
    Q_INVOKABLE QVariantMap prefill(double pid) const;
    Q_INVOKABLE int rowOfPid(double pid) const;

    QVariant incident() const { return m_source.incidentVariant(); }
    void setIncident(const QVariant &incident);
    bool isActive() const { return m_source.isActive(); }
    int updateIntervalSeconds() const { return (m_source.snapshotIntervalMs() + 999) / 1000; }
    void setActive(bool active);
    bool isLive() const { return m_source.isLive(); }
    bool isReady() const { return m_ready; }
    int count() const { return int(m_ranking.tasks.size()); }
    double predictedPid() const;
    QString predictedName() const { return m_ranking.predictedComm; }
    double baselinePid() const;
    double actualPid() const;
    bool whatIfActive() const { return !m_changes.isEmpty(); }
    QString headline() const;
    QString whatIfText() const;
    QString explanation() const;
    const oom::RankingResult &ranking() const { return m_ranking; }
    oomapp::SourceBinding &source() { return m_source; }
    // Shows `snapshot` (live): what the feed delivers; public for the benchmark.
    void applySnapshot(const oomapp::SnapshotPtr &snapshot);

Q_SIGNALS:
    void incidentChanged();
    void activeChanged();
    void rankingChanged();

private:
    // What the ranking does not carry: the RSS split and the kernel's own oom_score.
    struct Extra {
        std::optional<qint64> rssAnonKb, rssFileKb, rssShmemKb;
        std::optional<qint64> kernelOomScore;
    };
    void reload();
    void rerank();
    void setRanking(oom::RankingResult ranking);
    QString commOf(std::optional<qint64> pid) const;
    QVariant display(const oom::RankedTask &task, int column) const;
    QVariant sortValue(const oom::RankedTask &task, int column) const;
    QString status(const oom::RankedTask &task) const;

    oomapp::SourceBinding m_source;
    oom::RankingResult m_ranking;
    bool m_ready = false;
    QList<oom::WhatIfChange> m_changes;
    oomapp::SnapshotPtr m_snapshot;
    oom::SnapshotRanking m_liveBaseline;
    QHash<qint64, Extra> m_extra;
    // Unit or path per cgroup path: parsed once, not at every comparison of a sort.
    mutable QHash<QString, QString> m_cgroupTexts;
    const QString &cgroupTextOf(const QString &path) const;
    qint64 m_pageKb = 4;
};
