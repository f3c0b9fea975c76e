// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

// A short history for a chart: one row per sample, column 0 the time in milliseconds since
// the epoch (a DateTimeAxis) and one column per series, at most `capacity` rows (the oldest drop
// first). The charts map columns with Qt Charts' model mappers, so QML never loops over the values.
// Filled by the memory models from the sampler; an unknown value is NaN (a gap).
class SeriesModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Held by the memory models")
    Q_PROPERTY(int count READ count NOTIFY rangeChanged)
    Q_PROPERTY(double minX READ minX NOTIFY rangeChanged)
    Q_PROPERTY(double maxX READ maxX NOTIFY rangeChanged)
    Q_PROPERTY(double maxY READ maxY NOTIFY rangeChanged)
    Q_PROPERTY(QStringList names READ names CONSTANT)

public:
    SeriesModel(QStringList names, int capacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // values: one per series (names().size()), after the time.
    void append(double timeMs, const QList<double> &values);
    void clear();

    int count() const { return int(m_rows.size()); }
    double minX() const;
    double maxX() const;
    double maxY() const; // the largest value of any series, at least 1
    QStringList names() const { return m_names; }
    double value(int row, int series) const
    {
        return m_rows.at(std::size_t(row)).at(std::size_t(series) + 1);
    }

Q_SIGNALS:
    void rangeChanged();

private:
    QStringList m_names;
    int m_capacity;
    std::vector<std::vector<double>> m_rows;
};
