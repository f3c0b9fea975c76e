// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/victimsortmodel.h"

#include "app/memory/victimmodel.h"

VictimSortModel::VictimSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VictimModel::SortRole);
    setDynamicSortFilter(true);
    sort(VictimModel::RankColumn, Qt::AscendingOrder);
}

VictimModel *VictimSortModel::victims() const
{
    return qobject_cast<VictimModel *>(sourceModel());
}

void VictimSortModel::setVictims(VictimModel *victims)
{
    if (victims == sourceModel())
        return;
    setSourceModel(victims);
    Q_EMIT victimsChanged();
}

void VictimSortModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

void VictimSortModel::sortBy(int column)
{
    // Numbers read best largest first; the rank and text columns smallest first.
    Qt::SortOrder order =
        (column == VictimModel::RankColumn || column == VictimModel::NameColumn
         || column == VictimModel::CgroupColumn || column == VictimModel::PidColumn)
        ? Qt::AscendingOrder
        : Qt::DescendingOrder;
    if (column == sortColumn())
        order = sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    sort(column, order);
    Q_EMIT sortChanged();
}

double VictimSortModel::pidAt(int row) const
{
    return data(index(row, 0), VictimModel::PidRole).toDouble();
}

bool VictimSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column :
         {VictimModel::PidColumn, VictimModel::NameColumn, VictimModel::CgroupColumn}) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(m_filter, Qt::CaseInsensitive)
            || index.data(VictimModel::ToolTipRole)
                   .toString()
                   .contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
