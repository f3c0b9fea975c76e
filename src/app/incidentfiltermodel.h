// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

// The Incidents page's view of the list: filtered by a text (any column, case-insensitive)
// and sorted by a column (the header's TapHandler calls sort()).
class IncidentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int sortedColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool ascending READ isAscending NOTIFY sortChanged)

public:
    explicit IncidentFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    int count() const { return rowCount(); }
    bool isAscending() const { return sortOrder() == Qt::AscendingOrder; }
    // Sorts by `column`; again by the same column reverses the order.
    Q_INVOKABLE void sortBy(int column);
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOfId(const QString &id) const;

Q_SIGNALS:
    void filterTextChanged();
    void countChanged();
    void sortChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};
