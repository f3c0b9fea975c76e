// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/session/incident.h"

#include <QAbstractTableModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

// The incidents of the session, one row each, in session order (inputs, then lines), with
// the columns of the Incidents page. Provisional incidents are appended while loading; the
// finished session's replace them by id (rows whose id stays keep their place).
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session controller owns the incident list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Column { TimeColumn, KillerColumn, VictimColumn, CgroupColumn, CauseColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        SeverityRole,
        TitleRole, // "Memory cgroup OOM"
        SentenceRole, // what happened, in one sentence
        FilterTextRole, // every column's text, for the filter
    };

    explicit IncidentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_incidents.size()); }
    const QList<oom::IncidentPtr> &incidents() const { return m_incidents; }
    oom::IncidentPtr incident(const QString &id) const;
    int rowOf(const QString &id) const; // -1 when absent
    Q_INVOKABLE QString idAt(int row) const;

    void append(const oom::IncidentPtr &incident);
    void replaceAll(const QList<oom::IncidentPtr> &incidents);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    QList<oom::IncidentPtr> m_incidents;
};
