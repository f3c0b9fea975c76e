// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/seriesmodel.h"

#include <algorithm>
#include <cmath>

SeriesModel::SeriesModel(QStringList names, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(std::move(names))
    , m_capacity(std::max(capacity, 2))
{
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size()) + 1;
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    return m_rows.at(std::size_t(index.row())).at(std::size_t(index.column()));
}

QVariant SeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section > m_names.size())
        return {};
    return section == 0 ? tr("Time") : m_names.at(section - 1);
}

void SeriesModel::append(double timeMs, const QList<double> &values)
{
    if (int(m_rows.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_rows.erase(m_rows.begin());
        endRemoveRows();
    }
    std::vector<double> row;
    row.reserve(std::size_t(m_names.size()) + 1);
    row.push_back(timeMs);
    for (qsizetype i = 0; i < m_names.size(); ++i)
        row.push_back(i < values.size() ? values.at(i) : std::nan(""));
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
    Q_EMIT rangeChanged();
}

void SeriesModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT rangeChanged();
}

double SeriesModel::minX() const
{
    return m_rows.empty() ? 0.0 : m_rows.front().front();
}

double SeriesModel::maxX() const
{
    // Never an empty axis: a single sample still spans a second.
    return m_rows.empty() ? 1000.0 : std::max(m_rows.back().front(), minX() + 1000.0);
}

double SeriesModel::maxY() const
{
    double top = 1.0;
    for (const auto &row : m_rows)
        for (std::size_t i = 1; i < row.size(); ++i)
            if (!std::isnan(row[i]))
                top = std::max(top, row[i]);
    return top;
}
