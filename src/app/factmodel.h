// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Label/value rows grouped in sections (the incident page's facts: trigger, constraint,
// victims, memory cgroup counters, units), each with the log line it came from.
class FactModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("IncidentView fills the facts")

public:
    struct Fact {
        QString section;
        QString label;
        QString value;
        qint64 line = 0; // 0: no line
    };
    enum Role { SectionRole = Qt::UserRole + 1, LabelRole, ValueRole, LineRole };

    explicit FactModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFacts(const QList<Fact> &facts);
    Q_INVOKABLE QString sectionAt(int row) const;

private:
    QList<Fact> m_facts;
};
