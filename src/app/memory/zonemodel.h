// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/sourcebinding.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>

// One row per node and zone: free memory against the min, low and high watermarks (and
// boost, managed, present, the lowmem reserve that applies), for an incident with the
// kernel's watermark check replayed for the allocation that failed (which zone refused,
// by how much, why the next one was not used), live from the sampler every second.
// Sizes are kB as doubles, NaN when the source does not tell (a gauge hides that mark).
class ZoneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int order READ order NOTIFY summaryChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(QString allocation READ allocation NOTIFY summaryChanged)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        NodeRole,
        ZoneRole,
        FreeKbRole,
        MinKbRole,
        LowKbRole,
        HighKbRole,
        BoostKbRole,
        ManagedKbRole,
        PresentKbRole,
        ReserveKbRole,
        RequiredKbRole,
        ShortKbRole,
        ScaleKbRole, // the gauge's full width: a quarter above the larger of free and high
        UsableRole, // the failed allocation could use this zone (incident)
        VerdictRole, // one sentence
        SeverityRole, // MemoryFormat::Severity
        LargestFreeOrderRole, // -1 when unknown
        LineRole, // the zone line in the log, 0 live
    };
    Q_ENUM(Role)

    explicit ZoneModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariant incident() const { return m_source.incidentVariant(); }
    void setIncident(const QVariant &incident);
    bool isActive() const { return m_source.isActive(); }
    void setActive(bool active);
    int count() const { return int(m_rows.size()); }
    int order() const { return m_order; }
    QString summary() const { return m_summary; }
    QString allocation() const { return m_allocation; }
    oomapp::SourceBinding &source() { return m_source; }

    struct Row {
        std::optional<int> node;
        QString zone;
        std::optional<qint64> freeKb, minKb, lowKb, highKb, boostKb, managedKb, presentKb;
        std::optional<qint64> reserveKb, requiredKb, shortKb;
        bool usable = false;
        QString verdict;
        int severity = 0;
        std::optional<int> largestFreeOrder;
        qint64 line = 0;
    };
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void incidentChanged();
    void activeChanged();
    void countChanged();
    void summaryChanged();

private:
    void reload();
    void loadIncident(const oom::Incident &incident);
    void applySample(const oom::SampleFramePtr &frame);
    void setRows(QList<Row> rows);

    oomapp::SourceBinding m_source;
    QList<Row> m_rows;
    int m_order = -1;
    QString m_summary;
    QString m_allocation;
};
