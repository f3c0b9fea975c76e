// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class VictimModel;

// Sorting (by the numbers, not their text) and filtering by name, pid or cgroup for the
// victim table; the TableView's header calls sort(column, order).
class VictimSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(VictimModel *victims READ victims WRITE setVictims NOTIFY victimsChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int sortedColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending NOTIFY sortChanged)

public:
    explicit VictimSortModel(QObject *parent = nullptr);

    VictimModel *victims() const;
    void setVictims(VictimModel *victims);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    bool descending() const { return sortOrder() == Qt::DescendingOrder; }
    // Sorts by `column`, toggling the order when it is already the sorted column.
    Q_INVOKABLE void sortBy(int column);
    // The source model's row for a row of this one (to edit through the model's what-if).
    Q_INVOKABLE double pidAt(int row) const;

Q_SIGNALS:
    void victimsChanged();
    void filterTextChanged();
    void sortChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};
