// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/incidentlistmodel.h"

#include "app/incidentformat.h"
#include "core/report/reportformat.h"

#include <QStringList>

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"}, {IdRole, "incidentId"},     {SeverityRole, "severity"},
        {TitleRole, "title"},         {SentenceRole, "sentence"}, {SortRole, "sortValue"},
    };
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const oom::Incident &incident = *m_incidents.at(index.row());
    const oom::OomEvent &event = incident.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return IncidentFormat::time(event);
        case KillerColumn: return IncidentFormat::killer(event.killer);
        case VictimColumn: return IncidentFormat::victim(event);
        case CgroupColumn: return IncidentFormat::cgroupOrUnit(event);
        case CauseColumn: return IncidentFormat::primaryCause(incident);
        }
        return {};
    case SortRole:
        // Time sorts by session order, which is time order within an input and keeps
        // incidents without a clock in place.
        if (index.column() == TimeColumn)
            return index.row();
        return data(index, Qt::DisplayRole);
    case IdRole: return incident.id;
    case SeverityRole: return IncidentFormat::primarySeverity(incident);
    case TitleRole: return oom::ReportFormat::title(event);
    case SentenceRole: return oom::ReportFormat::whatHappened(event);
    case FilterTextRole: {
        QStringList texts;
        for (int column = 0; column < ColumnCount; ++column)
            texts.append(data(this->index(index.row(), column), Qt::DisplayRole).toString());
        texts.append(incident.id);
        return texts.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KillerColumn:
        //: Column: who killed (the kernel, systemd-oomd, earlyoom).
        return tr("Killer");
    case VictimColumn:
        //: Column: the process that was killed.
        return tr("Victim");
    case CgroupColumn: return tr("Cgroup or unit");
    case CauseColumn: return tr("Primary cause");
    }
    return {};
}

oom::IncidentPtr IncidentListModel::incident(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : m_incidents.at(row);
}

int IncidentListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents.at(row)->id == id)
            return int(row);
    }
    return -1;
}

QString IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? m_incidents.at(row)->id : QString();
}

void IncidentListModel::append(const oom::IncidentPtr &incident)
{
    if (!incident)
        return;
    const int row = int(m_incidents.size());
    beginInsertRows({}, row, row);
    m_incidents.append(incident);
    endInsertRows();
    Q_EMIT countChanged();
}

void IncidentListModel::replaceAll(const QList<oom::IncidentPtr> &incidents)
{
    bool sameIds = incidents.size() == m_incidents.size();
    for (qsizetype i = 0; sameIds && i < incidents.size(); ++i)
        sameIds = incidents.at(i)->id == m_incidents.at(i)->id;
    if (sameIds) {
        // The usual end of a load: the same incidents, now with the whole session's
        // context. Views keep their rows, scroll position and current item.
        m_incidents = incidents;
        if (!m_incidents.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_incidents.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
    Q_EMIT countChanged();
}

void IncidentListModel::clear()
{
    replaceAll({});
}
