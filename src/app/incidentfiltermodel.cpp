// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/incidentfiltermodel.h"

#include "app/incidentlistmodel.h"

IncidentFilterModel::IncidentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &IncidentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &IncidentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &IncidentFilterModel::countChanged);
}

void IncidentFilterModel::sortBy(int column)
{
    const Qt::SortOrder order = column == sortColumn() && sortOrder() == Qt::AscendingOrder
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    sort(column, order);
    Q_EMIT sortChanged();
}

void IncidentFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString text = index.data(IncidentListModel::FilterTextRole).toString();
    return text.contains(m_filterText, Qt::CaseInsensitive);
}

QString IncidentFilterModel::idAt(int row) const
{
    return index(row, 0).data(IncidentListModel::IdRole).toString();
}

int IncidentFilterModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}
